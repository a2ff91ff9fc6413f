/**
 * Argument checks shared by every public function. Nothing is coerced: a
 * value of the wrong kind is a `TypeError`, a value of the right kind out of
 * range is a `RangeError`, and the message names the argument and the value.
 *
 * @module
 */

/**
 * Number of bytes the token functions return by default, as in Python.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_ENTROPY, token_bytes } from "@secrets/secrets";
 * assert.equal(DEFAULT_ENTROPY, 32);
 * assert.equal(token_bytes().length, DEFAULT_ENTROPY);
 * ```
 */
export const DEFAULT_ENTROPY = 32;

/**
 * The largest size, in bytes, that any function draws in one call (128 MiB).
 * Larger sizes are refused before anything is allocated.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MAX_NBYTES, token_bytes } from "@secrets/secrets";
 * assert.equal(MAX_NBYTES, 2 ** 27);
 * assert.throws(() => token_bytes(MAX_NBYTES + 1), {
 *   name: "RangeError",
 *   message: "token_bytes(): nbytes must be at most 134217728 (MAX_NBYTES), got 134217729",
 * });
 * ```
 */
export const MAX_NBYTES = 134_217_728; // 2**27, written out so that bundlers can drop it

/**
 * The most bits `getrandbits` and `randbits` draw in one call (2**29, 64 MiB):
 * the largest bigint V8 builds from bytes (2**30 bits is its hard limit).
 */
export const MAX_BITS = 536_870_912; // 2**29, written out so that bundlers can drop it

/** `Number.MAX_SAFE_INTEGER` as a bigint. */
export const MAX_SAFE_BIGINT = 9_007_199_254_740_991n;

/**
 * Characters that do not print as a character: the controls (C0, DEL, C1:
 * `"\r"` returns to the start of the line, ESC begins a terminal command)
 * and the line and paragraph separators.
 */
export const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/**
 * Characters that print as nothing: format characters (Cf: the direction
 * marks, embeddings and overrides such as U+202E, zero-width spaces and
 * joiners, U+FEFF, the soft hyphen) and the other default ignorables
 * (variation selectors, the Hangul fillers, tags...).
 */
export const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/**
 * What does not print as it reads: {@linkcode CONTROL}, {@linkcode INVISIBLE}
 * and lone surrogates (in a `u` pattern, a surrogate range matches only a
 * surrogate that is not half of a pair). `DI` is `Default_Ignorable_Code_Point`
 * (its short name: the pattern is in every bundle that draws a byte).
 */
const UNPRINTED = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}\p{DI}\uD800-\uDFFF]/gu;

