/**
 * Passphrases: words drawn uniformly, with replacement, from a word list,
 * joined by a separator, as the XKCD recipe of Python's `secrets`
 * documentation, with optional capitalisation, digits and symbols, word
 * length limits, random separators and a target strength. The entropy is
 * exact because only options under which different draws always print
 * different phrases are accepted, and only distinct outputs are counted.
 *
 * @module
 */

import {
  describe,
  log2Big,
  optionError,
  quoteText,
  readOptions,
  type RecipeRandom,
} from "../core/mod.ts";
import { intOption } from "./_check.ts";
import { EFF_WORDS_TEXT } from "./wordlists/_eff_large_wordlist.ts";
import { characterSet, DIGITS, printsDistinctly, SYMBOLS } from "./_charset.ts";
import { markBuiltin } from "./wordlists/_builtin.ts";
import type { Recipe } from "./_recipe.ts";
import { formsFor, type Shape } from "./_word_forms.ts";

/**
 * How `capitalize` changes the words: `"none"` (as listed), `"first"` (each
 * word's first letter upper-cased), `"all"` (each word upper-cased) or
 * `"random"` (each word, independently, as listed or as `"first"` makes it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type Capitalization, passphrase } from "@secrets/secrets/recipes";
 *
 * const how: Capitalization = "first";
 * assert.match(passphrase({ words: 3, capitalize: how }), /^[A-Z][a-z-]*( [A-Z][a-z-]*){2}$/);
 * ```
 */
export type Capitalization = "none" | "first" | "all" | "random";

/**
 * Options of `passphrase()` and `entropyBits("passphrase")`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { passphrase, type PassphraseOptions } from "@secrets/secrets/recipes";
 * const options: PassphraseOptions = { words: 5, separator: "." };
 * assert(passphrase(options).split(".").length === 5);
 * ```
 */
export interface PassphraseOptions {
  /** Number of words (default: the fewest that give at least 77 bits: 6 with the EFF list). */
  words?: number;
  /**
   * Instead of `words`: the fewest words whose phrases reach at least this
   * many bits, counting every option (an integer from 1 to 4096).
   */
  bits?: number;
  /**
   * The word list: `"eff-large"` (the default, the EFF large list, 7,776
   * words), the list returned by `effShortWordlist()` (the EFF short list,
   * 1,296 words; not built in, so that bundles that do not use it stay small),
   * or any array of distinct words that print distinctly (no control,
   * or invisible character or conjoining Hangul jamo, no word that
   * begins with a combining mark, no two alike under NFKC).
   */
  wordlist?: readonly string[] | "eff-large";
  /** Between words (default `" "`). */
  separator?: string;
  /**
   * Instead of `separator`: a set of separator characters, one drawn
   * uniformly for each gap (e.g. `"-_.+"`).
   */
  separators?: string;
  /**
   * `"none"` (the default): words as listed; `"first"`: each word's first
   * letter upper-cased; `"all"`: each word upper-cased; `"random"`: each word,
   * independently, as listed or as `"first"` makes it, which adds up to 1 bit
   * a word (exactly the distinct forms are counted).
   */
  capitalize?: Capitalization;
  /**
   * How many digits to add, each `0-9`, appended to words at uniformly drawn
   * places (default 0). Formerly `digits`.
   */
  addDigits?: number;
  /**
   * Symbols to add, each one of the 32 ASCII punctuation characters that is
   * not a separator character, appended to words at uniformly drawn places
   * (default 0). Formerly `symbols`, renamed so that `symbols` means one
   * thing in every recipe: password's yes-or-no choice of alphabet.
   */
  addSymbols?: number;
  /** Leave out words shorter than this (in characters). */
  minWordLength?: number;
  /** Leave out words longer than this (in characters). */
  maxWordLength?: number;
}

const KEYS = [
  "words",
  "bits",
  "wordlist",
  "separator",
  "separators",
  "capitalize",
  "addDigits",
  "addSymbols",
  "minWordLength",
  "maxWordLength",
] as const;

const CAPITALIZE: readonly Capitalization[] = ["none", "first", "all", "random"];

