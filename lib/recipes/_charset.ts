/**
 * Character sets shared by the recipes, and the one rule for turning a
 * string of characters into a set: code points, none repeated, no lone
 * surrogates.
 *
 * @module
 */

import { optionError } from "../core/mod.ts";

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
/** Characters that print as nothing (zero-width spaces and joiners, soft hyphens, variation selectors...). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** A combining mark: printed on the character before it. */
export const COMBINING_MARK = /\p{M}/u;
/**
 * Hangul vowel and final jamo (jungseong, jongseong): like a combining mark,
 * each joins the character before it into one syllable ("ᄀ" + "ᅡ" prints
 * as, and normalizes to, "가"), though Unicode does not class them as marks.
 */
const JOINING_JAMO = /[\u1160-\u11FF\uD7B0-\uD7FF]/;

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
 * Throws a `RangeError` if `text` holds a lone surrogate (it has no
 * character of its own: every encoder prints it as U+FFFD) or an invisible
 * character: either way, two strings that differ only there print the same.
 */
export function checkWellFormed(
  text: string,
  fn: string,
  option: string,
  index?: number,
): void {
  const m = LONE_SURROGATE.exec(text);
  if (m) {
    throw charsetError(
      fn,
      option,
      index,
      `a lone surrogate (${codePoint(m[0])}), which prints as U+FFFD and carries no entropy`,
    );
  }
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    throw charsetError(
      fn,
      option,
      index,
      `an invisible character (${
        codePoint(invisible[0])
      }), so different draws could print the same`,
    );
  }
}

/**
 * `fn: option has <what>`, or with an index (a word of a list) `fn: option
 * has, in the word at index i, <what>`: a `RangeError` with its fields.
 */
function charsetError(fn: string, option: string, index: number | undefined, what: string) {
  return index === undefined ? optionError(RangeError, fn, option, `has ${what}`) : optionError(
    RangeError,
    fn,
    option,
    `has, in the word at index ${index}, ${what}`,
    undefined,
    {
      index,
    },
  );
}

/**
 * The code points of `text`, checked to be a set of characters that print
 * distinctly: well formed and visible, no combining mark or joining Hangul
 * jamo (it would print on the character drawn before it), none that prints as
 * several characters (a "ﬁ" prints as "fi": "ﬁ" + "f" + "i" and "f" + "i" +
 * "ﬁ" would print alike), and no two that print alike (the same character
 * twice would make it more likely; two forms of one character would print the
 * same).
 */
export function characterSet(text: string, fn: string, option: string): string[] {
  checkWellFormed(text, fn, option);
  const chars = Array.from(text);
  const seen = new Map<string, string>();
  for (const c of chars) {
    if (COMBINING_MARK.test(c)) {
      throw charsetError(
        fn,
        option,
        undefined,
        `a combining mark (${
          codePoint(c)
        }), which prints on the character before it, so different draws could print the same`,
      );
    }
    if (JOINING_JAMO.test(c)) {
      throw charsetError(
        fn,
        option,
        undefined,
        `a Hangul jamo (${
          codePoint(c)
        }) that joins the character before it into a syllable, so different draws could print the same`,
      );
    }
    const form = printedForm(c);
    if (Array.from(form).length > 1) {
      throw charsetError(
        fn,
        option,
        undefined,
        `${JSON.stringify(c)} (${codePoint(c)}), which prints as ${
          JSON.stringify(form)
        }, more than one character, so different draws could print the same`,
      );
    }
    const other = seen.get(form);
    if (other === c) {
      throw optionError(
        RangeError,
        fn,
        option,
        `repeats the character ${JSON.stringify(c)}, which would bias the draw`,
      );
    }
    if (other !== undefined) {
      throw charsetError(
        fn,
        option,
        undefined,
        `${JSON.stringify(other)} and ${
          JSON.stringify(c)
        }, two forms of one character that print the same`,
      );
    }
    seen.set(form, c);
  }
  return chars;
}
