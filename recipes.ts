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
 * the number of passwords that meet the constraints, `count * log2(words)`
 * for a passphrase, or `length * log2(alphabet size)` for a `tokenText` token.
 *
 * @param recipe `"password"`, `"passphrase"` or `"tokenText"`.
 * @param options The options the recipe would be called with.
 * @returns Bits of entropy.
 * @throws {RangeError} If the options are invalid (as the recipe would).
 * @throws {TypeError} If `recipe` is none of these names.
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
/** The entropy of a {@linkcode tokenText} token: `length * log2(alphabet size)`, exactly. */
export function entropyBits(recipe: "tokenText", options?: TokenTextOptions): number;
export function entropyBits(
  recipe: "password" | "passphrase" | "tokenText",
  options: PasswordOptions | PassphraseOptions | TokenTextOptions = {},
): number {
  if (recipe === "password") return passwordEntropyBits(options as PasswordOptions);
  if (recipe === "passphrase") return passphraseEntropyBits(options as PassphraseOptions);
  if (recipe === "tokenText") return tokenTextEntropyBits(options as TokenTextOptions);
  throw new TypeError(`entropyBits(): recipe must be "password", "passphrase" or "tokenText"`);
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

const tokenTextImpl = tokenTextFor(choice);
const apiKeyImpl = apiKeyFor(choice);

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
