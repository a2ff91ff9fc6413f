/**
 * API keys that secret scanners can find and verify, and that catch typos
 * offline: `<prefix>_<random base62><6-character base62 CRC-32>`.
 *
 * The format, exactly (enough to implement it in another language):
 *
 * - `prefix`: 1 to 16 characters of `A-Z`, `a-z`, `0-9` and `_`, starting
 *   with a letter and not ending with `_` (the regular expression
 *   `[A-Za-z]([A-Za-z0-9_]{0,14}[A-Za-z0-9])?`), case-sensitive: `acme`,
 *   `acmeLive`, `sk_live`;
 * - then `_`;
 * - then the random part: `n` characters, each drawn uniformly from the 62
 *   characters `0-9A-Za-z` (in that order, `ALPHABETS.base62`) with `choice`,
 *   where `n` is the smallest integer with `62 ** n >= 2 ** bits` (27 for the
 *   default 160 bits, giving 160.76 bits; 30 for `bits` 173 to 178);
 * - then the checksum: the CRC-32 of the checksummed text, as ASCII bytes,
 *   computed as zlib and Python's `zlib.crc32` do (reflected polynomial
 *   0xEDB88320, initial value and final XOR 0xFFFFFFFF), written as exactly
 *   6 base62 digits, most significant first, with the digits `0-9A-Za-z`
 *   (0 is `0`, 61 is `z`), zero-padded on the left (62 ** 6 > 2 ** 32, so 6
 *   digits always suffice, and the first is always `0` to `4`). The
 *   checksummed text is chosen by `checksumCovers`:
 *   - `"prefixAndRandom"` (the default): everything before the checksum,
 *     `prefix + "_" + random`;
 *   - `"random"`: the random part alone, as GitHub's tokens do.
 *
 * A default key is `prefix.length + 1 + 27 + 6` characters: 38 for `acme`.
 * Reading a key: the random part and the checksum never hold `_`, so the
 * separator is the last `_` of the key; the `n + 6` characters after it are
 * the random part and the checksum, and the prefix is everything before it
 * (a prefix may hold `_` itself: `sk_live_...` has the prefix `sk_live`).
 *
 * How each scope differs from GitHub's token format (classic tokens such as
 * `ghp_` + 30 random base62 characters + 6 checksum characters, whose
 * checksum is the CRC-32 of the 30 random characters alone, in the same 6
 * base62 digits, most significant first, zero-padded):
 *
 * - `"random"` computes the checksum exactly as GitHub does. The only
 *   differences are those of shape: the prefix is yours (1 to 16
 *   characters, `_` allowed inside) and the random part has `n` characters
 *   (27 by default; `bits` 173 to 178 give GitHub's 30). So
 *   `checkApiKey(token, { prefix: "ghp", bits: 178, checksumCovers: "random" })`
 *   accepts a real GitHub token, and a tool that checks GitHub-style
 *   tokens by the CRC-32 of their random part accepts these keys. Since the
 *   prefix is outside the checksum, a key whose prefix is changed to another
 *   valid prefix (`acme_test_...` to `acme_live_...`) still has a valid
 *   checksum: only the comparison with the expected prefix catches it.
 * - `"prefixAndRandom"` also covers the prefix and the `_`: a key checked
 *   under another prefix fails, even by a scanner that does not know which
 *   prefixes exist. GitHub-style validators reject these keys (but for the
 *   1 in 2**32 whose two CRCs agree), and this scope rejects GitHub's tokens.
 *
 * @module
 */

import { atLoad, describe, optionError, readOptions } from "../core/mod.ts";
import { crc32 } from "./_crc32.ts";
import type { Recipe } from "./_recipe.ts";
import { ALPHABETS, drawChars, tokenLength } from "./token_text.ts";
import { flagOption, intOption, textOption } from "./_check.ts";

/**
 * What an API key's checksum covers: `"prefixAndRandom"` (the default), the
 * prefix, the `_` and the random part; or `"random"`, the random part alone,
 * as GitHub's tokens do.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKey, checkApiKey, type ChecksumCovers } from "@secrets/secrets/recipes";
 *
 * const checksumCovers: ChecksumCovers = "random";
 * const key = apiKey({ prefix: "acme", checksumCovers });
 * assert(checkApiKey(key, { prefix: "acme", checksumCovers }));
 * assert(!checkApiKey(key, { prefix: "acme" })); // the other scope: another checksum
 * ```
 */
