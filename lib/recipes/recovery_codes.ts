/**
 * Recovery codes people can type back: distinct codes in Crockford's base32
 * (`0-9A-Z` without `I L O U`), grouped for reading (`7K3Q-9MZD-4T1X-B8WE`);
 * what a person types is read back by Crockford's rules (case ignored, `I`
 * and `L` read as `1`, `O` as `0`, hyphens and spaces ignored), and checked
 * against every code in constant time.
 *
 * @module
 */

import { atLoad, describe, log2Big, optionError, readOptions } from "../core/mod.ts";
import type { Recipe } from "./_recipe.ts";
import { ALPHABETS, drawChars } from "./token_text.ts";
import { intOption } from "./_check.ts";

/**
 * Options of {@linkcode recoveryCodes}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { recoveryCodes, type RecoveryCodesOptions } from "@secrets/secrets/recipes";
 * const options: RecoveryCodesOptions = { count: 8, bits: 50, groupSize: 5, separator: " " };
 * assert.match(recoveryCodes(options)[0], /^[0-9A-Z]{5} [0-9A-Z]{5}$/);
 * ```
 */
export interface RecoveryCodesOptions {
  /** How many codes, all different: a whole number from 1 to 1000 (default 10). */
  count?: number;
  /**
   * The least strength of each code, in bits: a whole number from 40 to 1024
   * (default 64). A code has the fewest whole groups of characters (5 bits
   * each) that reach it: 16 characters (80 bits) by default.
   */
  bits?: number;
  /** Characters in a group: a whole number from 1 to 64 (default 4). */
  groupSize?: number;
  /**
   * Between groups: `"-"` (the default), `" "` or `""`, the characters that
   * {@linkcode normalizeRecoveryCode} ignores.
   */
  separator?: "-" | " " | "";
}

/** The default number of recovery codes. */
export const RECOVERY_CODES_COUNT = 10;
/** The default least strength of a recovery code, in bits. */
export const RECOVERY_CODE_BITS = 64;
// The bounds of the options; the command line's flags take the same.
/** The least `bits`. */
export const RECOVERY_CODE_MIN_BITS = 40;
/** The most `bits`. */
export const RECOVERY_CODE_MAX_BITS = 1024;
/** The most codes in one set (`count`). */
export const RECOVERY_CODES_MAX_COUNT = 1000;
/** The most characters in a group (`groupSize`). */
export const RECOVERY_CODE_MAX_GROUP = 64;
const SEPARATORS: readonly string[] = ["-", " ", ""];

const CROCKFORD: readonly string[] = /* @__PURE__ */ atLoad(() =>
  Object.freeze(Array.from(ALPHABETS.crockford))
);

/**
 * What each ASCII character reads as, by Crockford's decoding rules: the
 * canonical character, `""` for the ignored hyphen and space, `undefined`
 * (absent) for a character no code holds.
 */
const READ: Readonly<Record<string, string>> = /* @__PURE__ */ (() => {
  const table: Record<string, string> = Object.create(null);
  for (const c of ALPHABETS.crockford) {
    table[c] = c;
    table[c.toLowerCase()] = c;
  }
  for (const c of "IiLl") table[c] = "1";
  for (const c of "Oo") table[c] = "0";
  table["-"] = "";
  table[" "] = "";
  return Object.freeze(table);
})();

/** What recovery codes are drawn from. */
export interface RecoveryPlan {
  readonly count: number;
  /** Characters of a code, without separators: a multiple of `groupSize`. */
  readonly length: number;
  readonly groupSize: number;
  readonly separator: string;
}

/** Reads and validates {@linkcode RecoveryCodesOptions}. */
export function recoveryPlan(options: RecoveryCodesOptions | undefined, fn: string): RecoveryPlan {
  const o = readOptions(options, ["count", "bits", "groupSize", "separator"], fn);
  const count = o.count === undefined
    ? RECOVERY_CODES_COUNT
    : intOption(o.count, fn, "count", 1, RECOVERY_CODES_MAX_COUNT);
  const bits = o.bits === undefined
    ? RECOVERY_CODE_BITS
    : intOption(o.bits, fn, "bits", RECOVERY_CODE_MIN_BITS, RECOVERY_CODE_MAX_BITS);
  const groupSize = o.groupSize === undefined
    ? 4
    : intOption(o.groupSize, fn, "groupSize", 1, RECOVERY_CODE_MAX_GROUP);
  const separator = o.separator === undefined ? "-" : o.separator;
  if (typeof separator !== "string") {
    throw optionError(
      TypeError,
      fn,
      "separator",
      `must be a string, got ${describe(separator)}`,
      separator,
    );
  }
  if (!SEPARATORS.includes(separator)) {
    throw optionError(
      RangeError,
      fn,
      "separator",
      `must be "-", " " or "" (what normalizeRecoveryCode ignores), got ${describe(separator)}`,
      separator,
    );
  }
  const groups = Math.ceil(Math.ceil(bits / 5) / groupSize);
  return { count, length: groups * groupSize, groupSize, separator };
}

