/**
 * Hex and unpadded base64url encoders, chosen once at load:
 *
 * 1. the platform's `Uint8Array.prototype.toHex` / `toBase64` (Deno, Bun,
 *    browsers);
 * 2. else Node.js's `Buffer` hex and base64url slicers, if and only if they
 *    encode a fixed test vector exactly (Node.js 20);
 * 3. else encoders in JavaScript that build flat strings from character
 *    codes (never a rope of concatenations, which is slow to read).
 *
 * Every path gives the same output; the tests check that on random inputs.
 * Each encoder reads a range of a buffer (`start`, `n`) straight from the
 * pool, so no caller makes a view of the pool. The methods are captured here,
 * so replacing them later (in-process tampering) changes nothing.
 *
 * @module
 */

import { atLoad } from "./_at_load.ts";

/** Encodes `n` bytes of `bytes` from `start`. */
export type Encoder = (bytes: Uint8Array, start: number, n: number) => string;

const HEX = "0123456789abcdef";
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX_CODES = /* @__PURE__ */ Array.from(HEX, (c) => c.charCodeAt(0));
const B64_CODES = /* @__PURE__ */ Array.from(B64URL, (c) => c.charCodeAt(0));
/** Characters per `String.fromCharCode` call: well under every engine's argument limit. */
const CHUNK = 8192;
const apply = Reflect.apply;
const fromCharCode = /* @__PURE__ */ atLoad(() => String.fromCharCode);

/**
 * Encodes `n` bytes from `start` in blocks of `step` bytes (whole groups),
 * each block into an array of character codes turned into one flat string;
 * memory stays bounded whatever `n`.
 */
function blocks(
  bytes: Uint8Array,
  start: number,
  n: number,
  step: number,
  block: (bytes: Uint8Array, from: number, to: number, codes: number[]) => void,
): string {
  const parts: string[] = [];
  for (let from = start; from < start + n; from += step) {
    const codes: number[] = [];
    block(bytes, from, Math.min(from + step, start + n), codes);
    parts.push(apply(fromCharCode, null, codes));
  }
  return parts.length === 1 ? parts[0] : parts.join("");
}

function hexBlock(bytes: Uint8Array, from: number, to: number, codes: number[]): void {
  for (let i = from; i < to; i++) codes.push(HEX_CODES[bytes[i] >> 4], HEX_CODES[bytes[i] & 15]);
}

function base64urlBlock(bytes: Uint8Array, from: number, to: number, codes: number[]): void {
  const whole = to - ((to - from) % 3);
  let i = from;
  for (; i < whole; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    codes.push(
      B64_CODES[v >> 18],
      B64_CODES[(v >> 12) & 63],
      B64_CODES[(v >> 6) & 63],
      B64_CODES[v & 63],
    );
  }
  if (to - whole === 1) {
    const v = bytes[i] << 16;
    codes.push(B64_CODES[v >> 18], B64_CODES[(v >> 12) & 63]);
  } else if (to - whole === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    codes.push(B64_CODES[v >> 18], B64_CODES[(v >> 12) & 63], B64_CODES[(v >> 6) & 63]);
  }
}

/** Lowercase hex, in JavaScript. */
export const hexFallback: Encoder = (bytes, start, n) =>
  n === 0 ? "" : blocks(bytes, start, n, CHUNK / 2, hexBlock);

/** Unpadded base64url, in JavaScript (blocks of whole 3-byte groups). */
export const base64urlFallback: Encoder = (bytes, start, n) =>
  n === 0 ? "" : blocks(bytes, start, n, (CHUNK / 4) * 3, base64urlBlock);

type Method = (this: Uint8Array, ...args: unknown[]) => unknown;

// Module-level values are made in calls marked pure (atLoad), so that a
// program that encodes nothing, or only hex, leaves the rest out of its bundle.
const U8 = Uint8Array;
const proto = /* @__PURE__ */ atLoad(() =>
  U8.prototype as unknown as Record<string, Method | undefined>
);
// The getters, captured: an encoder never reads a property of the pool's
// array through code that could have been replaced after import.
const bufferOf = /* @__PURE__ */ atLoad(() =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(U8.prototype), "buffer")!.get!
);
const byteOffsetOf = /* @__PURE__ */ atLoad(() =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(U8.prototype), "byteOffset")!.get!
);
const NO_ARGS: [] = [];

