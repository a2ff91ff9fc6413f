/**
 * Character sets shared by the recipes, and the one rule for turning a
 * string of characters into a set: code points, none repeated, no lone
 * surrogates.
 *
 * @module
 */

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

/**
 * Throws a `RangeError` if `text` holds a lone surrogate: it has no
 * character of its own (every encoder prints it as U+FFFD), so two strings
 * that differ only there print the same.
 */
export function checkWellFormed(text: string, what: string): void {
  const m = LONE_SURROGATE.exec(text);
  if (m) {
    const hex = m[0].charCodeAt(0).toString(16).toUpperCase();
    throw new RangeError(
      `${what} has a lone surrogate (U+${hex}), which prints as U+FFFD and carries no entropy`,
    );
  }
}

/**
 * The code points of `text`, checked to be a set: well formed and with no
 * character repeated (a repeat would make that character more likely).
 */
export function characterSet(text: string, what: string): string[] {
  checkWellFormed(text, what);
  const chars = Array.from(text);
  const seen = new Set<string>();
  for (const c of chars) {
    if (seen.has(c)) {
      throw new RangeError(
        `${what} repeats the character ${JSON.stringify(c)}, which would bias the draw`,
      );
    }
    seen.add(c);
  }
  return chars;
}
