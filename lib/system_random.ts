/**
 * `SystemRandom`: CPython 3.13's `random.SystemRandom`, method for method,
 * drawing its bytes exactly as CPython does.
 *
 * @module
 */

import { BLOCK_SIZE, cryptoSource, Pool } from "./_pool.ts";
import {
  bigBitLength,
  bitLength,
  checkFloat,
  checkInt,
  checkNumberInt,
  checkSize,
  MAX_NBYTES,
  sameKind,
  show,
} from "./_validate.ts";
import { type Sequence, view } from "./_sequence.ts";
import { toHex } from "./_encode.ts";
import * as pm from "./_math.ts";

/**
 * Thrown where CPython raises `NotImplementedError`: `getstate()` and
 * `setstate()` of a generator that has no state.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { NotImplementedError, SystemRandom } from "@secrets/secrets";
 * try {
 *   new SystemRandom().getstate();
 * } catch (e) {
 *   assert(e instanceof NotImplementedError);
 * }
 * ```
 */
export class NotImplementedError extends Error {
  /**
   * Creates the error.
   *
   * @param message What is not implemented.
   */
  constructor(message: string) {
    super(message);
    this.name = "NotImplementedError";
  }
}

/**
 * Keyword-only options of {@linkcode SystemRandom.prototype.choices}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type ChoicesOptions, SystemRandom } from "@secrets/secrets";
 * const options: ChoicesOptions = { cum_weights: [1, 3, 6], k: 4 };
 * assert(new SystemRandom().choices("abc", null, options).length === 4);
 * ```
 */
export interface ChoicesOptions {
  /** Cumulative weights, instead of `weights`. */
  cum_weights?: ArrayLike<number> | null;
  /** How many elements to choose (default 1; a negative `k` gives `[]`, as in Python). */
  k?: number;
}

/**
 * Keyword-only options of {@linkcode SystemRandom.prototype.sample}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type SampleOptions, SystemRandom } from "@secrets/secrets";
 * const options: SampleOptions = { counts: [3, 1] };
 * assert(new SystemRandom().sample(["x", "y"], 4, options).length === 4);
 * ```
 */
export interface SampleOptions {
  /** Repeat counts: `sample(["a", "b"], 3, { counts: [2, 2] })` draws from `a a b b`. */
  counts?: ArrayLike<number> | null;
}

/**
 * A mutable sequence that {@linkcode SystemRandom.prototype.shuffle} can permute.
 *
 * @example
 * ```ts
 * import { type MutableSequence, SystemRandom } from "@secrets/secrets";
 * const bytes: MutableSequence<number> = new Uint8Array([1, 2, 3]);
 * new SystemRandom().shuffle(bytes);
 * ```
 */
export interface MutableSequence<T> {
  /** Number of elements. */
  readonly length: number;
  /** Elements by index. */
  [index: number]: T;
}

const NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
const LOG4 = Math.log(4.0);
const SG_MAGICCONST = 1.0 + Math.log(4.5);
const TWOPI = 2 * Math.PI;
const RECIP_BPF = 2 ** -53;

// Which pool each class draws from; classes made by createSecrets() register
// their own, everything else shares the default pool over crypto.getRandomValues.
const pools = new WeakMap<object, Pool>();
let defaultPool: Pool | undefined;

/** The pool behind `mod.ts` and `new SystemRandom()` (created lazily, filled lazily). */
export function getDefaultPool(): Pool {
  return defaultPool ??= new Pool(cryptoSource);
}

/** Makes a subclass of SystemRandom whose instances draw from `pool`. */
export function systemRandomFor(pool: Pool): typeof SystemRandom {
  const Base = SystemRandom;
  const Bound = class SystemRandom extends Base {};
  pools.set(Bound, pool);
  return Bound;
}

function poolOf(ctor: object): Pool {
  for (let c: object | null = ctor; c !== null; c = Object.getPrototypeOf(c)) {
    const p = pools.get(c);
    if (p !== undefined) return p;
  }
  return getDefaultPool();
}

/** Internal access to the below-n draw, for `secrets.randbelow`. */
export let randbelowOf: (r: SystemRandom, n: number | bigint) => number | bigint;

let lastBound = 0n;
let lastBytes = 0;
let lastShift = 0n;
let lastLimit = 0n;

function bisectRight(a: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function cumulative(values: unknown, what: string): number[] {
  const v = view(values as ArrayLike<unknown>, what);
  const out = new Array<number>(v.length);
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const w = v[i];
    if (typeof w !== "number") {
      throw new TypeError(`${what} must hold numbers, got ${show(w)} at index ${i}`);
    }
    out[i] = sum = i === 0 ? w : sum + w;
  }
  return out;
}

function numbers(values: unknown, what: string): ArrayLike<number> {
  const v = view(values as ArrayLike<unknown>, what);
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] !== "number") {
      throw new TypeError(`${what} must hold numbers, got ${show(v[i])} at index ${i}`);
    }
  }
  return v as ArrayLike<number>;
}

function isWeights(x: unknown): boolean {
  return typeof x === "string" || Array.isArray(x) ||
    (typeof x === "object" && x !== null && "length" in x);
}

function required(value: unknown, fn: string, name: string): number {
  if (typeof value === "number") return value; // the common case, no message built
  if (value === undefined) {
    throw new TypeError(`${fn}() missing required argument '${name}'`);
  }
  return checkFloat(value, `${fn}(): ${name}`);
}

