/**
 * The recipes from Python's `secrets` documentation, done right.
 *
 * - {@linkcode password}: uniform over *every* string that meets the
 *   constraints (whole candidates are drawn and rejected, as the Python recipe
 *   does; never "insert a digit, then shuffle", which is biased), with a
 *   default length that gives at least 128 bits; or over every string that
 *   satisfies a site's published rules, parsed by {@linkcode passwordRules}
 *   from Apple's `passwordrules` syntax.
 * - {@linkcode passphrase}: XKCD-style, from the built-in EFF large word list
 *   ({@linkcode effWordlist}: 7,776 words, ~12.9 bits a word; works in
 *   browsers, needs no file), six words (77.5 bits) by default; with capitals,
 *   digits, symbols, random separators, word-length limits or a target
 *   strength if asked, and the EFF short list from {@linkcode effShortWordlist}.
 * - {@linkcode tokenText}: the fewest characters of any alphabet (a name of
 *   {@linkcode ALPHABETS}, or the characters) that give at least `bits` bits.
 * - {@linkcode apiKey}: a prefixed key with a checksum that
 *   {@linkcode checkApiKey} verifies offline and {@linkcode apiKeyPattern}
 *   finds in text; {@linkcode apiKeyScannerRules} writes the rules of the
 *   secret scanners people run, and {@linkcode apiKeyPlaceholder} gives keys
 *   for documentation that never verify.
 * - {@linkcode pin}: PINs without the weak ones, counted exactly.
 * - {@linkcode recoveryCodes}: two-factor recovery codes people can type back,
 *   read by {@linkcode normalizeRecoveryCode} and compared in constant time by
 *   {@linkcode verifyRecoveryCode}.
 * - {@linkcode otpSecret}: one-time-password secrets of a safe size, and
 *   {@linkcode otpauthUri}, the URI authenticator apps read.
 * - {@linkcode bitsFor} and {@linkcode collisionProbability}: the birthday
 *   bound, to size tokens so that `count` of them do not collide.
 * - {@linkcode entropyBits}: the exact entropy of a recipe's output: log2 of
 *   the number of distinct outputs, each equally likely.
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

import { choice, type IntegerFunction, randbelow } from "./mod.ts";
import {
  closest,
  describe,
  type DrawsAndBelow,
  type DrawsOnly,
  optionError,
  type RecipeRandom,
} from "./lib/core/mod.ts";
import { drawsFor } from "./lib/core/_secrets.ts";
import { getDefaultPool } from "./lib/core/_pool.ts";
import { bitsOf, drawWith } from "./lib/recipes/_recipe.ts";
import { PASSWORD, type PasswordOptions } from "./lib/recipes/password.ts";
import { getOsBelow, setOsBelow } from "./lib/recipes/_rules_engine.ts";
import {
  type Capitalization,
  effLargeWordlist,
  PASSPHRASE,
  type PassphraseOptions,
} from "./lib/recipes/passphrase.ts";
import { effShortWordlist as effShort } from "./lib/recipes/wordlists/eff_short.ts";
import { type PasswordRules, passwordRules as compileRules } from "./lib/recipes/password_rules.ts";
import { AMBIGUOUS as AMBIGUOUS_CHARS, SYMBOLS as SYMBOL_CHARS } from "./lib/recipes/_charset.ts";
import {
  type AlphabetName,
  ALPHABETS,
  TOKEN_TEXT,
  type TokenTextOptions,
} from "./lib/recipes/token_text.ts";
import {
  API_KEY,
  API_KEY_BITS,
  API_KEY_MAX_BITS,
  API_KEY_MIN_BITS,
  API_KEY_PLACEHOLDER,
  type ApiKeyOptions,
  apiKeyPattern,
  type ApiKeyPatternOptions,
  checkApiKey,
  type ChecksumCovers,
} from "./lib/recipes/api_key.ts";
import {
  apiKeyScannerRules,
  type GitHubCustomPattern,
  type ScannerRules,
} from "./lib/recipes/scanner_rules.ts";
import {
  bitsFor,
  type BitsForOptions,
  type CollisionOptions,
  collisionProbability,
} from "./lib/recipes/collision.ts";

export {
  ALPHABETS,
  API_KEY_BITS,
  API_KEY_MAX_BITS,
  API_KEY_MIN_BITS,
  apiKeyPattern,
  apiKeyScannerRules,
  bitsFor,
  checkApiKey,
  collisionProbability,
};
export type { AlphabetName, ApiKeyOptions, BitsForOptions, CollisionOptions, TokenTextOptions };
export type { ApiKeyPatternOptions, ChecksumCovers, GitHubCustomPattern, ScannerRules };
export type { OptionErrorFields } from "./lib/core/mod.ts";

export type { Capitalization, PassphraseOptions, PasswordOptions, PasswordRules };

/** The batch `choice` over the OS pool. */
const draws = /* @__PURE__ */ drawsFor(/* @__PURE__ */ getDefaultPool());
/** The randomness every recipe here draws with: the OS pool, through `secrets`' own functions. */
const RANDOM: RecipeRandom = { choice, randbelow, draws };
// The recipes that name a part of it are bound to that part alone, so that
// their bundles leave out what they never call (`tokenText`: `choice` and
// `randbelow`, and the bigint draw; `password`: `choice`).
const DRAWS_ONLY: DrawsOnly = { draws };
// `password` calls `randbelow` only for rules (a rules password unranked from
// one `randbelow(valid)`), and rules are made only by `passwordRules()` below:
// `password()` refuses any object that `passwordRules()` did not make. So it is
// `passwordRules()` that wires `randbelow` in (setOsBelow, beside the rules'
// registry), and a program that never compiles rules leaves it out of its
// bundle, with the bigint draw and the hex encoder it reads big draws through
// (about 700 bytes gzip).
const DRAWS_AND_BELOW: DrawsAndBelow = {
  draws,
  randbelow: ((n: bigint) => getOsBelow()(n)) as IntegerFunction,
};

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
 * **Site rules.** With `rules` (compiled by {@linkcode passwordRules} from
 * Apple's `passwordrules` syntax), the password is uniform over every string
 * that satisfies the site's rules.
 *
 * The length is `length` if given (it must lie within the rules' bounds),
 * otherwise the fewest characters, at least `minlength`, whose number of
 * valid strings reaches 2**128 (or 2**`minBits`), but no more than
 * `maxlength` (then the password has fewer bits: see
 * {@linkcode entropyBits}; `minBits` refuses rules that fall short).
 * `exclude` and `excludeAmbiguous` remove characters from every set;
 * `alphabet`, `symbols` and the minimums cannot be combined with `rules`.
 * The valid strings are counted exactly (a dynamic programme over which
 * `required` lines are met, the last character and the run it ends), and
 * the password is drawn uniformly over them: by rejection (whole candidates
 * until one is valid) when at least 1 in 8 is, else as one
 * `randbelow(count)` unranked; nothing biased. Rules whose count cannot be done quickly are
 * refused before any counting, with the longest length that can be counted
 * (four `required` lines over `ascii-printable`: 799; with
 * `max-consecutive: 2`, which counts every letter and digit apart: 101).
 *
 * @param options Length, alphabet, presets, minimums, excluded characters or
 * site rules; by default 22 characters of `A-Za-z0-9` (131 bits).
 * @returns The password.
 * @throws {RangeError} If the minimums exceed the length or leave only one
 * password (`{ length: 2, alphabet: "ab!", minSymbols: 2 }`), the alphabet has
 * fewer than 2 usable characters, repeats one, holds a lone surrogate or lacks
 * a class a minimum asks for, or the constraints are so tight that a password
 * would take more than 2**20 character draws on average; if the password
 * would have fewer than `minBits` bits; with `rules`, if they allow fewer
 * than 2 characters or 2 passwords once `exclude` and `length` apply, leave a
 * `required` line without a usable character, or cannot be counted quickly.
 * @throws {TypeError} If an option has the wrong type or is unknown, `rules`
 * was not made by {@linkcode passwordRules}, or is combined with `alphabet`,
 * `symbols` or a minimum.
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
 *
 * @example A site's rules
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, password, passwordRules } from "@secrets/secrets/recipes";
 *
 * const rules = passwordRules(
 *   "minlength: 8; maxlength: 20; max-consecutive: 2; required: lower, upper; required: digit;",
 * ); // activision.com's published rules
 * const p = password({ rules });
 * assert(p.length === 20 && /[A-Za-z]/.test(p) && /\d/.test(p) && !/(.)\1\1/.test(p));
 * assert(/^[A-Za-z0-9]+$/.test(p)); // allowed: the required lines' characters
 * assert(entropyBits("password", { rules }) > 118); // 20 is maxlength: fewer than 128 bits
 * assert(password({ rules: passwordRules("required: digit; allowed: [-_]"), length: 6 }).length === 6);
 * assert.throws(() => password({ rules: passwordRules("maxlength: 12"), length: 16 }), {
 *   name: "RangeError",
 *   message: "password(): length 16 is outside the rules' bounds (1 to 12)",
 * });
 * assert.throws(() => password({ rules, minDigits: 1 }), {
 *   name: "TypeError",
 *   message:
 *     "password(): rules cannot be combined with minDigits: the rules say which characters are allowed and required",
 * });
 * ```
 */
export function password(options?: PasswordOptions): string {
  return drawWith(PASSWORD, DRAWS_AND_BELOW, options);
}

/**
 * Compiles a site's password rules, written in Apple's `passwordrules`
 * syntax (the WHATWG proposal, whatwg/html#3518; Apple's parser in
 * apple/password-manager-resources is the reference), for
 * {@linkcode password} and {@linkcode entropyBits}. A separate step so that
 * bundles that never use rules leave the parser and counter out.
 *
 * - `minlength: N`, `maxlength: N`: the length bounds (repeated: the
 *   largest minimum, the smallest maximum).
 * - `required: A, B, ...`: at least one character from A or B or ...; each
 *   `required` line must be met.
 * - `allowed: A, B, ...`: characters that may be used. The password may use
 *   the characters of every `allowed` and `required` line; with neither, all
 *   of `ascii-printable`.
 * - `max-repeating: N`: no more than N identical characters in a row
 *   (`aaa` is valid under 3, not under 2).
 * - `max-sequential: N`: no more than N characters in a row that step by one
 *   code in one direction within `a-z`, `A-Z` or `0-9` (`abc`, `123`, `321`
 *   and `cba` are valid under 3, not under 2; `9:` and `Z[` are no steps; a
 *   turn starts a new sequence: `abcba` is two of 3).
 * - `max-consecutive: N`: both, as apple/password-manager-resources#1255
 *   reads it. Each limit repeated: the smallest.
 * - Classes: `upper` (`A-Z`), `lower` (`a-z`), `digit` (`0-9`), `special`
 *   (the 33 ASCII printable characters that are neither letters nor digits,
 *   space included: `` !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~``, as Apple's parser
 *   defines it), `ascii-printable` (the 95 characters from space to `~`),
 *   `unicode` (drawn from as `ascii-printable`: every one of those 95
 *   distinct characters is allowed, and the entropy counts only them), and
 *   `[...]`, a set of ASCII printable characters where `-` may only come
 *   first and `]` only last (written `]]`); other characters in `[...]` are
 *   ignored, as the proposal says.
 * - Property and class names are ASCII case-insensitive; whitespace may
 *   surround any token. Anything else (an unknown property or class, an
 *   empty value, a stray character, an HTML entity such as `&quot;` in a
 *   class) is a `TypeError` naming the offending part, where Apple's parser
 *   would silently drop the rule or fall back to its defaults.
 * - Checked when parsed: a `RangeError` for rules that cannot give two
 *   passwords (a limit or `maxlength` of 0, bounds that cross, a `required`
 *   class of no usable character, fewer than 2 passwords at every length),
 *   or with more than 12 `required` lines that do not contain one another.
 *   Errors carry `option: "rules"` and the `property` at fault; their
 *   messages read `rules are malformed: ...` (a `TypeError`) or `rules cannot
 *   be met: ...`.
 *
 * @param text The rules, e.g. `"minlength: 12; required: lower; required: digit;"`.
 * @returns The compiled rules: frozen, with what they say (`allowed`,
 * `required`, `minLength`, `maxLength`, `maxRepeating`, `maxSequential`,
 * `maxConsecutive`, `text`).
 * @throws {RangeError} If the rules cannot give two passwords.
 * @throws {TypeError} If `text` is not a string or is malformed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { passwordRules } from "@secrets/secrets/recipes";
 *
 * const rules = passwordRules("MinLength: 10; required: digit; required: [-]], upper; allowed: lower");
 * assert(rules.minLength === 10 && rules.maxLength === undefined);
 * assert.deepEqual(rules.required, ["0123456789", "-ABCDEFGHIJKLMNOPQRSTUVWXYZ]"]);
 * assert(rules.allowed.length === 10 + 2 + 26 + 26);
 * assert(passwordRules("").allowed.length === 95); // ascii-printable, space included
 * assert.throws(() => passwordRules("required: digits"), {
 *   name: "TypeError",
 *   message:
 *     "passwordRules(): rules are malformed: unknown character class 'digits' in 'required' (did you mean 'digit'?)",
 * });
 * assert.throws(() => passwordRules("allowed: [a-z]"), {
 *   name: "TypeError",
 *   message:
 *     `passwordRules(): rules are malformed: in "[a-z]", '-' may only come first (it is reserved for ranges)`,
 * });
 * const strict = passwordRules("required: lower; required: digit; max-consecutive: 2");
 * assert(strict.maxRepeating === 2 && strict.maxSequential === 2);
 * assert.throws(() => passwordRules("minlength: 20; maxlength: 8"), {
 *   name: "RangeError",
 *   message: "passwordRules(): rules cannot be met: minlength must be at most the maxlength, 8, got 20",
 *   property: "minlength",
 * });
 * ```
 */
