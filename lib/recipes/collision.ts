/**
 * Collision math for random tokens: the chance that any two of `count`
 * tokens of `bits` bits are equal (the birthday bound), and the fewest bits
 * that keep that chance below a target.
 *
 * @module
 */

import { bigBitLength, describe, log2Big, optionError, readOptions } from "../core/mod.ts";
import { collisionAtMost } from "./_collision_bound.ts";

/**
 * Options of {@linkcode collisionProbability}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { collisionProbability, type CollisionOptions } from "@secrets/secrets/recipes";
 * const options: CollisionOptions = { count: 1_000_000, bits: 64 };
 * assert(collisionProbability(options) < 3e-8);
 * ```
 */
export interface CollisionOptions {
  /**
   * How many tokens are drawn: a non-negative integer, as a number (any
   * integer value, `1e12` included: it is taken exactly) or a bigint.
   */
  count: number | bigint;
  /**
   * The entropy of each token in bits: a finite number >= 0, not necessarily
   * whole (`entropyBits("tokenText", options)` is a fine value).
   */
  bits: number;
}

/**
 * Options of {@linkcode bitsFor}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bitsFor, type BitsForOptions } from "@secrets/secrets/recipes";
 * const options: BitsForOptions = { count: 1e9, probability: 1e-6 };
 * assert.equal(bitsFor(options), 79);
 * ```
 */
export interface BitsForOptions {
  /** How many tokens are drawn: a non-negative integer (number or bigint). */
  count: number | bigint;
  /** The largest acceptable chance of any collision: `0 < probability <= 1`. */
  probability: number;
}

/** The command line calls the count `--tokens`: suggested when given as an option. */
const TOKENS = /* @__PURE__ */ Object.freeze({ tokens: "count", n: "count" } as const);

function checkCount(value: unknown, fn: string): bigint {
  if (value === undefined) throw optionError(TypeError, fn, "count", "is required");
  if (typeof value === "bigint" || (typeof value === "number" && Number.isInteger(value))) {
    if (value < 0) {
      throw optionError(
        RangeError,
        fn,
        "count",
        `must be at least 0, got ${describe(value)}`,
        value,
      );
    }
    return BigInt(value);
  }
  throw optionError(
    TypeError,
    fn,
    "count",
    `must be an integer (a number or a bigint), got ${describe(value)}`,
    value,
  );
}

function checkNumber(value: unknown, fn: string, option: string): number {
  if (value === undefined) throw optionError(TypeError, fn, option, "is required");
  if (typeof value !== "number") {
    throw optionError(TypeError, fn, option, `must be a number, got ${describe(value)}`, value);
  }
  return value;
}

/** `m * 2 ** e` for finite `m >= 0`, scaling in steps so no step overflows or underflows early. */
function ldexp(m: number, e: number): number {
  while (e > 1000 && m > 0 && m < Infinity) {
    m *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000 && m > 0) {
    m *= 2 ** -1000;
    e += 1000;
  }
  return m * 2 ** e;
}

/** The birthday bound for `pairs = count * (count - 1) / 2` pairs and `bits` bits. */
function probability(count: bigint, pairs: bigint, bits: number): number {
  if (pairs === 0n) return 0;
  // More tokens than there are values: a collision is certain (pigeonhole).
  if (bits < 1100 && count > 2 ** bits) return 1;
  // pairs / 2**bits: pairs rounded once to a double (exactly as Python's
  // int / int), then scaled by a power of two (exact unless subnormal).
  const len = bigBitLength(pairs);
  const x = len <= 1000
    ? ldexp(Number(pairs), -bits)
    : ldexp(Number(pairs >> BigInt(len - 64)), len - 64 - bits);
  // 1 - exp(-x) loses everything below 1e-16 to rounding; -expm1(-x) keeps
  // full relative precision for tiny probabilities.
  return -Math.expm1(-x);
}

