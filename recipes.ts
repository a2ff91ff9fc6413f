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
 * A hard-to-guess password-reset URL needs no recipe of its own:
 * `"https://example.com/reset?token=" + token_urlsafe()` (256 bits).
 *
 * @example The recipes of the Python docs
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, passphrase, password } from "@secrets/secrets/recipes";
 * import { token_urlsafe } from "@secrets/secrets";
 *
 * const alnum = password({ length: 8 }); // ''.join(choice(alphabet) for i in range(8))
 * const strong = password({ length: 10, minLower: 1, minUpper: 1, minDigits: 3 });
 * const xkcd = passphrase({ count: 4 }); // ' '.join(choice(words) for i in range(4))
 * const url = "https://example.com/reset=" + token_urlsafe();
 * assert(alnum.length === 8 && /\d.*\d.*\d/.test(strong) && xkcd.split(" ").length === 4);
 * assert(entropyBits("password") >= 128 && entropyBits("passphrase") >= 77 && url.length > 43);
 * ```
 *
 * @module
 */

import { choice } from "./mod.ts";
import {
  effWordlist as eff,
  passphraseEntropyBits,
  type PassphraseOptions,
  passwordEntropyBits,
  type PasswordOptions,
  recipesFor,
} from "./lib/_recipes.ts";

export type { PassphraseOptions, PasswordOptions };

const impl = recipesFor(choice);

/**
 * Returns a random password: `length` characters from `alphabet`, uniform over
 * all such strings that have at least `minLower` lowercase letters,
 * `minUpper` uppercase letters, `minDigits` digits and `minSymbols` ASCII
 * punctuation characters.
 *
 * @param options Length, alphabet, minimums and excluded characters; by
 * default 22 characters of `A-Za-z0-9` (131 bits).
 * @returns The password.
 * @throws {RangeError} If the minimums exceed the length, the alphabet is
 * empty, repeats a character or lacks a class a minimum asks for, or the
 * constraints are so tight that fewer than one candidate in a million meets them.
 * @throws {TypeError} If an option has the wrong type.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { password } from "@secrets/secrets/recipes";
 *
 * const p = password({ length: 16, minUpper: 1, minDigits: 2, exclude: "Il1O0" });
 * assert(p.length === 16 && /[A-Z]/.test(p) && !/[Il1O0]/.test(p));
 * ```
 */
export function password(options: PasswordOptions = {}): string {
  return impl.password(options);
}

/**
 * Returns a passphrase: `count` words drawn uniformly (with replacement) from
 * the word list, joined by `separator`.
 *
 * @param options Words, count and separator; by default six words of the EFF
 * large list joined by spaces (77.5 bits).
 * @returns The passphrase.
 * @throws {RangeError} If the list has fewer than 2 words or repeats one, or
 * `count` is 0 or above 1000.
 * @throws {TypeError} If an option has the wrong type.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { passphrase } from "@secrets/secrets/recipes";
 *
 * assert(passphrase().split(" ").length === 6);
 * assert(passphrase({ words: ["correct", "horse", "battery", "staple"], count: 8, separator: "-" }).split("-").length === 8);
 * ```
 */
export function passphrase(options: PassphraseOptions = {}): string {
  return impl.passphrase(options);
}

/**
 * Returns the exact entropy, in bits, of what a recipe draws from: `log2` of
 * the number of passwords that meet the constraints, or `count * log2(words)`
 * for a passphrase.
 *
 * @param recipe `"password"` or `"passphrase"`.
 * @param options The options the recipe would be called with.
 * @returns Bits of entropy.
 * @throws {RangeError} If the options are invalid (as the recipe would).
 * @throws {TypeError} If `recipe` is neither name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits } from "@secrets/secrets/recipes";
 *
 * assert(Math.abs(entropyBits("password", { length: 8 }) - 8 * Math.log2(62)) < 1e-9);
 * assert(entropyBits("passphrase", { count: 4 }) < 52);
 * ```
 */
export function entropyBits(recipe: "password", options?: PasswordOptions): number;
/** The entropy of a passphrase. */
export function entropyBits(recipe: "passphrase", options?: PassphraseOptions): number;
export function entropyBits(
  recipe: "password" | "passphrase",
  options: PasswordOptions | PassphraseOptions = {},
): number {
  if (recipe === "password") return passwordEntropyBits(options as PasswordOptions);
  if (recipe === "passphrase") return passphraseEntropyBits(options as PassphraseOptions);
  throw new TypeError(`entropyBits(): recipe must be "password" or "passphrase"`);
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
  return eff();
}