export function passwordRules(text: string): PasswordRules {
  setOsBelow(randbelow);
  return compileRules(text);
}

/**
 * Returns a passphrase: `words` words drawn uniformly, with replacement, from
 * the word list, joined by `separator`, as the XKCD recipe of the Python docs
 * (with no other option, the same draw, byte for byte).
 *
 * Options, each counted exactly by {@linkcode entropyBits}:
 *
 * - `wordlist`: `"eff-large"` (the default), the list from
 *   {@linkcode effShortWordlist} (the EFF short list: not built in, so that
 *   bundles that do not use it stay small; the name `"eff-short"` is refused
 *   with a hint to pass that list), or any array of distinct words.
 * - `minWordLength`, `maxWordLength`: leave out shorter or longer words (in
 *   characters).
 * - `capitalize`: `"first"` upper-cases each word's first letter, `"all"`
 *   each whole word; neither adds entropy. `"random"` draws, for each word
 *   independently, its form as listed or as `"first"` makes it: each word is
 *   drawn uniformly from the *distinct* forms, so a word with no letter (or
 *   already capitalised, or whose capitalised form is another listed word)
 *   adds nothing, and every other word adds 1 bit.
 * - `digits`, `symbols`: how many digits (`0-9`) and symbols (the 32 ASCII
 *   punctuation characters, less any separator character) to add. Each is
 *   appended to a word: every arrangement of the words and the added
 *   characters that begins with a word is equally likely, and an added
 *   character follows the word before it (`"correct7 horse! battery"`).
 * - `separators`: instead of `separator`, a string of separator characters,
 *   one drawn uniformly for each gap.
 * - `bits`: instead of `words`, the fewest words whose phrases reach at least
 *   that many bits, every option counted (the default is the fewest for 77).
 *
 * A phrase must read back in one way only, so that no two draws print the
 * same phrase: no word form may hold a separator character, a digit (with
 * `digits`) or a symbol (with `symbols`), and with an empty separator no form
 * may begin another. A caller's list that breaks this is refused; the
 * built-in lists leave the offending words out instead (with `"-"`:
 * `drop-down`, `felt-tip`, `t-shirt`, `yo-yo`), and {@linkcode entropyBits}
 * counts the rest.
 *
 * A caller's list is checked on every call (every word read once, compared in
 * its printed, NFKC form) unless it is frozen: `Object.freeze` your list to
 * have it checked once, which matters for long lists (a 7,776-word list
 * takes milliseconds to check).
 *
 * @param options Number of words or target bits, word list, separator or
 * separators, capitalisation, digits, symbols and word lengths; by default six
 * words of the EFF large list joined by spaces (77.5 bits).
 * @returns The passphrase.
 * @throws {RangeError} If the list has fewer than 2 words, repeats one (or
 * two print alike), has an empty word, a lone surrogate or an invisible
 * character, a word could be misread (see above), the
 * options leave fewer than 2 distinct words, or a number is out of range
 * (`words` 1 to 1000, `bits` 1 to 4096, `digits` and `symbols` 0 to 100,
 * word lengths 1 to 1000).
 * @throws {TypeError} If an option has the wrong type or is unknown, the list
 * is not a dense array of strings, or `words` and `bits` (or `separator` and
 * `separators`) are combined.
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
 *     'passphrase(): wordlist has the word "a b", which contains " ", a character of the separator, so different draws could print the same phrase',
 * });
 * ```
 *
 * @example Capitals, digits, symbols, separators, a target
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, passphrase } from "@secrets/secrets/recipes";
 *
 * const options = { capitalize: "random", addDigits: 1, addSymbols: 1, separators: "-_." } as const;
 * const p = passphrase(options); // e.g. "Never.cobweb_Hunting.occultist7_abstract\\"
 * const parts = p.split(/[-_.]/); // 5 words: with these options they reach 77 bits
 * assert(parts.length === 5 && parts.every((w) => /^[A-Za-z]+[^A-Za-z]*$/.test(w)));
 * assert(p.replace(/[^0-9]/g, "").length === 1);
 * // 5 words of 2 * 7,772 forms (the hyphenated words left out), 4 gaps of 3, 30 places
 * // for the two added characters, a digit, and a symbol from the 32 ASCII punctuation
 * // characters less the 3 separators:
 * const bits = 5 * Math.log2(15544) + 4 * Math.log2(3) + Math.log2(30 * 10 * 29);
 * assert(Math.abs(entropyBits("passphrase", options) - bits) < 1e-9); // 89.0
 * assert(passphrase({ bits: 100, minWordLength: 4, maxWordLength: 6 }).split(" ").length === 9);
 * assert.throws(() => passphrase({ words: 5, bits: 80 }), {
 *   name: "TypeError",
 *   message:
 *     "passphrase(): words cannot be combined with bits: words fixes the number of words, bits chooses it",
 * });
 * assert.throws(() => passphrase({ wordlist: ["ab", "c3"], addDigits: 1 }), {
 *   name: "RangeError",
 *   message:
 *     'passphrase(): wordlist has the word "c3", which contains "3", a digit, like the digits added, so different draws could print the same phrase',
 * });
 * ```
 */
