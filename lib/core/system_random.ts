/**
 * `SystemRandom`: CPython 3.13's `random.SystemRandom`, method for method,
 * drawing its bytes exactly as CPython does.
 *
 * @module
 */

import { getDefaultPool, type Pool } from "./_pool.ts";
import { bigBitLength, bitLength } from "./_math.ts";
import {
  checkBitCount,
  checkFloat,
  checkInt,
  checkNumberInt,
  checkSize,
  MAX_NBYTES,
  requiredFloat,
  sameKind,
} from "./_validate.ts";
import {
  bisectRight,
  type ChoicesOptions,
  cumulative,
  cumulativeCounts,
  elementsOf,
  isWeights,
  mutableElementsOf,
  type MutableSequence,
  numbersOf,
  type SampleOptions,
  sampleSetSize,
  type Sequence,
  StringMemo,
} from "./_sequence.ts";
import { NotImplementedError } from "./not_implemented_error.ts";
import * as draw from "./_draw.ts";
import { readOptions } from "./_options.ts";
import * as pymath from "./_math.ts";
import { atLoad } from "./_at_load.ts";
import * as dist from "./_distributions.ts";

// Module-level values are made in calls marked pure (atLoad), so that a
// program without SystemRandom leaves them out of its bundle.
const TWOPI = /* @__PURE__ */ atLoad(() => 2 * Math.PI);
/** `_randbelow_without_getrandbits`'s default `maxsize`: the floats of `random()` have 53 bits. */
const MAXSIZE = 9_007_199_254_740_992; // 2**53

/**
 * The key under which a class made by `createSecrets` keeps its pool: a
 * static property, so subclasses inherit it. Module-private: nothing outside
 * the package can set or read it.
 */
const POOL = /* @__PURE__ */ Symbol("pool");
/** `choices`' options hold no weights: Python's keyword is the second argument here. */
const CHOICES_HINTS = /* @__PURE__ */ Object.freeze({
  weights: "weights is the second argument: choices(population, weights, { k })",
});

type WithPool = { [POOL]?: Pool };

/**
 * Makes a subclass of SystemRandom whose instances (and those of its own
 * subclasses) draw from `pool`. It keeps the name `SystemRandom`, as users
 * see it.
 */
export function systemRandomFor(pool: Pool): typeof SystemRandom {
  const Bound = { SystemRandom: class extends SystemRandom {} }.SystemRandom;
  Object.defineProperty(Bound, POOL, { value: pool });
  return Bound;
}