/**
 * A random number generator that draws every bit from the operating system's
 * cryptographically secure source (`crypto.getRandomValues`), with the
 * methods of CPython 3.13's `random.SystemRandom`. Given the same bytes,
 * every method returns what CPython returns.
 *
 * Integers come back as numbers when the arguments are numbers and as bigints
 * when they are bigints; a number result that could exceed 2**53 is refused
 * with a `RangeError` that says to pass a bigint.
 *
 * @example Secure shuffles, samples and floats
 * ```ts
 * import assert from "node:assert/strict";
 * import { SystemRandom } from "@secrets/secrets";
 *
 * const rng = new SystemRandom();
 * const deck = Array.from({ length: 52 }, (_, i) => i);
 * rng.shuffle(deck);
 * const hand = rng.sample(deck, 5);
 * const die = rng.randint(1, 6);
 * const x = rng.random();
 * assert(hand.length === 5 && die >= 1 && die <= 6 && x >= 0 && x < 1);
 * ```
 */
export class SystemRandom {
  /** The cached second value of {@linkcode SystemRandom.prototype.gauss}, as in Python. */
  gauss_next: number | null = null;
  readonly #pool: Pool;
  // How the below-n draw gets its randomness, chosen as CPython's
  // Random.__init_subclass__ chooses _randbelow: a subclass that defines
  // getrandbits (0: none; 1: draw through it) or else random (2: CPython's
  // _randbelow_without_getrandbits) changes every method that uses it.
  readonly #custom: 0 | 1 | 2 = 0;

  /**
   * Creates a generator. The optional argument is accepted and ignored, as
   * CPython's `SystemRandom(x)` does: the system source has no seed.
   *
   * @param _x Ignored.
   */
  constructor(_x?: unknown) {
    this.#pool = poolOf(new.target);
    for (
      let p = new.target.prototype;
      p && p !== SystemRandom.prototype;
      p = Object.getPrototypeOf(p)
    ) {
      if (Object.hasOwn(p, "getrandbits")) {
        this.#custom = 1;
        break;
      }
      if (Object.hasOwn(p, "random")) {
        this.#custom = 2;
        break;
      }
    }
  }

  static {
    randbelowOf = (r, n) => (r as SystemRandom).#randbelow(n);
  }

  // ---- The core draws. Everything else calls these. -------------------