export function passphrase(options?: PassphraseOptions): string {
  return drawWith(PASSPHRASE, RANDOM, options);
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

/**
 * Returns the exact entropy, in bits, of what a recipe draws from: `log2` of
 * the number of passwords that meet the constraints (or satisfy the `rules`),
 * of the number of distinct passphrases the options can print (for six words
 * of a list, `6 * log2(list size)`), `length * log2(alphabet size)` for a
 * `tokenText` token, or `n * log2(62)` for an `apiKey` key, `n` the characters
 * of its random part (the prefix and the checksum add nothing); for a `pin`,
 * `log2` of the PINs left after the exclusions; for `recoveryCodes`, of the
 * lists of distinct codes (`count: 1` gives one code's); for an `otpSecret`,
 * its bytes times 8. Every output
 * is equally likely, so this is both the Shannon and the min-entropy; it is
 * exact because only options under which different draws print different
 * outputs are accepted.
 *
 * @param recipe `"password"`, `"passphrase"`, `"tokenText"`, `"apiKey"`,
 * `"pin"`, `"recoveryCodes"` or `"otpSecret"`.
 * @param options The options the recipe would be called with (for
 * `"apiKey"`, required: the prefix is checked as `apiKey` checks it).
 * @returns Bits of entropy.
 * @throws {RangeError} If `recipe` is a string but none of these names, or
 * the options are invalid (as the recipe would).
 * @throws {TypeError} If `recipe` is not a string, or an option is wrong or unknown.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, passwordRules } from "@secrets/secrets/recipes";
 *
 * assert(Math.abs(entropyBits("password", { length: 8 }) - 8 * Math.log2(62)) < 1e-9);
 * assert(Math.abs(entropyBits("passphrase", { words: 4 }) - 4 * Math.log2(7776)) < 1e-9);
 * // 62**8 strings, less those without a digit: 62**8 - 52**8.
 * const rules = passwordRules("required: digit; allowed: lower, upper");
 * assert(entropyBits("password", { rules, length: 8 }) === Math.log2(62 ** 8 - 52 ** 8));
 * // "random" capitals: 2 forms of each EFF word.
 * assert(Math.abs(entropyBits("passphrase", { capitalize: "random" }) - 6 * Math.log2(15552)) < 1e-9);
 * // An API key's random part: 27 base62 characters by default, 43 for 256 bits.
 * assert.equal(entropyBits("apiKey", { prefix: "acme" }), 27 * Math.log2(62));
 * assert.equal(entropyBits("apiKey", { prefix: "acme", bits: 256 }), 43 * Math.log2(62));
 * // Six digits but for the 110 repeated, sequential or repeating-pair PINs.
 * const exclude = ["repeated", "sequential", "repeating-pairs"] as const;
 * assert.equal(entropyBits("pin", { exclude }), Math.log2(10 ** 6 - 110));
 * assert.equal(entropyBits("otpSecret"), 160);
 * assert.equal(entropyBits("recoveryCodes", { count: 1 }), 80); // 16 characters
 * assert.throws(() => entropyBits("Pin" as never), {
 *   name: "RangeError",
 *   message: 'entropyBits(): recipe must be "password", "passphrase", "tokenText", "apiKey", ' +
 *     '"pin", "recoveryCodes" or "otpSecret", got "Pin" (did you mean "pin"?)',
 * });
 * ```
 */
export function entropyBits(recipe: "password", options?: PasswordOptions): number;
/** The entropy of a passphrase. */
export function entropyBits(recipe: "passphrase", options?: PassphraseOptions): number;
/** The entropy of a {@linkcode tokenText} token: `length * log2(alphabet size)`, exactly. */
export function entropyBits(recipe: "tokenText", options?: TokenTextOptions): number;
/** The entropy of an {@linkcode apiKey} key's random part: `n * log2(62)`, exactly. */
export function entropyBits(recipe: "apiKey", options: ApiKeyOptions): number;
/** The entropy of a {@linkcode pin}: `log2` of the PINs left, exactly. */
export function entropyBits(recipe: "pin", options?: PinOptions): number;
/** The entropy of a list of {@linkcode recoveryCodes}: `log2` of the lists of distinct codes. */
export function entropyBits(recipe: "recoveryCodes", options?: RecoveryCodesOptions): number;
/** The entropy of an {@linkcode otpSecret}: 8 bits a byte of the key. */
export function entropyBits(recipe: "otpSecret", options?: OtpSecretOptions): number;
export function entropyBits(
  recipe:
    | "password"
    | "passphrase"
    | "tokenText"
    | "apiKey"
    | "pin"
    | "recoveryCodes"
    | "otpSecret",
  options?:
    | PasswordOptions
    | PassphraseOptions
    | TokenTextOptions
    | ApiKeyOptions
    | PinOptions
    | RecoveryCodesOptions
    | OtpSecretOptions,
): number {
  // Each recipe's options are planned once, and the entropy read from the plan.
  if (recipe === "password") return bitsOf(PASSWORD, options as PasswordOptions);
  if (recipe === "passphrase") return bitsOf(PASSPHRASE, options as PassphraseOptions);
  if (recipe === "tokenText") return bitsOf(TOKEN_TEXT, options as TokenTextOptions);
  if (recipe === "apiKey") return bitsOf(API_KEY, options as ApiKeyOptions);
  if (recipe === "pin") return bitsOf(PIN, options as PinOptions);
  if (recipe === "recoveryCodes") return bitsOf(RECOVERY_CODES, options as RecoveryCodesOptions);
  if (recipe === "otpSecret") return bitsOf(OTP_SECRET, options as OtpSecretOptions);
  // A string out of the set is a RangeError (with the name meant: "Pin" is "pin"); else a TypeError.
  const near = typeof recipe === "string" ? closest(recipe, RECIPE_NAMES) : undefined;
  throw optionError(
    typeof recipe === "string" ? RangeError : TypeError,
    "entropyBits()",
    "recipe",
    `must be "password", "passphrase", "tokenText", "apiKey", "pin", "recoveryCodes" or "otpSecret", got ${
      describe(recipe)
    }${near === undefined ? "" : ` (did you mean "${near}"?)`}`,
    recipe,
  );
}

/** The names {@linkcode entropyBits} knows, for its did-you-mean. */
const RECIPE_NAMES: readonly string[] = [
  "password",
  "passphrase",
  "tokenText",
  "apiKey",
  "pin",
  "recoveryCodes",
  "otpSecret",
];

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
 * Returns a random token with at least `bits` bits of entropy, in the
 * alphabet the job needs: `ceil(bits / log2(size))` characters (computed
 * exactly, so 128 bits are 26 base32, 32 hex or 22 base64url characters),
 * each drawn uniformly with `choice`. Given the same bytes, the token is
 * CPython's `''.join(secrets.choice(alphabet) for _ in range(n))`.
 *
 * `tokenText({ bits: 128 })` has the form of Go's `crypto/rand.Text()`: 26
 * characters of RFC 4648 base32. {@linkcode entropyBits}`("tokenText", options)`
 * gives the exact strength (`n * log2(size)`, at least `bits`), and
 * {@linkcode bitsFor} how many bits a number of tokens needs to stay
 * collision-free.
 *
 * @param options `bits`: the least strength, 1 to 65536 (default 256);
 * `alphabet`: a name in {@linkcode ALPHABETS} (default `"base32"`) or the
 * characters themselves (at least 2 distinct code points).
 * @returns The token.
 * @throws {RangeError} If `bits` is out of range, or the alphabet is an
 * unknown name, has fewer than 2 characters, repeats one or holds a lone
 * surrogate.
 * @throws {TypeError} If `bits` is not a whole number, the alphabet not a
 * string, or an option is unknown.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, tokenText } from "@secrets/secrets/recipes";
 *
 * assert.match(tokenText({ bits: 128 }), /^[A-Z2-7]{26}$/); // as Go's rand.Text()
 * assert.match(tokenText({ bits: 128, alphabet: "hex" }), /^[0-9a-f]{32}$/);
 * assert.equal(tokenText({ bits: 128, alphabet: "base64url" }).length, 22);
 * assert.equal(tokenText({ bits: 128, alphabet: "base58" }).length, 22);
 * assert.equal(tokenText().length, 52); // 256 bits of base32
 * const pin = tokenText({ bits: 20, alphabet: "numeric" });
 * assert.match(pin, /^\d{7}$/);
 * assert(entropyBits("tokenText", { bits: 20, alphabet: "numeric" }) > 23.2);
 * assert.equal([...tokenText({ bits: 10, alphabet: "♠♥♦♣" })].length, 5);
 * assert.throws(() => tokenText({ alphabet: "base64" }), {
 *   name: "RangeError",
 *   message: 'tokenText(): alphabet "base64" is not a known name (did you mean "base64url"?); ' +
 *     "the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase",
 * });
 * assert.throws(() => tokenText({ bits: 0 }), {
 *   name: "RangeError",
 *   message: "tokenText(): bits must be at least 1, got 0",
 * });
 * ```
 */
export function tokenText(options?: TokenTextOptions): string {
  return drawWith(TOKEN_TEXT, DRAWS_ONLY, options);
}

/**
 * Returns a new API key, `<prefix>_<random><checksum>`, for example
 * `acme_CTUf9hphQwnO0u2Gz178G7hgsyX1PWDvP`:
 *
 * - the prefix (1 to 16 ASCII letters, digits and `_`, starting with a
 *   letter and not ending with `_`: `acme`, `sk_live`);
 * - `_`;
 * - the random part: `n` characters drawn uniformly from `0-9A-Za-z`
 *   (`ALPHABETS.base62`) with `choice`, `n` the smallest integer with
 *   `62 ** n >= 2 ** bits` (27 for the default 160 bits: 160.76 bits);
 * - the checksum: the CRC-32 (as ASCII bytes; zlib's CRC, Python's
 *   `zlib.crc32`) of everything before it, or with `checksumCovers:
 *   "random"` of the random part alone (as GitHub's tokens), written as
 *   exactly 6 base62 digits, most significant first, with the digits
 *   `0-9A-Za-z` (`0` is 0, `z` is 61), padded on the left with `0`.
 *
 * The prefix makes leaked keys easy to find ({@linkcode apiKeyPattern} gives
 * the regular expression, {@linkcode apiKeyScannerRules} the rules for
 * secretlint, gitleaks and GitHub secret scanning); the checksum lets
 * {@linkcode checkApiKey} refuse typos and truncated keys offline, and
 * scanners tell real keys from look-alikes. The checksum is not
 * authentication: anyone can compute it. Store only a hash of each key
 * (SHA-256 is right for random keys this long: no salt or slow hash is
 * needed) and compare hashes with `compare_digest`, as below. By default the
 * checksum also covers the prefix, which GitHub's tokens do not; with
 * `checksumCovers: "random"` it is computed as GitHub's (the module
 * `lib/recipes/api_key.ts` describes both scopes exactly).
 *
 * @param options `prefix` (required): 1 to 16 ASCII letters, digits and
 * `_`, starting with a letter and not ending with `_`; `bits`: 128 to 1024
 * (default 160); `checksumCovers`: `"prefixAndRandom"` (default) or
 * `"random"`.
 * @returns The key.
 * @throws {TypeError} If the prefix is missing or not a string, `bits` is
 * not a whole number, or an option is unknown.
 * @throws {RangeError} If the prefix, `bits` or `checksumCovers` is invalid.
 *
 * @example Issuing keys, and authenticating them
 * ```ts
 * import assert from "node:assert/strict";
 * import { compare_digest } from "@secrets/secrets";
 * import { apiKey, checkApiKey } from "@secrets/secrets/recipes";
 *
 * const sha256 = async (key: string) =>
 *   new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
 *
 * // Issue: show the key to its owner once, store only its hash.
 * const key = apiKey({ prefix: "acme" });
 * assert.match(key, /^acme_[0-9A-Za-z]{33}$/);
 * const stored = await sha256(key);
 *
 * // Each request: the checksum turns typos and truncated keys away without a
 * // look-up; the hash comparison is what authenticates.
 * async function authenticate(presented: string): Promise<boolean> {
 *   if (!checkApiKey(presented, { prefix: "acme" })) return false;
 *   return compare_digest(await sha256(presented), stored);
 * }
 * assert(await authenticate(key));
 * assert(!(await authenticate(key.slice(0, -1))));
 * assert(!(await authenticate(apiKey({ prefix: "acme" })))); // well formed, never issued
 * assert.throws(() => apiKey({ prefix: "acme", bits: 64 }), {
 *   name: "RangeError",
 *   message: "apiKey(): bits must be at least 128, got 64",
 * });
 * ```
 */
export function apiKey(options: ApiKeyOptions): string {
  return drawWith(API_KEY, RANDOM, options);
}

// ---- PINs, recovery codes, OTP secrets ---------------------------------------
// One block, kept apart from the recipes above (imports are hoisted).

import {
  PIN,
  PIN_KINDS,
  PIN_LENGTH,
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
  type PinKind,
  type PinOptions,
} from "./lib/recipes/pin.ts";
import {
  normalizeRecoveryCode,
  RECOVERY_CODES,
  type RecoveryCodesOptions,
  verifyRecoveryCode,
} from "./lib/recipes/recovery_codes.ts";
import {
  OTP_SECRET,
  OTP_SECRET_BITS,
  OTP_SECRET_MIN_BITS,
  otpauthUri,
  type OtpauthUriOptions,
  type OtpSecretOptions,
} from "./lib/recipes/otp.ts";

export {
  normalizeRecoveryCode,
  OTP_SECRET_BITS,
  OTP_SECRET_MIN_BITS,
  otpauthUri,
  PIN_KINDS,
  PIN_LENGTH,
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
  verifyRecoveryCode,
};
export type { OtpauthUriOptions, OtpSecretOptions, PinKind, PinOptions, RecoveryCodesOptions };

/**
 * Returns a random PIN: `length` digits (4 to 12, default 6), uniform over
 * every digit string of that length except the excluded ones. `exclude` takes
 * kinds of weak PINs ({@linkcode PinKind}: `"repeated"`, `"sequential"`,
 * `"repeating-pairs"`) and PINs as strings (a site's deny-list), in any mix.
 * Candidates are drawn whole, `''.join(secrets.choice(digits) for _ in
 * range(length))`, and drawn again while excluded: with the same bytes, the
 * same PIN as that Python. {@linkcode entropyBits}`("pin", options)` is
 * `log2` of the PINs left, counted exactly (the union of every exclusion).
 *
 * @param options `length` and `exclude`.
 * @returns The PIN.
 * @throws {TypeError} If an option has the wrong type or is unknown, or an
 * entry of `exclude` is not a string.
 * @throws {RangeError} If `length` is out of range, an entry of `exclude` is
 * neither a kind nor a PIN of `length` digits, or fewer than 2 PINs remain.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, pin } from "@secrets/secrets/recipes";
 *
 * assert.match(pin(), /^\d{6}$/);
 * const options = { length: 4, exclude: ["repeated", "sequential", "1212", "2580"] };
 * const p = pin(options);
 * assert(!/^(\d)\1{3}$/.test(p) && !"0123456789 9876543210".includes(p) && p !== "2580");
 * assert.equal(entropyBits("pin", options), Math.log2(10_000 - 10 - 14 - 2));
 * assert.throws(() => pin({ exclude: ["sequental"] }), {
 *   name: "RangeError",
 *   message: "pin(): exclude must hold kinds of PIN (repeated, sequential, repeating-pairs) " +
 *     'and PINs of 6 digits as strings, got "sequental" at index 0 (did you mean "sequential"?)',
 * });
 * ```
 */
