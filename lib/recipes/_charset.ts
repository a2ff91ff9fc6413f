/**
 * Character sets shared by the recipes, and the one rule of what a recipe
 * may print: {@linkcode printsDistinctly}, applied to every character of an
 * alphabet, every word form and every separator, where each meets any
 * other. Under it, two draws that differ print differently, so the number
 * of draws counted is the number of outputs a reader can tell apart.
 *
 * @module
 */

import { CONTROL, INVISIBLE, optionError, quoteText } from "../core/mod.ts";

/** Python's `string.ascii_lowercase`. */
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
/** Python's `string.ascii_uppercase`. */
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Python's `string.digits`. */
export const DIGITS = "0123456789";
/** Python's `string.punctuation`: the 32 ASCII punctuation characters. */
export const SYMBOLS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/** The 95 ASCII printable characters, space to `~`: the rules' `ascii-printable`. */
export const ASCII_PRINTABLE =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
/**
 * The rules' `special`: every ASCII printable character that is not a letter
 * or a digit, space included (33 characters), as Apple's parser defines it.
 */
export const RULES_SPECIAL = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/**
 * Characters easily mistaken for one another in print or by ear: pwgen's
 * `-B` set (`B8G6I1l0OQDS5Z2`) plus the vertical bar, which looks like `l`
 * and `I`.
 */
export const AMBIGUOUS = "B8G6I1l0OQDS5Z2|";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// What does not print (CONTROL: C0, DEL, C1, the line and paragraph separators; INVISIBLE:
// format characters and default ignorables) is the core's one definition, the one error
// messages escape (`escapeUnprinted`).
/**
 * A combining mark, printed on the character before it; or U+16D67 KIRAT
 * RAI VOWEL SIGN E, a letter by category that NFKC composes with the letter
 * before it as marks are (Unicode 16).
 */
export const COMBINING_MARK = /[\p{M}\u{16D67}]/u;
/**
 * Conjoining Hangul jamo, leading, vowel and trailing (U+1100-11FF,
 * U+A960-A97F, U+D7B0-D7FF): each joins the jamo or syllable beside it into
 * one syllable block ("ᄀ" + "ᅡ" prints as, and normalizes to, "가"), though
 * Unicode does not class them as marks. The compatibility jamo (U+3131...)
 * and the halfwidth ones become these under NFKC.
 */
