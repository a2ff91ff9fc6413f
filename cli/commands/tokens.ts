/**
 * `token-bytes`, `token-hex` and `token-urlsafe`: `secrets`' token functions,
 * one table row each, made by one factory (they differ only in the encoding).
 *
 * @module
 */

import { MAX_NBYTES, token_bytes, token_hex, token_urlsafe } from "../../mod.ts";
import { type OptionDef, UsageError } from "../_grammar.ts";
import { BigToken, CHUNK, type Command, type Result } from "../_outcome.ts";

/** A command of `N` random bytes, encoded by `encode`. */
function tokenCommand(
  name: string,
  summary: string,
  encode: (n: number, raw: boolean) => Result,
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
      const raw = input.values.has("raw");
      if (raw && input.values.has("json")) {
        throw new UsageError("--json and --raw do not mix: --raw writes bytes, not JSON");
      }
      return { next: () => encode(n, raw), bits: 8 * n };
    },
  };
}

/** `token-bytes`. */
export const TOKEN_BYTES: Command = tokenCommand(
  "token-bytes",
  "N random bytes (default 32), as hex; --raw writes the bytes",
  (n, raw) =>
    n > CHUNK ? new BigToken(raw ? "bytes" : "hex", n) : raw ? token_bytes(n) : token_hex(n),
  [{ name: "raw", type: "flag", help: "write the bytes themselves, not hex (no newline)" }],
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