export function pin(options?: PinOptions): string {
  return drawWith(PIN, RANDOM, options);
}

/**
 * Returns `count` distinct recovery codes (default 10) in Crockford's base32
 * (`0-9A-Z` without `I L O U`: nothing to misread), each the fewest whole
 * groups of `groupSize` characters (default 4) reaching `bits` (default 64),
 * joined by `separator` (`"-"`, `" "` or `""`): `7K3Q-9MZD-4T1X-B8WE`, 80
 * bits. Each code is drawn whole with `choice` and drawn again if it equals
 * an earlier one. Read typed codes back with
 * {@linkcode normalizeRecoveryCode} and check them with
 * {@linkcode verifyRecoveryCode}; store only their hashes.
 * {@linkcode entropyBits}`("recoveryCodes", options)` counts the whole list.
 *
 * @param options `count`, `bits`, `groupSize`, `separator`.
 * @returns The codes.
 * @throws {TypeError} If an option has the wrong type or is unknown.
 * @throws {RangeError} If `count` (1 to 1000), `bits` (40 to 1024) or
 * `groupSize` (1 to 64) is out of range, or `separator` is another string.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, recoveryCodes } from "@secrets/secrets/recipes";
 *
 * const codes = recoveryCodes();
 * assert.equal(codes.length, 10);
 * assert(codes.every((c) => /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/.test(c)));
 * assert.equal(new Set(codes).size, 10);
 * assert.match(recoveryCodes({ count: 1, bits: 50, groupSize: 5, separator: " " })[0], /^\w{5} \w{5}$/);
 * assert.equal(entropyBits("recoveryCodes", { count: 1 }), 80);
 * assert.throws(() => recoveryCodes({ bits: 32 }), {
 *   name: "RangeError",
 *   message: "recoveryCodes(): bits must be at least 40, got 32",
 * });
 * ```
 */