export const CONJOINING_JAMO = /[\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]/;
/** Printable ASCII: its own NFKC form, and nothing in it needs a check. */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The form two strings share when they print alike: Unicode NFKC, which
 * makes one of a precomposed "é" and "e" + U+0301, of "Ａ" and "A", of "ﬁ"
 * and "fi". (Look-alike letters of different scripts, such as Latin "a" and
 * Cyrillic "а", are not unified: choosing them is the caller's business.)
 */
export function printedForm(text: string): string {
  return text.normalize("NFKC");
}

/**
 * What a piece of an output is, which decides what it may hold:
 *
 * - `"character"`: one character of an alphabet (or of a set of separator
 *   characters), drawn next to any other;
 * - `"word"`: a word form of a passphrase;
 * - `"separator"`: the fixed text between words.
 */
export type Piece = "character" | "word" | "separator";

/** Where a piece comes from, for the error's message and fields. */
export interface Site {
  /** The function, as messages name it: `"tokenText()"`. */
  readonly fn: string;
  /** The option the piece comes from: `"alphabet"`. */
  readonly option: string;
  /** Which part of the option the piece is, in the message: `word "gamma"`. */
  readonly label?: string;
  /** With a word list: the index of the word. */
  readonly index?: number;
  /** The option's value, for the error's `value` (default: the piece checked). */
  readonly value?: unknown;
}

function refuse(site: Site, detail: string, value: string): RangeError {
  const extra = site.index === undefined ? undefined : { index: site.index };
  // The option leads the message (optionError's form); a label says which part of it.
  const where = site.label === undefined ? "" : `${site.label} `;
  const given = "value" in site ? site.value : value;
  return optionError(RangeError, site.fn, site.option, where + detail, given, extra);
}

/**
 * What a message says of code point `c` when `found` is at fault: `found`
 * itself, or `c` and what it prints as.
 */
function subject(c: string, found: string, what: string): string {
  return c === found
    ? `${what} (${codePoint(found)})`
    : `${quoteText(c)} (${codePoint(c)}), which prints as ${what} (${codePoint(found)})`;
}

/** What does not print, and what a message calls it: the first rules of {@linkcode RULES}. */
const UNPRINTED: readonly [RegExp, string, string][] = [
  [CONTROL, "a control character", ", which does not print as a character"],
  [INVISIBLE, "an invisible character", ""],
];

/** The rules every code point of a piece, and of its printed form, must meet. */
const RULES: readonly [RegExp, string, string][] = [
  ...UNPRINTED,
  [
    CONJOINING_JAMO,
    "a conjoining Hangul jamo",
    ", which joins the jamo or syllable beside it into one block",
  ],
];

const SAME = ", so different draws could print the same";

/**
 * The first code point of `text` that does not print, by the rule
 * {@linkcode printsDistinctly} applies, as a message names it: `a control
 * character (U+000A)`, `an invisible character (U+202E)`; `undefined` if
 * every code point prints. For text that is shown but not drawn from (the
 * names of an `otpauth://` URI). No code point's NFKC form holds one of these
 * unless the code point is one (the tests check all of Unicode), so the
 * code points alone decide.
 */
export function unprinted(text: string): string | undefined {
  for (const c of text) {
    for (const [rule, what] of UNPRINTED) if (rule.test(c)) return `${what} (${codePoint(c)})`;
  }
  return undefined;
}

/**
 * The one rule of what prints distinctly, for one piece of an output:
 * throws a `RangeError` (naming the option, with `optionError`'s fields)
 * unless the piece, written next to any other piece that passes, prints as
 * its own characters and nothing else. Returns its printed form (NFKC),
 * under which the recipes compare pieces.
 *
 * - Every code point of the piece, and of its NFKC form, prints as a
 *   character: no lone surrogate, control character (C0, DEL, C1, line and
 *   paragraph separators), invisible character (format characters, default
 *   ignorables) or conjoining Hangul jamo.
 * - Nothing prints on what comes before it: a word, and its NFKC form, does
 *   not begin with a combining mark (the halfwidth voiced marks U+FF9E and
 *   U+FF9F become marks under NFKC); a character or a separator holds no
 *   combining mark at all.
 * - A character is one code point that prints as one; a word neither
 *   begins nor ends with white space.
 *
 * Why this is enough at every boundary: under NFKC, a character changes
 * what comes before it only if it, or the start of its NFKC form, is a
 * combining mark or a conjoining jamo (every character that composes with
 * the one before it, or that canonical ordering moves, is one of those:
 * the tests check all of Unicode). So the printed form of pieces written one
 * after another is their printed forms one after another, and a recipe need
 * only compare those: two characters of a set, or two word forms, must not
 * print alike, and what joins words must not occur in them.
 */
export function printsDistinctly(text: string, kind: Piece, site: Site): string {
  if (kind === "character") return printsAsCharacter(text, site);
  if (PRINTABLE_ASCII.test(text)) {
    if (kind === "word") checkEdges(text, site);
    return text;
  }
  const printed = printsAsCodePoints(text, site);
  if (kind === "word") {
    checkEdges(text, site);
    // A mark's NFKC form begins with a mark: the printed form's first code point decides.
    const first = String.fromCodePoint(text.codePointAt(0)!);
    const mark = String.fromCodePoint(printedForm(first).codePointAt(0)!);
    if (COMBINING_MARK.test(mark)) {
      throw refuse(
        site,
        `begins with ${
          subject(first, mark, "a combining mark")
        }, which prints on what comes before it${SAME} phrase`,
        text,
      );
    }
    return printed;
  }
  for (const c of text) {
    for (const found of [c, ...printedForm(c)]) {
      if (!COMBINING_MARK.test(found)) continue;
      throw refuse(site, "has a combining mark, which prints on the word before it", text);
    }
  }
  return printed;
}

/**
 * {@linkcode printsDistinctly} for a `"character"`, on its own so that a
 * bundle that checks only characters (`tokenText`, `password`) leaves the
 * rules of words and separators out.
 */
function printsAsCharacter(text: string, site: Site): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  const printed = printsAsCodePoints(text, site);
  for (const c of text) {
    for (const found of [c, ...printedForm(c)]) {
      if (!COMBINING_MARK.test(found)) continue;
      throw refuse(
        site,
        `has ${
          subject(c, found, "a combining mark")
        }, which prints on the character before it${SAME}`,
        text,
      );
    }
  }
  if (Array.from(printed).length > 1) {
    throw refuse(
      site,
      `has ${quoteText(text)} (${codePoint(text)}), which prints as ${
        quoteText(printed)
      }, more than one character${SAME}`,
      text,
    );
  }
  return printed;
}

