/**
 * One-time-password secrets (RFC 4226 HOTP, RFC 6238 TOTP) and the
 * `otpauth://` URI that authenticator apps read from a QR code (the format
 * of Google Authenticator's Key Uri Format page).
 *
 * A secret is whole bytes, written in RFC 4648 base32 without padding. Its
 * strength is counted in the bytes an app decodes, not in characters: 26
 * base32 characters carry 130 bits of text but decode to 16 bytes (128 bits),
 * so the last character is drawn only among the 8 whose two unused bits are
 * zero. Two different secrets never decode to the same key.
 *
 * @module
 */

import { atLoad, closest, describe, optionError, readOptions } from "../core/mod.ts";
import type { Recipe } from "./_recipe.ts";
import { ALPHABETS, drawChars } from "./token_text.ts";
import { intOption } from "./_check.ts";
import { unprinted } from "./_charset.ts";

/**
 * Options of {@linkcode otpSecret}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { otpSecret, type OtpSecretOptions } from "@secrets/secrets/recipes";
 * const options: OtpSecretOptions = { bits: 256 };
 * assert.match(otpSecret(options), /^[A-Z2-7]{52}$/);
 * ```
 */
export interface OtpSecretOptions {
  /**
   * The least strength, in bits: a whole number from 128 to 1024 (default
   * 160, RFC 4226's recommendation). The secret has the fewest whole bytes
   * that reach it.
   */
  bits?: number;
}

/**
 * The default strength of an OTP secret, in bits (RFC 4226's recommendation).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, OTP_SECRET_BITS, otpSecret } from "@secrets/secrets/recipes";
 * assert.equal(entropyBits("otpSecret"), OTP_SECRET_BITS);
 * assert.equal(otpSecret().length, 32); // 160 bits: 32 base32 characters
 * ```
 */
export const OTP_SECRET_BITS = 160;
/**
 * The least `bits` an OTP secret accepts (RFC 4226's requirement).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OTP_SECRET_MIN_BITS, otpSecret } from "@secrets/secrets/recipes";
 * assert.throws(() => otpSecret({ bits: OTP_SECRET_MIN_BITS - 1 }), RangeError);
 * ```
 */
export const OTP_SECRET_MIN_BITS = 128;
/** The most `bits` an OTP secret accepts (the command line's `--bits` takes the same). */
export const OTP_SECRET_MAX_BITS = 1024;

const BASE32 = /* @__PURE__ */ atLoad(() => ALPHABETS.base32);
const BASE32_CHARS: readonly string[] = /* @__PURE__ */ atLoad(() =>
  Object.freeze(Array.from(BASE32))
);

/** What an OTP secret is drawn from: its bytes, characters, and the last character's choices. */
export interface OtpPlan {
  readonly bytes: number;
  /** Base32 characters: `ceil(8 * bytes / 5)`. */
  readonly length: number;
  /** The characters the last one is drawn from: those whose unused low bits are zero. */
  readonly last: readonly string[];
}

/** The plan of a secret of `bytes` bytes. */
export function otpPlanOfBytes(bytes: number): OtpPlan {
  const length = Math.ceil((8 * bytes) / 5);
  const carried = 8 * bytes - 5 * (length - 1); // 1 to 5 bits in the last character
  const step = 2 ** (5 - carried);
  return {
    bytes,
    length,
    last: Object.freeze(BASE32_CHARS.filter((_, i) => i % step === 0)),
  };
}

/** Reads and validates {@linkcode OtpSecretOptions}. */
export function otpPlan(options: OtpSecretOptions | undefined, fn: string): OtpPlan {
  const o = readOptions(options, ["bits"], fn);
  const bits = o.bits === undefined
    ? OTP_SECRET_BITS
    : intOption(o.bits, fn, "bits", OTP_SECRET_MIN_BITS, OTP_SECRET_MAX_BITS);
  return otpPlanOfBytes(Math.ceil(bits / 8));
}

/**
 * The OTP secret recipe: `length - 1` characters with `choice` over the 32,
 * then the last among those that leave the unused bits zero; the entropy is
 * the key's, `8 * bytes`.
 */