export type ChecksumCovers = "prefixAndRandom" | "random";

/**
 * Options of {@linkcode apiKey}, {@linkcode checkApiKey},
 * {@linkcode apiKeyPattern} and {@linkcode apiKeyPlaceholder}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKey, type ApiKeyOptions, checkApiKey } from "@secrets/secrets/recipes";
 * const options: ApiKeyOptions = { prefix: "sk_live", bits: 192, checksumCovers: "random" };
 * assert(checkApiKey(apiKey(options), options));
 * ```
 */
export interface ApiKeyOptions {
  /**
   * The key type, first in the key (required): 1 to 16 ASCII letters,
   * digits and `_`, starting with a letter and not ending with `_`, e.g.
   * `"acme"`, `"acmeLive"` or `"sk_live"`. Pick one distinctive enough for
   * a scanner (not `"key"`).
   */
  prefix: string;
  /**
   * The least strength of the random part, in bits: a whole number from 128
   * to 1024 (default 160: 27 base62 characters, 160.76 bits; 173 to 178 give
   * GitHub's 30 characters). Checking a key needs the same value as making
   * it, since it fixes the key's length.
   */
  bits?: number;
  /**
   * What the checksum is the CRC-32 of: `"prefixAndRandom"` (default), the
   * prefix, the `_` and the random part; or `"random"`, the random part
   * alone, exactly as GitHub's tokens. Checking a key needs the same value as
   * making it.
   */
  checksumCovers?: ChecksumCovers;
}

/**
 * The default strength of an API key's random part, in bits: 160 (27 base62
 * characters, 160.76 bits).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { API_KEY_BITS, apiKey, checkApiKey } from "@secrets/secrets/recipes";
 *
 * const key = apiKey({ prefix: "acme" });
 * assert(checkApiKey(key, { prefix: "acme", bits: API_KEY_BITS }));
 * assert.equal(API_KEY_BITS, 160);
 * ```
 */
export const API_KEY_BITS = 160;
/**
 * The least `bits` an API key accepts: 128. A smaller value is a
 * `RangeError`, from `apiKey`, `checkApiKey` and `apiKeyPattern` alike.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { API_KEY_MIN_BITS, apiKey } from "@secrets/secrets/recipes";
 *
 * assert.match(apiKey({ prefix: "acme", bits: API_KEY_MIN_BITS }), /^acme_[0-9A-Za-z]{28}$/);
 * assert.throws(() => apiKey({ prefix: "acme", bits: API_KEY_MIN_BITS - 1 }), {
 *   name: "RangeError",
 *   message: "apiKey(): bits must be at least 128, got 127",
 * });
 * ```
 */
export const API_KEY_MIN_BITS = 128;
/**
 * The most `bits` an API key accepts: 1024 (172 base62 characters). A
 * larger value is a `RangeError`, from `apiKey`, `checkApiKey` and
 * `apiKeyPattern` alike.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { API_KEY_MAX_BITS, apiKey } from "@secrets/secrets/recipes";
 *
 * assert.equal(apiKey({ prefix: "a", bits: API_KEY_MAX_BITS }).length, 2 + 172 + 6);
 * assert.throws(() => apiKey({ prefix: "a", bits: API_KEY_MAX_BITS + 1 }), {
 *   name: "RangeError",
 *   message: "apiKey(): bits must be at most 1024, got 1025",
 * });
 * ```
 */
export const API_KEY_MAX_BITS = 1024;
const MAX_PREFIX = 16;
const PREFIX = /^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/;
const PREFIX_RULE =
  'must be 1 to 16 ASCII letters, digits and "_", starting with a letter and not ending with "_"';
