/**
 * Hex and unpadded base64url encoders: the platform's `Uint8Array.prototype.
 * toHex` / `toBase64` where the runtime has them, a table-driven fallback
 * where it does not (Node.js 20, older browsers). Both give identical output;
 * the tests check that property on random inputs.
 *
 * @module
 */

const HEX = "0123456789abcdef";
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX_PAIRS: string[] = [];
for (let i = 0; i < 256; i++) HEX_PAIRS.push(HEX[i >> 4] + HEX[i & 15]);

/** Lowercase hex of `bytes`, without the platform method. */
export function hexFallback(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += HEX_PAIRS[bytes[i]];
  return out;
}

/** Unpadded base64url of `bytes`, without the platform method. */
export function base64urlFallback(bytes: Uint8Array): string {
  let out = "";
  const n = bytes.length;
  const whole = n - (n % 3);
  let i = 0;
  for (; i < whole; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += B64URL[v >> 18] + B64URL[(v >> 12) & 63] + B64URL[(v >> 6) & 63] +
      B64URL[v & 63];
  }
  if (n - whole === 1) {
    const v = bytes[i] << 16;
    out += B64URL[v >> 18] + B64URL[(v >> 12) & 63];
  } else if (n - whole === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += B64URL[v >> 18] + B64URL[(v >> 12) & 63] + B64URL[(v >> 6) & 63];
  }
  return out;
}

interface NativeEncoders {
  toHex(): string;
  toBase64(options: { alphabet: "base64url"; omitPadding: boolean }): string;
}

const proto = Uint8Array.prototype as unknown as Partial<NativeEncoders>;
const BASE64URL_OPTIONS = { alphabet: "base64url", omitPadding: true } as const;

/** Lowercase hex of `bytes`. */
export const toHex: (bytes: Uint8Array) => string = typeof proto.toHex === "function"
  ? (bytes) => (bytes as unknown as NativeEncoders).toHex()
  : hexFallback;

/** Unpadded base64url of `bytes`. */
export const toBase64url: (bytes: Uint8Array) => string = typeof proto.toBase64 === "function"
  ? (bytes) => (bytes as unknown as NativeEncoders).toBase64(BASE64URL_OPTIONS)
  : base64urlFallback;
