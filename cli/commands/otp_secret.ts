/**
 * `otp-secret`: a TOTP/HOTP secret in base32, or with `--account` the
 * `otpauth://` URI that authenticator apps read (otpSecret and otpauthUri).
 *
 * @module
 */

import {
  entropyBits,
  OTP_SECRET_BITS,
  OTP_SECRET_MIN_BITS,
  otpauthUri,
  otpSecret,
  type OtpSecretOptions,
} from "../../recipes.ts";
import { OTP_SECRET_MAX_BITS } from "../../lib/recipes/otp.ts";
import { UsageError } from "../_grammar.ts";
import { explained } from "../_library_errors.ts";
import type { Command } from "../_outcome.ts";

/** `otp-secret`. */
export const OTP_SECRET: Command = {
  name: "otp-secret",
  summary: "a TOTP secret; with --account, its otpauth:// URI",
  description:
    `default: ${OTP_SECRET_BITS} bits, 32 characters of RFC 4648 base32 without padding; --bits\n` +
    `(${OTP_SECRET_MIN_BITS} to ${OTP_SECRET_MAX_BITS}) is rounded up to whole bytes, the key an app decodes.\n` +
    "--account (and --issuer, strongly recommended) print the URI to show as a QR code:\n" +
    "  secrets otp-secret --issuer ACME --account jane@acme.com\n" +
    "  otpauth://totp/ACME:jane%40acme.com?secret=...&issuer=ACME\n" +
    "Neither name may hold a colon, a control character or an invisible one (such as U+202E).\n" +
    "Keep the secret on the server.",
  options: [
    {
      name: "bits",
      option: "bits",
      type: "int",
      // The library's bounds: every value out of range (1e300 too) gets the library's bound.
      min: OTP_SECRET_MIN_BITS,
      max: OTP_SECRET_MAX_BITS,
      default: String(OTP_SECRET_BITS),
      help: "the least strength, in bits",
    },
    { name: "account", type: "text", metavar: "NAME", help: "print the URI for this account" },
    { name: "issuer", type: "text", metavar: "NAME", help: "the service, in the URI" },
  ],
  run: (input) => {
    const v = input.values;
    const options: OtpSecretOptions = { bits: v.get("bits") as number | undefined };
    const bits = explained(() => entropyBits("otpSecret", options), OTP_SECRET, input);
    const account = v.get("account") as string | undefined;
    const issuer = v.get("issuer") as string | undefined;
    if (account === undefined) {
      if (issuer !== undefined) throw new UsageError("otp-secret: --issuer needs --account");
      return { next: () => otpSecret(options), bits };
    }
    const uri = (secret: string) => otpauthUri({ secret, account, issuer });
    // The names are checked before anything is printed (a colon is bad usage).
    explained(() => uri("A".repeat(32)), OTP_SECRET, input);
    return { next: () => uri(otpSecret(options)), bits };
  },
};
