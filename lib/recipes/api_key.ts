/**
 * API keys that secret scanners can find and that catch typos offline:
 * `<prefix>_<random base62><6-character base62 CRC-32>`.
 *
 * The format, exactly (enough to implement it in another language):
 *
 * - `prefix`: 1 to 16 ASCII letters and digits, starting with a letter
 *   (case-sensitive);
 * - then `_`;
 * - then the random part: `n` characters, each drawn uniformly from the 62
 *   characters `0-9A-Za-z` (in that order, `ALPHABETS.base62`) with `choice`,
 *   where `n` is the smallest integer with `62 ** n >= 2 ** bits` (27 for the
 *   default 160 bits, giving 160.76 bits);
 * - then the checksum: the CRC-32 of everything before it (prefix,
 *   underscore and random part, as ASCII bytes), computed as zlib and
 *   Python's `zlib.crc32` do (reflected polynomial 0xEDB88320, initial value
 *   and final XOR 0xFFFFFFFF), written as exactly 6 base62 digits, most
 *   significant first, with the digits `0-9A-Za-z` (0 is `0`, 61 is `z`),
 *   zero-padded on the left (62 ** 6 > 2 ** 32, so 6 digits always suffice;
 *   the first is always `0` to `4`).
 *
 * A default key is `prefix.length + 1 + 27 + 6` characters: 38 for `acme`.
 *
 * @module
 */

import { describe, readOptions } from "../core/mod.ts";
import { crc32 } from "./_crc32.ts";
import type { Recipe } from "./_recipe.ts";
import { ALPHABETS, checkBits, lengthOf } from "./token_text.ts";
import { charTable, drawText } from "./_text.ts";

/**
 * Options of {@linkcode apiKey}, {@linkcode checkApiKey} and
 * {@linkcode apiKeyPattern}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKey, type ApiKeyOptions, checkApiKey } from "@secrets/secrets/recipes";
 * const options: ApiKeyOptions = { prefix: "acme", bits: 192 };
 * assert(checkApiKey(apiKey(options), options));
 * ```
 */
