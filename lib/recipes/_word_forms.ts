/**
 * A passphrase's word forms: the words of a list checked (each read once,
 * printing distinctly), filtered by length, capitalised, and kept only when
 * a phrase still reads back one way; remembered per frozen list and shape.
 *
 * @module
 */

import { cutText, describe, optionError, quoteText } from "../core/mod.ts";

/** A word as a message quotes it: what does not print escaped, cut after 40 characters. */
function shown(word: string): string {
  return quoteText(cutText(word, 40));
}
import { DIGITS, printedForm, printsDistinctly } from "./_charset.ts";
import { isBuiltin } from "./wordlists/_builtin.ts";
import type { Capitalization } from "./passphrase.ts";

/** The options that shape the words, validated: primitives only. */
export interface Shape {
  readonly separator: string;
  readonly separators: readonly string[] | undefined;
  readonly capitalize: Capitalization;
  readonly digits: number;
  readonly symbols: number;
  readonly symbolChars: readonly string[];
  readonly minLength: number;
  readonly maxLength: number;
  /** All of the above, as one string: the key of the word forms' cache. */
  readonly key: string;
}

/** Word forms for one list and shape, and the word counts found for targets. */
export interface Forms {
  readonly words: readonly string[];
  readonly countFor: Map<number, number>;
}

/** The first code point upper-cased (which may lengthen it: `ß` becomes `SS`). */
function capitalizeFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toUpperCase() + word.slice(first.length);
}

/** The forms a word can take under `capitalize`, distinct. */
function formsOf(word: string, capitalize: Capitalization): string[] {
  switch (capitalize) {
    case "none":
      return [word];
    case "first":
      return [capitalizeFirst(word)];
    case "all":
      return [word.toUpperCase()];
    case "random": {
      const c = capitalizeFirst(word);
      return c === word ? [word] : [word, c];
    }
  }
}

/**
 * Checks that a list is a dense array of non-empty, well-formed strings that
 * print distinctly, and returns a copy: each word is read once, so a getter
 * cannot answer one thing to the check and another to the draw.
 */
function checkWords(list: readonly unknown[], fn: string): string[] {
  const n = list.length;
  if (n < 2) {
    throw optionError(RangeError, fn, "wordlist", `needs at least 2 words, got ${n}`);
  }
  const words = new Array<string>(n);
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!Object.hasOwn(list, i)) {
      throw optionError(TypeError, fn, "wordlist", `has a hole at index ${i}`, undefined, {
        index: i,
      });
    }
    const w = list[i];
    if (typeof w !== "string") {
      throw optionError(
        TypeError,
        fn,
        "wordlist",
        `must hold strings, got ${describe(w)} at index ${i}`,
        undefined,
        { index: i },
      );
    }
    if (w === "") {
      throw optionError(RangeError, fn, "wordlist", `has an empty word at index ${i}`, undefined, {
        index: i,
      });
    }
    const form = printsDistinctly(w, "word", {
      fn,
      option: "wordlist",
      label: `word ${shown(w)}`,
      index: i,
    });
    const j = seen.get(form);
    if (j !== undefined) {
      throw optionError(
        RangeError,
        fn,
        "wordlist",
        words[j] === w
          ? `repeats ${shown(w)} (index ${i}), which would bias the draw`
          : `has the words ${shown(words[j])} (index ${j}) and ${
            shown(w)
          } (index ${i}), which print the same, which would bias the draw`,
        undefined,
        { index: i },
      );
    }
    seen.set(form, i);
    words[i] = w;
  }
  return words;
}

/**
 * The distinct word forms of `list` under `shape`. A word's forms must hold
 * no separator character and no character that digits or symbols add (then
 * a phrase splits back into its words, separators and added characters in
 * one way only); with an empty separator no form may begin another. A
 * built-in list leaves out the words that break this (the four hyphenated
 * EFF words with `"-"`), a caller's list is refused.
 */
