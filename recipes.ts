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

import { choice } from "./mod.ts";
import { drawPassword, type PasswordOptions, passwordPlan } from "./lib/password.ts";
import {
  drawPassphrase,
  effLargeWordlist,
  type PassphraseOptions,
  passphrasePlan,
} from "./lib/passphrase.ts";
import { log2Big } from "./lib/password.ts";
import { AMBIGUOUS as AMBIGUOUS_CHARS, SYMBOLS as SYMBOL_CHARS } from "./lib/_charset.ts";

export type { PassphraseOptions, PasswordOptions };

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
  return drawPassword(choice, passwordPlan(options));
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
  return drawPassphrase(choice, passphrasePlan(options));
}

/**
 * Returns the exact entropy, in bits, of what a recipe draws from: `log2` of
 * the number of passwords that meet the constraints, `words * log2(list
 * size)` for a passphrase (exact, because only lists whose phrases can be read
 * back are accepted), or `length * log2(alphabet size)` for a `tokenText` token.
 *
 * @param recipe `"password"`, `"passphrase"` or `"tokenText"`.
 * @param options The options the recipe would be called with.
 * @returns Bits of entropy.
 * @throws {RangeError} If the options are invalid (as the recipe would).
 * @throws {TypeError} If `recipe` is none of these names, or an option is wrong or unknown.
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
 *   message: 'entropyBits(): recipe must be "password", "passphrase" or "tokenText", got "pin"',
 * });
 * ```
 */
export function entropyBits(recipe: "password", options?: PasswordOptions): number;
/** The entropy of a passphrase. */
export function entropyBits(recipe: "passphrase", options?: PassphraseOptions): number;
/** The entropy of a {@linkcode tokenText} token: `length * log2(alphabet size)`, exactly. */
export function entropyBits(recipe: "tokenText", options?: TokenTextOptions): number;
export function entropyBits(
  recipe: "password" | "passphrase" | "tokenText",
  options?: PasswordOptions | PassphraseOptions | TokenTextOptions,
): number {
  if (recipe === "password") return log2Big(passwordPlan(options, "entropyBits()").valid);
  if (recipe === "passphrase") {
    const plan = passphrasePlan(options, "entropyBits()");
    return plan.count * Math.log2(plan.words.length);
  }
  if (recipe === "tokenText") return tokenTextEntropyBits(options as TokenTextOptions);
  throw new TypeError(
    `entropyBits(): recipe must be "password", "passphrase" or "tokenText", got ${
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

// ---- Tokens sized in bits, API keys, collision math (issue 16) -------------
// One block, kept apart from the recipes above. The imports sit here too
// (imports are hoisted, wherever they are written).

import {
  type AlphabetName,
  ALPHABETS,
  tokenTextEntropyBits,
  tokenTextFor,
  type TokenTextOptions,
} from "./lib/token_text.ts";
import { apiKeyFor, type ApiKeyOptions, apiKeyPattern, checkApiKey } from "./lib/api_key.ts";
import {
  bitsFor,
  type BitsForOptions,
  type CollisionOptions,
  collisionProbability,
} from "./lib/collision.ts";

export { ALPHABETS, apiKeyPattern, bitsFor, checkApiKey, collisionProbability };
export type { AlphabetName, ApiKeyOptions, BitsForOptions, CollisionOptions, TokenTextOptions };

// Marked pure so that a bundle that uses neither drops them (and their modules).
const tokenTextImpl = /* @__PURE__ */ tokenTextFor(choice);
const apiKeyImpl = /* @__PURE__ */ apiKeyFor(choice);

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
 *   message: 'tokenText(): unknown alphabet name "base64" (did you mean "base64url"?); ' +
 *     "the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase",
 * });
 * assert.throws(() => tokenText({ bits: 0 }), {
 *   name: "RangeError",
 *   message: "tokenText(): bits must be at least 1, got 0",
 * });
 * ```
 */
export function tokenText(options?: TokenTextOptions): string {
  return tokenTextImpl(options);
}

/**
 * Returns a new API key, `<prefix>_<random><checksum>`, for example
 * `acme_CTUf9hphQwnO0u2Gz178G7hgsyX1PWDvP`:
 *
 * - the prefix (1 to 16 ASCII letters and digits, starting with a letter);
 * - `_`;
 * - the random part: `n` characters drawn uniformly from `0-9A-Za-z`
 *   (`ALPHABETS.base62`) with `choice`, `n` the smallest integer with
 *   `62 ** n >= 2 ** bits` (27 for the default 160 bits: 160.76 bits);
 * - the checksum: the CRC-32 of everything before it (as ASCII bytes; zlib's
 *   CRC, Python's `zlib.crc32`), written as exactly 6 base62 digits, most
 *   significant first, with the digits `0-9A-Za-z` (`0` is 0, `z` is 61),
 *   padded on the left with `0`.
 *
 * The prefix makes leaked keys easy to find ({@linkcode apiKeyPattern} gives
 * the regular expression for GitHub secret scanning or gitleaks); the
 * checksum lets {@linkcode checkApiKey} refuse typos and truncated keys
 * offline, and scanners tell real keys from look-alikes. The checksum is not
 * authentication: anyone can compute it. Store only a hash of each key
 * (SHA-256 is right for random keys this long: no salt or slow hash is
 * needed) and compare hashes with `compare_digest`, as below. The format is
 * this package's own; it is not GitHub's token format.
 *
 * @param options `prefix` (required): 1 to 16 ASCII letters and digits,
 * starting with a letter; `bits`: 128 to 1024 (default 160).
 * @returns The key.
 * @throws {TypeError} If the prefix is missing or not a string, `bits` is
 * not a whole number, or an option is unknown.
 * @throws {RangeError} If the prefix or `bits` is invalid.
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
  return apiKeyImpl(options);
}
