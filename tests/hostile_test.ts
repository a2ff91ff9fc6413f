// Hostile inputs to every public function and method: each call returns a
// correct result or throws a TypeError / RangeError with a message; none
// hangs, returns NaN where CPython would not, or breaks the next call.
import fc from "fast-check";
import * as secrets from "../mod.ts";
import { SystemRandom } from "../mod.ts";
import { assert, VALUE_METHODS } from "./_helpers.ts";

const proxyArray = new Proxy([1, 2, 3], {});
const HOSTILE: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  1.5,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_VALUE,
  1e-300,
  10n ** 40n,
  -1n,
  "3",
  "",
  "abc",
  null,
  undefined,
  true,
  false,
  Symbol("s"),
  () => 3,
  { valueOf: () => 3 },
  { toString: () => "3" },
  { length: 3 },
  { length: -1 },
  { length: 2 ** 60 },
  { length: NaN },
  [],
  [1, , 3],
  new Array(5),
  proxyArray,
  new Set([1]),
  new Map(),
  new Uint8Array(4),
  new ArrayBuffer(4),
  new DataView(new ArrayBuffer(2)),
  Object.create(null),
  [NaN],
  [Infinity, 1],
  [-1, 2],
  ["a", "b"],
  [1n, 2n],
];

const gen = new SystemRandom();
type Fn = (...args: unknown[]) => unknown;
const targets: [string, Fn, number][] = [
  ["token_bytes", secrets.token_bytes as Fn, 1],
  ["token_hex", secrets.token_hex as Fn, 1],
  ["token_urlsafe", secrets.token_urlsafe as Fn, 1],
  ["randbelow", secrets.randbelow as Fn, 1],
  ["randbits", secrets.randbits as Fn, 1],
  ["choice", secrets.choice as Fn, 1],
  ["compare_digest", secrets.compare_digest as Fn, 2],
];
for (const m of VALUE_METHODS) {
  targets.push([`SystemRandom.${m}`, (gen as unknown as Record<string, Fn>)[m].bind(gen), 3]);
}

/** Calls f and classifies the outcome; fails the test on anything but a value or TypeError/RangeError. */
function probe(name: string, f: Fn, args: unknown[]): void {
  let result: unknown;
  try {
    result = f(...args);
  } catch (e) {
    assert.ok(
      e instanceof TypeError || e instanceof RangeError,
      `${name}(${fc.stringify(args)}) threw ${(e as Error)?.name}: ${(e as Error)?.message}`,
    );
    assert.ok((e as Error).message.length > 5, `${name}: empty error message`);
    return;
  }
  // A number result is NaN only where a float argument was NaN (as in CPython).
  const picksElements = /choice|sample|shuffle/.test(name);
  if (typeof result === "number" && Number.isNaN(result) && !picksElements) {
    assert.ok(
      args.some((a) => typeof a === "number" && !Number.isFinite(a)),
      `${name} returned NaN for ${fc.stringify(args)}`,
    );
  }
}

Deno.test("every function, each hostile value in each position: a value or a TypeError/RangeError", () => {
  for (const [name, f, arity] of targets) {
    for (const h of HOSTILE) {
      for (let pos = 0; pos < arity; pos++) {
        const args: unknown[] = [10, 20, 0.5].slice(0, arity);
        if (name.endsWith("choice") || name.endsWith("choices") || name.endsWith("sample")) {
          args[0] = [1, 2, 3];
        }
        if (name.endsWith("shuffle")) args[0] = [1, 2, 3];
        if (name.endsWith("sample")) args[1] = 2;
        if (name === "compare_digest") args.splice(0, 2, "ab", "ab");
        args[pos] = h;
        probe(name, f, args);
      }
    }
  }
  // The package still works afterwards.
  assert.equal(secrets.token_hex(8).length, 16);
  assert.ok(gen.random() < 1);
});

Deno.test("fast-check anything() in every position of every function", () => {
  for (const [name, f, arity] of targets) {
    fc.assert(
      fc.property(
        fc.array(
          fc.anything({
            withBigInt: true,
            withTypedArray: true,
            withSparseArray: true,
            withNullPrototype: true,
          }),
          { maxLength: arity },
        ),
        (args) => {
          probe(name, f, args);
        },
      ),
      { numRuns: 200 },
    );
  }
  assert.equal(secrets.randbelow(10) < 10, true);
});

Deno.test("huge sizes are refused before anything is allocated", () => {
  for (const f of [secrets.token_bytes, secrets.token_hex, secrets.token_urlsafe]) {
    assert.throws(() => f(2 ** 40), RangeError);
  }
  assert.throws(() => gen.randbytes(2 ** 31), RangeError);
  assert.throws(() => gen.getrandbits(2n ** 40n), RangeError);
  assert.throws(() => gen.choices([1], { k: 2 ** 40 }), RangeError);
  // An array-like claiming 2**53 - 1 elements is fine for choice (nothing is copied).
  assert.equal(secrets.choice({ length: Number.MAX_SAFE_INTEGER }), undefined);
});