const BASE62 = /* @__PURE__ */ atLoad(() => ALPHABETS.base62);
const BASE62_CHARS: readonly string[] = /* @__PURE__ */ atLoad(() =>
  Object.freeze(Array.from(BASE62))
);
const BASE62_ONLY = /^[0-9A-Za-z]*$/;
/** The first checksum digits no CRC-32 has: `5` to `z`. */
const NOT_A_CRC: readonly string[] = /* @__PURE__ */ atLoad(() =>
  Object.freeze(BASE62_CHARS.slice(5))
);
/** Characters of the checksum. */
export const CHECKSUM_LENGTH = 6;
const SCOPES: readonly ChecksumCovers[] = ["prefixAndRandom", "random"];
const KEY_OPTIONS = ["prefix", "bits", "checksumCovers"] as const;

/** What a key is made of: a pure function of the validated options. */
export interface KeyPlan {
  prefix: string;
  /** Characters of the random part. */
  length: number;
  /** What the checksum covers. */
  covers: ChecksumCovers;
}

/** Validates the key options read into `o` (by `readOptions`) into a plan. */
export function planKey(
  o: { readonly [K in typeof KEY_OPTIONS[number]]?: unknown },
  fn: string,
): KeyPlan {
  const prefix = o.prefix;
  if (prefix === undefined) {
    throw optionError(TypeError, fn, "prefix", 'is required, e.g. { prefix: "acme" }');
  }
  if (typeof prefix !== "string") {
    throw optionError(TypeError, fn, "prefix", `must be a string, got ${describe(prefix)}`, prefix);
  }
  if (prefix.length > MAX_PREFIX || !PREFIX.test(prefix)) {
    throw optionError(RangeError, fn, "prefix", `${PREFIX_RULE}, got ${describe(prefix)}`, prefix);
  }
  const bits = o.bits === undefined
    ? API_KEY_BITS
    : intOption(o.bits, fn, "bits", API_KEY_MIN_BITS, API_KEY_MAX_BITS);
  const covers = textOption(o.checksumCovers, fn, "checksumCovers", "prefixAndRandom");
  if (!(SCOPES as readonly string[]).includes(covers)) {
    throw optionError(
      RangeError,
      fn,
      "checksumCovers",
      `must be "prefixAndRandom" or "random", got ${describe(covers)}`,
      covers,
    );
  }
  return { prefix, length: tokenLength(bits, 62), covers: covers as ChecksumCovers };
}

/** Reads and validates the key options of `fn` into a plan. */
export function keyPlan(options: unknown, fn: string): KeyPlan {
  return planKey(readOptions(options, KEY_OPTIONS, fn), fn);
}