/**
 * Returns the chance that at least two of `count` random tokens of `bits`
 * bits of entropy are equal: the birthday bound
 * `1 - exp(-count * (count - 1) / 2 / 2 ** bits)`, computed as
 * `-expm1(-x)` so that tiny probabilities keep their full precision (1e6
 * tokens of 128 bits: about 1.47e-27, not 0).
 *
 * This standard approximation is never above the exact probability
 * `1 - prod(1 - i / 2**bits, i < count)`, and for `count <= 2 ** (bits - 1)`
 * it is below it by a relative amount of at most `(2 * count - 1) / (3 *
 * 2 ** bits)` (from `-ln(1 - t) <= t + t**2` for `t <= 1/2`), give or take
 * 2**-50 for rounding: the exact chance lies between `p * (1 - 2**-50)` and
 * `p * (1 + (2 * count - 1) / (3 * 2**bits)) * (1 + 2**-50)`. With more
 * tokens it can be far below (2 tokens of 1 bit: 0.39, exactly 0.5), so to
 * choose a size use {@linkcode bitsFor}, which counts exactly. More tokens
 * than `2 ** bits` collide for certain (1). Huge counts saturate to 1; no
 * tokens or one token give 0.
 *
 * @param options `count` (number or bigint) and `bits` (any finite number >= 0).
 * @returns A probability, from 0 to 1.
 * @throws {TypeError} If `count` is not an integer (number or bigint) or
 * `bits` not a number, or an option is missing or unknown.
 * @throws {RangeError} If `count` is negative or `bits` negative or not finite.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { collisionProbability } from "@secrets/secrets/recipes";
 *
 * // 2**32 tokens of 64 bits: 1 - e**-0.5, about 0.3935.
 * const p = collisionProbability({ count: 2 ** 32, bits: 64 });
 * assert(Math.abs(p - (1 - Math.exp(-0.5))) < 1e-9);
 * // A billion 128-bit tokens: about 1.5e-21.
 * assert(collisionProbability({ count: 1e9, bits: 128 }) < 1.5e-21);
 * assert.equal(collisionProbability({ count: 2n ** 200n, bits: 128 }), 1);
 * assert.throws(() => collisionProbability({ count: -1, bits: 64 }), {
 *   name: "RangeError",
 *   message: "collisionProbability(): count must be at least 0, got -1",
 * });
 * ```
 */
export function collisionProbability(options: CollisionOptions): number {
  const fn = "collisionProbability()";
  const o = readOptions(options, ["count", "bits"], fn, TOKENS);
  const count = checkCount(o.count, fn);
  const bits = checkNumber(o.bits, fn, "bits");
  if (!(bits >= 0) || bits === Infinity) {
    throw optionError(
      RangeError,
      fn,
      "bits",
      `must be a finite number >= 0, got ${describe(bits)}`,
      bits,
    );
  }
  return probability(count, count * (count - 1n) / 2n, bits);
}

/**
 * Returns the smallest whole number of bits that keeps the exact chance of
 * any collision among `count` random tokens, `1 - prod(1 - i / 2**b, i <
 * count)`, at or below `probability`: never fewer (the birthday bound of
 * {@linkcode collisionProbability} understates the chance, so its answer
 * can be one bit short: 2 tokens at 0.4 need 2 bits, not 1). Up to 256
 * tokens the chance is computed exactly; beyond, an upper bound within a
 * relative `(count / 2**b) ** 2` or so of it decides, so at a near tie the
 * result can be one bit more than the least, never less. Fewer than two
 * tokens need 0 bits.
 *
 * Pass the result to `tokenText({ bits })`, which rounds up to whole
 * characters.
 *
 * @param options `count` (number or bigint) and `probability` (`0 < p <= 1`).
 * @returns Bits, a whole number >= 0.
 * @throws {TypeError} If `count` is not an integer or `probability` not a
 * number, or an option is missing or unknown.
 * @throws {RangeError} If `count` is negative or `probability` is not in `(0, 1]`.
 *
 * @example How long must my IDs be?
 * ```ts
 * import assert from "node:assert/strict";
 * import { bitsFor, collisionProbability, tokenText } from "@secrets/secrets/recipes";
 *
 * // A billion IDs with at most a one-in-a-million chance of any duplicate:
 * const bits = bitsFor({ count: 1e9, probability: 1e-6 });
 * assert.equal(bits, 79);
 * assert(collisionProbability({ count: 1e9, bits }) <= 1e-6);
 * assert(collisionProbability({ count: 1e9, bits: bits - 1 }) > 1e-6);
 * assert.equal(tokenText({ bits, alphabet: "base58" }).length, 14);
 * // Two tokens of 1 bit collide with chance 0.5 exactly (the birthday bound says 0.39):
 * assert.equal(bitsFor({ count: 2, probability: 0.4 }), 2);
 * assert.throws(() => bitsFor({ count: 1e9, probability: 0 }), {
 *   name: "RangeError",
 *   message: "bitsFor(): probability must be greater than 0 and at most 1, got 0",
 * });
 * ```
 */
export function bitsFor(options: BitsForOptions): number {
  const fn = "bitsFor()";
  const o = readOptions(options, ["count", "probability"], fn, TOKENS);
  const count = checkCount(o.count, fn);
  const target = checkNumber(o.probability, fn, "probability");
  if (!(target > 0 && target <= 1)) {
    throw optionError(
      RangeError,
      fn,
      "probability",
      `must be greater than 0 and at most 1, got ${describe(target)}`,
      target,
    );
  }
  const pairs = count * (count - 1n) / 2n;
  if (pairs === 0n || target === 1) return 0;
  // A first guess from the birthday bound (x <= -log1p(-p) for x = pairs / 2**bits), then
  // the boundary by the exact chance, which the birthday bound understates.
  const x = -Math.log1p(-target);
  let bits = Math.max(0, Math.ceil(log2Big(pairs) - Math.log2(x)));
  while (!collisionAtMost(count, bits, target)) bits++;
  while (bits > 0 && collisionAtMost(count, bits - 1, target)) bits--;
  return bits;
}