/** How a generator's below-n draw gets its bits (see the constructor). */
type BelowVia = "bytes" | "getrandbits" | "random";

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
  /** The last large bound drawn below, and what it costs to draw below it. */
  readonly #bound = new draw.BigBound();
  /** The code points of the last string drawn from. */
  readonly #strings = new StringMemo();
  // How the below-n draw gets its bits, chosen as CPython's
  // Random.__init_subclass__ chooses _randbelow: from the bytes directly,
  // or, in a subclass that defines getrandbits (or else random), through that
  // method, which then changes every method that draws below a bound.
  readonly #belowVia: BelowVia = "bytes";

  /**
   * Creates a generator. The optional argument is accepted and ignored, as
   * CPython's `SystemRandom(x)` does: the system source has no seed.
   *
   * @param _x Ignored.
   */
  constructor(_x?: unknown) {
    this.#pool = (new.target as WithPool)[POOL] ?? getDefaultPool();
    for (
      let p = new.target.prototype;
      p && p !== SystemRandom.prototype;
      p = Object.getPrototypeOf(p)
    ) {
      if (Object.hasOwn(p, "getrandbits")) {
        this.#belowVia = "getrandbits";
        break;
      }
      if (Object.hasOwn(p, "random")) {
        this.#belowVia = "random";
        break;
      }
    }
  }

  /** `_randbelow(n)`: a uniform integer in `[0, n)`, of `n`'s kind. */
  #randbelow(n: number): number;
  #randbelow(n: bigint): bigint;
  #randbelow(n: number | bigint): number | bigint;
  #randbelow(n: number | bigint): number | bigint {
    if (this.#belowVia === "getrandbits") return this.#belowThroughGetrandbits(n);
    if (this.#belowVia === "random") return this.#belowThroughRandom(n);
    return typeof n === "number"
      ? draw.below(this.#pool, n)
      : draw.belowBig(this.#pool, n, this.#bound);
  }

  /** `_randbelow_with_getrandbits`, through a subclass's `getrandbits`. */
  #belowThroughGetrandbits(n: number | bigint): number | bigint {
    const k = typeof n === "number" ? bitLength(n) : BigInt(bigBitLength(n));
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `_randbelow_without_getrandbits(n, maxsize=2**53)`, through a subclass's `random`. */
  #belowThroughRandom(n: number | bigint): number | bigint {
    if (n >= MAXSIZE) {
      // CPython warns here that random() lacks the bits for so large a range.
      const x = Math.floor(this.random() * Number(n));
      return typeof n === "bigint" ? BigInt(x) : x;
    }
    const m = Number(n);
    const rem = MAXSIZE % m;
    const limit = (MAXSIZE - rem) / MAXSIZE; // int(limit * maxsize) % n == 0
    let r = this.random();
    while (r >= limit) r = this.random();
    const x = Math.floor(r * MAXSIZE) % m;
    return typeof n === "bigint" ? BigInt(x) : x;
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
        if (width > 0) return istart + this.#randbelow(width);
        throw new RangeError(`empty range in randrange(${String(start)}, ${String(stop)})`);
      }
      // Wide ranges and other steps: exact integer arithmetic; the result
      // lies in the range, so it is a safe integer again.
      return Number(this.#range(BigInt(istart), BigInt(istop), BigInt(istep), start, stop, step));
    }
    const a = istart, b = istop as bigint, s = istep as bigint;
    const width = b - a;
    if (s === 1n) {
      if (width > 0n) return a + this.#randbelow(width);
      throw new RangeError(`empty range in randrange(${String(start)}, ${String(stop)})`);
    }
    let n: bigint;
    if (s > 0n) n = pymath.floorDiv(width + s - 1n, s);
    else if (s < 0n) n = pymath.floorDiv(width + s + 1n, s);
    else throw new RangeError("zero step for randrange()");
    if (n <= 0n) {
      throw new RangeError(
        `empty range in randrange(${String(start)}, ${String(stop)}, ${String(step)})`,
      );
    }
    return a + s * this.#randbelow(n);
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
    const v = elementsOf(seq, "choice(): seq", this.#strings);
    const n = v.length;
    if (n === 0) throw new RangeError("Cannot choose from an empty sequence");
    return v[this.#randbelow(n)];
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
    const v = mutableElementsOf(x, "shuffle(): x");
    const n = v.length;
    for (let i = n - 1; i > 0; i--) {
      const j = this.#randbelow(i + 1);
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
  sample<T>(population: Sequence<T>, k: number, options?: SampleOptions): (T | string)[] {
    const pop = elementsOf(population, "sample(): population");
    const n = pop.length;
    const { counts } = readOptions(options, ["counts"], "sample()");
    if (counts !== undefined && counts !== null) {
      const [cum, total] = cumulativeCounts(counts, n);
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
    if (n <= sampleSetSize(kk)) {
      // An n-length list is smaller than a k-length set.
      const pool = new Array<U>(n);
      for (let i = 0; i < n; i++) pool[i] = get(i);
      for (let i = 0; i < kk; i++) {
        const j = this.#randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1]; // move non-selected item into vacancy
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < kk; i++) {
        let j = this.#randbelow(n);
        while (selected.has(j)) j = this.#randbelow(n);
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
    options?: ChoicesOptions,
  ): (T | string)[] {
    if (typeof weights === "number" || typeof weights === "bigint") {
      throw new TypeError(`The number of choices must be a keyword argument: k=${weights}`);
    }
    if (weights !== undefined && weights !== null && !isWeights(weights)) {
      if (options !== undefined) {
        throw new TypeError("choices(): give the options once, as the third argument");
      }
      options = weights as ChoicesOptions;
      weights = undefined;
    }
    const { cum_weights, k: size } = readOptions(
      options,
      ["cum_weights", "k"],
      "choices()",
      CHOICES_HINTS,
    );
    const pop = elementsOf(population, "choices(): population");
    const n = pop.length;
    // A negative k gives [], as Python's `[... for i in repeat(None, k)]`.
    const k = size === undefined ? 1 : checkNumberInt(size, "choices(): k");
    if (k > MAX_NBYTES) {
      throw new RangeError(`choices(): k must be at most ${MAX_NBYTES} (MAX_NBYTES), got ${k}`);
    }
    const result: (T | string)[] = [];
    const empty = typeof population === "string"
      ? "string index out of range"
      : "list index out of range";
    let cum: ArrayLike<number>;
    if (cum_weights === undefined || cum_weights === null) {
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
      cum = numbersOf(cum_weights, "choices(): cum_weights");
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
    const lo = requiredFloat(a, "uniform", "a"), hi = requiredFloat(b, "uniform", "b");
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
    return low + (high - low) * pymath.sqrt(u * c);
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
    return dist.normalvariate(this, mu, sigma);
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
      const g2rad = pymath.sqrt(-2.0 * pymath.log(1.0 - this.random()));
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
    return pymath.exp(
      this.normalvariate(
        requiredFloat(mu, "lognormvariate", "mu"),
        requiredFloat(sigma, "lognormvariate", "sigma"),
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
    return pymath.div(-pymath.log(1.0 - this.random()), lambd);
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
    requiredFloat(mu, "vonmisesvariate", "mu");
    requiredFloat(kappa, "vonmisesvariate", "kappa");
    return dist.vonmisesvariate(this, mu, kappa);
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
    requiredFloat(alpha, "gammavariate", "alpha");
    requiredFloat(beta, "gammavariate", "beta");
    if (alpha <= 0.0 || beta <= 0.0) {
      throw new RangeError("gammavariate: alpha and beta must be > 0.0");
    }
    // CPython loops forever on these (2 * alpha - 1 overflowing, or NaN).
    if (!Number.isFinite(2.0 * alpha) || Number.isNaN(beta)) {
      throw new RangeError(
        "gammavariate: alpha must be finite (below 2**1023) and beta must not be NaN",
      );
    }
    return dist.gammavariate(this, alpha, beta);
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
    requiredFloat(alpha, "betavariate", "alpha");
    requiredFloat(beta, "betavariate", "beta");
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
    requiredFloat(alpha, "paretovariate", "alpha");
    const u = 1.0 - this.random();
    return pymath.pow(u, pymath.div(-1.0, alpha));
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
    requiredFloat(alpha, "weibullvariate", "alpha");
    requiredFloat(beta, "weibullvariate", "beta");
    const u = 1.0 - this.random();
    return alpha * pymath.pow(-pymath.log(u), pymath.div(1.0, beta));
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

    return dist.binomialvariate(this, n, p);
  }

  // ---- SystemRandom: the methods that read the OS source ---------------

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
    return draw.float53(this.#pool);
  }

  /**
   * Returns an integer with `k` random bits: `ceil(k / 8)` bytes read
   * big-endian, shifted right to `k` bits.
   *
   * @param k Number of bits: a number up to 53 (returns a number) or a bigint
   * (returns a bigint) up to 2**29.
   * @returns An integer in `[0, 2**k)`.
   * @throws {RangeError} If `k` is negative ("number of bits must be
   * non-negative"), a number above 53, or above 2**29 (the largest bigint
   * V8 builds from bytes).
   * @throws {TypeError} If `k` is not an integer.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * const rng = new SystemRandom();
   * assert(rng.getrandbits(8) < 256);
   * assert(typeof rng.getrandbits(128n) === "bigint");
   * assert.throws(() => rng.getrandbits(64), {
   *   name: "RangeError",
   *   message: "getrandbits(64) can exceed Number.MAX_SAFE_INTEGER; pass a bigint: getrandbits(64n)",
   * });
   * ```
   */
  getrandbits(k: number): number;
  /** With a bigint `k`: returns a bigint. */
  getrandbits(k: bigint): bigint;
  /** With a number or a bigint: returns the same kind. */
  getrandbits(k: number | bigint): number | bigint;
  /** With a number or a bigint: returns the same kind. */
  getrandbits(k: number | bigint): number | bigint {
    return draw.getrandbits(this.#pool, checkBitCount(k, "getrandbits"));
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
    return draw.bytes(this.#pool, size);
  }

  // ---- SystemRandom: no seed, no state --------------------------------------

  /**
   * Does nothing, as CPython's `SystemRandom.seed()`: the system source
   * cannot be seeded.
   *
   * @param _args Ignored.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { SystemRandom } from "@secrets/secrets";
   * assert.equal(new SystemRandom().seed(42), undefined); // accepted, and has no effect
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
   * assert.throws(() => new SystemRandom().getstate(), {
   *   name: "NotImplementedError",
   *   message: "System entropy source does not have state.",
   * });
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
   * assert.throws(() => new SystemRandom().setstate(null), {
   *   name: "NotImplementedError",
   *   message: "System entropy source does not have state.",
   * });
   * ```
   */
  setstate(_state: unknown): never {
    throw new NotImplementedError("System entropy source does not have state.");
  }
}
