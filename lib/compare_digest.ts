/**
 * `compare_digest`: constant-time comparison, as Python's
 * `hmac.compare_digest`.
 *
 * @module
 */

/**
 * What {@linkcode compare_digest} compares: an ASCII string, or bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { Digest } from "@secrets/secrets";
 * const d: Digest = new Uint8Array(32);
 * assert(d instanceof Uint8Array);
 * ```
 */
export type Digest = string | ArrayBufferView | ArrayBufferLike;

function bytesOf(x: unknown): Uint8Array | undefined {
  if (x instanceof Uint8Array) return x;
  if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (typeof SharedArrayBuffer === "function" && x instanceof SharedArrayBuffer) {
    return new Uint8Array(x);
  }
  return undefined;
}

function kind(x: unknown): string {
  if (x === null) return "null";
  if (typeof x !== "object") return typeof x;
  if (Array.isArray(x)) return "Array";
  try {
    return String(x.constructor?.name ?? "object");
  } catch {
    return "object"; // a hostile getter: the message must not throw
  }
}

/**
 * Compares `a` and `b` in time that depends only on their lengths, never on
 * where their contents differ, so an attacker timing the comparison of a
 * guess with a secret learns nothing about the secret's contents. Returns
 * `a == b`, as Python's `secrets.compare_digest` (`hmac.compare_digest`).
 *
 * Both must be strings, or both bytes: a `Uint8Array`, any other typed array
 * or `DataView` (compared byte for byte), or an `ArrayBuffer`. Strings must
 * be ASCII, as in Python. Inputs of different lengths give `false`, not an
 * error. The comparison loop always runs over `b`; for strings of unequal
 * length the rest of `a` is also read, to refuse non-ASCII input as Python
 * does. Lengths are not secret: hash both sides first if they must be.
 *
 * @param a The first digest.
 * @param b The second digest.
 * @returns `true` if they are equal.
 * @throws {TypeError} If one is a string and the other bytes, either is
 * neither, or a string holds a non-ASCII character.
 *
 * @example Checking a MAC
 * ```ts
 * import assert from "node:assert/strict";
 * import { compare_digest } from "@secrets/secrets";
 *
 * assert(compare_digest("f00d", "f00d"));
 * assert(!compare_digest(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
 * assert(!compare_digest("abc", "abcd"));
 * ```
 */
export function compare_digest(a: Digest, b: Digest): boolean {
  if (typeof a === "string" && typeof b === "string") {
    // As CPython's _tscmp: the loop always runs over b; with unequal lengths
    // b is compared with itself and the result starts non-zero. The ASCII
    // check rides in the same loop, so equal-length inputs are read once.
    const n = b.length;
    const same = a.length === n;
    const left = same ? a : b;
    let result = same ? 0 : 1;
    let high = 0;
    for (let i = 0; i < n; i++) {
      const x = left.charCodeAt(i), y = b.charCodeAt(i);
      result |= x ^ y;
      high |= x | y;
    }
    if (!same) { for (let i = 0; i < a.length; i++) high |= a.charCodeAt(i); }
    if (high > 0x7f) {
      throw new TypeError("comparing strings with non-ASCII characters is not supported");
    }
    return result === 0;
  }
  const x = bytesOf(a), y = bytesOf(b);
  if (x !== undefined && y !== undefined) {
    const n = y.length;
    const left = x.length === n ? x : y;
    let result = x.length === n ? 0 : 1;
    for (let i = 0; i < n; i++) result |= left[i] ^ y[i];
    return result === 0;
  }
  if ((typeof a === "string" && y !== undefined) || (typeof b === "string" && x !== undefined)) {
    throw new TypeError("a bytes-like object is required, not 'str'");
  }
  throw new TypeError(
    `compare_digest() needs two strings or two byte sources (Uint8Array, typed array, DataView, ArrayBuffer), got ${
      kind(a)
    } and ${kind(b)}`,
  );
}

/**
 * camelCase alias of {@linkcode compare_digest}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compareDigest } from "@secrets/secrets";
 * assert(compareDigest("abc", "abc"));
 * ```
 */
export const compareDigest: typeof compare_digest = compare_digest;