/** The most words a passphrase may have. */
export const MAX_PASSPHRASE_WORDS = 1000;
/** The strength the default number of words reaches. */
export const DEFAULT_PASSPHRASE_BITS = 77;
/** The most digits, and the most symbols, a passphrase may have added. */
export const MAX_PASSPHRASE_EXTRAS = 100;
/** The largest `bits`. */
export const MAX_PASSPHRASE_BITS = 4096;
/** The largest `minWordLength` and `maxWordLength`, in characters. */
export const MAX_WORD_LENGTH = 1000;

/** What a passphrase is drawn from: pure values, checked. */
export interface PassphrasePlan {
  /** The distinct word forms drawn from (the list, filtered and capitalised). */
  readonly words: readonly string[];
  /** How many are drawn. */
  readonly count: number;
  /** What joins them (the only separator, when `separators` is not used). */
  readonly separator: string;
  /** With `separators`: the separator characters, one drawn a gap. */
  readonly separators: readonly string[] | undefined;
  /** Digits appended to words. */
  readonly digits: number;
  /** Symbols appended to words. */
  readonly symbols: number;
  /** The characters a symbol is drawn from. */
  readonly symbolChars: readonly string[];
}

let effLarge: readonly string[] | undefined;

/** The EFF large word list (7,776 words, in dice order), split on first use. */
export function effLargeWordlist(): readonly string[] {
  return effLarge ??= markBuiltin(EFF_WORDS_TEXT.split(" "));
}

const DEFAULT_SHAPE: Shape = {
  separator: " ",
  separators: undefined,
  capitalize: "none",
  digits: 0,
  symbols: 0,
  symbolChars: [],
  minLength: 1,
  maxLength: Infinity,
  key: " ",
};

function checkShape(o: { [K in typeof KEYS[number]]?: unknown }, fn: string): Shape {
  if (
    o.separator === undefined && o.separators === undefined && o.capitalize === undefined &&
    o.addDigits === undefined && o.addSymbols === undefined && o.minWordLength === undefined &&
    o.maxWordLength === undefined
  ) {
    return DEFAULT_SHAPE;
  }
  if (o.separator !== undefined && o.separators !== undefined) {
    throw optionError(
      TypeError,
      fn,
      "separator",
      "cannot be combined with separators: separators draws one of its characters for each gap",
      undefined,
      { other: "separators" },
    );
  }
  let separator = " ";
  let separators: string[] | undefined;
  if (o.separators !== undefined) {
    if (typeof o.separators !== "string") {
      throw optionError(
        TypeError,
        fn,
        "separators",
        `must be a string, got ${describe(o.separators)}`,
        o.separators,
      );
    }
    const set = characterSet(o.separators, fn, "separators");
    if (set.length === 0) {
      throw optionError(RangeError, fn, "separators", "must hold at least one character", "");
    }
    if (set.length === 1) separator = set[0];
    else separators = set;
  } else if (o.separator !== undefined) {
    if (typeof o.separator !== "string") {
      throw optionError(
        TypeError,
        fn,
        "separator",
        `must be a string, got ${describe(o.separator)}`,
        o.separator,
      );
    }
    printsDistinctly(o.separator, "separator", { fn, option: "separator" });
    separator = o.separator;
  }
  const capitalize = o.capitalize ?? "none";
  if (!CAPITALIZE.includes(capitalize as Capitalization)) {
    throw optionError(
      TypeError,
      fn,
      "capitalize",
      `must be "none", "first", "all" or "random", got ${describe(capitalize)}`,
      capitalize,
    );
  }
  const digits = o.addDigits === undefined
    ? 0
    : intOption(o.addDigits, fn, "addDigits", 0, MAX_PASSPHRASE_EXTRAS);
  const symbols = o.addSymbols === undefined
    ? 0
    : intOption(o.addSymbols, fn, "addSymbols", 0, MAX_PASSPHRASE_EXTRAS);
  const minLength = o.minWordLength === undefined
    ? 1
    : intOption(o.minWordLength, fn, "minWordLength", 1, MAX_WORD_LENGTH);
  const maxLength = o.maxWordLength === undefined
    ? Infinity
    : intOption(o.maxWordLength, fn, "maxWordLength", 1, MAX_WORD_LENGTH);
  if (minLength > maxLength) {
    throw optionError(
      RangeError,
      fn,
      "minWordLength",
      `${minLength} is more than the maximum, ${maxLength}`,
      minLength,
      { other: "maxWordLength" },
    );
  }
  const sepChars = separators ?? Array.from(separator);
  if (digits > 0) {
    const d = sepChars.find((c) => DIGITS.includes(c));
    if (d !== undefined) {
      throw optionError(
        RangeError,
        fn,
        "addDigits",
        `cannot be told apart from the separator character ${quoteText(d)}`,
        digits,
        { other: separators === undefined ? "separator" : "separators" },
      );
    }
  }
  // Symbols never use a separator character, so the phrase still reads back.
  const symbolChars = symbols > 0 ? Array.from(SYMBOLS).filter((c) => !sepChars.includes(c)) : [];
  if (symbols > 0 && symbolChars.length === 0) {
    const other = separators === undefined ? "separator" : "separators";
    throw optionError(
      RangeError,
      fn,
      "addSymbols",
      `is ${symbols} but ${other} uses every ASCII punctuation character, so no symbol is left to add`,
      symbols,
      { other },
    );
  }
  const key = JSON.stringify([
    separator,
    separators,
    capitalize,
    digits > 0,
    symbolChars.join(""),
    minLength,
    maxLength === Infinity ? 0 : maxLength,
  ]);
  return {
    separator,
    separators,
    capitalize: capitalize as Capitalization,
    digits,
    symbols,
    symbolChars,
    minLength,
    maxLength,
    key,
  };
}

