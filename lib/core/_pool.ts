/**
 * The entropy pool: every random byte the package uses passes through here.
 *
 * Bytes are handed out strictly in the order the source produced them, each
 * exactly once. Draws read from a block filled by one source call; a draw
 * larger than both BLOCK_SIZE and what is left in the block takes what is
 * left and then reads the rest straight from the source, in chunks of at most
 * 65,536 bytes (the `crypto.getRandomValues` limit). Bytes handed out are
 * wiped from the pool, and nothing is drawn until the first call (never at
 * import time).
 *
 * The pool's buffer is private. A caller reads bytes only through
 * {@linkcode Pool.prototype.read} (which wipes them after the reader returns,
 * or throws) or {@linkcode Pool.prototype.take} (a fresh copy), so no caller
 * can forget the wipe.
 *
 * @module
 */

import { atLoad } from "./_at_load.ts";

/**
 * A source of random bytes: fills the whole buffer it is given, or throws.
 * `crypto.getRandomValues` has this shape.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type ByteSource, createSecrets } from "@secrets/secrets/testing";
 * const fives: ByteSource = (buf) => void buf.fill(5);
 * assert.equal(createSecrets(fives, { healthTests: false }).token_hex(2), "0505");
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
 * assert.equal(createSecrets((buf) => buf.fill(1), options).token_hex(1), "01");
 * ```
 */
export interface PoolOptions {
  /**
   * Run the continuous health tests on the source's output (default `true`):
   * a block identical to the previous one, or a run of zero bytes, is refused
   * with an {@linkcode EntropyHealthError}.
   */
  healthTests?: boolean;
}

/**
 * The largest draw that refills the pool rather than going to the source
 * directly (and the largest {@linkcode Pool.prototype.read}); also the block
 * size of a pool over a caller's source, whose calls it therefore sees
 * 4,096 bytes at a time.
 */
export const BLOCK_SIZE = 4096;

/** The most bytes one source call is asked for (the `crypto.getRandomValues` limit). */
export const MAX_SOURCE_CALL = 65536;
/**
 * The block size of the default pool, over `crypto.getRandomValues`: the
 * largest call it allows. A call of Node.js's costs about 4 us before it
 * fills a byte (it makes a job object a call), so a 4 KiB block made every
 * 4 KiB draw pay a whole call; one 64 KiB call costs about three 4 KiB calls
 * (Node.js 20) and serves sixteen such draws.
 */
const DEFAULT_BLOCK = MAX_SOURCE_CALL;
/** Bytes sampled from each direct chunk by the health tests. */
const DIRECT_SAMPLE = 256;
/** A run of this many zero bytes in a direct chunk fails the health test. */
const ZERO_RUN = 64;

/**
 * Thrown when the source's output fails a continuous health test: a block
 * identical to the previous one, or a long run of zero bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets, EntropyHealthError } from "@secrets/secrets/testing";
 * const broken = createSecrets((buf) => buf.fill(0));
 * assert.throws(() => broken.token_hex(), {
 *   name: "EntropyHealthError",
 *   message: "entropy source failed its health test: it returned 32 or more zero bytes in a row",
 * });
 * assert.throws(() => broken.token_hex(), EntropyHealthError);
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
 * Reads `n` pool bytes starting at `start` of `bytes` (the pool's buffer);
 * `arg` is passed through, so that readers can be module-level functions
 * rather than a closure made per call; `view` is a DataView of the same
 * buffer (the same offsets), for readers of 64-bit words.
 */
export type Reader<T, A> = (
  bytes: Uint8Array,
  start: number,
  n: number,
  arg: A,
  view: DataView,
) => T;

// Intrinsics, captured when the module loads. After import, replacing a
// typed-array constructor, getter or method (or Math.imul) changes nothing,
// and no replaceable code ever receives the pool's buffer: the pool calls
// these captured functions only, never a method looked up on the buffer.
const U8 = Uint8Array;
const U32 = Uint32Array;
const DV = DataView;
const apply = Reflect.apply;
// (Each in a call marked pure, atLoad, so that a program that draws nothing
// leaves them out of its bundle.)
const TypedArrayPrototype = /* @__PURE__ */ atLoad(() => Object.getPrototypeOf(U8.prototype));
const fill: (this: Uint8Array, value: number, start?: number, end?: number) => Uint8Array =
  /* @__PURE__ */ atLoad(() => TypedArrayPrototype.fill);
const copyWithin: (this: Uint8Array, target: number, start: number, end: number) => Uint8Array =
  /* @__PURE__ */ atLoad(() => TypedArrayPrototype.copyWithin);
