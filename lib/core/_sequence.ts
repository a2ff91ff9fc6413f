/**
 * Python's sequences in JS terms: arrays, typed arrays, array-likes and
 * strings. A string is a sequence of code points, as Python's `str` is, so
 * an astral character such as "😀" is one element, not two UTF-16 units.
 *
 * @module
 */

import { describe, MAX_NBYTES } from "./_validate.ts";

/**
 * Anything `choice`, `sample` and `choices` draw from.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choice, type Sequence } from "@secrets/secrets";
 * const dice: Sequence<number> = [1, 2, 3, 4, 5, 6];
 * assert([1, 2, 3, 4, 5, 6].includes(choice(dice)));
 * ```
 */
export type Sequence<T> = ArrayLike<T> | string;

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
 * import assert from "node:assert/strict";
 * import { type MutableSequence, SystemRandom } from "@secrets/secrets";
 * const bytes: MutableSequence<number> = new Uint8Array([1, 2, 3]);
 * new SystemRandom().shuffle(bytes);
 * assert.deepEqual([...(bytes as Uint8Array)].sort(), [1, 2, 3]); // the same elements, permuted
 * ```
 */
export interface MutableSequence<T> {
  /** Number of elements. */
  readonly length: number;
  /** Elements by index. */
  [index: number]: T;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Strings longer than this are not remembered by a {@linkcode StringMemo}. */
const MEMO_MAX_LENGTH = 4096;

/**
 * The code points of the last string a generator drew from: the same
 * alphabet is often drawn from many times, and a string's code points are a
 * pure function of the (immutable) string. Each generator owns one; a large
 * string is never kept alive by it.
 */
export class StringMemo {
  #string = "";
  #elements: ArrayLike<string> = "";

  /** The code points of `s` (`s` itself when it has no surrogates). */
  elements(s: string): ArrayLike<string> {
    if (s === this.#string) return this.#elements;
    const elements = SURROGATE.test(s) ? Array.from(s) : s;
    if (s.length <= MEMO_MAX_LENGTH) {
      this.#string = s;
      this.#elements = elements;
    }
    return elements;
  }
}

/**
 * Returns an indexable view of `seq` whose `length` and elements are
 * Python's: code points for strings, the object itself otherwise.
 *
 * @throws {TypeError} If `seq` is not a sequence (Sets and Maps included).
 */
export function elementsOf<T>(seq: Sequence<T>, what: string, memo?: StringMemo): ArrayLike<T> {
  if (typeof seq === "string") {
    if (memo !== undefined) return memo.elements(seq) as unknown as ArrayLike<T>;
    return (SURROGATE.test(seq) ? Array.from(seq) : seq) as unknown as ArrayLike<T>;
  }
  if (Array.isArray(seq)) return seq;
  if (typeof seq !== "object" || seq === null) {
    throw new TypeError(
      `${what} must be a sequence (an array, typed array, array-like or string), got ${
        describe(seq)
      }`,
    );
  }
  if (seq instanceof Set) {
    throw new TypeError(
      `${what} must be a sequence, not a Set: make an array first, e.g. [...set] (Python refuses sets too)`,
    );
  }
  if (seq instanceof Map) {
    throw new TypeError(
      `${what} must be a sequence, not a Map: make an array first, e.g. [...map.values()]`,
    );
  }
  if (seq instanceof DataView || seq instanceof ArrayBuffer) {
    throw new TypeError(`${what} must be a sequence; wrap the buffer in a Uint8Array first`);
  }
  const length = (seq as ArrayLike<T>).length;
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
    throw new TypeError(
      `${what} must be a sequence: its length must be a non-negative safe integer, got ${
        describe(length)
      }`,
    );
  }
  return seq;
}

/**
 * The numbers of a sequence, checked to be numbers, in a new array: each
 * element is read once, so what was checked is what is used.
 */
export function numbersOf(values: unknown, what: string): number[] {
  const v = elementsOf(values as ArrayLike<unknown>, what);
  const n = v.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (typeof x !== "number") {
      throw new TypeError(`${what} must hold numbers, got ${describe(x)} at index ${i}`);
    }
    out[i] = x;
  }
  return out;
}

/** Running sums of a sequence of numbers (`itertools.accumulate`). */
export function cumulative(values: unknown, what: string): number[] {
  const v = numbersOf(values, what); // a fresh array: summed in place
  let sum = 0;
  for (let i = 0; i < v.length; i++) v[i] = sum = i === 0 ? v[i] : sum + v[i];
  return v;
}

/** `bisect.bisect_right(a, x, lo, hi)`. */
export function bisectRight(a: ArrayLike<number>, x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether `choices`' second argument is weights (a sequence) rather than its options. */
export function isWeights(x: unknown): boolean {
  // Own properties only: an inherited `length` (a polluted Object.prototype)
  // must not turn an options object into weights.
  return typeof x === "string" || Array.isArray(x) || ArrayBuffer.isView(x) ||
    (typeof x === "object" && x !== null && Object.hasOwn(x, "length"));
}

/**
 * The elements of a sequence that `shuffle` may permute in place: not a
 * string or a frozen array, and, checked before any work, not more elements
 * than any size the package handles, nor an array-like (say, parsed JSON)
 * whose length its elements do not back.
 */
export function mutableElementsOf<T>(x: MutableSequence<T>, what: string): MutableSequence<T> {
  if (typeof x === "string") {
    throw new TypeError(
      `${what}: strings are immutable; shuffle an array of its characters instead`,
    );
  }
  const v = elementsOf(x as ArrayLike<T>, what) as MutableSequence<T>;
  const n = v.length;
  if (Object.isFrozen(v) && n > 1) {
    throw new TypeError(`${what}: the sequence is frozen and cannot be shuffled in place`);
  }
  if (n > MAX_NBYTES) {
    throw new RangeError(
      `${what} has ${n} elements, more than MAX_NBYTES (${MAX_NBYTES}) shuffled in one call`,
    );
  }
  if (n > 0 && !ArrayBuffer.isView(v)) {
    for (const i of [0, n - 1]) {
      if (!Object.hasOwn(v, i)) {
        throw new TypeError(
          `${what} claims a length of ${n} but has no element at index ${i}, so it is not a sequence`,
        );
      }
    }
    // An array-like other than an array must hold an element at every index:
    // counting its own keys is cheaper than the shuffle it guards.
    if (!Array.isArray(v) && Object.keys(v).length < n) {
      throw new TypeError(
        `${what} claims a length of ${n} but has fewer elements, so it is not a sequence`,
      );
    }
  }
  return v;
}

/**
 * `sample`'s `counts`: their running sums without the last, and the total
 * (`cum_counts = list(accumulate(counts))`, checked as CPython checks them).
 */
export function cumulativeCounts(counts: unknown, n: number): [number[], number] {
  if (typeof counts === "number" || typeof counts === "bigint") {
    throw new TypeError(`sample(): counts must be a sequence of integers, got ${describe(counts)}`);
  }
  const c = numbersOf(counts, "sample(): counts");
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
  return [cum, total];
}

/**
 * `sample`'s switch point (random.py): with a population of at most this
 * many, it picks from a copied list; above, it remembers the chosen indices
 * in a set. It changes which bytes are read, so it must be CPython's.
 */
export function sampleSetSize(k: number): number {
  let setsize = 21; // size of a small set minus size of an empty list
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4)); // table size for big sets
  return setsize;
}
