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

// %TypedArray%.prototype.at validates its receiver: it throws a TypeError for
// a view whose buffer is detached or that a resize left out of bounds (both
// of which otherwise read as empty). Captured at load, like the getters.
const typedArrayAt = /* @__PURE__ */ Object.getPrototypeOf(Uint8Array.prototype).at as (
  this: ArrayBufferView,
  i: number,
) => unknown;
const dataViewByteLength = /* @__PURE__ */ Object.getOwnPropertyDescriptor(
  DataView.prototype,
  "byteLength",
)!
  .get as (this: DataView) => number;
const apply = Reflect.apply;

function isDetached(buffer: ArrayBufferLike): boolean {
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer, 0, 0); // refused only on a detached buffer
    return false;
  } catch {
    return true;
  }
}

function unreadable(view: ArrayBufferView, arg: string): TypeError {
  const name = kind(view);
  const what = `compare_digest(): ${arg} is ${/^[AEIO]/.test(name) ? "an" : "a"} ${name}`;
  return new TypeError(
    isDetached(view.buffer)
      ? `${what} over a detached ArrayBuffer`
      : `${what} out of bounds of its resized ArrayBuffer`,
  );
}

// The bytes of x, or undefined if x is not a byte source. Lengths are not
// secret: the checks depend on them and on the buffer's state, never on
// contents. A view can only be detached or out of bounds if it reads as
// empty, so a non-empty Uint8Array pays for one comparison. The common case
// stays small enough for V8 to inline compare_digest into its caller, which
// the dudect test (scripts/checks/timing.ts) showed matters: out of line, the
// caller's use of the result timed equal and unequal inputs apart (|t| 20-80).
function bytesOf(x: unknown, arg: string): Uint8Array | undefined {
  if (x instanceof Uint8Array) {
    if (x.length === 0) check(x, arg);
    return x;
  }
  return otherBytes(x, arg);
}

function otherBytes(x: unknown, arg: string): Uint8Array | undefined {
  if (x instanceof DataView) {
    try {
      apply(dataViewByteLength, x, []);
    } catch {
      throw unreadable(x, arg);
    }
    return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  }
  if (ArrayBuffer.isView(x)) {
    if (x.byteLength === 0) check(x, arg);
    return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  }
  if (x instanceof ArrayBuffer) {
    if (isDetached(x)) throw new TypeError(`compare_digest(): ${arg} is a detached ArrayBuffer`);
    return new Uint8Array(x);
  }
  if (typeof SharedArrayBuffer === "function" && x instanceof SharedArrayBuffer) {
    return new Uint8Array(x);
  }
  return undefined;
}

function check(view: ArrayBufferView, arg: string): void {
  try {
    apply(typedArrayAt, view, [0]);
  } catch {
    throw unreadable(view, arg);
  }
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
 * neither, or a string holds a non-ASCII character; or if either is a
 * detached `ArrayBuffer`, or a typed array or `DataView` whose buffer is
 * detached or that a resize left out of bounds (such a view reads as empty,
 * and must not compare equal to an empty digest).
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
 *
 * @example A detached buffer is refused, not read as empty
 * ```ts
 * import assert from "node:assert/strict";
 * import { compare_digest } from "@secrets/secrets";
 *
 * const mac = new Uint8Array([1, 2, 3]);
 * structuredClone(mac.buffer, { transfer: [mac.buffer] }); // mac now reads as empty
 * assert.throws(() => compare_digest(mac, new Uint8Array(0)), {
 *   name: "TypeError",
 *   message: "compare_digest(): a is a Uint8Array over a detached ArrayBuffer",
 * });
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
  const x = bytesOf(a, "a"), y = bytesOf(b, "b");
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
