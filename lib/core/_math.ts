/**
 * Python's float semantics where they differ from JavaScript's: math domain
 * errors, float division by zero, float modulo, overflow errors, and
 * `math.lgamma` (which JavaScript lacks).
 *
 * @module
 */

/** `math.log`: a RangeError ("math domain error") for x <= 0, as Python raises. */
export function log(x: number): number {
  if (x <= 0) throw new RangeError("math domain error");
  return Math.log(x);
}

/** `math.log2`, with Python's domain error. */
export function log2(x: number): number {
  if (x <= 0) throw new RangeError("math domain error");
  return Math.log2(x);
}

/** `math.sqrt`, with Python's domain error. */
export function sqrt(x: number): number {
  if (x < 0) throw new RangeError("math domain error");
  return Math.sqrt(x);
}

/** `math.acos`, with Python's domain error. */
export function acos(x: number): number {
  if (x > 1 || x < -1) throw new RangeError("math domain error");
  return Math.acos(x);
}

/** `math.exp`, with Python's overflow error. */
export function exp(x: number): number {
  const r = Math.exp(x);
  if (r === Infinity && x !== Infinity) throw new RangeError("math range error");
  return r;
}

/** Python's `a / b` on floats: division by zero is an error, not Infinity. */
export function div(a: number, b: number): number {
  if (b === 0) throw new RangeError("float division by zero");
  return a / b;
}

/**
 * Python's `x ** y` on floats (`float_pow`): C99's special cases, where
 * JavaScript's `Math.pow` differs (`1 ** NaN` and `(-1) ** Infinity` are 1,
 * not NaN; `0 ** -Infinity` is Infinity), and Python's errors for a zero
 * base with a negative exponent and for overflow.
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1; // x ** 0 is 1.0, even for NaN
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const a = Math.abs(x);
    if (a === 1) return 1;
    return (y > 0) === (a > 1) ? Infinity : 0;
  }
  if (x === 0 && y < 0) throw new RangeError("0.0 cannot be raised to a negative power");
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && r === r) {
    throw new RangeError("(34, 'Numerical result out of range')");
  }
  return r;
}

/** Python's `a % b` on floats: the result takes the sign of `b`. */
export function mod(a: number, b: number): number {
  if (b === 0) throw new RangeError("float modulo by zero");
  let m = a % b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else {
    m = b < 0 ? -0 : 0;
  }
  return m;
}

// Lanczos approximation, g = 6.024680040776729583740234375, 13 terms: the
// same coefficients CPython's math module uses, so results agree closely.
const LANCZOS_G = 6.024680040776729583740234375;
const NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const DEN = [
  0.0,
  39916800.0,
  120543840.0,
  150917976.0,
  105258076.0,
  45995730.0,
  13339535.0,
  2637558.0,
  357423.0,
  32670.0,
  1925.0,
  66.0,
  1.0,
];

function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + NUM[i];
      den = den * x + DEN[i];
    }
  } else {
    // In 1/x for large x, which avoids overflow.
    for (let i = 0; i < 13; i++) {
      num = num / x + NUM[i];
      den = den / x + DEN[i];
    }
  }
  return num / den;
}

/** `math.lgamma` for x > 0 (all that `binomialvariate` needs). */
export function lgamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  if (x < 1e-20) return -Math.log(x);
  let r = Math.log(lanczosSum(x)) - LANCZOS_G;
  r += (x - 0.5) * (Math.log(x + LANCZOS_G - 0.5) - 1);
  return r;
}

/** Python's `a // b` on integers: rounds toward negative infinity. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

const TWO_32 = 4_294_967_296; // 2**32, written out so that bundlers can drop it

/** Number of bits in `n` (0 < n <= 2**53 - 1), as Python's `int.bit_length()`. */
export function bitLength(n: number): number {
  return n >= TWO_32 ? 64 - Math.clz32(Math.floor(n / TWO_32)) : 32 - Math.clz32(n);
}

/** Number of bits in a non-negative bigint, as Python's `int.bit_length()`. */
export function bigBitLength(n: bigint): number {
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** `log2` of a positive bigint, to double precision. */
export function log2Big(n: bigint): number {
  const len = bigBitLength(n);
  if (len <= 1000) return Math.log2(Number(n));
  return Math.log2(Number(n >> BigInt(len - 64))) + (len - 64);
}