const set: (this: Uint8Array, source: ArrayLike<number>, offset?: number) => void =
  /* @__PURE__ */ atLoad(() => TypedArrayPrototype.set);
const imul = Math.imul;

/**
 * Zeroes `bytes[start, end)` with the captured `fill` (the bounds are given,
 * so that not even the `length` getter is asked).
 */
export function wipe(bytes: Uint8Array, start: number, end: number): void {
  apply(fill, bytes, [0, start, end]);
}

/**
 * A byte pool over a {@linkcode ByteSource}.
 *
 * The buffer is `[slack | block]`: a BLOCK_SIZE slack, then the block (BLOCK_SIZE
 * long, or DEFAULT_BLOCK for the default pool). Fresh bytes always land in
 * the block, at the same aligned offset; when a draw of at most BLOCK_SIZE
 * needs more than is left, the leftover tail (shorter than the draw) is
 * first moved to the end of the slack so that tail and fresh block are
 * contiguous. If the source throws, the tail is still there: a failed call
 * consumes nothing, and leaves nothing readable that was not there before.
 */
export class Pool {
  readonly #memory: ArrayBuffer;
  readonly #buf: Uint8Array<ArrayBuffer>;
  // The part of the block the next refill fills, as a view built with the
  // constructor (never subarray(): a replaced Uint8Array[Symbol.species]
  // would otherwise see the pool).
  #block: Uint8Array<ArrayBuffer>;
  readonly #words: Uint32Array<ArrayBuffer>;
  /** The block's size (kept, so that no `length` getter is ever asked). */
  readonly #size: number;
  /**
   * How many bytes the next refill asks for: BLOCK_SIZE at first, four times
   * as many after each refill, up to the block's size. A fresh process's
   * first token pays for 4 KiB, filled and tested while its code is still
   * cold (a 64 KiB first refill made the first token_hex() about 5 ms where
   * it had been under 1 ms, on Deno); a program that keeps drawing reaches
   * the whole block by its third refill.
   */
  #fill = BLOCK_SIZE;
  // The same bytes as #buf, at the same offsets, for readers that read
  // 64-bit words (with captured DataView methods).
  readonly #view: DataView<ArrayBuffer>;
  /** Index of the next unused byte. */
  #pos = BLOCK_SIZE;
  /** One past the last unused byte. */
  #end = BLOCK_SIZE;
  readonly #source: ByteSource;
  readonly #health: boolean;
  /**
   * True while the pool is in use (a source filling it, or a reader reading
   * it): a call back into the pool then is refused, so that no byte is ever
   * handed out twice or after it was wiped.
   */
  #busy: 0 | typeof FILLING | typeof READING = 0;
  // Fingerprint of the previous source output, for the repeated-block test.
  #lastLength = -1;
  #lastHash = 0;
  #lastHash2 = 0;

  /**
   * @param source Where the bytes come from.
   * @param healthTests Whether to run the continuous health tests.
   * @param blockSize The block's size: a multiple of 32 from BLOCK_SIZE to
   * MAX_SOURCE_CALL (each refill is one source call: of BLOCK_SIZE at first,
   * growing to this size).
   */
  constructor(source: ByteSource, healthTests = true, blockSize = BLOCK_SIZE) {
    const memory = new ArrayBuffer(BLOCK_SIZE + blockSize);
    this.#memory = memory;
    this.#buf = new U8(memory);
    this.#block = new U8(memory, BLOCK_SIZE, BLOCK_SIZE);
    this.#words = new U32(memory, BLOCK_SIZE, blockSize >>> 2);
    this.#size = blockSize;
    this.#view = new DV(memory);
    this.#source = source;
    this.#health = healthTests;
  }

