/**
 * The entropy pool: every random byte the package uses passes through here.
 *
 * Bytes are handed out strictly in the order the source produced them, each
 * exactly once. Small draws read from a block filled by one source call; a
 * draw larger than the block takes what is left in the block and then reads
 * the rest straight from the source, in chunks of at most 65,536 bytes (the
 * `crypto.getRandomValues` limit). Bytes handed out are wiped from the block,
 * and nothing is drawn until the first call (never at import time).
 *
 * @module
 */

/**
 * A source of random bytes: fills the whole buffer it is given, or throws.
 * `crypto.getRandomValues` has this shape.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { ByteSource } from "@secrets/secrets/testing";
 * const zeros: ByteSource = (buf) => void buf.fill(0);
 * const os: ByteSource = (buf) => void crypto.getRandomValues(buf);
 * assert(typeof zeros === "function" && typeof os === "function");
 * ```
 */
export type ByteSource = (buffer: Uint8Array<ArrayBuffer>) => void;

/**
 * Options for a pool.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets, type PoolOptions } from "@secrets/secrets/testing";
 * const options: PoolOptions = { healthTests: false };
 * assert(createSecrets((buf) => buf.fill(1), options).token_hex(1) === "01");
 * ```
 */
export interface PoolOptions {
  /**
   * Run the continuous health tests on the source's output (default `true`):
   * a block identical to the previous one, or a run of 64 zero bytes, is
   * refused with an error.
   */
  healthTests?: boolean;
}

/** Size of the block small draws are served from. */
export const BLOCK_SIZE = 4096;
/** The most bytes one source call is asked for. */
export const MAX_SOURCE_CALL = 65536;
/** Bytes sampled from each direct chunk by the health tests. */
const DIRECT_SAMPLE = 256;

/**
 * Thrown when the source's output fails a continuous health test.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets, EntropyHealthError } from "@secrets/secrets/testing";
 * const broken = createSecrets((buf) => buf.fill(0));
 * try {
 *   broken.token_hex();
 * } catch (e) {
 *   assert(e instanceof EntropyHealthError);
 * }
 * ```
 */
export class EntropyHealthError extends Error {
  /**
   * Creates the error.
   *
   * @param message What failed.
   */
  constructor(message: string) {
    super(message);
    this.name = "EntropyHealthError";
  }
}

/**
 * A byte pool over a {@linkcode ByteSource}.
 *
 * The buffer is `[slack | block]`, both BLOCK_SIZE long. Fresh bytes always
 * land in the block, at the same aligned offset; when a draw needs more than
 * is left, the leftover tail is first moved to the end of the slack so that
 * tail and fresh block are contiguous. If the source throws, the tail is
 * still there: a failed call consumes nothing.
 */
export class Pool {
  /** The buffer; readers index it directly between `pos` and `end`. */
  readonly buf: Uint8Array<ArrayBuffer> = new Uint8Array(2 * BLOCK_SIZE);
  /** Index of the next unused byte. */
  pos = BLOCK_SIZE;
  /** One past the last unused byte. */
  end = BLOCK_SIZE;
  readonly #source: ByteSource;
  readonly #health: boolean;
  readonly #words = new Uint32Array(this.buf.buffer, BLOCK_SIZE, BLOCK_SIZE >>> 2);
  // Fingerprint of the previous source output, for the repeated-block test.
  #lastLength = -1;
  #lastHash = 0;
  #lastHash2 = 0;

  /**
   * @param source Where the bytes come from.
   * @param options Health-test switch.
   */
  constructor(source: ByteSource, options: PoolOptions = {}) {
    this.#source = source;
    this.#health = options.healthTests ?? true;
  }