export function recoveryCodes(options?: RecoveryCodesOptions): string[] {
  return drawWith(RECOVERY_CODES, RANDOM, options);
}

/**
 * Returns a new secret for TOTP or HOTP (RFC 6238, RFC 4226): whole bytes,
 * at least `bits` (default 160, RFC 4226's recommendation; under 128 is
 * refused, as RFC 4226 requires), in RFC 4648 base32 without padding, the
 * form authenticator apps and {@linkcode otpauthUri} take: 32 characters for
 * 160 bits. Strength is counted in the bytes decoded, not in characters: a
 * 128-bit secret is 26 characters whose last is drawn among the 8 that leave
 * the unused bits zero, so no two secrets decode to the same key.
 *
 * @param options `bits`: 128 to 1024 (default 160).
 * @returns The secret.
 * @throws {TypeError} If `bits` is not a whole number, or an option is unknown.
 * @throws {RangeError} If `bits` is out of range.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, otpSecret } from "@secrets/secrets/recipes";
 *
 * assert.match(otpSecret(), /^[A-Z2-7]{32}$/);
 * assert.match(otpSecret({ bits: 128 }), /^[A-Z2-7]{25}[AEIMQUY4]$/);
 * assert.equal(entropyBits("otpSecret", { bits: 130 }), 136); // whole bytes: 17
 * assert.throws(() => otpSecret({ bits: 80 }), {
 *   name: "RangeError",
 *   message: "otpSecret(): bits must be at least 128, got 80",
 * });
 * ```
 */
