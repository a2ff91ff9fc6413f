/**
 * Passphrases: words drawn uniformly, with replacement, from a word list,
 * joined by a separator, as the XKCD recipe of Python's `secrets`
 * documentation. The entropy is exact because a list is accepted only when
 * different draws always print different phrases.
 *
 * @module
 */

import { EFF_WORDS_TEXT } from "./_eff_wordlist.ts";
import { checkWellFormed } from "./_charset.ts";
import { readOptions } from "./_options.ts";
import { checkNumberInt, show } from "./_validate.ts";

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
  /** The word list (default: the EFF large list, 7,776 words); no word may repeat. */
  wordlist?: readonly string[];
  /** Between words (default `" "`). */
  separator?: string;
}

const KEYS = ["words", "wordlist", "separator"] as const;

/** The most words a passphrase may have. */
export const MAX_PASSPHRASE_WORDS = 1000;
/** The strength the default number of words reaches. */
export const DEFAULT_PASSPHRASE_BITS = 77;

/** What a passphrase is drawn from. */
export interface PassphrasePlan {
  /** The words drawn from. */
  readonly words: readonly string[];
  /** How many are drawn. */
  readonly count: number;
  /** What joins them. */
  readonly separator: string;
}

let effLarge: readonly string[] | undefined;

/** The EFF large word list (7,776 words, in dice order), split on first use. */
export function effLargeWordlist(): readonly string[] {
  return effLarge ??= Object.freeze(EFF_WORDS_TEXT.split(" "));
}

/**
 * A list checked once stays valid only if nobody can change it: the checks
 * of frozen lists are remembered (keyed by the list itself, with the
 * separators it was checked against), those of mutable lists are made on
 * every call.
 */
const checkedLists = new WeakMap<readonly string[], Set<string>>();

function checkList(list: unknown, separator: string, fn: string): readonly string[] {
  if (!Array.isArray(list)) {
    throw new TypeError(`${fn}: wordlist must be an array of strings, got ${show(list)}`);
  }
  const separators = checkedLists.get(list);
  if (separators?.has(separator)) return list;
  if (separators === undefined) checkWords(list, fn);
  checkSeparator(list, separator, fn);
  if (Object.isFrozen(list)) checkedLists.set(list, (separators ?? new Set()).add(separator));
  return list;
}

function checkWords(list: readonly unknown[], fn: string): void {
  if (list.length < 2) {
    throw new RangeError(`${fn}: the word list needs at least 2 words, got ${list.length}`);
  }
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    if (!Object.hasOwn(list, i)) throw new TypeError(`${fn}: wordlist has a hole at index ${i}`);
    const w = list[i];
    if (typeof w !== "string") {
      throw new TypeError(`${fn}: wordlist must hold strings, got ${show(w)} at index ${i}`);
    }
    if (w === "") throw new RangeError(`${fn}: wordlist has an empty word at index ${i}`);
    checkWellFormed(w, `${fn}: the word at index ${i}`);
    if (seen.has(w)) {
      throw new RangeError(
        `${fn}: the word list repeats ${JSON.stringify(w)} (index ${i}), which would bias the draw`,
      );
    }
    seen.add(w);
  }
}

/**
 * Refuses a separator that lets two different draws print the same phrase.
 * With a non-empty separator, a word holding none of its characters
 * guarantees it (every run of separator characters is one separator); with
 * none, no word may be a prefix of another.
 */
function checkSeparator(words: readonly string[], separator: string, fn: string): void {
  if (separator === "") {
    const sorted = [...words].sort();
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].startsWith(sorted[i - 1])) {
        throw new RangeError(
          `${fn}: with an empty separator no word may begin another, but ${
            JSON.stringify(sorted[i - 1])
          } begins ${JSON.stringify(sorted[i])}, so different draws could print the same phrase`,
        );
      }
    }
    return;
  }
  const chars = new Set(Array.from(separator));
  for (const w of words) {
    for (const ch of w) {
      if (chars.has(ch)) {
        throw new RangeError(
          `${fn}: the word ${JSON.stringify(w)} contains ${
            JSON.stringify(ch)
          }, a character of the separator, so different draws could print the same phrase`,
        );
      }
    }
  }
}

/** The fewest words from a list of `size` that reach DEFAULT_PASSPHRASE_BITS, counted exactly. */
function defaultCount(size: number): number {
  const target = 1n << BigInt(DEFAULT_PASSPHRASE_BITS);
  let n = 1;
  while (BigInt(size) ** BigInt(n) < target) n++;
  return n;
}

// The default list joined by a separator: its words that hold a character of
// the separator are left out (4 of the EFF list's words have a hyphen), so
// the phrase can always be read back. Cached per separator: a pure function
// of a validated string.
const effBySeparator = new Map<string, readonly string[]>();

function defaultWords(separator: string): readonly string[] {
  let words = effBySeparator.get(separator);
  if (words === undefined) {
    const chars = new Set(Array.from(separator));
    words = Object.freeze(
      effLargeWordlist().filter((w) => !Array.from(w).some((c) => chars.has(c))),
    );
    if (effBySeparator.size < 16) effBySeparator.set(separator, words);
  }
  return words;
}

/**
 * The plan for `options`, validated.
 *
 * @throws {TypeError} If an option has the wrong type or is unknown, or the list is not an array of strings.
 * @throws {RangeError} If the list is too short, repeats a word, or the separator is ambiguous.
 */
export function passphrasePlan(options: unknown, fn = "passphrase()"): PassphrasePlan {
  const o = readOptions(options, KEYS, fn);
  const separator = o.separator ?? " ";
  if (typeof separator !== "string") {
    throw new TypeError(`${fn}: separator must be a string, got ${show(separator)}`);
  }
  checkWellFormed(separator, `${fn}: separator`);
  let words: readonly string[];
  if (o.wordlist === undefined) {
    words = defaultWords(separator);
    if (words.length < 2) {
      throw new RangeError(`${fn}: the separator leaves fewer than 2 words of the default list`);
    }
  } else {
    words = checkList(o.wordlist, separator, fn);
  }
  let count: number;
  if (o.words === undefined) {
    count = defaultCount(words.length);
  } else {
    count = checkNumberInt(o.words, `${fn}: words`);
    if (count < 1 || count > MAX_PASSPHRASE_WORDS) {
      throw new RangeError(
        `${fn}: words must be from 1 to ${MAX_PASSPHRASE_WORDS}, got ${count}`,
      );
    }
  }
  return { words, count, separator };
}

/** Draws one passphrase for `plan`, each word by `choose`. */
export function drawPassphrase(
  choose: <T>(seq: ArrayLike<T>) => T,
  plan: PassphrasePlan,
): string {
  const out = new Array<string>(plan.count);
  for (let i = 0; i < plan.count; i++) out[i] = choose(plan.words);
  return out.join(plan.separator);
}
