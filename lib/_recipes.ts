/**
 * The recipes of Python's `secrets` documentation, done right: passwords that
 * are uniform over every string meeting their constraints (whole candidates
 * drawn and rejected, never "insert a digit then shuffle"), passphrases from
 * a built-in word list, and the exact entropy of each.
 *
 * @module
 */

import { EFF_WORDS_TEXT } from "./_eff_wordlist.ts";
import { checkNumberInt, show } from "./_validate.ts";

/**
 * Options of {@linkcode password}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { password, type PasswordOptions } from "@secrets/secrets/recipes";
 * const options: PasswordOptions = { length: 12, minDigits: 2 };
 * assert(password(options).length === 12);
 * ```
 */
export interface PasswordOptions {
  /** Number of characters (default: the fewest that give at least 128 bits, at most 1024). */
  length?: number;
  /** Characters to draw from (default: `A-Za-z0-9`); no character may repeat. */
  alphabet?: string;
  /** At least this many of `a-z` (default 0). */
  minLower?: number;
  /** At least this many of `A-Z` (default 0). */
  minUpper?: number;
  /** At least this many of `0-9` (default 0). */
  minDigits?: number;
  /** At least this many ASCII punctuation characters (Python's `string.punctuation`; default 0). */
  minSymbols?: number;
  /** Characters removed from the alphabet, e.g. look-alikes `"Il1O0"`. */
  exclude?: string;
}

/**
 * Options of {@linkcode passphrase}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { passphrase, type PassphraseOptions } from "@secrets/secrets/recipes";
 * const options: PassphraseOptions = { count: 5, separator: "." };
 * assert(passphrase(options).split(".").length === 5);
 * ```
 */
export interface PassphraseOptions {
  /** The word list (default: the EFF large list, 7,776 words); no word may repeat. */
  words?: readonly string[];
  /** Number of words (default: the fewest that give at least 77 bits: 6 with the EFF list). */
  count?: number;
  /** Between words (default `" "`). */
  separator?: string;
}

/** `string.ascii_lowercase`, `ascii_uppercase`, `digits`, `punctuation`. */
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const DIGITS = "0123456789";
export const SYMBOLS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/** The most characters a password may have. */
export const MAX_PASSWORD_LENGTH = 1024;
/** Expected candidates per password above which constraints are refused as too tight. */
const MAX_EXPECTED_TRIES = 1e6;

let effWords: readonly string[] | undefined;
/** The EFF large word list (7,776 words, ~12.9 bits a word). */
export function effWordlist(): readonly string[] {
  return effWords ??= Object.freeze(EFF_WORDS_TEXT.split(" "));
}

function count(value: unknown, what: string, max = MAX_PASSWORD_LENGTH): number {
  const n = checkNumberInt(value, what);
  if (n < 0) throw new RangeError(`${what} must be non-negative, got ${n}`);
  if (n > max) throw new RangeError(`${what} must be at most ${max}, got ${n}`);
  return n;
}

/** `log2` of a positive bigint, to double precision. */
function log2(n: bigint): number {
  const bits = n.toString(2).length;
  if (bits <= 1000) return Math.log2(Number(n));
  return Math.log2(Number(n >> BigInt(bits - 64))) + (bits - 64);
}

interface Plan {
  chars: string[];
  classes: { test: (c: string) => boolean; min: number; size: number }[];
  length: number;
  valid: bigint;
  total: bigint;
}

/** Number of strings of length `n` over the classes meeting every minimum. */
function countValid(other: number, classes: { size: number; min: number }[], n: number): bigint {
  // ways[m] = strings of length m over the classes seen so far (and `other`).
  let ways = Array.from({ length: n + 1 }, (_, m) => BigInt(other) ** BigInt(m));
  const binom: bigint[][] = [[1n]];
  for (let i = 1; i <= n; i++) {
    binom.push([1n]);
    for (let k = 1; k < i; k++) binom[i].push(binom[i - 1][k - 1] + binom[i - 1][k]);
    binom[i].push(1n);
  }
  for (const { size, min } of classes) {
    const s = BigInt(size);
    const next = new Array<bigint>(n + 1).fill(0n);
    for (let m = 0; m <= n; m++) {
      let sum = 0n;
      let pow = s ** BigInt(min);
      for (let k = min; k <= m; k++) {
        sum += binom[m][k] * pow * ways[m - k];
        pow *= s;
      }
      next[m] = sum;
    }
    ways = next;
  }
  return ways[n];
}

// The plan (classes, default length, counts of valid strings) is pure work on
// the options; passwords are usually drawn many times with the same ones.
let lastKey = "";
let lastPlan: Plan | undefined;

function plan(options: PasswordOptions): Plan {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`password(): options must be an object, got ${show(options)}`);
  }
  const o = options;
  const key = JSON.stringify([
    o.length,
    o.alphabet,
    o.exclude,
    o.minLower,
    o.minUpper,
    o.minDigits,
    o.minSymbols,
  ]);
  if (key === lastKey && lastPlan !== undefined) return lastPlan;
  const p = makePlan(options);
  lastKey = key;
  lastPlan = p;
  return p;
}

