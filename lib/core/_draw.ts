/**
 * The byte-level rules: how CPython turns `os.urandom` bytes into floats,
 * bits and bounded integers, as functions of a {@linkcode Pool}. Every
 * random value of the package comes from one of these, so that given the
 * same bytes it is the value CPython computes. Each function names the
 * CPython code it mirrors (Lib/random.py, Modules/_randommodule.c).
 *
 * @module
 */

import { BLOCK_SIZE, type Pool, wipe } from "./_pool.ts";
import { type Encoder, toHex } from "./_encode.ts";
import { MAX_SAFE_BIGINT } from "./_validate.ts";
import { bigBitLength, bitLength } from "./_math.ts";
import { atLoad } from "./_at_load.ts";

const TWO_29 = 536_870_912; // 2**29 (literals, so that bundlers can drop unused constants)
/** `2**-53`: `random.py`'s `RECIP_BPF`. */
const RECIP_BPF = 1.1102230246251565e-16; // exactly 2**-53
/** Up to this many bytes, a bigint is built from 32-bit words; above, by parsing hex. */
const WORDS_MAX_BYTES = 16;

function readFloat53(b: Uint8Array, p: number): number {
  const hi = (b[p] << 16) | (b[p + 1] << 8) | b[p + 2];
  const lo = ((b[p + 3] << 24) | (b[p + 4] << 16) | (b[p + 5] << 8) | b[p + 6]) >>> 0;
  return (hi * TWO_29 + (lo >>> 3)) * RECIP_BPF;
}

/**
 * `SystemRandom.random()`: 7 bytes read big-endian, shifted right by 3 to
 * 53 bits, times 2**-53 (`(int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF`).
 */
export function float53(pool: Pool): number {
  return pool.read(7, readFloat53, undefined);
}

function readBits(b: Uint8Array, p: number, nb: number, k: number): number {
  const shift = nb * 8 - k;
  if (nb <= 4) {
    let x = 0;
    for (let i = 0; i < nb; i++) x = (x << 8) | b[p + i];
    return (x >>> 0) >>> shift;
  }
  let hi = 0;
  for (let i = 0; i < nb - 4; i++) hi = (hi << 8) | b[p + i];
  const q = p + nb - 4;
  const lo = ((b[q] << 24) | (b[q + 1] << 16) | (b[q + 2] << 8) | b[q + 3]) >>> 0;
  // hi * 2**32 + lo, shifted right by shift (< 8): exact, as the result < 2**53.
  // 2 ** (32 - shift) as 2 ** (24 - shift) * 256: `**` with a variable exponent
  // would call the engine's pow on every draw (2x to 3x slower for n > 2**32).
  return hi * (1 << (24 - shift)) * 256 + (lo >>> shift);
}

/**
 * `SystemRandom.getrandbits(k)` for 0 <= k <= 53, as a number: `ceil(k / 8)`
 * bytes read big-endian, shifted right to `k` bits
 * (`int.from_bytes(_urandom(numbytes)) >> (numbytes * 8 - k)`).
 */
export function bits(pool: Pool, k: number): number {
  if (k === 0) return 0;
  return pool.read((k + 7) >>> 3, readBits, k);
}

// DataView's getBigUint64, captured at load and called without any method
// lookup (Function.prototype.call bound once): replacing either later changes
// nothing, and no replaceable code sees the pool's view.
const getBigUint64 = /* @__PURE__ */ atLoad(() =>
  Function.prototype.call.bind(DataView.prototype.getBigUint64)
) as (
  view: DataView,
  offset: number,
) => bigint;