  /**
   * Reads the next `n` bytes (1 to BLOCK_SIZE) with `reader`, then wipes
   * them, whether the reader returns or throws.
   */
  read<T, A>(n: number, reader: Reader<T, A>, arg: A): T {
    if (this.#busy !== 0) reentered(this.#busy);
    let start = this.#pos;
    if (this.#end - start < n) start = this.#refill();
    const end = start + n;
    const buf = this.#buf;
    this.#busy = READING;
    try {
      return reader(buf, start, n, arg, this.#view);
    } finally {
      for (let i = start; i < end; i++) buf[i] = 0;
      this.#pos = end;
      this.#busy = 0;
    }
  }

  /** Returns the next `n` bytes (any size) in a new array. */
  take(n: number): Uint8Array<ArrayBuffer> {
    if (this.#busy !== 0) reentered(this.#busy);
    const memory = new ArrayBuffer(n);
    const out = new U8(memory);
    const buf = this.#buf;
    const tail = this.#end - this.#pos;
    if (n <= tail || n <= BLOCK_SIZE) {
      const start = tail >= n ? this.#pos : this.#refill();
      this.#copy(out, 0, start, n);
      wipe(buf, start, start + n);
      this.#pos = start + n;
      return out;
    }
    // Leftover bytes first, so the order never changes; the pool is updated
    // only once the whole draw has succeeded.
    this.#copy(out, 0, this.#pos, tail);
    this.#busy = FILLING;
    try {
      for (let off = tail; off < n; off += MAX_SOURCE_CALL) {
        const length = Math.min(n - off, MAX_SOURCE_CALL);
        const chunk = new U8(memory, off, length);
        this.#source(chunk);
        if (this.#health) this.#checkSample(chunk, length);
      }
    } catch (e) {
      wipe(out, 0, n); // nobody sees these bytes, and they stay nowhere
      throw e;
    } finally {
      this.#busy = 0;
    }
    wipe(buf, this.#pos, this.#end);
    this.#pos = this.#end;
    return out;
  }

  /**
   * Copies `n` pool bytes from `from` into `out` at `at`, in one native call
   * (the captured `set`, through a view made with the captured constructor).
   */
  #copy(out: Uint8Array, at: number, from: number, n: number): void {
    if (n <= SMALL_COPY) {
      const buf = this.#buf;
      for (let i = 0; i < n; i++) out[at + i] = buf[from + i];
    } else {
      apply(set, out, [new U8(this.#memory, from, n), at]);
    }
  }

  /**
   * Moves the unused tail to the end of the slack and fills a fresh block
   * after it; returns the index of the first unused byte. If the source
   * throws or its block fails a health test, the block is wiped and the tail
   * stays usable: nothing is consumed.
   */
  #refill(): number {
    const buf = this.#buf;
    const tail = this.#end - this.#pos;
    const start = BLOCK_SIZE - tail;
    // The tail (shorter than the draw, so at most BLOCK_SIZE - 1 bytes) lies
    // in the block (or, after a failed refill, already in place).
    apply(copyWithin, buf, [start, this.#pos, this.#end]);
    wipe(buf, Math.max(this.#pos, BLOCK_SIZE), this.#end);
    this.#pos = start;
    this.#end = BLOCK_SIZE;
    const block = this.#block;
    const size = this.#fill;
    this.#busy = FILLING;
    try {
      this.#source(block);
      if (this.#health) this.#checkBlock(size);
    } catch (e) {
      wipe(block, 0, size);
      throw e;
    } finally {
      this.#busy = 0;
    }
    this.#end = BLOCK_SIZE + size;
    if (size < this.#size) {
      this.#fill = Math.min(4 * size, this.#size);
      this.#block = new U8(this.#memory, BLOCK_SIZE, this.#fill);
    }
    return start;
  }

  /** Health tests over a whole block (word-aligned, `size` bytes, a multiple of 32). */
  #checkBlock(size: number): void {
    const words = this.#words;
    // A run of 64 zero bytes always covers one whole 32-byte-aligned group of
    // eight words, so testing each group finds every such run. A healthy
    // source makes an all-zero group with probability 2**-256.
    let h1 = 0x811c9dc5, h2 = 0x01000193;
    for (let i = 0; i < size >>> 2; i += 8) {
      const a = words[i], b = words[i + 1], c = words[i + 2], d = words[i + 3];
      const e = words[i + 4], f = words[i + 5], g = words[i + 6], k = words[i + 7];
      if ((a | b | c | d | e | f | g | k) === 0) {
        throw new EntropyHealthError(
          "entropy source failed its health test: it returned 32 or more zero bytes in a row",
        );
      }
      h1 = imul(h1 ^ a ^ c ^ e ^ g, 0x9e3779b1) ^ b;
      h2 = imul(h2 ^ b ^ d ^ f ^ k, 0x85ebca77) ^ g;
    }
    this.#compare(size, h1, h2);
  }

  /**
   * Health tests on three samples of a direct chunk (any alignment): its
   * first, middle and last DIRECT_SAMPLE bytes, so that a source that fills
   * only part of a large buffer is caught too.
   */
  #checkSample(chunk: Uint8Array, length: number): void {
    const hashes = [0x811c9dc5, 0x01000193];
    const half = length >>> 1;
    if (
      !sampleClean(chunk, 0, length, hashes) ||
      !sampleClean(chunk, Math.max(0, half - DIRECT_SAMPLE / 2), length, hashes) ||
      !sampleClean(chunk, Math.max(0, length - DIRECT_SAMPLE), length, hashes)
    ) {
      throw new EntropyHealthError(
        `entropy source failed its health test: it returned ${ZERO_RUN} zero bytes in a row`,
      );
    }
    this.#compare(length, hashes[0], hashes[1]);
  }

  /**
   * The repeated-block test compares a 64-bit fingerprint (two 32-bit
   * hashes) of each source output with the previous one, so a healthy
   * source trips it by chance with probability about 2**-64 per refill.
   */
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

/**
 * Hashes `chunk[from, min(from + DIRECT_SAMPLE, length))` into `hashes` (two
 * 32-bit hashes, carried from sample to sample); false if the sample holds
 * ZERO_RUN zero bytes in a row. The bytes are read eight at a time as two
 * words, each hash taking one (two independent multiply chains, so neither
 * waits for the other), and a group of eight is looked at byte by byte only
 * when a word holds a zero byte (about one group in 32 from a healthy
 * source), so that a run is found at the same byte as a byte-by-byte scan
 * finds it. A function of its own, called once a sample: V8 compiles a small
 * loop like this several times faster than the same loop inside a loop over
 * the samples (Node.js 20: the three samples of a 64 KiB chunk in about 1.6
 * us, against 5.5 us byte by byte inside the loop over the samples; 0.6 to
 * 0.9 us eight bytes at a time, against 1.0 to 1.4 us four at a time).
 */
function sampleClean(chunk: Uint8Array, from: number, length: number, hashes: number[]): boolean {
  const to = Math.min(length, from + DIRECT_SAMPLE);
  let h1 = hashes[0], h2 = hashes[1];
  let run = from; // where the current run of zero bytes started
  let i = from;
  for (; i + 8 <= to; i += 8) {
    const w = chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24);
    const x = chunk[i + 4] | (chunk[i + 5] << 8) | (chunk[i + 6] << 16) | (chunk[i + 7] << 24);
    // Nonzero exactly when w or x holds a zero byte (the borrow of a zero
    // byte's subtraction sets its top bit, which ~w keeps only for a byte
    // below 0x80; any false mark lies above a true one).
    if ((((w - 0x01010101) & ~w) | ((x - 0x01010101) & ~x)) & 0x80808080) {
      for (let k = i; k < i + 8; k++) {
        if (chunk[k] !== 0) run = k + 1;
        else if (k + 1 - run === ZERO_RUN) return false;
      }
    } else {
      run = i + 8;
    }
    h1 = imul(h1 ^ w, 0x01000193);
    h2 = imul(h2 ^ x, 0x85ebca77);
  }
  for (; i < to; i++) {
    const v = chunk[i];
    if (v !== 0) run = i + 1;
    else if (i + 1 - run === ZERO_RUN) return false;
    h1 = imul(h1 ^ v, 0x01000193);
    h2 = imul(h2 ^ v, 0x85ebca77) ^ (h1 >>> 15);
  }
  hashes[0] = h1;
  hashes[1] = h2;
  return true;
}

/**
 * Up to this many bytes a loop copies faster than a `set` call through a new
 * view (Deno 2.9: 32 bytes by loop 2.7x faster; 4 KiB by `set` 1.3x faster).
 */
const SMALL_COPY = 64;

const FILLING = 1;
const READING = 2;

function reentered(busy: number): never {
  throw new TypeError(
    busy === FILLING
      ? "the entropy source called back into the secrets API while filling the pool; a source must not draw from the pool it fills"
      : "the secrets API was called back while it read its pool (from replaced built-in code?); the call is refused so that no byte is handed out twice",
  );
}

/** The platform source: `crypto.getRandomValues`, captured at load, at most 65,536 bytes a call. */
const getRandomValues = /* @__PURE__ */ atLoad(() => crypto.getRandomValues.bind(crypto));
export const cryptoSource: ByteSource = (buffer) => {
  getRandomValues(buffer);
};

// The one pool behind mod.ts, recipes.ts and `new SystemRandom()`: global
// because the OS source is global. Made on first use, never at import.
let defaultPool: Pool | undefined;

/** The pool over `crypto.getRandomValues` that the package's own functions share. */
export function getDefaultPool(): Pool {
  return defaultPool ??= new Pool(cryptoSource, true, DEFAULT_BLOCK);
}