function binomial(n: number, k: number): bigint {
  let c = 1n;
  for (let i = 0; i < k; i++) c = c * BigInt(n - i) / BigInt(i + 1);
  return c;
}

/**
 * The number of distinct phrases of `count` words: the word forms, the
 * separators of the gaps, the places of the added characters (every
 * arrangement of the words and the added characters that begins with a word,
 * each added character appended to the word before it), and their values.
 */
export function phraseCount(
  plan: Omit<PassphrasePlan, "separator">,
  count = plan.count,
): bigint {
  const { words, separators, digits, symbols, symbolChars } = plan;
  let n = BigInt(words.length) ** BigInt(count);
  if (separators !== undefined) n *= BigInt(separators.length) ** BigInt(count - 1);
  n *= binomial(count - 1 + digits + symbols, digits) * binomial(count - 1 + symbols, symbols);
  return n * 10n ** BigInt(digits) * BigInt(symbolChars.length) ** BigInt(symbols);
}

/**
 * Options renamed, suggested when the old name is given: `count` (0.1.0's
 * name for `words`), and the counts `digits` and `symbols`, renamed so that
 * `symbols` means one thing in every recipe (password's choice of alphabet).
 */
const RENAMED = /* @__PURE__ */ Object.freeze(
  { count: "words", digits: "addDigits", symbols: "addSymbols" } as const,
);

/**
 * The plan for `options`, validated.
 *
 * @throws {TypeError} If an option has the wrong type or is unknown, or the list is not an array of strings.
 * @throws {RangeError} If the list is too short, repeats a word, or the options could make two draws print one phrase.
 */