export interface ApiKeyOptions {
  /**
   * The key type, first in the key (required): 1 to 16 ASCII letters and
   * digits, starting with a letter, e.g. `"acme"` or `"acmeLive"`. Pick one
   * distinctive enough for a scanner (not `"key"`).
   */
  prefix: string;
  /**
   * The least strength of the random part, in bits: a whole number from 128
   * to 1024 (default 160: 27 base62 characters, 160.76 bits). Checking a key
   * needs the same value as making it, since it fixes the key's length.
   */
  bits?: number;
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
const PREFIX = /^[A-Za-z][A-Za-z0-9]*$/;
const BASE62 = ALPHABETS.base62;
const BASE62_CHARS: readonly string[] = /* @__PURE__ */ Object.freeze(Array.from(BASE62));
const BASE62_TABLE = /* @__PURE__ */ charTable(BASE62_CHARS);
const BASE62_ONLY = /^[0-9A-Za-z]*$/;
/** Characters of the checksum. */
export const CHECKSUM_LENGTH = 6;

/** What a key is made of: a pure function of the validated options. */
export interface KeyPlan {
  prefix: string;
  /** Characters of the random part. */
  length: number;
}

function keyPlan(options: unknown, fn: string): KeyPlan {
  const o = readOptions(options, ["prefix", "bits"], fn);
  const prefix = o.prefix;
  if (prefix === undefined) {
    throw new TypeError(`${fn}: the prefix option is required, e.g. { prefix: "acme" }`);
  }
  if (typeof prefix !== "string") {
    throw new TypeError(`${fn}: prefix must be a string, got ${describe(prefix)}`);
  }
  if (prefix.length > MAX_PREFIX || !PREFIX.test(prefix)) {
    throw new RangeError(
      `${fn}: prefix must be 1 to ${MAX_PREFIX} ASCII letters and digits, starting with a letter, got ${
        describe(prefix)
      }`,
    );
  }
  const bits = o.bits === undefined
    ? API_KEY_BITS
    : checkBits(o.bits, `${fn}: bits`, API_KEY_MIN_BITS, API_KEY_MAX_BITS);
  return { prefix, length: lengthOf(bits, 62) };
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
 * The `apiKey` recipe: the prefix and length planned, the random part drawn
 * with one `choice` a character, then the checksum. Its entropy is the
 * random part's, `n * log2(62)`: the prefix and the checksum add none.
 */
export const API_KEY: Recipe<ApiKeyOptions, KeyPlan> = {
  name: "apiKey",
  plan: (options, fn) => keyPlan(options, fn),
  draw: (random, { prefix, length }) => {
    const body = `${prefix}_${drawText(random, BASE62_TABLE, length)}`;
    return body + apiKeyChecksum(body);
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
 * @param key The key to check.
 * @param options The prefix, and the `bits` the key was made with (default 160).
 * @returns `true` if the key is well formed and its checksum matches.
 * @throws {TypeError} If `key` is not a string, the prefix is missing or not
 * a string, or an option is unknown.
 * @throws {RangeError} If the prefix or `bits` is invalid (as for `apiKey`).
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
 * assert.throws(() => checkApiKey(key, { prefix: "my-app" }), {
 *   name: "RangeError",
 *   message:
 *     'checkApiKey(): prefix must be 1 to 16 ASCII letters and digits, starting with a letter, got "my-app"',
 * });
 * ```
 */
export function checkApiKey(key: string, options: ApiKeyOptions): boolean {
  const { prefix, length } = keyPlan(options, "checkApiKey()");
  if (typeof key !== "string") {
    throw new TypeError(`checkApiKey(): key must be a string, got ${describe(key)}`);
  }
  const head = prefix.length + 1;
  if (key.length !== head + length + CHECKSUM_LENGTH) return false;
  if (!key.startsWith(prefix) || key[prefix.length] !== "_") return false;
  if (!BASE62_ONLY.test(key.slice(head))) return false;
  const split = key.length - CHECKSUM_LENGTH;
  return apiKeyChecksum(key.slice(0, split)) === key.slice(split);
}

/**
 * Returns a regular expression that matches exactly the strings of the form
 * of {@linkcode apiKey}'s keys with this prefix and length, standing alone:
 * not preceded or followed by a letter or digit (an underscore or any other
 * character may touch them, as GitHub's secret scanning treats boundaries):
 * `(?<![0-9A-Za-z])acme_[0-9A-Za-z]{33}(?![0-9A-Za-z])` for
 * `{ prefix: "acme" }`. A regular expression cannot compute a CRC: confirm
 * each match with {@linkcode checkApiKey} to drop look-alikes. The expression
 * has no flags; add `g` to find every match (`new RegExp(apiKeyPattern(o), "g")`).
 *
 * - GitHub secret scanning, custom pattern: put `acme_[0-9A-Za-z]{33}` in
 *   "Secret format" and keep the default "Before secret" and "After secret"
 *   (`\A|[^0-9A-Za-z]`, `\z|[^0-9A-Za-z]`): the same boundaries.
 * - gitleaks (Go regular expressions have no look-around: the boundaries are
 *   matched, and the key is the first group), in `.gitleaks.toml`:
 *
 * ```toml
 * [extend]
 * useDefault = true
 *
 * [[rules]]
 * id = "acme-api-key"
 * description = "Acme API key"
 * regex = '''(?:^|[^0-9A-Za-z])(acme_[0-9A-Za-z]{33})(?:[^0-9A-Za-z]|$)'''
 * secretGroup = 1
 * keywords = ["acme_"]
 * ```
 *
 * @param options The prefix, and the `bits` the keys are made with (default 160).
 * @returns A new `RegExp` without flags.
 * @throws {TypeError} If the prefix is missing or not a string, or an option is unknown.
 * @throws {RangeError} If the prefix or `bits` is invalid (as for `apiKey`).
 *
 * @example Scanning text for leaked keys
 * ```ts
 * import assert from "node:assert/strict";
 * import { apiKey, apiKeyPattern, checkApiKey } from "@secrets/secrets/recipes";
 *
 * const pattern = apiKeyPattern({ prefix: "acme" });
 * assert.equal(pattern.source, "(?<![0-9A-Za-z])acme_[0-9A-Za-z]{33}(?![0-9A-Za-z])");
 * const key = apiKey({ prefix: "acme" });
 * const fake = `acme_${"x".repeat(33)}`;
 * const text = `ACME_KEY="${key}"\nOLD_${key}\nnotacme_${key.slice(5)} ${fake}`;
 * const found = [...text.matchAll(new RegExp(pattern, "g"))].map((m) => m[0]);
 * assert.deepEqual(found, [key, key, fake]); // "notacme_..." is another prefix
 * assert.deepEqual(found.filter((k) => checkApiKey(k, { prefix: "acme" })), [key, key]);
 * ```
 */
export function apiKeyPattern(options: ApiKeyOptions): RegExp {
  const { prefix, length } = keyPlan(options, "apiKeyPattern()");
  return new RegExp(
    `(?<![0-9A-Za-z])${prefix}_[0-9A-Za-z]{${length + CHECKSUM_LENGTH}}(?![0-9A-Za-z])`,
  );
}
