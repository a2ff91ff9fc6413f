/**
 * The module-level functions of Python's `secrets`, built over one pool. The
 * core takes its randomness as a parameter: `mod.ts` binds it to
 * `crypto.getRandomValues`, `./testing` to any {@linkcode ByteSource}.
 *
 * @module
 */

import { BLOCK_SIZE, type Pool } from "./_pool.ts";
import { randbelowOf, type SystemRandom } from "./system_random.ts";
import { checkInt, checkSize, MAX_NBYTES } from "./_validate.ts";
import { toBase64url, toHex } from "./_encode.ts";
import type { Sequence } from "./_sequence.ts";
import { compare_digest } from "./compare_digest.ts";

/**
 * Number of bytes the token functions return by default, as in Python.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_ENTROPY, token_bytes } from "@secrets/secrets";
 * assert(token_bytes().length === DEFAULT_ENTROPY);
 * ```
 */
export const DEFAULT_ENTROPY = 32;

/**
 * The functions and class of Python's `secrets` module, bound to one source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets, type Secrets } from "@secrets/secrets/testing";
 * const s: Secrets = createSecrets((buf) => void crypto.getRandomValues(buf));
 * assert(s.token_hex(4).length === 8);
 * ```
 */
export interface Secrets {
  /** Default number of bytes of a token (32). */
  readonly DEFAULT_ENTROPY: number;
  /** `nbytes` random bytes (default 32). */
  token_bytes(nbytes?: number | null): Uint8Array<ArrayBuffer>;
  /** `nbytes` random bytes as lowercase hex, 2 characters a byte. */
  token_hex(nbytes?: number | null): string;
  /** `nbytes` random bytes as unpadded base64url. */
  token_urlsafe(nbytes?: number | null): string;
  /** A random integer in `[0, n)`, of `n`'s kind. */
  randbelow(n: number): number;
  /** A random integer in `[0, n)`, of `n`'s kind. */
  randbelow(n: bigint): bigint;
  /** A random integer in `[0, n)`, of `n`'s kind. */
  randbelow(n: number | bigint): number | bigint;
  /** An integer with `k` random bits. */
  randbits(k: number): number;
  /** An integer with `k` random bits. */
  randbits(k: bigint): bigint;
  /** An integer with `k` random bits. */
  randbits(k: number | bigint): number | bigint;
  /** A random element of a non-empty sequence. */
  choice(seq: string): string;
  /** A random element of a non-empty sequence. */
  choice<T>(seq: ArrayLike<T>): T;
  /** A random element of a non-empty sequence. */
  choice<T>(seq: Sequence<T>): T | string;
  /** Constant-time comparison. */
  compare_digest(
    a: string | ArrayBufferView | ArrayBufferLike,
    b: string | ArrayBufferView | ArrayBufferLike,
  ): boolean;
  /** camelCase alias of `token_bytes`. */
  tokenBytes(nbytes?: number | null): Uint8Array<ArrayBuffer>;
  /** camelCase alias of `token_hex`. */
  tokenHex(nbytes?: number | null): string;
  /** camelCase alias of `token_urlsafe`. */
  tokenUrlsafe(nbytes?: number | null): string;
  /** camelCase alias of `compare_digest`. */
  compareDigest(
    a: string | ArrayBufferView | ArrayBufferLike,
    b: string | ArrayBufferView | ArrayBufferLike,
  ): boolean;
  /** `SystemRandom`, drawing from the same source. */
  readonly SystemRandom: typeof SystemRandom;
}

const NEGATIVE = "negative argument not allowed";

function size(nbytes: unknown, fn: string): number {
  if (nbytes === undefined || nbytes === null) return DEFAULT_ENTROPY;
  // The common case without building an error message; checkSize explains the rest.
  if (
    typeof nbytes === "number" && nbytes >= 0 && nbytes <= MAX_NBYTES && Number.isInteger(nbytes)
  ) {
    return nbytes;
  }
  return checkSize(nbytes, `${fn}(): nbytes`, NEGATIVE);
}

/** Builds the `secrets` functions over `pool`; `Class` is the SystemRandom they use. */
export function secretsFor(pool: Pool, Class: typeof SystemRandom): Secrets {
  const sysrand = new Class();

  // Small tokens are encoded straight from the pool (no intermediate copy);
  // the bytes are wiped as they are consumed.
  const encoded = (n: number, encode: (bytes: Uint8Array) => string): string => {
    if (n <= BLOCK_SIZE) {
      const p = pool.ensure(n);
      const s = encode(pool.buf.subarray(p, p + n));
      pool.consume(n);
      return s;
    }
    const bytes = pool.take(n);
    const s = encode(bytes);
    bytes.fill(0);
    return s;
  };

  function token_bytes(nbytes?: number | null): Uint8Array<ArrayBuffer> {
    const n = size(nbytes, "token_bytes");
    return n === 0 ? new Uint8Array(0) : pool.take(n);
  }
  function token_hex(nbytes?: number | null): string {
    const n = size(nbytes, "token_hex");
    return n === 0 ? "" : encoded(n, toHex);
  }
  function token_urlsafe(nbytes?: number | null): string {
    const n = size(nbytes, "token_urlsafe");
    return n === 0 ? "" : encoded(n, toBase64url);
  }
  function randbelow(n: number): number;
  function randbelow(n: bigint): bigint;
  function randbelow(n: number | bigint): number | bigint;
  function randbelow(n: number | bigint): number | bigint {
    const bound = checkInt(n, "randbelow(): exclusive_upper_bound");
    if (bound <= 0) throw new RangeError("Upper bound must be positive.");
    return randbelowOf(sysrand, bound);
  }
  function randbits(k: number): number;
  function randbits(k: bigint): bigint;
  function randbits(k: number | bigint): number | bigint;
  function randbits(k: number | bigint): number | bigint {
    return sysrand.getrandbits(k);
  }
  function choice(seq: string): string;
  function choice<T>(seq: ArrayLike<T>): T;
  function choice<T>(seq: Sequence<T>): T | string;
  function choice<T>(seq: Sequence<T>): T | string {
    return sysrand.choice(seq);
  }

  return {
    DEFAULT_ENTROPY,
    token_bytes,
    token_hex,
    token_urlsafe,
    randbelow,
    randbits,
    choice,
    compare_digest,
    tokenBytes: token_bytes,
    tokenHex: token_hex,
    tokenUrlsafe: token_urlsafe,
    compareDigest: compare_digest,
    SystemRandom: Class,
  };
}
