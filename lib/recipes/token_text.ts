/**
 * Tokens sized in bits, in the alphabet the job needs: `tokenText({ bits,
 * alphabet })` draws the fewest characters whose combinations number at least
 * `2 ** bits`, each uniformly with `choice` (so the bytes consumed are those
 * of CPython's `''.join(secrets.choice(alphabet) for _ in range(n))`).
 *
 * @module
 */

import {
  atLoad,
  closest,
  cutText,
  DEFAULT_ENTROPY,
  describe,
  type DrawsOnly,
  optionError,
  quoteText,
  readOptionList,
} from "../core/mod.ts";
import { intOption } from "./_check.ts";
import { characterSet } from "./_charset.ts";
import { type CharTable, charTable, drawText } from "./_text.ts";
import type { Recipe } from "./_recipe.ts";

/**
 * The named alphabets of {@linkcode tokenText}, each a string of distinct
 * ASCII characters in the order given here (the order matters only for
 * reproducing a token from a byte stream):
 *
 * | name        | size | characters                                             |
 * | ----------- | ---: | ------------------------------------------------------ |
 * | `hex`       |   16 | `0-9a-f` (as `token_hex`)                              |
 * | `base32`    |   32 | `A-Z2-7`, RFC 4648 (as Go's `crypto/rand.Text`)        |
 * | `crockford` |   32 | `0-9A-Z` without `I L O U` (Crockford's base32)        |
 * | `base58`    |   58 | `1-9A-Za-z` without `O I l` (Bitcoin's)                |
 * | `base62`    |   62 | `0-9A-Za-z`                                            |
 * | `base64url` |   64 | `A-Za-z0-9-_`, RFC 4648 section 5 (as `token_urlsafe`) |
 * | `numeric`   |   10 | `0-9`                                                  |
 * | `lowercase` |   26 | `a-z`                                                  |
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ALPHABETS } from "@secrets/secrets/recipes";
 *
 * assert.equal(ALPHABETS.base32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
 * assert.equal(ALPHABETS.base58.length, 58);
 * assert(Object.isFrozen(ALPHABETS));
 * ```
 */
export const ALPHABETS: Readonly<{
  hex: string;
  base32: string;
  crockford: string;
  base58: string;
  base62: string;
  base64url: string;
  numeric: string;
  lowercase: string;
}> = /* @__PURE__ */ Object.freeze({
  hex: "0123456789abcdef",
  base32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  crockford: "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  base58: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
  base62: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  numeric: "0123456789",
  lowercase: "abcdefghijklmnopqrstuvwxyz",
});

/**
 * The name of an alphabet in {@linkcode ALPHABETS}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ALPHABETS, type AlphabetName } from "@secrets/secrets/recipes";
 * const name: AlphabetName = "crockford";
 * assert.equal(ALPHABETS[name].length, 32);
 * ```
 */
export type AlphabetName = keyof typeof ALPHABETS;

/**
 * Options of {@linkcode tokenText}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenText, type TokenTextOptions } from "@secrets/secrets/recipes";
 * const options: TokenTextOptions = { bits: 64, alphabet: "hex" };
 * assert.equal(tokenText(options).length, 16);
 * ```
 */
export interface TokenTextOptions {
  /**
   * The least strength wanted, in bits: a whole number from 1 to 65536
   * (default `DEFAULT_ENTROPY * 8`, 256). The token gets the fewest characters
   * whose combinations number at least `2 ** bits`.
   */
  bits?: number;
  /**
   * A name in {@linkcode ALPHABETS} (default `"base32"`), or the characters
   * themselves: at least 2 code points that print distinctly (none repeated;
   * no lone surrogate, control or invisible character, combining
   * mark or conjoining Hangul jamo, in the character or its NFKC form; none
   * that prints as several characters or as another one does).
   * A string that looks like a name but is none (`"Hex"`,
   * `"base64"`, `"base85"`, `"decimal"`) is refused, not taken as characters.
   */
  alphabet?: AlphabetName | (string & Record<never, never>);
}

/** The most bits a token may be asked for (8 KiB of entropy). */
export const MAX_TOKEN_BITS = 65536;

const NAMES = /* @__PURE__ */ Object.keys(ALPHABETS) as AlphabetName[];
// The code points of each named alphabet: constants, built once at import.
const NAMED: Readonly<Record<AlphabetName, readonly string[]>> = /* @__PURE__ */ atLoad(() =>
  Object.freeze(
    Object.fromEntries(NAMES.map((n) => [n, Object.freeze(Array.from(ALPHABETS[n]))])) as Record<
      AlphabetName,
      readonly string[]
    >,
  )
);

// The named alphabets, ready to draw from.
const NAMED_TABLES: Readonly<Record<AlphabetName, CharTable>> = /* @__PURE__ */ atLoad(() =>
  Object.freeze(
    Object.fromEntries(NAMES.map((n) => [n, charTable(NAMED[n])])) as Record<
      AlphabetName,
      CharTable
    >,
  )
);