export function passphrasePlan(options: unknown, fn: string): PassphrasePlan {
  const o = readOptions(options, KEYS, fn, RENAMED);
  const shape = checkShape(o, fn);
  let list: readonly string[];
  if (o.wordlist === undefined || o.wordlist === "eff-large") {
    list = effLargeWordlist();
  } else if (Array.isArray(o.wordlist)) {
    list = o.wordlist;
  } else if (o.wordlist === "eff-short") {
    throw optionError(
      TypeError,
      fn,
      "wordlist",
      `"eff-short" is not built in, so that bundles that do not use it stay small: ` +
        `pass wordlist: effShortWordlist() (from @secrets/secrets/recipes)`,
      "eff-short",
    );
  } else {
    throw optionError(
      TypeError,
      fn,
      "wordlist",
      `must be "eff-large" or an array of strings, got ${describe(o.wordlist)}`,
      o.wordlist,
    );
  }
  const forms = formsFor(list, shape, fn);
  if (o.words !== undefined && o.bits !== undefined) {
    throw optionError(
      TypeError,
      fn,
      "words",
      "cannot be combined with bits: words fixes the number of words, bits chooses it",
      undefined,
      { other: "bits" },
    );
  }
  const base = {
    words: forms.words,
    separator: shape.separator,
    separators: shape.separators,
    digits: shape.digits,
    symbols: shape.symbols,
    symbolChars: shape.symbolChars,
  };
  let count: number;
  if (o.words !== undefined) {
    count = intOption(o.words, fn, "words", 1, MAX_PASSPHRASE_WORDS);
  } else {
    const bits = o.bits === undefined
      ? DEFAULT_PASSPHRASE_BITS
      : intOption(o.bits, fn, "bits", 1, MAX_PASSPHRASE_BITS);
    // Counted with every option, per list and shape: the digits and symbols counts are part
    // of the key only as "some", so the target is looked up with them.
    const key = bits * (MAX_PASSPHRASE_EXTRAS + 1) ** 2 +
      shape.digits * (MAX_PASSPHRASE_EXTRAS + 1) + shape.symbols;
    let n = forms.countFor.get(key);
    if (n === undefined) {
      const target = 1n << BigInt(bits);
      n = 1;
      while (phraseCount({ ...base, count: n }) < target) {
        if (++n > MAX_PASSPHRASE_WORDS) {
          throw optionError(
            RangeError,
            fn,
            "bits",
            `${bits} would need more than ${MAX_PASSPHRASE_WORDS} words`,
            bits,
          );
        }
      }
      if (forms.countFor.size >= 64) forms.countFor.delete(forms.countFor.keys().next().value!);
      forms.countFor.set(key, n);
    }
    count = n;
  }
  // Written out, not spread: Node.js 20 spreads this object 150 times slower than Deno.
  return {
    words: base.words,
    separator: base.separator,
    separators: base.separators,
    digits: base.digits,
    symbols: base.symbols,
    symbolChars: base.symbolChars,
    count,
  };
}

/**
 * Draws one passphrase for `plan`: the words by `choice` (as the Python
 * recipe, byte for byte, when nothing is added), then each gap's separator,
 * then the places of the added characters (a uniform shuffle of the words
 * after the first and the added characters), then the added characters in
 * phrase order.
 */
export function drawPassphrase(rand: RecipeRandom, plan: PassphrasePlan): string {
  const { words, count: n, separators, digits, symbols } = plan;
  const out = rand.draws(words, n);
  if (separators === undefined && digits + symbols === 0) return out.join(plan.separator);
  const gaps = separators === undefined
    ? new Array<string>(n - 1).fill(plan.separator)
    : rand.draws(separators, n - 1);
  // 0: the next word (after its gap), 1: a digit, 2: a symbol.
  const items = new Array<number>(n - 1 + digits + symbols);
  items.fill(0, 0, n - 1).fill(1, n - 1, n - 1 + digits).fill(2, n - 1 + digits);
  for (let i = items.length - 1; i > 0; i--) {
    const j = rand.randbelow(i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  let phrase = out[0];
  let w = 1;
  for (const item of items) {
    if (item === 0) {
      phrase += gaps[w - 1] + out[w];
      w++;
    } else {
      phrase += item === 1 ? rand.choice(DIGITS) : rand.choice(plan.symbolChars);
    }
  }
  return phrase;
}

/**
 * The `passphrase` recipe: the plan (word forms, separators, added
 * characters, number of words), drawn by {@linkcode drawPassphrase}; its
 * entropy is `log2` of the number of distinct phrases.
 */
export const PASSPHRASE: Recipe<PassphraseOptions, PassphrasePlan> = {
  label: "passphrase()",
  plan: passphrasePlan,
  draw: drawPassphrase,
  bits: (plan) => log2Big(phraseCount(plan)),
};
