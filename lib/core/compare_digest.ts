/**
 * `compare_digest`: constant-time comparison, as Python's
 * `hmac.compare_digest`.
 *
 * @module
 */

import { optionError } from "./_errors.ts";
import { atLoad } from "./_at_load.ts";

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

// Everything compare_digest reads of a byte source it reads through built-ins
// captured at load, on the object's internal slots: the typed array's name,
// length, buffer, offset and byte length, the DataView's and the buffers'.
// A subclass's or an own `length` getter, a replaced prototype getter, or a
// Proxy answering index reads changes nothing (a Proxy is refused: it has no
// slots). Indexing a genuine typed array reads its buffer directly.
// Each is captured in a call marked pure (atLoad), so that a program that
// never compares leaves them out of its bundle.
const TYPED_ARRAY = /* @__PURE__ */ atLoad(() => Object.getPrototypeOf(Uint8Array.prototype));
// deno-lint-ignore no-explicit-any
type Getter = (this: any) => any;
function getter(proto: object, key: PropertyKey): Getter {
  return Object.getOwnPropertyDescriptor(proto, key)!.get as Getter;
}
/** The typed array's name (`"Uint8Array"`), or undefined for anything else: never throws. */
const typedArrayName = /* @__PURE__ */ atLoad(() => getter(TYPED_ARRAY, Symbol.toStringTag));
const typedArrayLength = /* @__PURE__ */ atLoad(() => getter(TYPED_ARRAY, "length"));
const typedArrayBuffer = /* @__PURE__ */ atLoad(() => getter(TYPED_ARRAY, "buffer"));
const typedArrayByteOffset = /* @__PURE__ */ atLoad(() => getter(TYPED_ARRAY, "byteOffset"));
const typedArrayByteLength = /* @__PURE__ */ atLoad(() => getter(TYPED_ARRAY, "byteLength"));
const dataViewBuffer = /* @__PURE__ */ atLoad(() => getter(DataView.prototype, "buffer"));
const dataViewByteOffset = /* @__PURE__ */ atLoad(() => getter(DataView.prototype, "byteOffset"));
const dataViewByteLength = /* @__PURE__ */ atLoad(() => getter(DataView.prototype, "byteLength"));
const arrayBufferByteLength = /* @__PURE__ */ atLoad(() =>
  getter(ArrayBuffer.prototype, "byteLength")
);
const sharedByteLength = /* @__PURE__ */ atLoad(() =>
  typeof SharedArrayBuffer === "function"
    ? getter(SharedArrayBuffer.prototype, "byteLength")
    : undefined
);
// %TypedArray%.prototype.at validates its receiver: it throws a TypeError for
// a view whose buffer is detached or that a resize left out of bounds (both
// of which otherwise read as empty).
const typedArrayAt = /* @__PURE__ */ atLoad(() =>
  TYPED_ARRAY.at as (this: ArrayBufferView, i: number) => unknown
);
const apply = Reflect.apply;
// The two reads of the common case (a genuine Uint8Array) as bound calls:
// through Reflect.apply they made compare_digest of 32 bytes 0.4x as fast as
// before the getters were captured; bound, 0.93x; bound and read in
// compare_digest's own body, with the loop in sameBytes, 1.07x
// (bench/compare.ts --base ce507ff).
// Each bind marked pure as well: a bare `call.bind(...)` is a call that
// esbuild keeps, and with it every getter above, in the bundle of each
// function of the package, comparing or not.
const call = /* @__PURE__ */ atLoad(() => Function.prototype.call);
const nameOf = /* @__PURE__ */ call.bind(typedArrayName) as (x: unknown) => unknown;
const lengthOf = /* @__PURE__ */ call.bind(typedArrayLength) as (x: unknown) => number;
const Bytes = Uint8Array;

/** `f` called on `x`, or undefined if it throws (x lacks the slots `f` reads). */
function tryApply(f: Getter | undefined, x: unknown): unknown {
  if (f === undefined) return undefined;
  try {
    return apply(f, x, []);
  } catch {
    return undefined;
  }
}

function isDetached(buffer: ArrayBufferLike): boolean {
  if (apply(arrayBufferByteLength, buffer, []) !== 0) return false;
  try {
    new Bytes(buffer, 0, 0); // refused only on a detached buffer
    return false;
  } catch {
    return true;
  }
}

function unreadable(view: ArrayBufferView, buffer: ArrayBufferLike, arg: string): TypeError {
  const name = kind(view);
  const what = `compare_digest(): ${arg} is ${/^[AEIO]/.test(name) ? "an" : "a"} ${name}`;
  return new TypeError(
    tryApply(sharedByteLength, buffer) === undefined && isDetached(buffer)
      ? `${what} over a detached ArrayBuffer`
      : `${what} out of bounds of its resized ArrayBuffer`,
  );
}

// The bytes of x (a genuine Uint8Array), or undefined if x is not a byte
// source: compare_digest's path for anything but two Uint8Arrays. Lengths are
// not secret: the checks depend on them and on the buffer's state, never on
// contents. A view can only be detached or out of bounds if it reads as
// empty, so a non-empty Uint8Array pays for one comparison.
function bytesOf(x: unknown, arg: string): Uint8Array | undefined {
  const name = nameOf(x);
  if (name === "Uint8Array") {
    const n = lengthOf(x);
    if (n === 0) check(x as Uint8Array, arg);
    size = n;
    return x as Uint8Array;
  }
  return otherBytes(x, name, arg);
}

