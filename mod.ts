/**
 * Python's `secrets` module, in TypeScript: the same names, defaults, length
 * and alphabet rules, errors and strength. Given the same operating-system
 * bytes, every function returns what CPython 3.13 returns, bit for bit.
 *
 * All randomness comes from `crypto.getRandomValues`, through a small pool
 * that is filled on first use (never at import) and wiped as it is used.
 *
 * @example Tokens, as in Python
 * ```ts
 * import assert from "node:assert/strict";
 * import { compare_digest, token_hex, token_urlsafe } from "@secrets/secrets";
 *
 * const resetToken = token_urlsafe(); // 32 bytes: 43 characters
 * const url = `https://example.com/reset?token=${resetToken}`;
 * const apiKey = token_hex(16); // 32 hex characters
 * assert(resetToken.length === 43 && apiKey.length === 32);
 * assert(compare_digest(apiKey, apiKey) && url.length > 43);
 * ```
 *
 * @module
 */

import {
  choiceFor,
  type ChoiceFunction,
  DEFAULT_ENTROPY,
  type IntegerFunction,
  randbelowFor,
  randbitsFor,
  tokenBytesFor,
  tokenHexFor,
  tokenUrlsafeFor,
} from "./lib/core/_secrets.ts";
import { getDefaultPool } from "./lib/core/_pool.ts";
import type { Sequence } from "./lib/core/_sequence.ts";

export { compare_digest, compareDigest, type Digest } from "./lib/core/compare_digest.ts";
export { SystemRandom } from "./lib/core/system_random.ts";
export { NotImplementedError } from "./lib/core/not_implemented_error.ts";
export type { ChoicesOptions, MutableSequence, SampleOptions } from "./lib/core/_sequence.ts";
export { MAX_NBYTES } from "./lib/core/_validate.ts";
export { EntropyHealthError } from "./lib/core/_pool.ts";
export type { ChoiceFunction, IntegerFunction, Sequence };
export { DEFAULT_ENTROPY };

// Each function is bound to the default pool on its own, each binding marked
// pure, so that a bundler drops every function a program does not call (and
// the modules only those functions use). The pool is made here, but draws
// nothing until a function is first called.
const pool = /* @__PURE__ */ getDefaultPool();

/**
 * Returns `nbytes` random bytes, as Python's `secrets.token_bytes`.
 *
 * @param nbytes Number of bytes, 0 to `MAX_NBYTES`; `undefined` or `null`
 * means {@linkcode DEFAULT_ENTROPY} (32).
 * @returns A new `Uint8Array<ArrayBuffer>` (ready for `crypto.subtle`).
 * @throws {RangeError} If `nbytes` is negative ("negative argument not
 * allowed") or above `MAX_NBYTES`.
 * @throws {TypeError} If `nbytes` is not an integer number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { token_bytes } from "@secrets/secrets";
 *
 * const key = token_bytes(32);
 * assert(key.length === 32 && token_bytes().length === 32);
 * ```
 */
export const token_bytes: (nbytes?: number | null) => Uint8Array<ArrayBuffer> =
  /* @__PURE__ */ tokenBytesFor(pool);

/**
 * Returns `nbytes` random bytes as a lowercase hex string (2 characters a
 * byte), as Python's `secrets.token_hex`.
 *
 * @param nbytes Number of bytes; `undefined` or `null` means 32.
 * @returns A string of `2 * nbytes` characters from `0-9a-f`.
 * @throws {RangeError} If `nbytes` is negative or above `MAX_NBYTES`.
 * @throws {TypeError} If `nbytes` is not an integer number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { token_hex } from "@secrets/secrets";
 *
 * assert(/^[0-9a-f]{32}$/.test(token_hex(16)));
 * ```
 */
export const token_hex: (nbytes?: number | null) => string = /* @__PURE__ */ tokenHexFor(pool);