/**
 * The first rule of {@linkcode printsDistinctly}, for text that is not
 * printable ASCII: every code point, and every code point of its NFKC form,
 * prints as a character. Returns the printed form.
 */
function printsAsCodePoints(text: string, site: Site): string {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    throw refuse(
      site,
      `has a lone surrogate (${codePoint(lone[0])}), which prints as U+FFFD and carries no entropy`,
      text,
    );
  }
  for (const c of text) {
    for (const found of [c, ...printedForm(c)]) {
      for (const [rule, what, why] of RULES) {
        if (rule.test(found)) {
          throw refuse(site, `has ${subject(c, found, what)}${why}${SAME}`, text);
        }
      }
    }
  }
  return printedForm(text);
}

/** White space at either end of a text. */
const EDGE_SPACE = /^\p{White_Space}|\p{White_Space}$/u;

/**
 * A word must not begin or end with white space: at the start or the end of
 * a phrase it does not show (`"gamma "` and `"gamma"`, drawn last, print
 * alike), and next to a separator it reads as part of it.
 */
function checkEdges(text: string, site: Site): void {
  const printed = PRINTABLE_ASCII.test(text) ? text : printedForm(text);
  const edge = EDGE_SPACE.exec(text) ?? EDGE_SPACE.exec(printed);
  if (edge) {
    throw refuse(
      site,
      `${edge.index === 0 ? "begins" : "ends"} with white space (${
        codePoint(edge[0])
      }), which does not show at the ${
        edge.index === 0 ? "start" : "end"
      } of a phrase${SAME} phrase`,
      text,
    );
  }
}

/**
 * The code points of `text`, checked to be a set of characters that print
 * distinctly: each a `"character"` by {@linkcode printsDistinctly}, and no
 * two that print alike (the same character twice would make it more likely;
 * two forms of one character would print the same). `option` names the
 * option in messages (`"alphabet"`: `tokenText(): alphabet has ...`).
 */
export function characterSet(text: string, fn: string, option: string): string[] {
  const chars = Array.from(text);
  const site = { fn, option, value: text };
  for (const c of chars) printsAsCharacter(c, site);
  checkDistinct(chars, site);
  return chars;
}

/**
 * Checks that no two characters of `chars` (each already a `"character"` by
 * {@linkcode printsDistinctly}) print alike: the last check of an alphabet
 * that options have added to (`site.label` then says how: `"with symbols
 * symbols"`).
 */
export function checkDistinct(chars: readonly string[], site: Site & { other?: string }): void {
  const seen = new Map<string, string>();
  for (const c of chars) {
    const form = printedForm(c);
    const other = seen.get(form);
    if (other !== undefined) {
      const where = site.label === undefined ? "" : `${site.label} `;
      const extra = site.other === undefined ? undefined : { other: site.other };
      throw optionError(
        RangeError,
        site.fn,
        site.option,
        other === c
          ? `${where}repeats the character ${quoteText(c)}, which would bias the draw`
          : `${where}has ${quoteText(other)} and ${
            quoteText(c)
          }, two forms of one character that print the same`,
        "value" in site ? site.value : c,
        extra,
      );
    }
    seen.set(form, c);
  }
}