  /**
   * Makes `n` (1 to BLOCK_SIZE) unused bytes contiguous and returns the index
   * of the first. The caller reads them, then calls {@linkcode Pool.consume}.
   */
  ensure(n: number): number {
    if (this.end - this.pos >= n) return this.pos;
    const buf = this.buf;
    const tail = this.end - this.pos;
    const start = BLOCK_SIZE - tail;
    buf.copyWithin(start, this.pos, this.end);
    buf.fill(0, Math.max(this.pos, BLOCK_SIZE), this.end);
    this.pos = start;
    this.end = BLOCK_SIZE;
    const block = buf.subarray(BLOCK_SIZE);
    this.#source(block);
    if (this.#health) this.#checkBlock();
    this.end = 2 * BLOCK_SIZE;
    return start;
  }

  /** Marks `n` bytes from `pos` as used and wipes them. */
  consume(n: number): void {
    const buf = this.buf;
    const end = this.pos + n;
    for (let i = this.pos; i < end; i++) buf[i] = 0;
    this.pos = end;
  }

  /** Returns the next `n` bytes in a new array (n up to any size). */
  take(n: number): Uint8Array<ArrayBuffer> {
    if (n <= BLOCK_SIZE) {
      const p = this.ensure(n);
      const out = this.buf.slice(p, p + n);
      this.consume(n);
      return out;
    }
    const out = new Uint8Array(n);
    // Leftover bytes first, so the order never changes; the pool is updated
    // only once the whole draw has succeeded.
    const tail = this.end - this.pos;
    out.set(this.buf.subarray(this.pos, this.end));
    for (let off = tail; off < n; off += MAX_SOURCE_CALL) {
      const chunk = out.subarray(off, Math.min(n, off + MAX_SOURCE_CALL));
      this.#source(chunk);
      if (this.#health) this.#checkSample(chunk);
    }
    this.consume(tail);
    return out;
  }

  /** Health tests over a whole block (word-aligned, BLOCK_SIZE bytes). */
  #checkBlock(): void {
    const words = this.#words;
    // A run of 64 zero bytes always covers one whole 32-byte-aligned group of
    // eight words, so testing each group finds every such run. A healthy
    // source makes an all-zero group with probability 2**-256.
    let h1 = 0x811c9dc5, h2 = 0x01000193;
    for (let i = 0; i < words.length; i += 8) {
      const a = words[i], b = words[i + 1], c = words[i + 2], d = words[i + 3];
      const e = words[i + 4], f = words[i + 5], g = words[i + 6], k = words[i + 7];
      if ((a | b | c | d | e | f | g | k) === 0) {
        throw new EntropyHealthError(
          "entropy source failed its health test: it returned 32 or more zero bytes in a row",
        );
      }
      h1 = Math.imul(h1 ^ a ^ c ^ e ^ g, 0x9e3779b1) ^ b;
      h2 = Math.imul(h2 ^ b ^ d ^ f ^ k, 0x85ebca77) ^ g;
    }
    this.#compare(BLOCK_SIZE, h1, h2);
  }

  /** Health tests on the first bytes of a direct chunk (any alignment). */
  #checkSample(chunk: Uint8Array): void {
    const n = Math.min(chunk.length, DIRECT_SAMPLE);
    let zeros = 0, h1 = 0x811c9dc5, h2 = 0x01000193;
    for (let i = 0; i < n; i++) {
      const v = chunk[i];
      zeros = v === 0 ? zeros + 1 : 0;
      if (zeros === 64) {
        throw new EntropyHealthError(
          "entropy source failed its health test: it returned 64 zero bytes in a row",
        );
      }
      h1 = Math.imul(h1 ^ v, 0x01000193);
      h2 = Math.imul(h2 ^ v, 0x85ebca77) ^ (h1 >>> 15);
    }
    this.#compare(chunk.length, h1, h2);
  }

  #compare(length: number, h1: number, h2: number): void {
    if (length === this.#lastLength && h1 === this.#lastHash && h2 === this.#lastHash2) {
      throw new EntropyHealthError(
        "entropy source failed its health test: it returned the same block twice",
      );
    }
    this.#lastLength = length;
    this.#lastHash = h1;
    this.#lastHash2 = h2;
  }
}

/** The platform source: `crypto.getRandomValues`, at most 65,536 bytes a call. */
export const cryptoSource: ByteSource = (buffer) => {
  crypto.getRandomValues(buffer);
};
