/**
 * `token-bytes`, `token-hex` and `token-urlsafe`: `secrets`' token functions,
 * one table row each, made by one factory (they differ only in the encoding).
 *
 * @module
 */

import { MAX_NBYTES, token_bytes, token_hex, token_urlsafe } from "../../mod.ts";
import { type OptionDef, UsageError } from "../_grammar.ts";
import { base64FromUrlsafe, BigToken, CHUNK, type Command, type Result } from "../_outcome.ts";

/** How `token-bytes` writes its bytes. */
export type ByteFormat = "hex" | "base64" | "base64url" | "raw";
const FORMATS: readonly ByteFormat[] = ["hex", "base64", "base64url", "raw"];

/** A command of `N` random bytes, encoded by `encode`. */
function tokenCommand(
  name: string,
  summary: string,
  encode: (n: number, format: ByteFormat) => Result,
  options: readonly OptionDef[] = [],
): Command {
  return {
    name,
    aliases: [name.replaceAll("-", "_")],
    summary,
    args: [{
      name: "N",
      type: "int",
      optional: true,
      min: 0,
      max: MAX_NBYTES,
      default: "32",
      help: "number of random bytes",
    }],
    options,
    run: (input) => {
      const n = (input.values.get("N") as number | undefined) ?? 32;
      const format = input.values.has("raw")
        ? "raw"
        : (input.values.get("format") as ByteFormat | undefined) ?? "hex";
      if (format === "raw" && input.values.has("json")) {
        const raw = input.spelled.get("raw") ?? "--format raw";
        throw new UsageError(`--json and ${raw} do not mix: ${raw} writes bytes, not JSON`);
      }
      return { next: () => encode(n, format), bits: 8 * n };
    },
  };
}

/** `token-bytes`. */
export const TOKEN_BYTES: Command = tokenCommand(
  "token-bytes",
  "N random bytes (default 32), as hex; --format base64 as openssl rand -base64",
  (n, format) => {
    if (n > CHUNK) return new BigToken(format === "raw" ? "bytes" : format, n);
    switch (format) {
      case "raw":
        return token_bytes(n);
      case "base64":
        return base64FromUrlsafe(token_urlsafe(n));
      case "base64url":
        return token_urlsafe(n);
      default:
        return token_hex(n);
    }
  },
  [
    {
      name: "format",
      type: "text",
      choices: FORMATS,
      default: "hex",
      help: "hex, base64 (padded, on one line), base64url (unpadded) or raw (the bytes)",
    },
    { name: "raw", type: "flag", help: "the same as --format raw (no newline)" },
  ],
);

/** `token-hex`. */
export const TOKEN_HEX: Command = tokenCommand(
  "token-hex",
  "N random bytes as lowercase hex, 2 characters a byte",
  (n) => n > CHUNK ? new BigToken("hex", n) : token_hex(n),
);

/** `token-urlsafe`. */
export const TOKEN_URLSAFE: Command = tokenCommand(
  "token-urlsafe",
  "N random bytes as unpadded base64url, about 1.3 characters a byte",
  (n) => n > CHUNK ? new BigToken("base64url", n) : token_urlsafe(n),
);