function readWords(b: Uint8Array, p: number, nb: number, _: undefined, view: DataView): bigint {
  if ((nb & 7) === 0) {
    // Whole big-endian 64-bit words, each built by the engine in one call
    // (getrandbits(64) and getrandbits(128), the common sizes).
    let x = getBigUint64(view, p);
    for (let i = p + 8; i < p + nb; i += 8) x = (x << 64n) | getBigUint64(view, i);
    return x;
  }
  // The leading nb % 4 bytes, then whole big-endian words.
  let i = p;
  let head = 0;
  for (; i < p + (nb & 3); i++) head = (head << 8) | b[i];
  let x = BigInt(head);
  for (; i < p + nb; i += 4) {
    x = (x << 32n) | BigInt(((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0);
  }
  return x;
}

function readHex(b: Uint8Array, p: number, nb: number): bigint {
  return parseHex(toHex(b, p, nb));
}

/** `BigInt("0x" + hex)`, with an engine's size limit reported without the digits. */
function parseHex(hex: string): bigint {
  try {
    return BigInt("0x" + hex);
  } catch {
    throw new RangeError(
      `cannot build a ${hex.length * 4}-bit integer: the JavaScript engine's bigints are smaller`,
    );
  }
}

/** The next `nb` bytes as a big-endian bigint (`int.from_bytes(_urandom(nb))`). */
export function bigBytes(pool: Pool, nb: number): bigint {
  if (nb <= WORDS_MAX_BYTES) return pool.read(nb, readWords, undefined);
  if (nb <= BLOCK_SIZE) return pool.read(nb, readHex, undefined);
  const bytes = pool.take(nb);
  try {
    return parseHex(toHex(bytes, 0, nb));
  } finally {
    wipe(bytes, 0, nb);
  }
}

/** `SystemRandom.getrandbits(k)` for any `k`, as a bigint. */
export function bigBits(pool: Pool, k: number): bigint {
  if (k <= 53) return BigInt(bits(pool, k));
  const nb = Math.ceil(k / 8);
  const shift = nb * 8 - k;
  const x = bigBytes(pool, nb);
  return shift === 0 ? x : x >> BigInt(shift);
}

/** `SystemRandom.getrandbits(k)` for a checked `k`: a number for a number, a bigint for a bigint. */
export function getrandbits(pool: Pool, k: number | bigint): number | bigint {
  return typeof k === "number" ? bits(pool, k) : bigBits(pool, Number(k));
}

/**
 * `Random._randbelow_with_getrandbits(n)` for a number bound (0 < n < 2**53):
 * draw `n.bit_length()` bits and retry while the result is >= n. Every
 * accepted value comes from exactly one bit pattern, so the result is exactly
 * uniform; each try succeeds with probability above 1/2.
 */
export function below(pool: Pool, n: number): number {
  const k = bitLength(n);
  let r = bits(pool, k);
  while (r >= n) r = bits(pool, k);
  return r;
}

/** The state of a {@linkcode belowMany} draw, passed to its reader. */
interface ManyTries {
  /** The bound. */
  readonly n: number;
  /** Bytes per try. */
  readonly nb: number;
  /** `nb * 8 - k`: a try's bytes shifted right by this are its `k` bits (0 to 7). */
  readonly shift: number;
  /** Where accepted values go: each value `x`, or `seq[x]` with a sequence. */
  readonly out: unknown[];
  /** The sequence whose elements are drawn, if any. */
  readonly seq: ArrayLike<unknown> | undefined;
  /** How many are there so far. */
  at: number;
}

/** Reads `len` bytes of whole tries and keeps each accepted value, in order. */
function readTries(b: Uint8Array, p: number, len: number, st: ManyTries): void {
  const { n, nb, out, seq } = st;
  let at = st.at;
  const end = p + len;
  const shift = st.shift;
  if (nb === 1) {
    // Two loops, so that the common one (elements of a sequence) tests nothing per byte.
    if (seq !== undefined) {
      for (let i = p; i < end; i++) {
        const x = b[i] >>> shift;
        if (x < n) out[at++] = seq[x];
      }
    } else {
      for (let i = p; i < end; i++) {
        const x = b[i] >>> shift;
        if (x < n) out[at++] = x;
      }
    }
  } else {
    const scale = 1 << shift;
    for (let i = p; i < end; i += nb) {
      let x = 0;
      for (let j = 0; j < nb; j++) x = x * 256 + b[i + j]; // exact: nb <= 6
      x = Math.floor(x / scale); // exact: a power of two
      if (x < n) out[at++] = seq === undefined ? x : seq[x];
    }
  }
  st.at = at;
}

/**
 * From this bound on, {@linkcode belowMany} draws one value at a time: below
 * it a try is at most 6 bytes (48 bits), which a number holds exactly.
 */
const MANY_BOUND = 281_474_976_710_656; // 2**48

/**
 * `count` values of {@linkcode below}`(pool, n)` in a row, into `out[0..count)`,
 * from exactly the same bytes: each try is `ceil(k / 8)` bytes, kept when
 * below `n`, as `below` does, but the tries are read in batches from one
 * pool access. A batch holds only as many tries as values still missing, so
 * no try is read past the last value `count` sequential calls would read:
 * the bytes consumed, and the next byte after them, are the same.
 */
export function belowMany(pool: Pool, n: number, count: number, out: number[]): void {
  if (n >= MANY_BOUND) {
    for (let i = 0; i < count; i++) out[i] = below(pool, n);
    return;
  }
  drawTries(pool, n, count, out, undefined);
}

/**
 * `count` elements of `seq`, each `seq[below(pool, n)]` (`n`, its length as
 * the caller read it once, at least 1, and below 2**32, as an array's length
 * is), from the bytes of {@linkcode belowMany}: the elements are written to
 * `out` as the tries are read, with no array of indices in between. Only
 * batches: so a bundle that draws only elements of arrays (`draws`) leaves
 * the one-at-a-time path of larger bounds out.
 */
export function elementsMany<T>(
  pool: Pool,
  seq: ArrayLike<T>,
  n: number,
  count: number,
  out: T[],
): void {
  if (n >= MANY_BOUND) throw new Error("unreachable: an array has fewer than 2**32 elements");
  drawTries(pool, n, count, out, seq);
}

/**
 * {@linkcode belowMany} and {@linkcode elementsMany} for `n` below
 * MANY_BOUND: tries of at most 6 bytes, in batches (elements of `seq`, or
 * the values themselves when it is undefined).
 */
function drawTries(
  pool: Pool,
  n: number,
  count: number,
  out: unknown[],
  seq: ArrayLike<unknown> | undefined,
): void {
  const k = bitLength(n);
  const nb = (k + 7) >>> 3;
  // No `**` here: an engine may compute it at run time, on every call.
  const st: ManyTries = { n, nb, shift: nb * 8 - k, out, seq, at: 0 };
  const most = Math.floor(BLOCK_SIZE / nb);
  while (st.at < count) pool.read(Math.min(count - st.at, most) * nb, readTries, st);
}

/**
 * What {@linkcode belowBig} computes once per bound: bounds are often drawn
 * from many times. Each generator owns one, for the last bound it drew below.
 */
export class BigBound {
  /** The bound these values are for. */
  bound = 0n;
  /** Bytes per try: `ceil(n.bit_length() / 8)`. */
  bytes = 0;
  /** Right shift from those bytes to `n.bit_length()` bits. */
  shift = 0n;
  /** `n << shift`: a try is accepted while its unshifted bytes are below this. */
  limit = 0n;
}

/**
 * `_randbelow_with_getrandbits(n)` for a bigint bound: as {@linkcode below}.
 * `(x >> s) >= n` exactly when `x >= n << s`, so a rejected try needs no shift.
 */
export function belowBig(pool: Pool, n: bigint, memo: BigBound): bigint {
  if (n <= MAX_SAFE_BIGINT) return BigInt(below(pool, Number(n)));
  if (n !== memo.bound) {
    const k = bigBitLength(n);
    memo.bytes = Math.ceil(k / 8);
    memo.shift = BigInt(memo.bytes * 8 - k);
    memo.limit = n << memo.shift;
    memo.bound = n;
  }
  const { bytes, limit, shift } = memo;
  let x = bigBytes(pool, bytes);
  while (x >= limit) x = bigBytes(pool, bytes);
  return x >> shift;
}

function encodeRange(b: Uint8Array, p: number, n: number, encode: Encoder): string {
  return encode(b, p, n);
}

/**
 * `n` bytes encoded: read straight from the pool when they fit in a block,
 * else taken, encoded and wiped (`token_hex`: `_urandom(n).hex()`).
 */
export function encoded(pool: Pool, n: number, encode: Encoder): string {
  if (n === 0) return "";
  if (n <= BLOCK_SIZE) return pool.read(n, encodeRange, encode);
  const bytes = pool.take(n);
  try {
    return encode(bytes, 0, n);
  } finally {
    wipe(bytes, 0, n);
  }
}

/** `n` bytes in a fresh array (`os.urandom(n)`). */
export function bytes(pool: Pool, n: number): Uint8Array<ArrayBuffer> {
  return n === 0 ? new Uint8Array(0) : pool.take(n);
}
