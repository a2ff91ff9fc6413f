/**
 * The recipes from Python's `secrets` documentation, done right.
 *
 * - {@linkcode password}: uniform over *every* string that meets the
 *   constraints (whole candidates are drawn and rejected, as the Python recipe
 *   does; never "insert a digit, then shuffle", which is biased), with a
 *   default length that gives at least 128 bits.
 * - {@linkcode passphrase}: XKCD-style, from the built-in EFF large word list
 *   (7,776 words, ~12.9 bits a word; works in browsers, needs no file), six
 *   words (77.5 bits) by default.
 * - {@linkcode entropyBits}: the exact entropy of either, counting only the
 *   valid passwords for constrained ones.
 *
 * Options objects are read strictly: own properties only, each read once,
 * and an unknown key is a `TypeError` that names the closest known one.
 *
 * A hard-to-guess password-reset URL needs no recipe of its own:
 * `"https://example.com/reset?token=" + token_urlsafe()` (256 bits).
 *
 * @example The recipes of the Python docs
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, passphrase, password } from "@secrets/secrets/recipes";
 *
 * const alnum = password({ length: 8 }); // ''.join(choice(alphabet) for i in range(8))
 * const strong = password({ length: 10, minLower: 1, minUpper: 1, minDigits: 3 });
 * const xkcd = passphrase({ words: 4 }); // ' '.join(choice(words) for i in range(4))
 * assert(/^[A-Za-z0-9]{8}$/.test(alnum) && /\d.*\d.*\d/.test(strong));
 * assert(xkcd.split(" ").length === 4);
 * assert(entropyBits("password") >= 128 && entropyBits("passphrase") >= 77);
 * ```
 *
 * @module
 */

import { choice, randbelow } from "./mod.ts";
import { drawPassword, type PasswordOptions, passwordPlan } from "./lib/password.ts";
import {
  type Capitalize,
  drawPassphrase,
  effLargeWordlist,
  type PassphraseOptions,
  passphrasePlan,
  phraseCount,
} from "./lib/passphrase.ts";
import { effShortWordlist as effShort } from "./lib/eff_short_wordlist.ts";
import { log2Big } from "./lib/password.ts";
import { AMBIGUOUS as AMBIGUOUS_CHARS, SYMBOLS as SYMBOL_CHARS } from "./lib/_charset.ts";

export type { Capitalize, PassphraseOptions, PasswordOptions };

/** The module's own randomness, for the draws. */
const RANDOM = { choice, randbelow };

/**
 * The 32 ASCII punctuation characters (Python's `string.punctuation`): what
 * `symbols: true` adds to a password's alphabet and `minSymbols` counts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SYMBOLS } from "@secrets/secrets/recipes";
 * assert(SYMBOLS.length === 32 && SYMBOLS.includes("!") && !SYMBOLS.includes(" "));
 * ```
 */
export const SYMBOLS: string = SYMBOL_CHARS;

/**
 * The look-alike characters that `excludeAmbiguous: true` removes:
 * `B8G6I1l0OQDS5Z2|` (pwgen's `-B` set, and the vertical bar).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { AMBIGUOUS, password } from "@secrets/secrets/recipes";
 * const p = password({ length: 200, excludeAmbiguous: true });
 * assert([...p].every((c) => !AMBIGUOUS.includes(c)));
 * ```
 */
export const AMBIGUOUS: string = AMBIGUOUS_CHARS;

/**
 * Returns a random password: `length` characters from the alphabet, uniform
 * over all such strings that have at least `minLower` lowercase letters,
 * `minUpper` uppercase letters, `minDigits` digits and `minSymbols` ASCII
 * punctuation characters.
 *
 * The alphabet is `alphabet` (default `A-Za-z0-9`), plus the 32 ASCII
 * punctuation characters with `symbols: true`, minus `exclude`, minus
 * {@linkcode AMBIGUOUS} with `excludeAmbiguous: true`. Candidates are drawn
 * whole with `choice` and rejected until one meets the minimums, as the
 * Python recipe does: with the same bytes, the same password.
 *
 * @param options Length, alphabet, presets, minimums and excluded characters;
 * by default 22 characters of `A-Za-z0-9` (131 bits).
 * @returns The password.
 * @throws {RangeError} If the minimums exceed the length, the alphabet has
 * fewer than 2 usable characters, repeats one, holds a lone surrogate or lacks
 * a class a minimum asks for, or the constraints are so tight that a password
 * would take more than 2**20 character draws on average.
 * @throws {TypeError} If an option has the wrong type or is unknown.
 *
 * @example Constraints, presets, and a typo
 * ```ts
 * import assert from "node:assert/strict";
 * import { password } from "@secrets/secrets/recipes";
 *
 * const p = password({ length: 16, minUpper: 1, minDigits: 2, excludeAmbiguous: true });
 * assert(p.length === 16 && /[A-Z]/.test(p) && !/[Il1O0]/.test(p));
 * assert(password({ symbols: true }).length === 20); // 94 characters: 20 for 128 bits
 * assert.throws(() => password({ lenght: 16 } as never), {
 *   name: "TypeError",
 *   message: "password(): unknown option 'lenght' (did you mean 'length'?)",
 * });
 * ```
 */