export function otpSecret(options?: OtpSecretOptions): string {
  return drawWith(OTP_SECRET, RANDOM, options);
}

/**
 * Returns a key for documentation: {@linkcode apiKey}'s shape and
 * alphabet, realistic-looking, but whose checksum can never verify, so that
 * {@linkcode checkApiKey} refuses it and the rules of
 * {@linkcode apiKeyScannerRules} do not report it. Its checksum's first
 * digit is drawn from `5` to `z` (the rest as for `apiKey`): 6 base62 digits
 * starting with `5` or more stand for at least `5 * 62 ** 5 = 4,580,368,960`,
 * more than any CRC-32 (`2 ** 32 - 1 = 4,294,967,295` is `4gfFC3`), in
 * either `checksumCovers` scope; and {@linkcode apiKeyPattern}, whose
 * checksum must start with `0` to `4`, does not match it.
 *
 * @param options As for `apiKey`.
 * @returns The placeholder key.
 * @throws {TypeError} If the prefix is missing or not a string, or an option is wrong or unknown.
 * @throws {RangeError} If an option is invalid (as for `apiKey`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKeyPattern, apiKeyPlaceholder, checkApiKey } from "@secrets/secrets/recipes";
 *
 * const shown = apiKeyPlaceholder({ prefix: "acme" }); // for a README
 * assert.match(shown, /^acme_[0-9A-Za-z]{27}[5-9A-Za-z][0-9A-Za-z]{5}$/);
 * assert(!checkApiKey(shown, { prefix: "acme" }));
 * assert(!checkApiKey(shown, { prefix: "acme", checksumCovers: "random" }));
 * assert(!apiKeyPattern({ prefix: "acme" }).test(shown));
 * ```
 */
export function apiKeyPlaceholder(options: ApiKeyOptions): string {
  return drawWith(API_KEY_PLACEHOLDER, RANDOM, options);
}