/** What a token is made of: its characters, its length and its exact entropy. */
export interface TokenPlan {
  chars: readonly string[];
  /** The characters, ready to build a token from drawn indices. */
  table: CharTable;
  length: number;
  entropy: number;
}

/**
 * The smallest `n` with `size ** n >= 2 ** bits`, exactly. A float estimate
 * of `bits / log2(size)` can land one off at a power (128 / log2(32) is 25.6
 * exactly, but 128 / log2(8) may come out as 42.666...7 or 42.666...5), so
 * the estimate is corrected with integer arithmetic.
 */
export function tokenLength(bits: number, size: number): number {
  if ((size & (size - 1)) === 0) {
    const k = 31 - Math.clz32(size); // size = 2 ** k: pure integer arithmetic
    return Math.ceil(bits / k);
  }
  const target = 1n << BigInt(bits);
  const s = BigInt(size);
  let n = Math.max(1, Math.ceil(bits / Math.log2(size)));
  while (n > 1 && s ** BigInt(n - 1) >= target) n--;
  while (s ** BigInt(n) < target) n++;
  return n;
}

/** The most token lengths {@linkcode lengthOf} remembers. */
const LENGTHS_SIZE = 256;
const lengths = /* @__PURE__ */ new Map<number, number>();

/**
 * {@linkcode tokenLength}, remembered per (bits, size): a pure function of
 * two validated integers (bits from 1 to 65536), so that a token of a named
 * alphabet costs no bigint arithmetic after its first call.
 */
export function lengthOf(bits: number, size: number): number {
  const key = size * (MAX_TOKEN_BITS + 1) + bits; // exact: size < 2**36
  let n = lengths.get(key);
  if (n === undefined) {
    n = tokenLength(bits, size);
    if (lengths.size >= LENGTHS_SIZE) lengths.delete(lengths.keys().next().value!);
    lengths.set(key, n);
  }
  return n;
}

// Words people use for alphabets that are not names here: refused (with the
// name meant, if any), never taken as the characters of a 7-letter alphabet.
const ALIASES: Readonly<Record<string, AlphabetName | "">> = /* @__PURE__ */ Object.freeze({
  alnum: "base62",
  b36: "",
  base36: "",
  alpha: "lowercase",
  alphanumeric: "base62",
  ascii: "",
  b16: "hex",
  b32: "base32",
  b58: "base58",
  b62: "base62",
  b64: "base64url",
  binary: "",
  bitcoin: "base58",
  decimal: "numeric",
  digits: "numeric",
  hexadecimal: "hex",
  letters: "lowercase",
  num: "numeric",
  number: "numeric",
  numbers: "numeric",
  nums: "numeric",
  octal: "",
  uppercase: "",
  url: "base64url",
  urlsafe: "base64url",
});

/**
 * The name a string that is not a name was probably meant to be: `""` when
 * it looks like a name but none is close, `undefined` when it does not look
 * like a name at all (so it is the characters of a custom alphabet).
 */
function unknownName(value: string): string | undefined {
  const norm = value.toLowerCase().replace(/[-_\s]/g, "");
  const byPrefix = NAMES.filter((n) => norm.length >= 4 && n.startsWith(norm));
  if (byPrefix.length === 1) return byPrefix[0];
  if (Object.hasOwn(ALIASES, norm)) return ALIASES[norm];
  const near = closest(value, NAMES);
  if (near !== undefined) return near;
  if (/^(base|radix)\d/.test(norm)) return "";
  // A word of lowercase letters out of alphabetical order ("number", "url",
  // "printable") is a name the user meant, not a set of letters: letters
  // meant as an alphabet are written in order ("abcdef").
  return isWord(value) ? "" : undefined;
}

function isWord(value: string): boolean {
  if (!/^[a-z]{3,}$/.test(value)) return false;
  for (let i = 1; i < value.length; i++) if (value[i] < value[i - 1]) return true;
  return false;
}

/** The most alphabets given as characters that {@linkcode alphabetChars} remembers. */
export const ALPHABET_CACHE_SIZE = 64;
/** Longer alphabets are validated on every call, not remembered. */
export const ALPHABET_CACHE_MAX_LENGTH = 4096;
// Alphabets given as characters, each remembered only after it passed every
// check: the code points are a pure function of the string's value, so the
// same value gives the same characters; a new value is always validated.
const alphabets = /* @__PURE__ */ new Map<string, CharTable>();

/** The alphabets given as characters that are remembered now, oldest first (for tests). */
export function cachedAlphabets(): string[] {
  return [...alphabets.keys()];
}

/**
 * The code points of the alphabet option: a name, or the characters (the
 * characters' checks run once per distinct string; the result is remembered).
 */
