// Options objects: own properties only, each read once, unknown keys refused
// with a suggestion (the suggestion rule itself: tests/core/_suggest_test.ts).
import { readOptionList, readOptions } from "../../lib/core/_options.ts";
import { assert, assertThrows } from "../_helpers.ts";

const KEYS = ["length", "alphabet", "minDigits", "minUpper"] as const;

Deno.test("readOptions() refuses unknown keys, naming the closest known one", () => {
  const cases: [unknown, string][] = [
    [{ lenght: 10 }, "f(): unknown option 'lenght' (did you mean 'length'?)"],
    [{ min_digits: 1 }, "f(): unknown option 'min_digits' (did you mean 'minDigits'?)"],
    [{ "min-upper": 1 }, "f(): unknown option 'min-upper' (did you mean 'minUpper'?)"],
    [{ colour: "red" }, "f(): unknown option 'colour'"],
    // A key's control characters are escaped: the message stays one line, without escape codes.
    [{ "len\ngth": 1 }, "f(): unknown option 'len\\ngth' (did you mean 'length'?)"],
    [{ "\u001b[2J\u2028": 1 }, "f(): unknown option '\\u001b[2J\\u2028'"],
    // Invisible characters too; a long key is cut after 40 characters.
    [{ "length\u202e": 1 }, "f(): unknown option 'length\\u202e' (did you mean 'length'?)"],
    [{ "\u200bmin\ufeff": 1 }, "f(): unknown option '\\u200bmin\\ufeff'"],
    [{ ["k".repeat(1 << 20)]: 1 }, `f(): unknown option '${"k".repeat(40)}…'`],
  ];
  for (const [options, message] of cases) {
    assertThrows(() => readOptions(options, KEYS, "f()"), TypeError, message);
  }
});

Deno.test("readOptions() suggests the new name of a renamed option, and only for that key", () => {
  const renamed = Object.freeze({ size: "length" } as const);
  assertThrows(
    () => readOptions({ size: 4 }, KEYS, "f()", renamed),
    TypeError,
    "f(): unknown option 'size' (did you mean 'length'?)",
  );
  // Names on Object.prototype are not renames: an own-key lookup, never inherited.
  assertThrows(
    () => readOptions({ toString: 1 }, KEYS, "f()", renamed),
    TypeError,
    "f(): unknown option 'toString'",
  );
  assertThrows(
    () => readOptions({ size: 4 }, KEYS, "f()"),
    TypeError,
    "f(): unknown option 'size'",
  );
});

Deno.test("readOptions() refuses what is not an options object", () => {
  for (const bad of [null, 5, "length", [1], () => {}]) {
    assertThrows(
      () => readOptions(bad, KEYS, "f()"),
      TypeError,
      /^f\(\): options must be a plain object, got /,
    );
  }
});

Deno.test("readOptions() reads own properties only, each exactly once", () => {
  const proto = { length: 4, alphabet: "0123456789" };
  // An object that inherits from another is not a plain object: refused, so
  // that inherited "options" are never silently ignored either.
  assertThrows(
    () => readOptions(Object.create(proto), KEYS, "f()"),
    TypeError,
    "f(): options must be a plain object, got an object that inherits from another object",
  );
  for (
    const [value, kind] of [[new Map(), "a Map"], [new Date(0), "a Date"], [
      new (class Opts {})(),
      "an instance of Opts",
    ]] as const
  ) {
    assertThrows(
      () => readOptions(value, KEYS, "f()"),
      TypeError,
      `f(): options must be a plain object, got ${kind}`,
    );
  }
  let reads = 0;
  const getter = {
    get length() {
      reads++;
      return reads;
    },
  };
  assert.equal(readOptions(getter, KEYS, "f()").length, 1);
  assert.equal(reads, 1);
  // As object spread: symbol keys and non-enumerable properties are not
  // options (neither read nor refused); undefined means absent.
  const hidden = Object.defineProperty({ alphabet: undefined, [Symbol("s")]: 1 }, "length", {
    value: 7,
  });
  assert.deepEqual({ ...readOptions(hidden, KEYS, "f()") }, {});
  assert.deepEqual({ ...readOptions(undefined, KEYS, "f()") }, {});
  assert.deepEqual({ ...readOptions(Object.create(null), KEYS, "f()") }, {});
});

