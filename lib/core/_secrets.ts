/**
 * The module-level functions of Python's `secrets`, built over one pool. The
 * core takes its randomness as a parameter: `mod.ts` uses the default pool
 * over `crypto.getRandomValues`, `./testing` a pool over any
 * {@linkcode ByteSource}.
 *
 * @module
 */

import type { ByteSource, Pool } from "./_pool.ts";
import type { SystemRandom } from "./system_random.ts";
import { checkBitCount, checkInt, checkSize, DEFAULT_ENTROPY, MAX_NBYTES } from "./_validate.ts";
import { toBase64url, toHex } from "./_encode.ts";
import { elementsOf, type Sequence, StringMemo } from "./_sequence.ts";
import { compare_digest, type Digest } from "./compare_digest.ts";
import * as draw from "./_draw.ts";

export type { ByteSource };
export { DEFAULT_ENTROPY };

/**
 * A function of an integer that returns the same kind: a number for a
 * number, a bigint for a bigint (`randbelow`, `randbits`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type IntegerFunction, randbelow } from "@secrets/secrets";
 * const f: IntegerFunction = randbelow;
 * const small: number = f(10);
 * const big: bigint = f(10n ** 30n);
 * assert(small < 10 && big < 10n ** 30n);
 * ```
 */
export interface IntegerFunction {
  /** With a number: returns a number. */
  (n: number): number;
  /** With a bigint: returns a bigint. */
  (n: bigint): bigint;
  /** With either: returns the same kind. */
  (n: number | bigint): number | bigint;
}

/**
 * `choice`: a random element of a non-empty sequence.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choice, type ChoiceFunction } from "@secrets/secrets";
 * const pick: ChoiceFunction = choice;
 * const letter: string = pick("abc");
 * const n: number = pick([1, 2, 3]);
 * assert("abc".includes(letter) && [1, 2, 3].includes(n));
 * ```
 */
export interface ChoiceFunction {
  /** From a string: one of its code points. */
  (seq: string): string;
  /** From an array, typed array or array-like. */
  <T>(seq: ArrayLike<T>): T;
  /** From any sequence. */
  <T>(seq: Sequence<T>): T | string;
}

/**
 * The functions and class of Python's `secrets` module, bound to one source
 * (`testing.ts` exports it as `SecretsFunctions`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets, type SecretsFunctions } from "@secrets/secrets/testing";
 *
 * const s: SecretsFunctions = createSecrets((buf) => void buf.fill(7));
 * assert.equal(s.token_hex(2), "0707");
 * ```
 */
export interface Secrets {
  /** Default number of bytes of a token (32). */
  readonly DEFAULT_ENTROPY: number;
  /** `nbytes` random bytes (default 32). */
  readonly token_bytes: (nbytes?: number | null) => Uint8Array<ArrayBuffer>;
  /** `nbytes` random bytes as lowercase hex, 2 characters a byte. */
  readonly token_hex: (nbytes?: number | null) => string;
  /** `nbytes` random bytes as unpadded base64url. */
  readonly token_urlsafe: (nbytes?: number | null) => string;
  /** A random integer in `[0, n)`, of `n`'s kind. */
  readonly randbelow: IntegerFunction;
  /** An integer with `k` random bits, of `k`'s kind. */
  readonly randbits: IntegerFunction;
  /** A random element of a non-empty sequence. */
  readonly choice: ChoiceFunction;
  /** Constant-time comparison. */
  readonly compare_digest: (a: Digest, b: Digest) => boolean;
  /** camelCase alias of `token_bytes`. */
  readonly tokenBytes: (nbytes?: number | null) => Uint8Array<ArrayBuffer>;
  /** camelCase alias of `token_hex`. */
  readonly tokenHex: (nbytes?: number | null) => string;
  /** camelCase alias of `token_urlsafe`. */
  readonly tokenUrlsafe: (nbytes?: number | null) => string;
  /** camelCase alias of `compare_digest`. */
  readonly compareDigest: (a: Digest, b: Digest) => boolean;
  /** `SystemRandom`, drawing from the same source. */
  readonly SystemRandom: typeof SystemRandom;
}

/** `nbytes`, or the default; checked as CPython's `os.urandom` checks it. */
function size(nbytes: unknown, fn: string): number {
  if (nbytes === undefined || nbytes === null) return DEFAULT_ENTROPY;
  // The common case without building an error message; checkSize explains the rest.
  if (
    typeof nbytes === "number" && nbytes >= 0 && nbytes <= MAX_NBYTES && Number.isInteger(nbytes)
  ) {
    return nbytes;
  }
  return checkSize(nbytes, `${fn}(): nbytes`, "negative argument not allowed");
}