/**
 * The real length of what {@linkcode bytesOf} last returned, read by a
 * captured getter: compare_digest takes it from here, so that its body stays
 * small.
 */
let size = 0;

function otherBytes(x: unknown, name: unknown, arg: string): Uint8Array | undefined {
  if (name !== undefined) {
    const n = apply(typedArrayByteLength, x, []);
    if (n === 0) check(x as ArrayBufferView, arg);
    size = n;
    return new Bytes(apply(typedArrayBuffer, x, []), apply(typedArrayByteOffset, x, []), n);
  }
  const buffer = tryApply(dataViewBuffer, x) as ArrayBufferLike | undefined;
  if (buffer !== undefined) {
    const n = tryApply(dataViewByteLength, x);
    if (n === undefined) throw unreadable(x as DataView, buffer, arg);
    size = n as number;
    return new Bytes(buffer, apply(dataViewByteOffset, x, []), size);
  }
  if (tryApply(arrayBufferByteLength, x) !== undefined) {
    if (isDetached(x as ArrayBuffer)) {
      throw new TypeError(`compare_digest(): ${arg} is a detached ArrayBuffer`);
    }
    size = apply(arrayBufferByteLength, x, []);
    return new Bytes(x as ArrayBuffer);
  }
  const shared = tryApply(sharedByteLength, x);
  if (shared !== undefined) {
    size = shared as number;
    return new Bytes(x as SharedArrayBuffer);
  }
  return undefined;
}

function check(view: ArrayBufferView, arg: string): void {
  try {
    apply(typedArrayAt, view, [0]);
  } catch {
    throw unreadable(view, apply(typedArrayBuffer, view, []), arg);
  }
}

function kind(x: unknown): string {
  if (x === null) return "null";
  if (typeof x !== "object") return typeof x;
  try {
    if (Array.isArray(x)) return "Array";
    return String(x.constructor?.name ?? "object");
  } catch {
    return "object"; // a hostile getter or a revoked Proxy: the message must not throw
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
  // Kept small, every loop and every error in a function of its own, so that
  // V8 inlines compare_digest into its caller: the dudect test
  // (scripts/checks/timing.ts) showed that matters (out of line, the caller's
  // use of the result timed equal and unequal inputs apart, |t| 20-80).
  // Measured: the byte loop unrolled by 8 in this body made it half as fast.
  // Two genuine Uint8Arrays, the common case, are read here; anything else
  // goes through bytesOf.
  if (typeof a === "string" && typeof b === "string") return sameText(a, b);
  if (nameOf(a) === "Uint8Array" && nameOf(b) === "Uint8Array") {
    const m = lengthOf(a), n = lengthOf(b);
    if (m === 0 || n === 0) checkBoth(a as Uint8Array, b as Uint8Array);
    return sameBytes(a as Uint8Array, m, b as Uint8Array, n);
  }
  const x = bytesOf(a, "a"), m = size, y = bytesOf(b, "b"), n = size;
  if (x !== undefined && y !== undefined) return sameBytes(x, m, y, n);
  throw refusal(a, b, x, y);
}

// Either may be empty because its buffer was detached or resized: refuse it.
function checkBoth(a: Uint8Array, b: Uint8Array): void {
  check(a, "a");
  check(b, "b");
}

// x (m bytes) == y (n bytes), in time that depends on n only. As the string
// case: the loop always runs over y, comparing it with itself if the lengths
// differ. Four bytes a turn: fewer loop checks, the same reads.
function sameBytes(x: Uint8Array, m: number, y: Uint8Array, n: number): boolean {
  const same = m === n;
  const left = same ? x : y;
  let result = same ? 0 : 1;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    result |= (left[i] ^ y[i]) | (left[i + 1] ^ y[i + 1]) | (left[i + 2] ^ y[i + 2]) |
      (left[i + 3] ^ y[i + 3]);
  }
  for (; i < n; i++) result |= left[i] ^ y[i];
  return result === 0;
}

function sameText(a: string, b: string): boolean {
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

// The names of the byte sources: an object that claims one of them (a Proxy,
// or an object that only inherits from one) is told why it was refused.
const BYTE_SOURCE_NAME =
  /^(bound )?((Big)?(Uint|Int)(8|16|32|64)Array|Uint8ClampedArray|Float(16|32|64)Array|DataView|(Shared)?ArrayBuffer)$/;

// The error for inputs that are not two strings or two byte sources (x, y:
// their bytes, if any). Kept out of compare_digest so that it stays small
// enough for V8 to inline into its caller (see bytesOf).
function refusal(a: unknown, b: unknown, x: unknown, y: unknown): TypeError {
  if ((typeof a === "string" && y !== undefined) || (typeof b === "string" && x !== undefined)) {
    return new TypeError("a bytes-like object is required, not 'str'");
  }
  for (const [v, arg] of [[a, "a"], [b, "b"]] as const) {
    const name = kind(v);
    if (x === undefined && arg === "a" || y === undefined && arg === "b") {
      if (BYTE_SOURCE_NAME.test(name)) {
        return optionError(
          TypeError,
          "compare_digest()",
          arg,
          `is not a genuine ${name} (a Proxy, or an object that only inherits from one), so its bytes cannot be read safely`,
          v,
        );
      }
    }
  }
  return new TypeError(
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