export function password(options?: PasswordOptions): string {
  return drawPassword(RANDOM, passwordPlan(options));
}

/**
 * Returns a passphrase: `words` words drawn uniformly, with replacement, from
 * the word list, joined by `separator`, as the XKCD recipe of the Python docs.
 *
 * A list is refused if two different draws could print the same phrase: no
 * word may hold a character of the separator (and, with an empty separator,
 * no word may begin another). With the built-in list, the words that hold a
 * character of the separator are left out instead (with `"-"`: `drop-down`,
 * `felt-tip`, `t-shirt`, `yo-yo`), and {@linkcode entropyBits} counts the rest.
 *
 * @param options Number of words, word list and separator; by default six
 * words of the EFF large list joined by spaces (77.5 bits).
 * @returns The passphrase.
 * @throws {RangeError} If the list has fewer than 2 words, repeats one, has an
 * empty word or a lone surrogate, a word holds a character of the separator,
 * or `words` is not from 1 to 1000.
 * @throws {TypeError} If an option has the wrong type or is unknown, or the
 * list is not a dense array of strings.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { passphrase } from "@secrets/secrets/recipes";
 *
 * assert(passphrase().split(" ").length === 6);
 * const words = ["correct", "horse", "battery", "staple"];
 * assert(passphrase({ wordlist: words, words: 8, separator: "-" }).split("-").length === 8);
 * assert.throws(() => passphrase({ wordlist: ["a", "b", "a b"] }), {
 *   name: "RangeError",
 *   message:
 *     'passphrase(): the word "a b" contains " ", a character of the separator, so different draws could print the same phrase',
 * });
 * ```
 */
export function passphrase(options?: PassphraseOptions): string {
  return drawPassphrase(RANDOM, passphrasePlan(options));
}

/**
 * Returns the exact entropy, in bits, of what a recipe draws from: `log2` of
 * the number of passwords that meet the constraints, or `words * log2(list
 * size)` for a passphrase (exact, because only lists whose phrases can be read
 * back are accepted).
 *
 * @param recipe `"password"` or `"passphrase"`.
 * @param options The options the recipe would be called with.
 * @returns Bits of entropy.
 * @throws {RangeError} If the options are invalid (as the recipe would).
 * @throws {TypeError} If `recipe` is neither name, or an option is wrong or unknown.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits } from "@secrets/secrets/recipes";
 *
 * assert(Math.abs(entropyBits("password", { length: 8 }) - 8 * Math.log2(62)) < 1e-9);
 * assert(Math.abs(entropyBits("passphrase", { words: 4 }) - 4 * Math.log2(7776)) < 1e-9);
 * assert.throws(() => entropyBits("pin" as never), {
 *   name: "TypeError",
 *   message: 'entropyBits(): recipe must be "password" or "passphrase", got "pin"',
 * });
 * ```
 */
export function entropyBits(recipe: "password", options?: PasswordOptions): number;
/** The entropy of a passphrase. */
export function entropyBits(recipe: "passphrase", options?: PassphraseOptions): number;
export function entropyBits(
  recipe: "password" | "passphrase",
  options?: PasswordOptions | PassphraseOptions,
): number {
  if (recipe === "password") return log2Big(passwordPlan(options, "entropyBits()").valid);
  if (recipe === "passphrase") {
    return log2Big(phraseCount(passphrasePlan(options, "entropyBits()")));
  }
  throw new TypeError(
    `entropyBits(): recipe must be "password" or "passphrase", got ${
      typeof recipe === "string" ? JSON.stringify(recipe) : typeof recipe
    }`,
  );
}

/**
 * The EFF large word list (7,776 words, in dice order), by the Electronic
 * Frontier Foundation, under CC BY 3.0 US.
 *
 * @returns The frozen list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { effWordlist } from "@secrets/secrets/recipes";
 * assert(effWordlist().length === 7776 && effWordlist()[0] === "abacus");
 * ```
 */
export function effWordlist(): readonly string[] {
  return effLargeWordlist();
}

/**
 * The EFF short word list (1,296 words of 3 to 5 letters, in alphabetical
 * order; the first of EFF's two short lists), by the Electronic Frontier
 * Foundation, under CC BY 3.0 US. Not built into {@linkcode passphrase}: pass
 * it as `wordlist`, so that bundles that never call this function do not
 * carry its words.
 *
 * @returns The frozen list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { effShortWordlist, entropyBits, passphrase } from "@secrets/secrets/recipes";
 *
 * const words = effShortWordlist();
 * assert(words.length === 1296 && words[0] === "acid");
 * assert(passphrase({ wordlist: words }).split(" ").length === 8); // 8 words: 82.7 bits
 * assert(Math.abs(entropyBits("passphrase", { wordlist: words }) - 8 * Math.log2(1296)) < 1e-9);
 * ```
 */
export function effShortWordlist(): readonly string[] {
  return effShort();
}
