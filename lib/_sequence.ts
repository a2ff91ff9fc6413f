/**
 * Python's sequences in JS terms: arrays, typed arrays, array-likes and
 * strings. A string is a sequence of code points, as Python's `str` is, so
 * an astral character such as "😀" is one element, not two UTF-16 units.
 *
 * @module
 */

import { show } from "./_validate.ts";

/**
 * Anything `choice`, `sample` and `choices` draw from.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choice, type Sequence } from "@secrets/secrets";
 * const dice: Sequence<number> = [1, 2, 3, 4, 5, 6];
 * assert(choice(dice) <= 6);
 * ```
 */
export type Sequence<T> = ArrayLike<T> | string;

const SURROGATE = /[\uD800-\uDFFF]/;
// One-entry cache: the same alphabet string is often drawn from many times.
let lastString = "";
let lastView: ArrayLike<string> = "";

/**
 * Returns an indexable view of `seq` whose `length` and elements are
 * Python's: code points for strings, the object itself otherwise.
 *
 * @throws {TypeError} If `seq` is not a sequence (Sets and Maps included).
 */
export function view<T>(seq: Sequence<T>, what: string): ArrayLike<T> {
  if (typeof seq === "string") {
    if (seq === lastString) return lastView as ArrayLike<T>;
    const v = SURROGATE.test(seq) ? Array.from(seq) : seq;
    if (seq.length <= 4096) { // never keep a large string alive
      lastString = seq;
      lastView = v;
    }
    return v as unknown as ArrayLike<T>;
  }
  if (Array.isArray(seq)) return seq;
  if (typeof seq !== "object" || seq === null) {
    throw new TypeError(
      `${what} must be a sequence (an array, typed array, array-like or string), got ${show(seq)}`,
    );
  }
  if (seq instanceof Set || seq instanceof Map) {
    throw new TypeError(
      `${what} must be a sequence, not a ${
        seq instanceof Set ? "Set" : "Map"
      }: make an array first, e.g. [...set] (Python refuses sets too)`,
    );
  }
  if (seq instanceof DataView || seq instanceof ArrayBuffer) {
    throw new TypeError(`${what} must be a sequence; wrap the buffer in a Uint8Array first`);
  }
  const length = (seq as ArrayLike<T>).length;
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
    throw new TypeError(
      `${what} must be a sequence: its length must be a non-negative safe integer, got ${
        show(length)
      }`,
    );
  }
  return seq;
}
