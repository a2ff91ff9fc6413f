/**
 * The exact side of the collision math: whether the chance of any
 * collision among `count` tokens drawn uniformly from `2 ** bits` values is
 * at most a probability. The chance itself is
 * `1 - prod(1 - i / 2**bits, i = 1 .. count - 1)`, which the birthday bound
 * `1 - exp(-count * (count - 1) / 2 / 2**bits)` always understates; the
 * answer here never does.
 *
 * @module
 */

import { bigBitLength } from "../core/mod.ts";

/**
 * The largest count whose chance is computed exactly, by the product itself
 * (when the product has at most 65,536 bits: beyond, 256 tokens or fewer
 * have more than 2**256 values, where the bound below is as good).
 */
export const EXACT_COUNT = 256n;

/** `p` (a double, `0 < p <= 1`) as `[m, k]` with `p = m / 2**k` exactly. */
export function dyadic(p: number): [bigint, number] {
  let k = 0;
  // Every step multiplies by a power of two: exact.
  while (p < 2 ** -900) {
    p *= 2 ** 1000;
    k += 1000;
  }
  while (!Number.isInteger(p)) {
    p *= 2;
    k++;
  }
  return [BigInt(p), k];
}

/** `num / den` as a double, within a relative 2**-50 (both positive). */
function ratio(num: bigint, den: bigint): number {
  const a = Math.max(0, bigBitLength(num) - 64);
  const b = Math.max(0, bigBitLength(den) - 64);
  const q = Number(num >> BigInt(a)) / Number(den >> BigInt(b));
  const e = a - b; // q * 2**e, scaled in two steps so that neither overflows early
  return q * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
}

/**
 * Whether the exact chance of a collision among `count` tokens of `bits`
 * whole bits is at most `p` (`0 < p < 1`). `true` is always right; `false`
 * means the chance is above `p`, or (for more than {@linkcode EXACT_COUNT}
 * tokens) within the bound's slack of it: a relative `count**2 / 2**(2 *
 * bits)` or so, far below what a double can show at useful sizes.
 *
 * - Up to 256 tokens (and a product of at most 65,536 bits): the product,
 *   exactly, in integers.
 * - More tokens than values: a collision is certain.
 * - More than half as many tokens as values (and more than 256): the chance
 *   is above `1 - exp(-(count - 1) / 4)`, over `1 - 2**-92`, so above every
 *   double below 1.
 * - Else, with `t = i / 2**bits <= 1/2`: `-ln(1 - t) <= t + t**2/2 +
 *   2 t**3/3`, so the sum over `i` bounds `-ln(1 - chance)` by an exact
 *   rational `z`; the chance is at most `1 - exp(-z)`, which is at most `p`
 *   if `z <= p` (compared exactly) or if `z <= -ln(1 - p)` (compared in
 *   doubles with margins that cover their rounding).
 */
export function collisionAtMost(count: bigint, bits: number, p: number): boolean {
  if (count < 2n) return true;
  const b = BigInt(bits);
  const values = 1n << b;
  if (count > values) return false;
  const [m, k] = dyadic(p);
  if (count <= EXACT_COUNT && b * count <= 65536n) {
    // 1 - P / values**(count - 1) <= m / 2**k, P the product of (values - i).
    let product = 1n;
    for (let i = 1n; i < count; i++) product *= values - i;
    return product << BigInt(k) >= ((1n << BigInt(k)) - m) << (b * (count - 1n));
  }
  if (2n * count > values) return false;
  const pairs = count * (count - 1n) / 2n;
  // z = pairs / N + sum(i**2) / (2 N**2) + 2 sum(i**3) / (3 N**3), over i < count, with
  // sum(i**2) = (n - 1) n (2n - 1) / 6 and sum(i**3) = pairs**2: over 12 N**3.
  const num = 12n * pairs * values * values +
    (count - 1n) * count * (2n * count - 1n) * values + 8n * pairs * pairs;
  const den = 12n * values * values * values;
  if (num << BigInt(k) <= m * den) return true; // 1 - exp(-z) <= z <= p
  const z = ratio(num, den);
  // log1p is within 1 ulp and z within 2**-50; each product rounds once.
  return z > 2 ** -1000 && z * (1 + 2 ** -48) <= -Math.log1p(-p) * (1 - 2 ** -48);
}