function makePlan(options: PasswordOptions): Plan {
  const alphabet = options.alphabet ?? LOWER + UPPER + DIGITS;
  if (typeof alphabet !== "string") {
    throw new TypeError(`password(): alphabet must be a string, got ${show(alphabet)}`);
  }
  const exclude = options.exclude ?? "";
  if (typeof exclude !== "string") {
    throw new TypeError(`password(): exclude must be a string, got ${show(exclude)}`);
  }
  const all = Array.from(alphabet);
  if (new Set(all).size !== all.length) {
    throw new RangeError(
      "password(): the alphabet has a repeated character, which would bias the draw",
    );
  }
  const ex = new Set(Array.from(exclude));
  const chars = all.filter((c) => !ex.has(c));
  if (chars.length === 0) throw new RangeError("password(): the alphabet is empty");
  const spec: [string, string, unknown][] = [
    ["minLower", LOWER, options.minLower],
    ["minUpper", UPPER, options.minUpper],
    ["minDigits", DIGITS, options.minDigits],
    ["minSymbols", SYMBOLS, options.minSymbols],
  ];
  const classes = spec.map(([name, set, min]) => {
    const m = count(min ?? 0, `password(): ${name}`);
    const size = chars.filter((c) => set.includes(c)).length;
    if (m > 0 && size === 0) {
      throw new RangeError(`password(): ${name} is ${m} but the alphabet has no such character`);
    }
    return { test: (c: string) => set.includes(c), min: m, size };
  });
  const minTotal = classes.reduce((a, c) => a + c.min, 0);
  const other = chars.length - classes.reduce((a, c) => a + c.size, 0);
  let length: number;
  if (options.length === undefined) {
    length = Math.max(1, minTotal);
    while (length < MAX_PASSWORD_LENGTH && log2(countValid(other, classes, length)) < 128) length++;
  } else {
    length = count(options.length, "password(): length");
    if (length === 0) throw new RangeError("password(): length must be at least 1");
  }
  if (minTotal > length) {
    throw new RangeError(
      `password(): the minimums add up to ${minTotal}, more than the length ${length}`,
    );
  }
  const valid = countValid(other, classes, length);
  const total = BigInt(chars.length) ** BigInt(length);
  if (total / valid > BigInt(MAX_EXPECTED_TRIES)) {
    throw new RangeError(
      `password(): constraints too tight: only 1 in ${
        total / valid
      } candidates meets them; lengthen the password or lower the minimums`,
    );
  }
  return { chars, classes, length, valid, total };
}

/** The recipes over a `choice` function (mod.ts's, or a test source's). */
export function recipesFor(choice: <T>(seq: ArrayLike<T>) => T) {
  /**
   * A random password, uniform over all strings of `length` characters from
   * the alphabet that meet the minimums.
   */
  function password(options: PasswordOptions = {}): string {
    const p = plan(options);
    // Draw whole candidates, as the recipe in Python's docs does, and reject
    // those that miss a minimum: every valid string stays equally likely.
    while (true) {
      const out = new Array<string>(p.length);
      for (let i = 0; i < p.length; i++) out[i] = choice(p.chars);
      if (p.classes.every((c) => c.min === 0 || out.filter(c.test).length >= c.min)) {
        return out.join("");
      }
    }
  }

  /** A passphrase of `count` words drawn uniformly, with replacement. */
  function passphrase(options: PassphraseOptions = {}): string {
    const { words, n, separator } = phrasePlan(options);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = choice(words);
    return out.join(separator);
  }

  return { password, passphrase };
}

function phrasePlan(options: PassphraseOptions) {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`passphrase(): options must be an object, got ${show(options)}`);
  }
  const words = options.words ?? effWordlist();
  if (!Array.isArray(words) || words.some((w) => typeof w !== "string")) {
    throw new TypeError("passphrase(): words must be an array of strings");
  }
  if (words.length < 2) throw new RangeError("passphrase(): the word list needs at least 2 words");
  if (options.words !== undefined && new Set(words).size !== words.length) {
    throw new RangeError(
      "passphrase(): the word list has a repeated word, which would bias the draw",
    );
  }
  const n = options.count === undefined
    ? Math.ceil(77 / Math.log2(words.length))
    : count(options.count, "passphrase(): count", 1000);
  if (n === 0) throw new RangeError("passphrase(): count must be at least 1");
  const separator = options.separator ?? " ";
  if (typeof separator !== "string") {
    throw new TypeError(`passphrase(): separator must be a string, got ${show(separator)}`);
  }
  return { words, n, separator };
}

/** Exact entropy, in bits, of what {@linkcode password} draws from. */
export function passwordEntropyBits(options: PasswordOptions = {}): number {
  return log2(plan(options).valid);
}

/** Exact entropy, in bits, of what a passphrase draws from. */
export function passphraseEntropyBits(options: PassphraseOptions = {}): number {
  const { words, n } = phrasePlan(options);
  return n * Math.log2(words.length);
}

/** Number of valid passwords for the options (for tests). */
export function passwordSpace(
  options: PasswordOptions = {},
): { valid: bigint; total: bigint; length: number } {
  const p = plan(options);
  return { valid: p.valid, total: p.total, length: p.length };
}