/** A view of `n` bytes of `bytes` from `start`, made without any replaceable code. */
function range(bytes: Uint8Array, start: number, n: number): Uint8Array {
  return new U8(
    apply(bufferOf, bytes, NO_ARGS) as ArrayBuffer,
    (apply(byteOffsetOf, bytes, NO_ARGS) as number) + start,
    n,
  );
}
const nativeToHex = /* @__PURE__ */ atLoad(() => proto.toHex);
const nativeToBase64 = /* @__PURE__ */ atLoad(() => proto.toBase64);
const BASE64URL_ARGS = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ alphabet: "base64url", omitPadding: true }),
]);

const bufferHex = /* @__PURE__ */ atLoad(() => bufferPrototype()?.hexSlice);
const bufferBase64url = /* @__PURE__ */ atLoad(() => bufferPrototype()?.base64urlSlice);

function bufferPrototype(): Record<string, Method | undefined> | undefined {
  return (globalThis as { Buffer?: { prototype: Record<string, Method | undefined> } }).Buffer
    ?.prototype;
}

/** A fixed vector: every path must encode it exactly before it is trusted. */
const VECTOR = /* @__PURE__ */ new Uint8Array([
  0,
  1,
  127,
  128,
  171,
  205,
  239,
  250,
  251,
  255,
  16,
  62,
  63,
]);
const VECTOR_HEX = "00017f80abcdeffafbff103e3f";
const VECTOR_B64 = "AAF_gKvN7_r7_xA-Pw";

function trusted(encode: Encoder, expected: string): boolean {
  try {
    return encode(VECTOR, 0, VECTOR.length) === expected &&
      encode(VECTOR, 3, 4) === (expected === VECTOR_HEX ? "80abcdef" : "gKvN7w");
  } catch {
    return false;
  }
}

function pick(candidates: [string, Encoder | undefined][], expected: string): [string, Encoder] {
  for (const [kind, encode] of candidates) {
    if (encode !== undefined && trusted(encode, expected)) return [kind, encode];
  }
  throw new Error("unreachable: the JavaScript encoder always passes");
}

const HEX_PICK = /* @__PURE__ */ pick([
  [
    "native",
    nativeToHex &&
    ((bytes, start, n) => apply(nativeToHex, range(bytes, start, n), NO_ARGS) as string),
  ],
  [
    "buffer",
    bufferHex && ((bytes, start, n) => apply(bufferHex, bytes, [start, start + n]) as string),
  ],
  ["js", hexFallback],
], VECTOR_HEX);

const BASE64_PICK = /* @__PURE__ */ pick([
  [
    "native",
    nativeToBase64 &&
    ((bytes, start, n) => apply(nativeToBase64, range(bytes, start, n), BASE64URL_ARGS) as string),
  ],
  [
    "buffer",
    bufferBase64url &&
    ((bytes, start, n) => apply(bufferBase64url, bytes, [start, start + n]) as string),
  ],
  ["js", base64urlFallback],
], VECTOR_B64);

/** Lowercase hex of `n` bytes of `bytes` from `start`. */
export const toHex: Encoder = /* @__PURE__ */ atLoad(() => HEX_PICK[1]);
/**
 * Below this many bytes the JavaScript base64url encoder is faster than a
 * native `toBase64` call (measured on Deno 2.9, interleaved in one process:
 * 2.3x at 8 bytes, 1.7x at 16, even at 32, 0.6x at 48, 0.3x at 128), so
 * where the native encoder is in use, shorter inputs go to the JavaScript one.
 */
export const SMALL_BASE64URL = 32;
/** Unpadded base64url of `n` bytes of `bytes` from `start`. */
export const toBase64url: Encoder = /* @__PURE__ */ smallInJavaScript(BASE64_PICK);

/** The picked base64url encoder, with inputs below SMALL_BASE64URL bytes sent to JavaScript's when it is native. */
function smallInJavaScript([kind, encode]: [string, Encoder]): Encoder {
  return kind === "native"
    ? (bytes, start, n) =>
      n < SMALL_BASE64URL ? base64urlFallback(bytes, start, n) : encode(bytes, start, n)
    : encode;
}
/** Which encoders this runtime uses: `"native"`, `"buffer"` or `"js"`. */
export const ENCODERS: { readonly hex: string; readonly base64url: string } = /* @__PURE__ */
  atLoad(() => Object.freeze({ hex: HEX_PICK[0], base64url: BASE64_PICK[0] }));

/** Lowercase hex of a whole array. */
export function hexOf(bytes: Uint8Array): string {
  return toHex(bytes, 0, bytes.length);
}