/** `c` as escapes, one per UTF-16 unit: JSON's own (`\n`, `\u001b`, `\ud800`), else `\u202e`. */
function escapeUnits(c: string): string {
  let out = "";
  for (const unit of c.split("")) {
    const json = JSON.stringify(unit).slice(1, -1);
    out += json !== unit ? json : `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }
  return out;
}

/**
 * `text` with every character that does not print as it reads escaped, the
 * one rule every message that shows a user's text follows: controls (C0,
 * DEL, C1), line and paragraph separators, format characters and other
 * default ignorables (U+202E, U+200B, U+FEFF, U+00AD...), lone surrogates.
 * Each becomes JSON's escape (`\n`, `\u001b`, `\u202e`; a character beyond
 * U+FFFF as its two UTF-16 escapes), so the text is one line that shows
 * every character it holds. Nothing else changes (no quotes are added or
 * escaped).
 */
export function escapeUnprinted(text: string): string {
  return text.replace(UNPRINTED, escapeUnits);
}

/**
 * `text` cut after `max` UTF-16 units, with `…` where it was cut (never
 * between the halves of a surrogate pair): a message shows the start of a
 * long text, not the whole of it.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end) + "…";
}

/**
 * A string as a message quotes it: JSON's double-quoted string with what
 * does not print escaped ({@linkcode escapeUnprinted}): `"hex\u202e"`.
 * Whole, however long: a caller that may be given a long text cuts it first.
 */
export function quoteText(text: string): string {
  return escapeUnprinted(JSON.stringify(text));
}

/**
 * A short, safe description of a value for an error message: one line that
 * prints as it reads (a string is quoted by {@linkcode quoteText}: its
 * controls, separators and invisible characters escaped, `\n` or `\u202e`).
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : numberText(value);
    case "bigint":
      return `${value}n`;
    case "string":
      return value.length > 40 ? "a string" : quoteText(value);
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      if (Array.isArray(value)) return "an array";
      return objectKind(value as object);
  }
}

/**
 * A number as a message shows it: as JavaScript writes it, except a whole
 * number beyond 2**53 of up to 40 digits, written out exactly (`2 ** 60` is
 * 1152921504606846976, where `String` gives 1152921504606847000, a number
 * that was not given). Larger ones keep the exponent form (`1e+300`).
 */
function numberText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) > Number.MAX_SAFE_INTEGER && Math.abs(n) < 1e40
    ? BigInt(n).toString()
    : String(n);
}

/** "an object" for a plain object, else the class's name ("a Map", "an instance of Foo"). */
function objectKind(value: object): string {
  try {
    const proto = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype) return "an object";
    const name = Object.getOwnPropertyDescriptor(proto, "constructor")?.value?.name;
    if (name === undefined) return "an object that inherits from another object";
    if (typeof name !== "string" || !/^[A-Za-z_$][\w$]{0,39}$/.test(name)) return "an object";
    return /^(Map|Set|Date|RegExp|Promise|WeakMap|WeakSet|Error|ArrayBuffer|DataView|\w+Array)$/
        .test(name)
      ? `${/^[AEIO]/.test(name) ? "an" : "a"} ${name}`
      : `an instance of ${name}`;
  } catch {
    return "an object"; // a hostile proxy: the message must not throw
  }
}

/**
 * Checks that `value` is an integer: a bigint, or a number that is a safe
 * integer. A whole number beyond 2**53 is a `RangeError` that says to pass a
 * bigint; anything else is a `TypeError` ("... must be an integer (a number
 * or a bigint), got ...").
 */
export function checkInt(value: unknown, what: string): number | bigint {
  if (typeof value === "bigint" || Number.isSafeInteger(value)) return value as number | bigint;
  if (Number.isInteger(value)) {
    throw new RangeError(
      `${what} must be a safe integer when given as a number, got ${
        describe(value)
      }; pass a bigint instead`,
    );
  }
  throw new TypeError(`${what} must be an integer (a number or a bigint), got ${describe(value)}`);
}

/**
 * Checks that `value` is a safe integer number (sizes and counts): anything
 * else, a bigint included, is a `TypeError` ("... must be an integer number,
 * got ..."), and a whole number beyond 2**53 a `RangeError`.
 */
export function checkNumberInt(value: unknown, what: string): number {
  if (Number.isSafeInteger(value)) return value as number;
  if (Number.isInteger(value)) {
    throw new RangeError(`${what} must be a safe integer, got ${describe(value)}`);
  }
  throw new TypeError(`${what} must be an integer number, got ${describe(value)}`);
}

/**
 * Checks a byte or item count: a safe integer number from 0 to
 * {@linkcode MAX_NBYTES}. `negative` is the message for a negative count.
 */
export function checkSize(value: unknown, what: string, negative: string): number {
  const n = checkNumberInt(value, what);
  if (n < 0) throw new RangeError(negative);
  if (n > MAX_NBYTES) {
    throw new RangeError(`${what} must be at most ${MAX_NBYTES} (MAX_NBYTES), got ${n}`);
  }
  return n;
}

/** Checks a float argument: any number (NaN and infinities included, as in Python). */
export function checkFloat(value: unknown, what: string): number {
  if (typeof value !== "number") {
    throw new TypeError(`${what} must be a number, got ${describe(value)}`);
  }
  return value;
}

/** A float argument that has no default: missing is Python's "missing argument" TypeError. */
export function requiredFloat(value: unknown, fn: string, name: string): number {
  if (typeof value === "number") return value; // the common case, no message built
  if (value === undefined) {
    throw new TypeError(`${fn}() missing required argument '${name}'`);
  }
  return checkFloat(value, `${fn}(): ${name}`);
}

/**
 * Checks `getrandbits`' `k` (`fn` is the name the caller called): a number
 * from 0 to 53, or a bigint from 0 to {@linkcode MAX_BITS}.
 */
export function checkBitCount(k: unknown, fn: string): number | bigint {
  const bits = checkInt(k, `${fn}(): k`);
  if (bits < 0) throw new RangeError("number of bits must be non-negative");
  if (typeof bits === "number") {
    if (bits > 53) {
      throw new RangeError(
        `${fn}(${bits}) can exceed Number.MAX_SAFE_INTEGER; pass a bigint: ${fn}(${bits}n)`,
      );
    }
  } else if (bits > BigInt(MAX_BITS)) {
    throw new RangeError(`${fn}(): k must be at most ${MAX_BITS} (2**29), got ${bits}n`);
  }
  return bits;
}

/** Checks that two integers are of one kind. */
export function sameKind(what: string, ...values: (number | bigint)[]): void {
  const big = typeof values[0] === "bigint";
  for (const v of values) {
    if ((typeof v === "bigint") !== big) {
      throw new TypeError(`${what} arguments must be all numbers or all bigints, not a mix`);
    }
  }
}