function grouped(code: string, groupSize: number, separator: string): string {
  let out = code.slice(0, groupSize);
  for (let i = groupSize; i < code.length; i += groupSize) {
    out += separator + code.slice(i, i + groupSize);
  }
  return out;
}

/**
 * The recovery codes recipe: `count` distinct codes, each drawn whole with
 * `choice` and drawn again while it equals an earlier one; the entropy is of
 * the whole list.
 */
export const RECOVERY_CODES: Recipe<RecoveryCodesOptions, RecoveryPlan, string[]> = {
  label: "recoveryCodes()",
  plan: recoveryPlan,
  draw: (random, { count, length, groupSize, separator }) => {
    const codes: string[] = [];
    const seen = new Set<string>();
    while (codes.length < count) {
      const code = drawChars(random.choice, CROCKFORD, length);
      if (seen.has(code)) continue;
      seen.add(code);
      codes.push(code);
    }
    return codes.map((code) => grouped(code, groupSize, separator));
  },
  // The ordered lists of distinct codes: N * (N - 1) * ... * (N - count + 1).
  bits: ({ count, length }) => {
    const n = 1n << BigInt(5 * length);
    let lists = 1n;
    for (let i = 0n; i < BigInt(count); i++) lists *= n - i;
    return log2Big(lists);
  },
};

/** The canonical form of `code`, or the index of its first unreadable UTF-16 unit. */
function readCode(code: string): string | number {
  let out = "";
  for (let i = 0; i < code.length; i++) {
    const c = READ[code[i]];
    if (c === undefined) return i;
    out += c;
  }
  return out;
}

const RULES =
  "not a character of a recovery code (Crockford's base32: 0-9 and A-Z but U; I and L read as 1, O as 0; hyphens and spaces ignored)";

/** `code`'s character at UTF-16 index `at` (the whole code point), described. */
function characterAt(code: string, at: number): string {
  return describe(String.fromCodePoint(code.codePointAt(at)!));
}

/**
 * Returns the canonical form of a recovery code as a person typed it, by
 * Crockford's decoding rules: letters upper-cased, `I` and `L` (either case)
 * read as `1`, `O` as `0`, hyphens and spaces dropped. `"7k3q 9mzd-4tlx"` is
 * `"7K3Q9MZD4T1X"`. Compare and hash this form (see
 * {@linkcode verifyRecoveryCode}).
 *
 * @param code What was typed.
 * @returns The code's characters, upper case, without separators.
 * @throws {TypeError} If `code` is not a string.
 * @throws {RangeError} If `code` holds a character that no code can hold
 * (`U`, punctuation other than `-`, any non-ASCII character): the message
 * says which, and where.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { normalizeRecoveryCode } from "@secrets/secrets/recipes";
 *
 * assert.equal(normalizeRecoveryCode("7k3q 9mzd-4tlx-b8wo"), "7K3Q9MZD4T1XB8W0");
 * assert.throws(() => normalizeRecoveryCode("7K3Q-9MZU"), {
 *   name: "RangeError",
 *   message: 'normalizeRecoveryCode(): code has "U" at index 8, not a character of a recovery code ' +
 *     "(Crockford's base32: 0-9 and A-Z but U; I and L read as 1, O as 0; hyphens and spaces ignored)",
 * });
 * ```
 */
export function normalizeRecoveryCode(code: string): string {
  const fn = "normalizeRecoveryCode()";
  if (typeof code !== "string") {
    throw optionError(TypeError, fn, "code", `must be a string, got ${describe(code)}`, code);
  }
  const read = readCode(code);
  if (typeof read === "number") {
    throw optionError(
      RangeError,
      fn,
      "code",
      `has ${characterAt(code, read)} at index ${read}, ${RULES}`,
      code,
      { index: read },
    );
  }
  return read;
}