  /** `k` bits (0..53) as a number: `ceil(k / 8)` bytes, big-endian, shifted right. */
  #bits(k: number): number {
    if (k === 0) return 0;
    const nb = (k + 7) >>> 3;
    const pool = this.#pool;
    const p = pool.ensure(nb);
    const b = pool.buf;
    const s = nb * 8 - k;
    let r: number;
    if (nb <= 4) {
      let x = 0;
      for (let i = 0; i < nb; i++) x = (x << 8) | b[p + i];
      r = (x >>> 0) >>> s;
    } else {
      let hi = 0;
      for (let i = 0; i < nb - 4; i++) hi = (hi << 8) | b[p + i];
      const q = p + nb - 4;
      const lo = ((b[q] << 24) | (b[q + 1] << 16) | (b[q + 2] << 8) | b[q + 3]) >>> 0;
      // hi * 2**32 + lo shifted right by s (< 8): exact, as the result < 2**53.
      r = hi * 2 ** (32 - s) + (lo >>> s);
    }
    pool.consume(nb);
    return r;
  }

  /** `k` bits (any size) as a bigint: `ceil(k / 8)` bytes, shifted right. */
  #bigBits(k: number): bigint {
    if (k <= 53) return BigInt(this.#bits(k));
    const nb = Math.ceil(k / 8);
    const shift = nb * 8 - k;
    const x = this.#bigBytes(nb);
    return shift === 0 ? x : x >> BigInt(shift);
  }

  /** The next `nb` bytes as a big-endian bigint. */
  #bigBytes(nb: number): bigint {
    const pool = this.#pool;
    let x: bigint;
    if (nb <= 16) {
      // Up to 128 bits: whole 32-bit words are cheaper than parsing hex.
      const p = pool.ensure(nb);
      const b = pool.buf;
      const end = p + nb;
      // The leading nb % 4 bytes, then whole big-endian words.
      let i = p;
      let head = 0;
      for (; i < p + (nb & 3); i++) head = (head << 8) | b[i];
      x = BigInt(head);
      for (; i < end; i += 4) {
        x = (x << 32n) |
          BigInt(((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0);
      }
      pool.consume(nb);
    } else if (nb <= BLOCK_SIZE) {
      const p = pool.ensure(nb);
      x = BigInt("0x" + toHex(pool.buf.subarray(p, p + nb)));
      pool.consume(nb);
    } else {
      const bytes = pool.take(nb);
      x = BigInt("0x" + toHex(bytes));
      bytes.fill(0);
    }
    return x;
  }

  /**
   * CPython's `_randbelow_with_getrandbits`: draw `n.bit_length()` bits and
   * retry while the result is >= n. Every accepted value comes from exactly
   * one bit pattern, so the result is exactly uniform; each try succeeds
   * with probability above 1/2.
   */
  #below(n: number): number {
    if (this.#custom !== 0) return this.#belowCustom(n) as number;
    const k = bitLength(n);
    let r = this.#bits(k);
    while (r >= n) r = this.#bits(k);
    return r;
  }

  #belowBig(n: bigint): bigint {
    if (this.#custom !== 0) return this.#belowCustom(n) as bigint;
    if (n <= 9007199254740991n) return BigInt(this.#below(Number(n)));
    // The same large bound is often drawn from many times: remember its size.
    // (x >> s) >= n exactly when x >= n << s, so a rejected draw needs no shift.
    if (n !== lastBound) {
      const k = bigBitLength(n);
      lastBound = n;
      lastBytes = Math.ceil(k / 8);
      lastShift = BigInt(lastBytes * 8 - k);
      lastLimit = n << lastShift;
    }
    const nb = lastBytes, limit = lastLimit, shift = lastShift;
    let x = this.#bigBytes(nb);
    while (x >= limit) x = this.#bigBytes(nb);
    return x >> shift;
  }

  /** The below-n draw of a subclass that overrides `getrandbits` or `random`. */
  #belowCustom(n: number | bigint): number | bigint {
    if (this.#custom === 1) {
      // _randbelow_with_getrandbits, through the overriding method.
      if (typeof n === "number") {
        const k = bitLength(n);
        let r = this.getrandbits(k);
        while (r >= n) r = this.getrandbits(k);
        return r;
      }
      const k = BigInt(bigBitLength(n));
      let r = this.getrandbits(k);
      while (r >= n) r = this.getrandbits(k);
      return r;
    }
    // _randbelow_without_getrandbits(n, maxsize=2**53).
    const maxsize = 2 ** 53;
    if (n >= maxsize) {
      // CPython warns here that random() lacks the bits for so large a range.
      const x = Math.floor(this.random() * Number(n));
      return typeof n === "bigint" ? BigInt(x) : x;
    }
    const m = Number(n);
    const rem = maxsize % m;
    const limit = (maxsize - rem) / maxsize; // int(limit * maxsize) % n == 0
    let r = this.random();
    while (r >= limit) r = this.random();
    const x = Math.floor(r * maxsize) % m;
    return typeof n === "bigint" ? BigInt(x) : x;
  }

  #randbelow(n: number | bigint): number | bigint {
    return typeof n === "number" ? this.#below(n) : this.#belowBig(n);
  }

  // ---- Bytes and bits --------------------------------------------------

  /**
   * Returns a float in `[0, 1)` from 7 bytes: 53 random bits times 2**-53,
   * as CPython's `SystemRandom.random()`.
   *
   * @returns A float in `[0.0, 1.0)`.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const x = new SystemRandom().random();
   * assert(x >= 0 && x < 1);
   * ```
   */
  random(): number {
    const pool = this.#pool;
    const p = pool.ensure(7);
    const b = pool.buf;
    const hi = (b[p] << 16) | (b[p + 1] << 8) | b[p + 2];
    const lo = ((b[p + 3] << 24) | (b[p + 4] << 16) | (b[p + 5] << 8) | b[p + 6]) >>> 0;
    pool.consume(7);
    return (hi * 536870912 + (lo >>> 3)) * RECIP_BPF;
  }

  /**
   * Returns an integer with `k` random bits: `ceil(k / 8)` bytes read
   * big-endian, shifted right to `k` bits.
   *
   * @param k Number of bits: a number up to 53 (returns a number) or a bigint
   * (returns a bigint).
   * @returns An integer in `[0, 2**k)`.
   * @throws {RangeError} If `k` is negative ("number of bits must be
   * non-negative"), a number above 53, or above `8 * MAX_NBYTES`.
   * @throws {TypeError} If `k` is not an integer.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const rng = new SystemRandom();
   * assert(rng.getrandbits(8) < 256);
   * assert(typeof rng.getrandbits(128n) === "bigint");
   * ```
   */
  getrandbits(k: number): number;
  /** With a bigint `k`: returns a bigint. */
  getrandbits(k: bigint): bigint;
  /** With a number or a bigint: returns the same kind. */
  getrandbits(k: number | bigint): number | bigint;
  /** With a number or a bigint: returns the same kind. */
  getrandbits(k: number | bigint): number | bigint {
    const bits = checkInt(k, "getrandbits(): k");
    if (bits < 0) throw new RangeError("number of bits must be non-negative");
    if (typeof bits === "number") {
      if (bits > 53) {
        throw new RangeError(
          `getrandbits(${bits}) can exceed Number.MAX_SAFE_INTEGER; pass a bigint: getrandbits(${bits}n)`,
        );
      }
      return this.#bits(bits);
    }
    if (bits > BigInt(8 * MAX_NBYTES)) {
      throw new RangeError(`getrandbits(): k must be at most ${8 * MAX_NBYTES}, got ${bits}n`);
    }
    return this.#bigBits(Number(bits));
  }

  /**
   * Returns `n` random bytes, as CPython's `SystemRandom.randbytes(n)`
   * (`os.urandom(n)`).
   *
   * @param n Number of bytes, from 0 to `MAX_NBYTES`.
   * @returns A new `Uint8Array` of length `n`.
   * @throws {RangeError} If `n` is negative ("negative argument not allowed")
   * or above `MAX_NBYTES`.
   * @throws {TypeError} If `n` is not an integer number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(new SystemRandom().randbytes(16).length === 16);
   * ```
   */
  randbytes(n: number): Uint8Array<ArrayBuffer> {
    const size = checkSize(n, "randbytes(): n", "negative argument not allowed");
    return size === 0 ? new Uint8Array(0) : this.#pool.take(size);
  }

  // ---- Integers --------------------------------------------------------

  /**
   * Returns a random element of `range(start, stop, step)`, as CPython's
   * `randrange`, with the same argument handling and byte consumption.
   * `randrange(stop)` draws from `[0, stop)`.
   *
   * @param start Start of the range (or its stop, if `stop` is omitted).
   * @param stop End of the range, exclusive.
   * @param step Step between elements (default 1; not allowed without `stop`).
   * @returns An integer of the arguments' kind (number or bigint).
   * @throws {RangeError} If the range is empty or `step` is 0, with CPython's
   * message (e.g. "empty range in randrange(3, 3)").
   * @throws {TypeError} If an argument is not an integer, numbers and bigints
   * are mixed, or `step` is given without `stop`.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const rng = new SystemRandom();
   * assert(rng.randrange(0, 10, 2) % 2 === 0);
   * assert(rng.randrange(10n ** 30n) < 10n ** 30n);
   * ```
   */
  randrange(start: number, stop?: number | null, step?: number): number;
  /** With bigints: returns a bigint. */
  randrange(start: bigint, stop?: bigint | null, step?: bigint): bigint;
  /** With numbers or bigints (not mixed): returns the same kind. */
  randrange(
    start: number | bigint,
    stop?: number | bigint | null,
    step?: number | bigint,
  ): number | bigint;
  /** With numbers or bigints (not mixed): returns the same kind. */
  randrange(
    start: number | bigint,
    stop?: number | bigint | null,
    step?: number | bigint,
  ): number | bigint {
    const istart = checkInt(start, "randrange(): start");
    if (stop === undefined || stop === null) {
      if (step !== undefined && step !== 1 && step !== 1n) {
        throw new TypeError("Missing a non-None stop argument");
      }
      if (istart > 0) return this.#randbelow(istart);
      throw new RangeError("empty range for randrange()");
    }
    const istop = checkInt(stop, "randrange(): stop");
    const istep = step === undefined
      ? (typeof istart === "bigint" ? 1n : 1)
      : checkInt(step, "randrange(): step");
    sameKind("randrange()", istart, istop, istep);
    return this.#range(istart, istop, istep, start, stop, step);
  }

  #range(
    istart: number | bigint,
    istop: number | bigint,
    istep: number | bigint,
    start: unknown,
    stop: unknown,
    step: unknown,
  ): number | bigint {
    if (typeof istart === "number") {
      const width = (istop as number) - istart;
      if (istep === 1 && width <= Number.MAX_SAFE_INTEGER) {
        if (width > 0) return istart + this.#below(width);
        throw new RangeError(`empty range in randrange(${String(start)}, ${String(stop)})`);
      }
      // Wide ranges and other steps: exact integer arithmetic; the result
      // lies in the range, so it is a safe integer again.
      return Number(this.#range(BigInt(istart), BigInt(istop), BigInt(istep), start, stop, step));
    }
    const a = istart, b = istop as bigint, s = istep as bigint;
    const width = b - a;
    if (s === 1n) {
      if (width > 0n) return a + this.#belowBig(width);
      throw new RangeError(`empty range in randrange(${String(start)}, ${String(stop)})`);
    }
    let n: bigint;
    if (s > 0n) n = floorDiv(width + s - 1n, s);
    else if (s < 0n) n = floorDiv(width + s + 1n, s);
    else throw new RangeError("zero step for randrange()");
    if (n <= 0n) {
      throw new RangeError(
        `empty range in randrange(${String(start)}, ${String(stop)}, ${String(step)})`,
      );
    }
    return a + s * this.#belowBig(n);
  }

  /**
   * Returns a random integer in `[a, b]`, both ends included: CPython's
   * `randrange(a, b + 1)`.
   *
   * @param a Lowest value.
   * @param b Highest value.
   * @returns An integer of the arguments' kind.
   * @throws {RangeError} If `b < a` ("empty range in randrange(a, b+1)").
   * @throws {TypeError} If an argument is not an integer, or kinds are mixed.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const die = new SystemRandom().randint(1, 6);
   * assert(die >= 1 && die <= 6);
   * ```
   */
  randint(a: number, b: number): number;
  /** With bigints: returns a bigint. */
  randint(a: bigint, b: bigint): bigint;
  /** With numbers or bigints (not mixed): returns the same kind. */
  randint(a: number | bigint, b: number | bigint): number | bigint;
  randint(a: number | bigint, b: number | bigint): number | bigint {
    const ia = checkInt(a, "randint(): a");
    const ib = checkInt(b, "randint(): b");
    sameKind("randint()", ia, ib);
    const stop = typeof ib === "number" ? ib + 1 : ib + 1n;
    return this.#range(ia, stop, typeof ia === "number" ? 1 : 1n, ia, stop, undefined);
  }

  // ---- Sequences -------------------------------------------------------

  /**
   * Returns a random element of a non-empty sequence (array, typed array,
   * array-like, or string of code points).
   *
   * @param seq The sequence.
   * @returns One of its elements.
   * @throws {RangeError} If it is empty ("Cannot choose from an empty sequence").
   * @throws {TypeError} If it is not a sequence.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const c = new SystemRandom().choice("abc");
   * assert("abc".includes(c));
   * ```
   */
  choice(seq: string): string;
  /** From an array, typed array or array-like. */
  choice<T>(seq: ArrayLike<T>): T;
  /** From any sequence. */
  choice<T>(seq: Sequence<T>): T | string;
  choice<T>(seq: Sequence<T>): T | string {
    const v = view(seq, "choice(): seq");
    const n = v.length;
    if (n === 0) throw new RangeError("Cannot choose from an empty sequence");
    return v[this.#below(n)];
  }

  /**
   * Shuffles a mutable sequence in place (CPython's backward Fisher-Yates).
   *
   * @param x An array, typed array or other mutable array-like.
   * @throws {TypeError} If `x` is a string or otherwise immutable.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const xs = [1, 2, 3, 4];
   * new SystemRandom().shuffle(xs);
   * assert(xs.length === 4 && xs.includes(3));
   * ```
   */
  shuffle<T>(x: MutableSequence<T>): void {
    if (typeof x === "string") {
      throw new TypeError(
        "shuffle(): strings are immutable; shuffle an array of its characters instead",
      );
    }
    const v = view(x as ArrayLike<T>, "shuffle(): x") as MutableSequence<T>;
    if (Object.isFrozen(v) && v.length > 1) {
      throw new TypeError("shuffle(): the sequence is frozen and cannot be shuffled in place");
    }
    for (let i = v.length - 1; i > 0; i--) {
      const j = this.#below(i + 1);
      const t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
  }

  /**
   * Returns `k` unique elements chosen from the population, in selection
   * order, as CPython's `sample` (including its switch between a pool and a
   * set of selected indices).
   *
   * @param population A sequence (not a Set or Map: make an array first).
   * @param k Sample size, from 0 to the population size.
   * @param options `counts`: repeat counts, one per element.
   * @returns A new array of `k` elements.
   * @throws {RangeError} If `k` is negative or larger than the population
   * ("Sample larger than population or is negative"), or the counts do not fit.
   * @throws {TypeError} If `population` is not a sequence, `k` or a count is
   * not an integer.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const rng = new SystemRandom();
   * const winners = rng.sample(["ann", "bob", "cy", "dee"], 2);
   * assert(winners.length === 2 && winners[0] !== winners[1]);
   * const balls = rng.sample(["red", "blue"], 5, { counts: [4, 2] });
   * assert(balls.filter((b) => b === "blue").length <= 2);
   * ```
   */
  sample(population: string, k: number, options?: SampleOptions): string[];
  /** From an array, typed array or array-like. */
  sample<T>(population: ArrayLike<T>, k: number, options?: SampleOptions): T[];
  /** From any sequence. */
  sample<T>(population: Sequence<T>, k: number, options?: SampleOptions): (T | string)[];
  sample<T>(population: Sequence<T>, k: number, options: SampleOptions = {}): (T | string)[] {
    const pop = view(population, "sample(): population");
    const n = pop.length;
    const counts = options?.counts;
    if (counts !== undefined && counts !== null) {
      if (typeof counts === "number" || typeof counts === "bigint") {
        throw new TypeError(`sample(): counts must be a sequence of integers, got ${show(counts)}`);
      }
      const c = numbers(counts, "sample(): counts");
      const cum: number[] = new Array(c.length);
      let total = 0;
      for (let i = 0; i < c.length; i++) {
        if (!Number.isSafeInteger(c[i])) throw new TypeError("Counts must be integers");
        cum[i] = total = i === 0 ? c[i] : total + c[i];
        if (!Number.isSafeInteger(total)) {
          throw new RangeError("sample(): the total of counts must be a safe integer");
        }
      }
      if (cum.length !== n) {
        throw new RangeError("The number of counts does not match the population");
      }
      cum.pop();
      if (total <= 0) throw new RangeError("Total of counts must be greater than zero");
      const selections = this.#sample(total, (i) => i, k);
      return selections.map((s) => pop[bisectRight(cum, s, 0, cum.length)]);
    }
    return this.#sample(n, (i) => pop[i], k);
  }

  #sample<U>(n: number, get: (i: number) => U, k: unknown): U[] {
    const kk = checkNumberInt(k, "sample(): k");
    if (!(0 <= kk && kk <= n)) {
      throw new RangeError("Sample larger than population or is negative");
    }
    const result = new Array<U>(kk);
    let setsize = 21; // size of a small set minus size of an empty list
    if (kk > 5) setsize += 4 ** Math.ceil(Math.log(kk * 3) / Math.log(4)); // table size for big sets
    if (n <= setsize) {
      // An n-length list is smaller than a k-length set.
      const pool = new Array<U>(n);
      for (let i = 0; i < n; i++) pool[i] = get(i);
      for (let i = 0; i < kk; i++) {
        const j = this.#below(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1]; // move non-selected item into vacancy
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < kk; i++) {
        let j = this.#below(n);
        while (selected.has(j)) j = this.#below(n);
        selected.add(j);
        result[i] = get(j);
      }
    }
    return result;
  }

  /**
   * Returns `k` elements chosen with replacement, optionally weighted, as
   * CPython's `choices` (the same float scaling and bisection).
   *
   * @param population A sequence.
   * @param weights Relative weights, one per element; or the options object.
   * @param options `cum_weights` (cumulative weights) and `k` (default 1).
   * @returns A new array of `k` elements.
   * @throws {RangeError} If the weights do not match the population or their
   * total is not positive and finite, or the population is empty.
   * @throws {TypeError} If both weights and cumulative weights are given, a
   * weight is not a number, or `k` is passed positionally.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const rng = new SystemRandom();
   * const flips = rng.choices(["H", "T"], [9, 1], { k: 10 });
   * assert(flips.length === 10);
   * assert(rng.choices("ab", { k: 3 }).length === 3);
   * ```
   */
  choices(
    population: string,
    weights?: ArrayLike<number> | ChoicesOptions | null,
    options?: ChoicesOptions,
  ): string[];
  /** From an array, typed array or array-like (or any sequence). */
  choices<T>(
    population: ArrayLike<T>,
    weights?: ArrayLike<number> | ChoicesOptions | null,
    options?: ChoicesOptions,
  ): T[];
  /** From an array, typed array or array-like (or any sequence). */
  choices<T>(
    population: Sequence<T>,
    weights?: ArrayLike<number> | ChoicesOptions | null,
    options?: ChoicesOptions,
  ): (T | string)[];
  /** From an array, typed array or array-like (or any sequence). */
  choices<T>(
    population: Sequence<T>,
    weights?: ArrayLike<number> | ChoicesOptions | null,
    options: ChoicesOptions = {},
  ): (T | string)[] {
    if (typeof weights === "number" || typeof weights === "bigint") {
      throw new TypeError(`The number of choices must be a keyword argument: k=${weights}`);
    }
    if (weights !== undefined && weights !== null && !isWeights(weights)) {
      options = weights as ChoicesOptions;
      weights = undefined;
    }
    const pop = view(population, "choices(): population");
    const n = pop.length;
    // A negative k gives [], as Python's `[... for i in repeat(None, k)]`.
    const k = options.k === undefined ? 1 : checkNumberInt(options.k, "choices(): k");
    if (k > MAX_NBYTES) {
      throw new RangeError(`choices(): k must be at most ${MAX_NBYTES} (MAX_NBYTES), got ${k}`);
    }
    const result: (T | string)[] = [];
    const empty = typeof population === "string"
      ? "string index out of range"
      : "list index out of range";
    let cum: ArrayLike<number>;
    if (options.cum_weights === undefined || options.cum_weights === null) {
      if (weights === undefined || weights === null) {
        for (let i = 0; i < k; i++) {
          const j = Math.floor(this.random() * n);
          if (j >= n) throw new RangeError(empty);
          result.push(pop[j]);
        }
        return result;
      }
      cum = cumulative(weights, "choices(): weights");
    } else if (weights !== undefined && weights !== null) {
      throw new TypeError("Cannot specify both weights and cumulative weights");
    } else {
      cum = numbers(options.cum_weights, "choices(): cum_weights");
    }
    if (cum.length !== n) {
      throw new RangeError("The number of weights does not match the population");
    }
    if (n === 0) throw new RangeError(empty);
    const total = cum[n - 1] + 0.0;
    if (total <= 0.0) throw new RangeError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new RangeError("Total of weights must be finite");
    const hi = n - 1;
    for (let i = 0; i < k; i++) {
      result.push(pop[bisectRight(cum, this.random() * total, 0, hi)]);
    }
    return result;
  }

  // ---- Real-valued distributions ------------------------------------------

  /**
   * Returns a random float `a + (b - a) * random()`.
   *
   * @param a One end.
   * @param b The other end.
   * @returns A float between `a` and `b`.
   * @throws {TypeError} If an argument is not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const t = new SystemRandom().uniform(20, 25);
   * assert(t >= 20 && t <= 25);
   * ```
   */
  uniform(a: number, b: number): number {
    const lo = required(a, "uniform", "a"), hi = required(b, "uniform", "b");
    return lo + (hi - lo) * this.random();
  }

  /**
   * Triangular distribution on `[low, high]` with the given mode (default:
   * the midpoint).
   *
   * @param low Lower limit (default 0).
   * @param high Upper limit (default 1).
   * @param mode Most likely value (default midpoint).
   * @returns A float in `[low, high]`.
   * @throws {TypeError} If an argument is not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const x = new SystemRandom().triangular(0, 10, 8);
   * assert(x >= 0 && x <= 10);
   * ```
   */
  triangular(low: number = 0.0, high: number = 1.0, mode: number | null = null): number {
    checkFloat(low, "triangular(): low");
    checkFloat(high, "triangular(): high");
    if (mode !== null && mode !== undefined) checkFloat(mode, "triangular(): mode");
    let u = this.random();
    if (high - low === 0) return low; // Python's ZeroDivisionError branch
    let c = mode === null || mode === undefined ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * pm.sqrt(u * c);
  }

  /**
   * Normal distribution (Kinderman and Monahan's ratio of uniforms).
   *
   * @param mu Mean (default 0).
   * @param sigma Standard deviation (default 1).
   * @returns A float.
   * @throws {TypeError} If an argument is not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(Number.isFinite(new SystemRandom().normalvariate(100, 15)));
   * ```
   */
  normalvariate(mu: number = 0.0, sigma: number = 1.0): number {
    checkFloat(mu, "normalvariate(): mu");
    checkFloat(sigma, "normalvariate(): sigma");
    let z: number;
    while (true) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      const zz = z * z / 4.0;
      if (zz <= -pm.log(u2)) break;
    }
    return mu + z * sigma;
  }

  /**
   * Gaussian distribution (Box-Muller; the second value is cached in
   * `gauss_next` for the next call, as CPython does).
   *
   * @param mu Mean (default 0).
   * @param sigma Standard deviation (default 1).
   * @returns A float.
   * @throws {TypeError} If an argument is not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(Number.isFinite(new SystemRandom().gauss()));
   * ```
   */
  gauss(mu: number = 0.0, sigma: number = 1.0): number {
    checkFloat(mu, "gauss(): mu");
    checkFloat(sigma, "gauss(): sigma");
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = pm.sqrt(-2.0 * pm.log(1.0 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gauss_next = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /**
   * Log normal distribution: `exp(normalvariate(mu, sigma))`.
   *
   * @param mu Mean of the underlying normal distribution.
   * @param sigma Its standard deviation.
   * @returns A positive float.
   * @throws {TypeError} If an argument is missing or not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(new SystemRandom().lognormvariate(0, 1) > 0);
   * ```
   */
  lognormvariate(mu: number, sigma: number): number {
    return pm.exp(
      this.normalvariate(
        required(mu, "lognormvariate", "mu"),
        required(sigma, "lognormvariate", "sigma"),
      ),
    );
  }

  /**
   * Exponential distribution with rate `lambd` (1 / mean).
   *
   * @param lambd Rate (default 1); negative rates give negative values.
   * @returns A float.
   * @throws {RangeError} If `lambd` is 0 ("float division by zero").
   * @throws {TypeError} If `lambd` is not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(new SystemRandom().expovariate(2) >= 0);
   * ```
   */
  expovariate(lambd: number = 1.0): number {
    checkFloat(lambd, "expovariate(): lambd");
    return pm.div(-pm.log(1.0 - this.random()), lambd);
  }

  /**
   * Von Mises distribution: an angle in `[0, 2*pi)` around `mu` with
   * concentration `kappa` (0 gives a uniform angle).
   *
   * @param mu Mean angle in radians.
   * @param kappa Concentration, >= 0.
   * @returns An angle in radians.
   * @throws {RangeError} If `kappa` is NaN (CPython loops forever).
   * @throws {TypeError} If an argument is missing or not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const a = new SystemRandom().vonmisesvariate(0, 4);
   * assert(a >= 0 && a < 2 * Math.PI);
   * ```
   */
  vonmisesvariate(mu: number, kappa: number): number {
    required(mu, "vonmisesvariate", "mu");
    required(kappa, "vonmisesvariate", "kappa");
    if (kappa <= 1e-6) return TWOPI * this.random();
    if (Number.isNaN(kappa)) {
      throw new RangeError("vonmisesvariate(): kappa must not be NaN");
    }
    const s = 0.5 / kappa;
    const r = s + pm.sqrt(1.0 + s * s);
    let z: number;
    while (true) {
      const u1 = this.random();
      z = Math.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * pm.exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? pm.mod(mu + pm.acos(f), TWOPI) : pm.mod(mu - pm.acos(f), TWOPI);
  }

  /**
   * Gamma distribution (not the gamma function), shape `alpha`, scale `beta`.
   *
   * @param alpha Shape, > 0 and finite.
   * @param beta Scale, > 0.
   * @returns A positive float.
   * @throws {RangeError} If `alpha` or `beta` is not > 0 ("gammavariate: alpha
   * and beta must be > 0.0"), or `alpha` is not finite or at least 2**1023 (CPython loops forever).
   * @throws {TypeError} If an argument is missing or not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(new SystemRandom().gammavariate(2, 3) > 0);
   * ```
   */
  gammavariate(alpha: number, beta: number): number {
    required(alpha, "gammavariate", "alpha");
    required(beta, "gammavariate", "beta");
    if (alpha <= 0.0 || beta <= 0.0) {
      throw new RangeError("gammavariate: alpha and beta must be > 0.0");
    }
    // CPython loops forever on these (2 * alpha - 1 overflowing, or NaN).
    if (!Number.isFinite(2.0 * alpha) || Number.isNaN(beta)) {
      throw new RangeError(
        "gammavariate: alpha must be finite (below 2**1023) and beta must not be NaN",
      );
    }
    if (alpha > 1.0) {
      // R.C.H. Cheng, "The generation of Gamma variables with non-integral
      // shape parameters", Applied Statistics (1977), 26, No. 1, p71-74.
      const ainv = pm.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      while (true) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = pm.log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * pm.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pm.log(z)) return x * beta;
      }
    } else if (alpha === 1.0) {
      return -pm.log(1.0 - this.random()) * beta;
    }
    // alpha in (0, 1): algorithm GS of Statistical Computing, Kennedy & Gentle.
    let x: number;
    while (true) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? pm.pow(p, 1.0 / alpha) : -pm.log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pm.pow(x, alpha - 1.0)) break;
      } else if (u1 <= pm.exp(-x)) break;
    }
    return x * beta;
  }

  /**
   * Beta distribution on `[0, 1]`.
   *
   * @param alpha First shape, > 0.
   * @param beta Second shape, > 0.
   * @returns A float in `[0, 1]`.
   * @throws {RangeError} If a shape is not > 0.
   * @throws {TypeError} If an argument is missing or not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const p = new SystemRandom().betavariate(2, 5);
   * assert(p >= 0 && p <= 1);
   * ```
   */
  betavariate(alpha: number, beta: number): number {
    required(alpha, "betavariate", "alpha");
    required(beta, "betavariate", "beta");
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  /**
   * Pareto distribution with shape `alpha`.
   *
   * @param alpha Shape.
   * @returns A float >= 1 for positive `alpha`.
   * @throws {RangeError} If `alpha` is 0 ("float division by zero").
   * @throws {TypeError} If `alpha` is missing or not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(new SystemRandom().paretovariate(3) >= 1);
   * ```
   */
  paretovariate(alpha: number): number {
    required(alpha, "paretovariate", "alpha");
    const u = 1.0 - this.random();
    return pm.pow(u, pm.div(-1.0, alpha));
  }

  /**
   * Weibull distribution with scale `alpha` and shape `beta`.
   *
   * @param alpha Scale.
   * @param beta Shape.
   * @returns A float.
   * @throws {RangeError} If `beta` is 0 ("float division by zero").
   * @throws {TypeError} If an argument is missing or not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert(new SystemRandom().weibullvariate(1, 1.5) >= 0);
   * ```
   */
  weibullvariate(alpha: number, beta: number): number {
    required(alpha, "weibullvariate", "alpha");
    required(beta, "weibullvariate", "beta");
    const u = 1.0 - this.random();
    return alpha * pm.pow(-pm.log(u), pm.div(1.0, beta));
  }

  /**
   * Binomial distribution: the number of successes in `n` independent trials
   * with success probability `p` (CPython's geometric method for `n * p <
   * 10`, BTRS otherwise).
   *
   * @param n Number of trials, a non-negative safe integer (default 1).
   * @param p Success probability in `[0, 1]` (default 0.5).
   * @returns An integer in `[0, n]`.
   * @throws {RangeError} If `n` is negative ("n must be non-negative") or `p`
   * is outside `[0, 1]` or NaN ("p must be in the range 0.0 <= p <= 1.0").
   * @throws {TypeError} If `n` is not an integer or `p` not a number.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const heads = new SystemRandom().binomialvariate(100, 0.5);
   * assert(heads >= 0 && heads <= 100);
   * ```
   */
  binomialvariate(n: number = 1, p: number = 0.5): number {
    checkNumberInt(n, "binomialvariate(): n");
    checkFloat(p, "binomialvariate(): p");
    if (n < 0) throw new RangeError("n must be non-negative");
    if (p <= 0.0 || p >= 1.0 || Number.isNaN(p)) {
      if (p === 0.0) return 0;
      if (p === 1.0) return n;
      throw new RangeError("p must be in the range 0.0 <= p <= 1.0");
    }
    if (n === 1) return this.random() < p ? 1 : 0;
    if (p > 0.5) return n - this.binomialvariate(n, 1.0 - p);

    if (n * p < 10.0) {
      // BG: geometric method by Devroye, running time O(np).
      let x = 0, y = 0;
      const c = pm.log2(1.0 - p);
      if (!c) return x;
      while (true) {
        y += Math.floor(pm.log2(this.random()) / c) + 1;
        if (y > n) return x;
        x += 1;
      }
    }

    // BTRS: transformed rejection with squeeze, by Wolfgang Hörmann.
    let setupComplete = false;
    const spq = pm.sqrt(n * p * (1.0 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    let alpha = 0, lpq = 0, m = 0, h = 0;
    while (true) {
      let u = this.random();
      u -= 0.5;
      const us = 0.5 - Math.abs(u);
      const k = Math.floor((2.0 * a / us + b) * u + c);
      if (k < 0 || k > n) continue;
      let v = this.random();
      if (us >= 0.07 && v <= vr) return k;
      if (!setupComplete) {
        alpha = (2.83 + 5.1 / b) * spq;
        lpq = pm.log(p / (1.0 - p));
        m = Math.floor((n + 1) * p);
        h = pm.lgamma(m + 1) + pm.lgamma(n - m + 1);
        setupComplete = true;
      }
      v *= alpha / (a / (us * us) + b);
      if (pm.log(v) <= h - pm.lgamma(k + 1) - pm.lgamma(n - k + 1) + (k - m) * lpq) return k;
    }
  }

  // ---- State -------------------------------------------------------------

  /**
   * Does nothing, as CPython's `SystemRandom.seed()`: the system source
   * cannot be seeded.
   *
   * @param _args Ignored.
   *
   * @example
   * ```ts
   * import { SystemRandom } from "@secrets/secrets";
   * new SystemRandom().seed(42); // accepted, and has no effect
   * ```
   */
  seed(..._args: unknown[]): void {}

  /**
   * Throws: the system source has no state.
   *
   * @returns Never.
   * @throws {NotImplementedError} Always ("System entropy source does not have state.").
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * try {
   *   new SystemRandom().getstate();
   * } catch (e) {
   *   assert((e as Error).name === "NotImplementedError");
   * }
   * ```
   */
  getstate(): never {
    throw new NotImplementedError("System entropy source does not have state.");
  }

  /**
   * Throws: the system source has no state.
   *
   * @param _state Ignored.
   * @returns Never.
   * @throws {NotImplementedError} Always ("System entropy source does not have state.").
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * try {
   *   new SystemRandom().setstate(null);
   * } catch (e) {
   *   assert((e as Error).name === "NotImplementedError");
   * }
   * ```
   */
  setstate(_state: unknown): never {
    throw new NotImplementedError("System entropy source does not have state.");
  }
}
