// The recipes' option checks: an integer in a range, a string, a flag; each wrong value a
// TypeError (wrong kind) or RangeError (out of range) made by optionError, with its fields.
import { flagOption, intOption, textOption } from "../../lib/recipes/_check.ts";
import { assert, assertThrows } from "../_helpers.ts";

/** The error `fn` throws, for its fields. */
function thrown(fn: () => unknown): Error & Record<string, unknown> {
  try {
    fn();
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error("nothing thrown");
}

Deno.test("intOption(): integers within [min, max] pass, as they are", () => {
  assert.equal(intOption(1, "f()", "n", 1, 10), 1);
  assert.equal(intOption(10, "f()", "n", 1, 10), 10);
  assert.equal(intOption(-0, "f()", "n", 0, 10), -0);
  assert.equal(intOption(5.0, "f()", "n", 1, 10), 5);
});

Deno.test("intOption(): one wording per range rule, a RangeError with the option's fields", () => {
  assertThrows(
    () => intOption(0, "f()", "n", 1, 10),
    RangeError,
    "f(): n must be at least 1, got 0",
  );
  assertThrows(
    () => intOption(11, "f()", "n", 1, 10),
    RangeError,
    "f(): n must be at most 10, got 11",
  );
  assertThrows(
    () => intOption(Number.MAX_SAFE_INTEGER + 1, "password()", "length", 1, 1024),
    RangeError,
    "password(): length must be at most 1024, got 9007199254740992",
  );
  const e = thrown(() => intOption(2000, "password()", "length", 1, 1024));
  assert.deepEqual(
    [e.function, e.option, e.detail, e.value],
    ["password", "length", "must be at most 1024, got 2000", 2000],
  );
});

Deno.test("intOption(): anything but an integer number is a TypeError, never coerced", () => {
  for (
    const [value, shown] of [
      [1.5, "1.5"],
      ["5", '"5"'],
      [5n, "5n"],
      [NaN, "NaN"],
      [Infinity, "Infinity"],
      [null, "null"],
      [undefined, "undefined"],
      [true, "true"],
    ] as const
  ) {
    const e = thrown(() => intOption(value, "f()", "n", 1, 10));
    assert.ok(e instanceof TypeError, String(value));
    assert.equal(e.message, `f(): n must be an integer number, got ${shown}`);
    assert.equal(e.option, "n");
    assert.ok(Object.hasOwn(e, "value") && Object.is(e.value, value));
  }
});

Deno.test("textOption(): undefined gives the fallback; a string passes; anything else is a TypeError", () => {
  assert.equal(textOption(undefined, "f()", "s", "abc"), "abc");
  assert.equal(textOption("", "f()", "s", "abc"), "");
  assert.equal(textOption("xyz", "f()", "s", "abc"), "xyz");
  assertThrows(() => textOption(5, "f()", "s", "abc"), TypeError, "f(): s must be a string, got 5");
  assertThrows(
    () => textOption(null, "f()", "s", "abc"),
    TypeError,
    "f(): s must be a string, got null",
  );
  const e = thrown(() => textOption(["a"], "password()", "alphabet", ""));
  assert.deepEqual([e.function, e.option], ["password", "alphabet"]);
});

Deno.test("flagOption(): undefined is false; booleans pass; 1, 'true' and null are TypeErrors", () => {
  assert.equal(flagOption(undefined, "f()", "b"), false);
  assert.equal(flagOption(true, "f()", "b"), true);
  assert.equal(flagOption(false, "f()", "b"), false);
  assertThrows(() => flagOption(1, "f()", "b"), TypeError, "f(): b must be true or false, got 1");
  assertThrows(
    () => flagOption("true", "f()", "b"),
    TypeError,
    'f(): b must be true or false, got "true"',
  );
  assertThrows(
    () => flagOption(null, "f()", "b"),
    TypeError,
    "f(): b must be true or false, got null",
  );
});