export const OTP_SECRET: Recipe<OtpSecretOptions, OtpPlan> = {
  label: "otpSecret()",
  plan: otpPlan,
  draw: (random, { length, last }) =>
    drawChars(random.choice, BASE32_CHARS, length - 1) + random.choice(last),
  bits: (plan) => 8 * plan.bytes,
};

/**
 * Options of {@linkcode otpauthUri}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { otpauthUri, type OtpauthUriOptions } from "@secrets/secrets/recipes";
 * const options: OtpauthUriOptions = {
 *   secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
 *   issuer: "Example",
 *   account: "alice@example.com",
 * };
 * assert(otpauthUri(options).startsWith("otpauth://totp/Example:alice%40example.com?"));
 * ```
 */
export interface OtpauthUriOptions {
  /** The secret (required): upper-case RFC 4648 base32 without padding, at least 128 bits. */
  secret: string;
  /** The account (required): the user's name or address, without a colon. */
  account: string;
  /** The service (strongly recommended): without a colon; in the label and the `issuer` parameter. */
  issuer?: string;
  /** The HMAC hash: `"SHA1"` (the default), `"SHA256"` or `"SHA512"`. */
  algorithm?: "SHA1" | "SHA256" | "SHA512";
  /** Digits of each code: 6 (the default) or 8. */
  digits?: 6 | 8;
  /** Seconds each code lasts: a whole number from 1 to 3600 (default 30). */
  period?: number;
}