export function alphabetChars(value: unknown, fn: string): readonly string[] {
  return alphabetTable(value, fn).chars;
}

/** {@linkcode alphabetChars}, as a table to draw from. */
export function alphabetTable(value: unknown, fn: string): CharTable {
  if (typeof value === "string") {
    if (Object.hasOwn(NAMED_TABLES, value)) return NAMED_TABLES[value as AlphabetName];
    const known = alphabets.get(value);
    if (known !== undefined) return known;
  }
  const chars = checkAlphabet(value, fn);
  if (value === undefined) return NAMED_TABLES.base32;
  const table = charTable(chars);
  if (typeof value === "string" && value.length <= ALPHABET_CACHE_MAX_LENGTH) {
    if (alphabets.size >= ALPHABET_CACHE_SIZE) alphabets.delete(alphabets.keys().next().value!);
    alphabets.set(value, table);
  }
  return table;
}

/** Validates the alphabet option: a name, or the characters. */
function checkAlphabet(value: unknown, fn: string): readonly string[] {
  if (value === undefined) return NAMED.base32;
  if (typeof value !== "string") {
    throw optionError(
      TypeError,
      fn,
      "alphabet",
      `must be a string (a name in ALPHABETS, or the characters), got ${describe(value)}`,
      value,
    );
  }
  if (Object.hasOwn(NAMED, value)) return NAMED[value as AlphabetName];
  const meant = unknownName(value);
  if (meant !== undefined) {
    throw optionError(
      RangeError,
      fn,
      "alphabet",
      `${quoteText(cutText(value, 40))} is not a known name${
        meant ? ` (did you mean "${meant}"?)` : ""
      }; the names are ${NAMES.join(", ")}${
        !meant && isWord(value) && !Object.hasOwn(ALIASES, value)
          ? `; to draw from these letters, write them in order (${
            quoteText([...new Set(value)].sort().join(""))
          })`
          : ""
      }`,
      value,
    );
  }
  // The same rule and messages as the password recipe's character sets.
  const chars = characterSet(value, fn, "alphabet");
  if (chars.length < 2) {
    throw optionError(
      RangeError,
      fn,
      "alphabet",
      `has ${chars.length} character${chars.length === 1 ? "" : "s"}; a token needs at least 2`,
      value,
    );
  }
  return Object.freeze(chars);
}

/** A token is sized by its strength: its length follows from `bits` and the alphabet. */
const HINTS = /* @__PURE__ */ Object.freeze({ length: "bits", size: "bits" } as const);
const KEYS = ["bits", "alphabet"] as const;

/** Reads and validates {@linkcode TokenTextOptions}. */
export function tokenPlan(options: unknown, fn: string): TokenPlan {
  // Read into an array made here (a getter that calls tokenText cannot touch it).
  const o: unknown[] = [undefined, undefined];
  readOptionList(options, KEYS, fn, o, HINTS);
  if (lastPlan !== undefined && o[0] === lastBits && o[1] === lastAlphabet) return lastPlan;
  const bits = o[0] === undefined
    ? DEFAULT_ENTROPY * 8
    : intOption(o[0], fn, "bits", 1, MAX_TOKEN_BITS);
  const table = alphabetTable(o[1], fn);
  const chars = table.chars;
  const length = lengthOf(bits, chars.length);
  const plan = { chars, table, length, entropy: length * Math.log2(chars.length) };
  // Remembered as the alphabets are: never a long one, which is checked on every call.
  if (typeof o[1] !== "string" || o[1].length <= ALPHABET_CACHE_MAX_LENGTH) {
    lastBits = o[0];
    lastAlphabet = o[1];
    lastPlan = plan;
  }
  return plan;
}

// The last plan made, and the two option values it was made from: `bits`
// (a whole number, or undefined) and `alphabet` (a string, or undefined),
// both valid, since the plan was made. The same values (===, primitives
// only) make the same plan, so a token drawn again with the same options
// skips the checks it already passed; any other value is checked.
let lastBits: unknown;
let lastAlphabet: unknown;
let lastPlan: TokenPlan | undefined;

/** `n` characters drawn from `chars` with `choice`, one call each, in order. */
export function drawChars(
  choice: <T>(seq: ArrayLike<T>) => T,
  chars: readonly string[],
  n: number,
): string {
  let out = "";
  for (let i = 0; i < n; i++) out += choice(chars);
  return out;
}

/** The `tokenText` recipe: the characters and length planned, then one `choice` each. */
export const TOKEN_TEXT: Recipe<TokenTextOptions, TokenPlan, string, DrawsOnly> = {
  label: "tokenText()",
  plan: tokenPlan,
  draw: (random, plan) => drawText(random, plan.table, plan.length),
  bits: (plan) => plan.entropy,
};
