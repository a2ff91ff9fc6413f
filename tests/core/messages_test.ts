// Messages show the value given, exactly (a whole number beyond 2**53 in full, not the
// rounded digits String gives), and an unknown option gets the hint a user needs.
import { randbelow, SystemRandom } from "../../mod.ts";
import { bitsFor, collisionProbability, tokenText } from "../../recipes.ts";
import { describe } from "../../lib/core/mod.ts";
import { assert, assertThrows } from "../_helpers.ts";

Deno.test("describe() shows a whole number beyond 2**53 exactly, up to 40 digits", () => {
  assert.equal(describe(2 ** 60), "1152921504606846976");
  assert.equal(describe(-(2 ** 60)), "-1152921504606846976");
  assert.equal(describe(2 ** 53 + 2), "9007199254740994");
  assert.equal(describe(2 ** 70), "1180591620717411303424");
  assert.equal(describe(1e21), "1000000000000000000000");
  // As written where exact digits would say no more, or too much.
  assert.equal(describe(1e300), "1e+300");
  assert.equal(describe(2 ** 53 - 1), "9007199254740991");
  assert.equal(describe(0.1), "0.1");
  assert.equal(describe(-0), "-0");
  assert.equal(describe(Infinity), "Infinity");
  for (const k of [54, 60, 64, 100, 130]) assert.equal(BigInt(describe(2 ** k)), 2n ** BigInt(k));
});

Deno.test("range messages show the integer given", () => {
  assertThrows(
    () => randbelow(2 ** 60),
    RangeError,
    "randbelow(): exclusive_upper_bound must be a safe integer when given as a number, got 1152921504606846976; pass a bigint instead",
  );
  assertThrows(
    () => tokenText({ bits: 2 ** 60 }),
    RangeError,
    "tokenText(): bits must be at most 65536, got 1152921504606846976",
  );
  assertThrows(
    () => new SystemRandom().choices([1], { k: 2 ** 60 }),
    RangeError,
    "choices(): k must be a safe integer, got 1152921504606846976",
  );
});

Deno.test("unknown options get the hint a user needs", () => {
  assertThrows(
    () => tokenText({ length: 10 } as never),
    TypeError,
    "tokenText(): unknown option 'length' (did you mean 'bits'?)",
  );
  assertThrows(
    () => new SystemRandom().choices([1, 2], { weights: [1, 2] } as never),
    TypeError,
    "choices(): unknown option 'weights' (weights is the second argument: choices(population, weights, { k }))",
  );
  assertThrows(
    () => collisionProbability({ tokens: 5, bits: 10 } as never),
    TypeError,
    "collisionProbability(): unknown option 'tokens' (did you mean 'count'?)",
  );
  assertThrows(
    () => bitsFor({ tokens: 5, probability: 0.5 } as never),
    TypeError,
    "bitsFor(): unknown option 'tokens' (did you mean 'count'?)",
  );
  // The weights given as the second argument are weights.
  assert.equal(new SystemRandom().choices(["a", "b"], [0, 1], { k: 3 }).join(""), "bbb");
});