export function makeForms(given: readonly string[], shape: Shape, fn: string): Forms {
  const builtin = isBuiltin(given);
  const list = builtin ? given : checkWords(given, fn);
  // What the phrase adds between and after words, in its printed (NFKC)
  // forms too: a word may hold none of it, printed or as written.
  const joined = [
    ...(shape.separators ?? Array.from(shape.separator)),
    ...(shape.digits > 0 ? DIGITS : ""),
    ...shape.symbolChars,
  ];
  const banned = new Set([...joined, ...joined.flatMap((c) => Array.from(printedForm(c)))]);
  const forms: string[] = [];
  const added: string[] = [];
  const seen = new Set<string>();
  for (let position = 0; position < list.length; position++) {
    const word = list[position];
    const length = Array.from(word).length;
    if (length < shape.minLength || length > shape.maxLength) continue;
    const fs = formsOf(word, shape.capitalize);
    const bad = fs.flatMap((f) => [...Array.from(f), ...Array.from(printedForm(f))])
      .find((c) => banned.has(c));
    if (bad !== undefined) {
      if (builtin) continue;
      const separatorChars = (shape.separators ?? Array.from(shape.separator))
        .flatMap((c) => [c, ...Array.from(printedForm(c))]);
      // The option whose characters the word holds, and why that matters.
      const [reason, why] = separatorChars.includes(bad)
        ? [shape.separators ? "separators" : "separator", "a character of the separator"]
        : DIGITS.includes(bad)
        ? ["addDigits", "a digit, like the digits added"]
        : ["addSymbols", "a symbol, like the symbols added"];
      throw optionError(
        RangeError,
        fn,
        "wordlist",
        `has the word ${shown(fs.find((f) => f.includes(bad)) ?? word)}, which contains ${
          shown(bad)
        }, ${why}, so different draws could print the same phrase`,
        undefined,
        { index: position, other: reason },
      );
    }
    // "random" lists every word as listed first, then the new capitalised forms.
    for (let i = 0; i < fs.length; i++) {
      const printed = printedForm(fs[i]);
      if (seen.has(printed)) continue;
      seen.add(printed);
      (i === 0 ? forms : added).push(fs[i]);
    }
  }
  const words = forms.concat(added);
  if (words.length < 2) {
    throw optionError(
      RangeError,
      fn,
      "wordlist",
      `has ${words.length} distinct word${
        words.length === 1 ? "" : "s"
      } left by the options; a passphrase needs at least 2`,
    );
  }
  if (shape.separator === "" && shape.separators === undefined) {
    // Compared as printed: "ﬀ" + "ix" and "f" + "ﬁx" both print "ffix".
    const sorted = words.map(printedForm).sort();
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].startsWith(sorted[i - 1])) {
        throw optionError(
          RangeError,
          fn,
          "separator",
          `is empty, so no word may begin another, but ${shown(sorted[i - 1])} begins ${
            shown(sorted[i])
          }, so different draws could print the same phrase`,
          "",
        );
      }
    }
  }
  return { words: Object.freeze(words), countFor: new Map() };
}

/**
 * Word forms are pure functions of the list and the validated shape; a
 * frozen list cannot change, so its forms are remembered on it (a few
 * shapes a list). A mutable list is checked on every call.
 */
const formsCache = new WeakMap<readonly string[], Map<string, Forms>>();

export function formsFor(list: readonly string[], shape: Shape, fn: string): Forms {
  if (!Object.isFrozen(list)) return makeForms(list, shape, fn);
  let byShape = formsCache.get(list);
  const cached = byShape?.get(shape.key);
  if (cached !== undefined) return cached;
  const forms = makeForms(list, shape, fn);
  if (byShape === undefined) formsCache.set(list, byShape = new Map());
  if (byShape.size >= 16) byShape.delete(byShape.keys().next().value!);
  byShape.set(shape.key, forms);
  return forms;
}