/** `token_bytes` over `pool`. */
export function tokenBytesFor(pool: Pool): (nbytes?: number | null) => Uint8Array<ArrayBuffer> {
  return (nbytes) => draw.bytes(pool, size(nbytes, "token_bytes"));
}

/** `token_hex` over `pool`. */
export function tokenHexFor(pool: Pool): (nbytes?: number | null) => string {
  return (nbytes) => draw.encoded(pool, size(nbytes, "token_hex"), toHex);
}

/** `token_urlsafe` over `pool`. */
export function tokenUrlsafeFor(pool: Pool): (nbytes?: number | null) => string {
  return (nbytes) => draw.encoded(pool, size(nbytes, "token_urlsafe"), toBase64url);
}

/** `randbelow` over `pool`: `_sysrand._randbelow(n)` after its own check. */
export function randbelowFor(pool: Pool): IntegerFunction {
  const bound = new draw.BigBound();
  return ((n: number | bigint): number | bigint => {
    const upper = checkInt(n, "randbelow(): exclusive_upper_bound");
    if (upper <= 0) throw new RangeError("Upper bound must be positive.");
    return typeof upper === "number" ? draw.below(pool, upper) : draw.belowBig(pool, upper, bound);
  }) as IntegerFunction;
}

/**
 * `randbits` over `pool`: `_sysrand.getrandbits`, the same checks and bytes,
 * with messages that name the function the caller called.
 */
export function randbitsFor(pool: Pool): IntegerFunction {
  return ((k: number | bigint): number | bigint =>
    draw.getrandbits(pool, checkBitCount(k, "randbits"))) as IntegerFunction;
}

/** `choice` over `pool`: `_sysrand.choice`. */
export function choiceFor(pool: Pool): ChoiceFunction {
  const strings = new StringMemo();
  return (<T>(seq: Sequence<T>): T | string => {
    const v = elementsOf(seq, "choice(): seq", strings);
    if (v.length === 0) throw new RangeError("Cannot choose from an empty sequence");
    return v[draw.below(pool, v.length)];
  }) as ChoiceFunction;
}

/**
 * `count` elements of a non-empty array, each drawn as `choice(seq)` would
 * draw it, from the same bytes as `count` calls of `choice` in a row: the
 * recipes' batch draw (a token's characters, a password candidate, a
 * passphrase's words), one pool access for many characters.
 */
export type DrawsFunction = <T>(seq: readonly T[], count: number) => T[];

/**
 * The batch `choice` of {@linkcode DrawsFunction} over `pool`.
 *
 * @throws {RangeError} If `seq` is empty, or `count` is not a non-negative safe integer.
 * @throws {TypeError} If `seq` is not an array.
 */
export function drawsFor(pool: Pool): DrawsFunction {
  return <T>(seq: readonly T[], count: number): T[] => {
    if (!Array.isArray(seq)) throw new TypeError("draws(): seq must be an array");
    const n = seq.length;
    if (n === 0) throw new RangeError("Cannot choose from an empty sequence");
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`draws(): count must be a non-negative safe integer, got ${count}`);
    }
    const out = new Array<T>(count);
    draw.elementsMany(pool, seq, n, count, out);
    return out;
  };
}

/**
 * Builds the `secrets` functions over `pool`. The `SystemRandom` class is
 * added by the caller (`testing.ts` binds one to the pool; `mod.ts` exports
 * the default one), so that a bundle that uses only these functions does not
 * carry the class. `mod.ts` binds each function to the default pool on its
 * own (with the factories above), so that a bundle keeps only what it calls.
 */
export function secretsFor(pool: Pool): Omit<Secrets, "SystemRandom"> {
  const token_bytes = tokenBytesFor(pool);
  const token_hex = tokenHexFor(pool);
  const token_urlsafe = tokenUrlsafeFor(pool);
  return Object.freeze({
    DEFAULT_ENTROPY,
    token_bytes,
    token_hex,
    token_urlsafe,
    randbelow: randbelowFor(pool),
    randbits: randbitsFor(pool),
    choice: choiceFor(pool),
    compare_digest,
    tokenBytes: token_bytes,
    tokenHex: token_hex,
    tokenUrlsafe: token_urlsafe,
    compareDigest: compare_digest,
  });
}