const ALGORITHMS: readonly string[] = ["SHA1", "SHA256", "SHA512"];
const SECRET_FORM = /^[A-Z2-7]+$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** RFC 3986 percent-encoding of UTF-8: all but `A-Za-z0-9-._~` (Python's `quote(s, safe="")`). */
function quote(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function checkSecret(value: unknown, fn: string): string {
  if (value === undefined) {
    throw optionError(TypeError, fn, "secret", "is required, e.g. { secret: otpSecret() }");
  }
  if (typeof value !== "string") {
    throw optionError(TypeError, fn, "secret", `must be a string, got ${describe(value)}`);
  }
  const rest = value.length % 8;
  if (!SECRET_FORM.test(value) || rest === 1 || rest === 3 || rest === 6) {
    throw optionError(
      RangeError,
      fn,
      "secret",
      `must be upper-case RFC 4648 base32 (A-Z, 2-7) of whole bytes, without padding, got ${
        describe(value)
      }`,
      value,
    );
  }
  const bits = Math.floor((value.length * 5) / 8) * 8;
  if (bits < OTP_SECRET_MIN_BITS) {
    throw optionError(
      RangeError,
      fn,
      "secret",
      `must hold at least ${OTP_SECRET_MIN_BITS} bits (26 base32 characters), got ${value.length} characters (${bits} bits)`,
      value,
    );
  }
  // The bits of the last character past the last whole byte are dropped by a decoder: they must
  // be zero, or two secrets would be one key (and the text not the one an app writes back).
  const unused = value.length * 5 - bits;
  if (BASE32.indexOf(value[value.length - 1]) % 2 ** unused !== 0) {
    throw optionError(
      RangeError,
      fn,
      "secret",
      `must be canonical base32: its last character's ${unused} bits past the last whole byte must be zero (one of ${
        otpPlanOfBytes(bits / 8).last.join(", ")
      }), got ${describe(value)}`,
      value,
    );
  }
  return value;
}

function checkName(value: unknown, fn: string, option: "issuer" | "account"): string {
  if (typeof value !== "string") {
    throw optionError(
      TypeError,
      fn,
      option,
      `must be a string, got ${describe(value)}`,
      value,
    );
  }
  const invisible = unprinted(value);
  const problem = value === ""
    ? "must not be empty"
    : value.includes(":")
    ? "must not contain ':' (the label's separator; the format forbids it in either part)"
    : LONE_SURROGATE.test(value)
    ? "must not contain a lone surrogate (it has no UTF-8 form)"
    : invisible !== undefined
    ? `must not contain ${invisible}, which does not print`
    : option === "account" && value.startsWith(" ")
    ? "must not begin with a space (apps drop spaces after the issuer's colon)"
    : undefined;
  if (problem !== undefined) {
    throw optionError(
      RangeError,
      fn,
      option,
      `${problem}, got ${describe(value)}`,
      value,
    );
  }
  return value;
}

/**
 * Returns the `otpauth://totp/` URI that authenticator apps read (as a QR
 * code) to add a TOTP account: `otpauth://totp/ISSUER:ACCOUNT?secret=SECRET
 * &issuer=ISSUER`, then `algorithm`, `digits` and `period` only where they
 * are not the defaults (`SHA1`, 6, 30), which some apps ignore. The issuer
 * and the account are percent-encoded as RFC 3986 says (UTF-8; every
 * character but `A-Za-z0-9-._~`, a space as `%20`), so any name
 * reads back whole; a colon in either is refused, as the format requires,
 * and so is a character that does not print, by the rule the other recipes
 * use: a control character (a line break or ESC), which an app would show as
 * nothing or as garbage, or an invisible one (a direction override such as
 * U+202E, a zero-width space or joiner, U+FEFF, a soft hyphen), with which
 * a label could pass for another.
 *
 * @param options `secret` and `account` (required), `issuer`, `algorithm`,
 * `digits`, `period`.
 * @returns The URI.
 * @throws {TypeError} If `secret` or `account` is missing, an option has the
 * wrong type or is unknown.
 * @throws {RangeError} If the secret is not canonical base32 of at least 16
 * bytes (its last character's unused bits zero), the issuer or account is
 * empty, holds a colon, a control or invisible character or a lone surrogate, the account
 * begins with a space, or the algorithm, digits or period is not allowed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { otpauthUri, otpSecret } from "@secrets/secrets/recipes";
 *
 * const secret = otpSecret(); // 32 base32 characters: 160 bits
 * assert.equal(
 *   otpauthUri({ secret, issuer: "ACME Co", account: "jane@acme.com" }),
 *   `otpauth://totp/ACME%20Co:jane%40acme.com?secret=${secret}&issuer=ACME%20Co`,
 * );
 * assert.equal(
 *   otpauthUri({ secret, account: "jane", digits: 8, algorithm: "SHA256" }),
 *   `otpauth://totp/jane?secret=${secret}&algorithm=SHA256&digits=8`,
 * );
 * assert.throws(() => otpauthUri({ secret, issuer: "ACME: Europe", account: "jane" }), {
 *   name: "RangeError",
 *   message: "otpauthUri(): issuer must not contain ':' (the label's separator; " +
 *     `the format forbids it in either part), got "ACME: Europe"`,
 * });
 * ```
 */
export function otpauthUri(options: OtpauthUriOptions): string {
  const fn = "otpauthUri()";
  const o = readOptions(
    options,
    ["secret", "account", "issuer", "algorithm", "digits", "period"],
    fn,
  );
  const secret = checkSecret(o.secret, fn);
  if (o.account === undefined) {
    throw optionError(TypeError, fn, "account", 'is required, e.g. { account: "alice" }');
  }
  const account = checkName(o.account, fn, "account");
  const issuer = o.issuer === undefined ? undefined : checkName(o.issuer, fn, "issuer");
  const algorithm = o.algorithm === undefined ? "SHA1" : o.algorithm;
  if (typeof algorithm !== "string" || !ALGORITHMS.includes(algorithm)) {
    const near = typeof algorithm === "string" ? closest(algorithm, ALGORITHMS) : undefined;
    throw optionError(
      typeof algorithm === "string" ? RangeError : TypeError,
      fn,
      "algorithm",
      `must be "SHA1", "SHA256" or "SHA512", got ${describe(algorithm)}${
        near === undefined ? "" : ` (did you mean "${near}"?)`
      }`,
      algorithm,
    );
  }
  const digits = o.digits === undefined ? 6 : intOption(o.digits, fn, "digits", 6, 8);
  if (digits === 7) {
    throw optionError(RangeError, fn, "digits", "must be 6 or 8, got 7", 7);
  }
  const period = o.period === undefined ? 30 : intOption(o.period, fn, "period", 1, 3600);
  let uri = `otpauth://totp/${issuer === undefined ? "" : `${quote(issuer)}:`}${
    quote(account)
  }?secret=${secret}`;
  if (issuer !== undefined) uri += `&issuer=${quote(issuer)}`;
  if (algorithm !== "SHA1") uri += `&algorithm=${algorithm}`;
  if (digits !== 6) uri += `&digits=${digits}`;
  if (period !== 30) uri += `&period=${period}`;
  return uri;
}