/**
 * Returns `nbytes` random bytes as a URL-safe base64 string without `=`
 * padding (`ceil(4 * nbytes / 3)` characters from `A-Za-z0-9-_`), as
 * Python's `secrets.token_urlsafe`.
 *
 * @param nbytes Number of bytes; `undefined` or `null` means 32 (43 characters).
 * @returns The token.
 * @throws {RangeError} If `nbytes` is negative or above `MAX_NBYTES`.
 * @throws {TypeError} If `nbytes` is not an integer number.
 *
 * @example A password-reset link
 * ```ts
 * import assert from "node:assert/strict";
 * import { token_urlsafe } from "@secrets/secrets";
 *
 * const url = "https://example.com/reset?token=" + token_urlsafe();
 * assert(/^[A-Za-z0-9_-]{43}$/.test(url.split("=")[1]));
 * ```
 */
export const token_urlsafe: (nbytes?: number | null) => string = /* @__PURE__ */ tokenUrlsafeFor(
  pool,
);

/**
 * Returns a random integer in `[0, n)`, as Python's `secrets.randbelow`:
 * exactly uniform (rejection sampling over `n.bit_length()` bits).
 *
 * @param n Exclusive upper bound: a positive safe integer (returns a number)
 * or a positive bigint (returns a bigint).
 * @returns An integer in `[0, n)`.
 * @throws {RangeError} If `n <= 0` ("Upper bound must be positive."), or a
 * number beyond 2**53 (pass a bigint).
 * @throws {TypeError} If `n` is not an integer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { randbelow } from "@secrets/secrets";
 *
 * const d = randbelow(6) + 1;
 * assert(d >= 1 && d <= 6);
 * assert(randbelow(2n ** 256n) < 2n ** 256n);
 * ```
 */
export const randbelow: IntegerFunction = /* @__PURE__ */ randbelowFor(pool);

/**
 * Returns an integer with `k` random bits, as Python's `secrets.randbits`.
 *
 * @param k Number of bits: a number from 0 to 53 (returns a number) or a
 * bigint (returns a bigint).
 * @returns An integer in `[0, 2**k)`.
 * @throws {RangeError} If `k` is negative ("number of bits must be
 * non-negative") or a number above 53 (pass a bigint).
 * @throws {TypeError} If `k` is not an integer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { randbits } from "@secrets/secrets";
 *
 * assert(randbits(32) < 2 ** 32);
 * assert(randbits(128n) < 2n ** 128n);
 * ```
 */
export const randbits: IntegerFunction = /* @__PURE__ */ randbitsFor(pool);

/**
 * Returns a random element of a non-empty sequence, as Python's
 * `secrets.choice`. Strings are sequences of code points, as Python's `str`.
 *
 * @param seq An array, typed array, array-like or string.
 * @returns One of its elements.
 * @throws {RangeError} If it is empty ("Cannot choose from an empty sequence").
 * @throws {TypeError} If it is not a sequence.
 *
 * @example An alphanumeric password, as in the Python docs
 * ```ts
 * import assert from "node:assert/strict";
 * import { choice } from "@secrets/secrets";
 *
 * const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
 * const password = Array.from({ length: 20 }, () => choice(alphabet)).join("");
 * assert(password.length === 20);
 * ```
 */
export const choice: ChoiceFunction = /* @__PURE__ */ choiceFor(pool);

/**
 * camelCase alias of {@linkcode token_bytes}.
 *
 * @param nbytes Number of bytes (default 32).
 * @returns A new `Uint8Array`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenBytes } from "@secrets/secrets";
 * assert(tokenBytes(8).length === 8);
 * ```
 */
export const tokenBytes: (nbytes?: number | null) => Uint8Array<ArrayBuffer> = token_bytes;

/**
 * camelCase alias of {@linkcode token_hex}.
 *
 * @param nbytes Number of bytes (default 32).
 * @returns Lowercase hex.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenHex } from "@secrets/secrets";
 * assert(tokenHex(8).length === 16);
 * ```
 */
export const tokenHex: (nbytes?: number | null) => string = token_hex;

/**
 * camelCase alias of {@linkcode token_urlsafe}.
 *
 * @param nbytes Number of bytes (default 32).
 * @returns Unpadded base64url.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenUrlsafe } from "@secrets/secrets";
 * assert(tokenUrlsafe(3).length === 4);
 * ```
 */
export const tokenUrlsafe: (nbytes?: number | null) => string = token_urlsafe;