Deno.test("readOptions() refuses an object that inherits from a null-prototype object; another realm's plain objects pass", async () => {
  // Its inherited "options" would be silently ignored, as those of any object
  // that inherits from another; only an Object.prototype (of any realm) may
  // stand between a plain object and null.
  const base = Object.assign(Object.create(null), { length: 5 });
  assertThrows(
    () => readOptions(Object.create(base), KEYS, "f()"),
    TypeError,
    "f(): options must be a plain object, got an object that inherits from another object",
  );
  assertThrows(
    () => readOptions(Object.create(Object.create(null)), KEYS, "f()"),
    TypeError,
    "f(): options must be a plain object, got an object that inherits from another object",
  );
  const { runInNewContext } = await import("node:vm");
  const literal = runInNewContext("({ length: 9 })");
  assert.notEqual(Object.getPrototypeOf(literal), Object.prototype);
  assert.equal(readOptions(literal, KEYS, "f()").length, 9);
  assert.equal(readOptions(runInNewContext("Object.create(null)"), KEYS, "f()").length, undefined);
});

Deno.test("readOptions() is not fooled by a polluted Object.prototype", () => {
  const p = Object.prototype as Record<string, unknown>;
  p.length = 4;
  p.lenght = 4;
  try {
    const o = readOptions({ alphabet: "ab" }, KEYS, "f()");
    assert.deepEqual({ ...o }, { alphabet: "ab" });
    assert.equal(o.length, undefined); // the record's prototype chain holds nothing
    assert.equal(readOptions(undefined, KEYS, "f()").length, undefined);
  } finally {
    delete p.length;
    delete p.lenght;
  }
});

// readOptionList, the hot paths' reader: the same rule and errors as readOptions, the values
// in an array at their key's index. Every case above, through both readers.
/** readOptionList's values as a record, so that the two readers can be compared. */
function viaList(options: unknown, renamed?: Readonly<Record<string, string>>) {
  const out: unknown[] = ["stale", "stale", "stale", "stale", "beyond"];
  readOptionList(options, KEYS, "f()", out, renamed);
  assert.equal(out[4], "beyond", "a slot past the keys is not touched");
  const record: Record<string, unknown> = {};
  KEYS.forEach((k, i) => {
    if (out[i] !== undefined) record[k] = out[i];
  });
  return record;
}

Deno.test("readOptionList() reads what readOptions() reads, into every slot, and refuses the same", () => {
  const renamed = Object.freeze({ size: "length" } as const);
  const good: unknown[] = [
    undefined,
    {},
    { length: 3 },
    { alphabet: "ab", length: 5, minUpper: 0 },
    { minDigits: 2, alphabet: undefined },
    Object.assign(Object.create(null), { minUpper: 1 }),
    Object.defineProperty({ alphabet: "x", [Symbol("s")]: 1 }, "length", { value: 7 }),
  ];
  for (const options of good) {
    assert.deepEqual(viaList(options), { ...readOptions(options, KEYS, "f()") });
  }
  // Slots of keys not given are cleared, not left from an earlier call.
  assert.deepEqual(viaList({ minUpper: 2 }), { minUpper: 2 });
  const bad: unknown[] = [
    { lenght: 10 },
    { min_digits: 1 },
    { "len\ngth": 1 },
    { "\u001b[2J\u2028": 1 },
    { length: 1, colour: "red" },
    { toString: 1 },
    { size: 4 },
    null,
    5,
    "length",
    [1],
    new Map(),
    Object.create({ length: 4 }),
    Object.create(Object.create(null)),
  ];
  for (const [i, options] of bad.entries()) {
    for (const r of [undefined, renamed]) {
      let want: Error | undefined;
      try {
        readOptions(options, KEYS, "f()", r);
      } catch (e) {
        want = e as Error;
      }
      assert.ok(want instanceof TypeError, `readOptions refuses bad[${i}]`);
      assertThrows(() => viaList(options, r), TypeError, want.message);
    }
  }
});

Deno.test("readOptionList() reads each own property once, and ignores a polluted Object.prototype", () => {
  let reads = 0;
  const getter = {
    get minDigits() {
      return ++reads;
    },
    length: 2,
  };
  assert.deepEqual(viaList(getter), { minDigits: 1, length: 2 });
  assert.equal(reads, 1);
  const p = Object.prototype as Record<string, unknown>;
  p.length = 4;
  p.lenght = 4;
  try {
    assert.deepEqual(viaList({ alphabet: "ab" }), { alphabet: "ab" });
    assert.deepEqual(viaList(undefined), {});
  } finally {
    delete p.length;
    delete p.lenght;
  }
});