/** 1 if `a` equals `b`, else 0, in time that depends on `b`'s length only (and `a`'s). */
function sameCode(a: string, b: string): number {
  let diff = a.length ^ b.length;
  // Past its end, charCodeAt gives NaN, and NaN | 0 is 0: a shorter `a` differs by length.
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i) | 0) ^ b.charCodeAt(i);
  return (diff - 1) >>> 31; // diff is below 2**31: 1 exactly when it is 0
}

/**
 * Finds what a person typed among the recovery codes: returns the index of
 * the code it reads as (by {@linkcode normalizeRecoveryCode}), or -1. Every
 * code is read and compared in full, without an early exit, whichever
 * matches: the time depends on the number and the lengths of the codes (and
 * of what was typed), not on which code, if any, matches. Input that no code
 * could read as (a `U`, a stray character) gives -1, and so does input that
 * reads as nothing (`""`, `" - "`), even if an entry of `codes` is empty.
 *
 * Store a hash of each code rather than the code: SHA-256 of the normalized
 * code (`crypto.subtle.digest`) is right for random codes this long. Then
 * hash the normalized input and compare it with each stored hash with
 * `compare_digest`, all of them, as in the example; mark the code used.
 *
 * @param code What was typed.
 * @param codes The codes issued (grouped or not).
 * @returns The index in `codes` of the matching code (the last, if several
 * match), or -1.
 * @throws {TypeError} If `code` is not a string, or `codes` not an array of strings.
 * @throws {RangeError} If one of `codes` holds a character no code can hold.
 *
 * @example Checking codes, and storing only their hashes
 * ```ts
 * import assert from "node:assert/strict";
 * import { compare_digest } from "@secrets/secrets";
 * import { normalizeRecoveryCode, recoveryCodes, verifyRecoveryCode } from "@secrets/secrets/recipes";
 *
 * const codes = recoveryCodes(); // 10 codes like "7K3Q-9MZD-4T1X-B8WE"
 * const typed = codes[3].toLowerCase().replaceAll("-", " ").replaceAll("1", "l");
 * assert.equal(verifyRecoveryCode(typed, codes), 3);
 * assert.equal(verifyRecoveryCode("0000-0000-0000-0000", codes), -1);
 *
 * const sha256 = async (code: string) =>
 *   new Uint8Array(
 *     await crypto.subtle.digest("SHA-256", new TextEncoder().encode(normalizeRecoveryCode(code))),
 *   );
 * const stored = await Promise.all(codes.map(sha256)); // keep these, not the codes
 * const digest = await sha256(typed);
 * let found = -1;
 * for (let i = 0; i < stored.length; i++) if (compare_digest(digest, stored[i])) found = i;
 * assert.equal(found, 3);
 * ```
 */
export function verifyRecoveryCode(code: string, codes: readonly string[]): number {
  const fn = "verifyRecoveryCode()";
  if (typeof code !== "string") {
    throw optionError(TypeError, fn, "code", `must be a string, got ${describe(code)}`, code);
  }
  if (!Array.isArray(codes)) {
    throw optionError(
      TypeError,
      fn,
      "codes",
      `must be an array of strings, got ${describe(codes)}`,
      codes,
    );
  }
  const read = readCode(code);
  const typed = typeof read === "string" ? read : "";
  // Nothing but separators reads as "": never a match, even with a code blanked out once used.
  const valid = typeof read === "string" && read !== "" ? 1 : 0;
  let found = -1;
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const entry: unknown = codes[i];
    if (typeof entry !== "string") {
      throw optionError(
        TypeError,
        fn,
        "codes",
        `must hold strings, got ${describe(entry)} at index ${i}`,
        entry,
        { index: i },
      );
    }
    const issued = readCode(entry);
    if (typeof issued === "number") {
      throw optionError(
        RangeError,
        fn,
        "codes",
        `has ${describe(entry)} at index ${i}, whose ${characterAt(entry, issued)} is ${RULES}`,
        entry,
        { index: i },
      );
    }
    const mask = -(sameCode(typed, issued) & valid);
    found = (found & ~mask) | (i & mask);
  }
  return found;
}