/** `value` (0 to 2**32 - 1) as 6 base62 digits `0-9A-Za-z`, most significant first, zero-padded. */
export function checksumDigits(value: number): string {
  let out = "";
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = BASE62[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

/** The 6-character checksum of `body` (ASCII): its CRC-32, in base62. */
export function apiKeyChecksum(body: string): string {
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
  return checksumDigits(crc32(bytes));
}

/**
 * The checksum of a key's `body` (everything before the checksum) in the
 * plan's scope: of the whole body, or of its random part alone.
 */
export function checksumFor(plan: KeyPlan, body: string): string {
  return apiKeyChecksum(plan.covers === "random" ? body.slice(plan.prefix.length + 1) : body);
}

/**
 * The `apiKey` recipe: the prefix and length planned, the random part drawn
 * with one `choice` a character, then the checksum. Its entropy is the
 * random part's, `n * log2(62)`: the prefix and the checksum add none.
 */
export const API_KEY: Recipe<ApiKeyOptions, KeyPlan> = {
  label: "apiKey()",
  plan: (options, fn) => keyPlan(options, fn),
  draw: (random, plan) => {
    const body = `${plan.prefix}_${drawChars(random.choice, BASE62_CHARS, plan.length)}`;
    return body + checksumFor(plan, body);
  },
  bits: (plan) => plan.length * Math.log2(62),
};

/**
 * Checks a key's form offline, with no database: the prefix, the `_`, the
 * length, the alphabet and the CRC-32 checksum must all be right.
 *
 * The checksum catches typos (every single-character change and every
 * adjacent swap of the part before it, by the properties of CRC-32) and
 * truncated or lengthened keys, so a service can turn them away before a
 * look-up, and a scanner can tell a real key from a look-alike string. It is
 * not authentication: anyone can compute it. To authenticate, store a hash of
 * each key (SHA-256 through `crypto.subtle.digest`) and compare the hash of
 * the key presented with `compare_digest` (see {@linkcode apiKey}).
 *
 * With `checksumCovers: "random"` the checksum is the CRC-32 of the random
 * part alone, as in GitHub's tokens: `{ prefix: "ghp", bits: 178,
 * checksumCovers: "random" }` accepts GitHub's classic personal access
 * tokens (30 random characters).
 *
 * @param key The key to check.
 * @param options The prefix, and the `bits` and `checksumCovers` the key was
 * made with (defaults 160 and `"prefixAndRandom"`).
 * @returns `true` if the key is well formed and its checksum matches.
 * @throws {TypeError} If `key` is not a string, the prefix is missing or not
 * a string, or an option is unknown.
 * @throws {RangeError} If the prefix, `bits` or `checksumCovers` is invalid (as for `apiKey`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKey, checkApiKey } from "@secrets/secrets/recipes";
 *
 * const key = apiKey({ prefix: "acme" });
 * assert(checkApiKey(key, { prefix: "acme" }));
 * assert(!checkApiKey(key.slice(0, -1), { prefix: "acme" })); // truncated
 * const typo = key.slice(0, 10) + (key[10] === "x" ? "y" : "x") + key.slice(11);
 * assert(!checkApiKey(typo, { prefix: "acme" }));
 * assert(!checkApiKey(key, { prefix: "other" }));
 * assert(checkApiKey("acme_0000000000000000000000000003WelpI", { prefix: "acme" }));
 * // The random scope: the CRC-32 of "000...0" (30 characters) alone, as GitHub computes it.
 * const github = { prefix: "ghp", bits: 178, checksumCovers: "random" } as const;
 * assert(checkApiKey(`ghp_${"0".repeat(30)}2C8GjS`, github));
 * assert(!checkApiKey(`ghp_${"0".repeat(30)}2C8GjS`, { ...github, checksumCovers: undefined }));
 * assert.throws(() => checkApiKey(key, { prefix: "my-app" }), {
 *   name: "RangeError",
 *   message: 'checkApiKey(): prefix must be 1 to 16 ASCII letters, digits and "_", ' +
 *     'starting with a letter and not ending with "_", got "my-app"',
 * });
 * ```
 */
export function checkApiKey(key: string, options: ApiKeyOptions): boolean {
  const plan = keyPlan(options, "checkApiKey()");
  if (typeof key !== "string") {
    throw optionError(
      TypeError,
      "checkApiKey()",
      "key",
      `must be a string, got ${describe(key)}`,
      key,
    );
  }
  const head = plan.prefix.length + 1;
  if (key.length !== head + plan.length + CHECKSUM_LENGTH) return false;
  if (!key.startsWith(plan.prefix) || key[plan.prefix.length] !== "_") return false;
  if (!BASE62_ONLY.test(key.slice(head))) return false;
  const split = key.length - CHECKSUM_LENGTH;
  return checksumFor(plan, key.slice(0, split)) === key.slice(split);
}

/**
 * Options of {@linkcode apiKeyPattern}: the key's options, and `global`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKey, apiKeyPattern, type ApiKeyPatternOptions } from "@secrets/secrets/recipes";
 *
 * const options: ApiKeyPatternOptions = { prefix: "acme", global: true };
 * const text = `first ${apiKey({ prefix: "acme" })}, then ${apiKey({ prefix: "acme" })}`;
 * assert.equal([...text.matchAll(apiKeyPattern(options))].length, 2);
 * ```
 */
export interface ApiKeyPatternOptions extends ApiKeyOptions {
  /**
   * `true` for a `RegExp` with the `g` flag, to find every key in a text
   * (`text.matchAll(pattern)`); default `false`, no flags (`pattern.test(s)`
   * keeps no state between calls).
   */
  global?: boolean;
}

/**
 * The source of the expression that matches a key of `plan`'s form standing
 * alone: `\b` (an ASCII word boundary, the same in JavaScript, RE2, Go and
 * Hyperscan), the prefix and `_`, `n` base62 characters, the checksum's
 * first digit `0` to `4` and 5 base62 digits, and `\b`.
 */
export function patternSource(plan: KeyPlan): string {
  return `\\b${plan.prefix}_[0-9A-Za-z]{${plan.length}}[0-4][0-9A-Za-z]{${CHECKSUM_LENGTH - 1}}\\b`;
}

/**
 * Returns a regular expression that matches exactly the strings of the form
 * of {@linkcode apiKey}'s keys with this prefix and length, standing alone:
 * `\bacme_[0-9A-Za-z]{27}[0-4][0-9A-Za-z]{5}\b` for `{ prefix: "acme" }`.
 *
 * - `\b` on each side: no letter, digit or `_` may touch the key. An `_`
 *   before it would make it part of a longer name: `live_...` is never
 *   found inside `sk_live_...`.
 * - `[0-4]`: every checksum starts with `0` to `4` (a CRC-32 is below
 *   `5 * 62 ** 5`), so {@linkcode apiKeyPlaceholder}'s keys, whose checksum
 *   starts with `5` to `z`, do not match.
 * - The source uses nothing but `\b`, classes and counted repeats: it
 *   compiles, and matches the same strings, under RE2 (gitleaks, Go) and
 *   Hyperscan (GitHub's custom patterns) as in JavaScript.
 *
 * A regular expression cannot compute a CRC: confirm each match with
 * {@linkcode checkApiKey} to drop look-alikes, or use the rules of
 * {@linkcode apiKeyScannerRules}, whose secretlint rule does. The
 * `checksumCovers` option is accepted (so one options object serves every
 * function) and does not change the expression.
 *
 * @param options The prefix, and the `bits` the keys are made with (default
 * 160); `global: true` for the `g` flag.
 * @returns A new `RegExp`, with the `g` flag if `global`, else without flags.
 * @throws {TypeError} If the prefix is missing or not a string, `global` is
 * not a boolean, or an option is unknown.
 * @throws {RangeError} If the prefix, `bits` or `checksumCovers` is invalid (as for `apiKey`).
 *
 * @example Scanning text for leaked keys
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKey, apiKeyPattern, checkApiKey } from "@secrets/secrets/recipes";
 *
 * const pattern = apiKeyPattern({ prefix: "acme", global: true });
 * assert.equal(pattern.source, "\\bacme_[0-9A-Za-z]{27}[0-4][0-9A-Za-z]{5}\\b");
 * const key = apiKey({ prefix: "acme" });
 * const fake = `acme_${"x".repeat(27)}0xxxxx`;
 * const text = `ACME_KEY="${key}"\nOLD_${key}\nnotacme_${key.slice(5)} ${fake}`;
 * const found = [...text.matchAll(pattern)].map((m) => m[0]);
 * assert.deepEqual(found, [key, fake]); // "OLD_acme_", "notacme_": longer names
 * assert.deepEqual(found.filter((k) => checkApiKey(k, { prefix: "acme" })), [key]);
 * assert.equal(apiKeyPattern({ prefix: "acme" }).flags, "");
 * ```
 */
export function apiKeyPattern(options: ApiKeyPatternOptions): RegExp {
  const fn = "apiKeyPattern()";
  const o = readOptions(options, [...KEY_OPTIONS, "global"], fn);
  const plan = planKey(o, fn);
  return new RegExp(patternSource(plan), flagOption(o.global, fn, "global") ? "g" : "");
}

/**
 * The placeholder recipe: a key of `apiKey`'s shape whose checksum can never
 * verify: the random part drawn as `apiKey` draws it, then a checksum whose
 * first digit is drawn from `5` to `z` and the other five from `0-9A-Za-z`.
 * A checksum starting with `5` or more stands for at least `5 * 62 ** 5 =
 * 4,580,368,960`, more than any CRC-32 (at most `2 ** 32 - 1 =
 * 4,294,967,295`, `4gfFC3`), so no text, in either scope, has it.
 */
export const API_KEY_PLACEHOLDER: Recipe<ApiKeyOptions, KeyPlan> = {
  label: "apiKeyPlaceholder()",
  plan: (options, fn) => keyPlan(options, fn),
  draw: (random, plan) =>
    `${plan.prefix}_${drawChars(random.choice, BASE62_CHARS, plan.length)}` +
    drawChars(random.choice, NOT_A_CRC, 1) +
    drawChars(random.choice, BASE62_CHARS, CHECKSUM_LENGTH - 1),
  bits: (plan) => plan.length * Math.log2(62),
};
