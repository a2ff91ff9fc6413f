// The command line's cases for token: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import { type CliCase, errorLine, lines } from "../_case_helpers.ts";
import { ALPHABETS } from "../../../recipes.ts";

export const TOKEN_CASES: CliCase[] = [
  // ---- tokens sized in bits, in any alphabet ----------------------------
  {
    name: "token: 256 bits of base32 by default",
    args: ["token"],
    code: 0,
    stdout: /^[A-Z2-7]{52}\n$/,
  },
  {
    name: "token --bits 128 --alphabet base58, with the exact entropy",
    args: ["token", "--bits", "128", "--alphabet", "base58", "--entropy"],
    code: 0,
    stdout: new RegExp(`^[${ALPHABETS.base58}]{22}\n$`),
    stderr: /^entropy: 128\.87 bits\n$/, // 22 * log2(58) = 128.875...
  },
  {
    name: "token: a PIN of at least 20 bits is 7 digits (23.25 bits)",
    args: ["token", "--alphabet", "numeric", "--bits", "20", "--entropy"],
    code: 0,
    stdout: /^\d{7}\n$/,
    stderr: /^entropy: 23\.25 bits\n$/,
  },
  {
    name: "token: every named alphabet",
    args: ["token", "--alphabet", "crockford", "--bits", "128", "--count", "3"],
    code: 0,
    stdout: lines(new RegExp(`^[${ALPHABETS.crockford}]{26}$`), 3),
  },
  {
    name: "token: --alphabet takes the characters themselves; --count and --json",
    args: ["token", "--alphabet", "01", "--bits", "8", "--count", "3", "--json"],
    code: 0,
    stdout: lines(/^"[01]{8}"$/, 3),
  },
  {
    name: "token: characters that start with '-' take the = form",
    args: ["token", "--alphabet=-_", "--bits", "4"],
    code: 0,
    stdout: /^[-_]{4}\n$/,
  },
  {
    name: "token: an alphabet beyond ASCII",
    args: ["token", "--alphabet", "\u2660\u2665\u2666\u2663", "--bits", "10"],
    code: 0,
    stdout: /^[\u2660\u2665\u2666\u2663]{5}\n$/u,
  },
  {
    name: "token: an unknown alphabet name is refused, not taken as characters",
    args: ["token", "--alphabet", "base64"],
    code: 2,
    stderr:
      /^secrets: token: --alphabet "base64" is not a known name \(did you mean "base64url"\?\); the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase\n$/,
  },
  {
    name: "token: a name with a direction override shows it escaped, not printed raw",
    args: ["token", "--alphabet", "hex\u202e"],
    code: 2,
    stderr: errorLine(
      'token: --alphabet "hex\\u202e" is not a known name (did you mean "hex"?); the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase',
    ),
  },
  {
    name: "token: a line separator in a name is escaped, not a space that passes for one",
    args: ["token", "--alphabet", "base58\u2028"],
    code: 2,
    stderr: errorLine(
      'token: --alphabet "base58\\u2028" is not a known name (did you mean "base58"?); the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase',
    ),
  },
  {
    name: "token: a word for an alphabet names the alphabet meant",
    args: ["token", "--alphabet", "digits"],
    code: 2,
    stderr:
      /^secrets: token: --alphabet "digits" is not a known name \(did you mean "numeric"\?\); the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase\n$/,
  },
  {
    name: "token: a repeated character",
    args: ["token", "--alphabet", "abcc"],
    code: 2,
    stderr: /^secrets: token: --alphabet repeats the character "c", which would bias the draw\n$/,
  },
  {
    name: "token: one character",
    args: ["token", "--alphabet", "a"],
    code: 2,
    stderr: /^secrets: token: --alphabet has 1 character; a token needs at least 2\n$/,
  },
  {
    name: "token: --count 0 still checks the alphabet",
    args: ["token", "--count", "0", "--alphabet", "xx"],
    code: 2,
    stderr: /^secrets: token: --alphabet repeats the character "x"/,
  },
  {
    name: "token --bits 0",
    args: ["token", "--bits", "0"],
    code: 2,
    stderr: /^secrets: token: --bits must be at least 1, got 0\n$/,
  },
  {
    name: "token --bits above the most",
    args: ["token", "--bits", "65537"],
    code: 2,
    stderr: /^secrets: token: --bits must be at most 65536, got 65537\n$/,
  },
  {
    name: "token --bits x",
    args: ["token", "--bits", "x"],
    code: 2,
    stderr: /^secrets: token: --bits must be a whole number \(such as 1000000 or 1e6\), got 'x'\n$/,
  },
  {
    name: "token: password's options are not token's",
    args: ["token", "--length", "5"],
    code: 2,
    stderr:
      /^secrets: --length is not an option of token \(it is an option of password and pin\)\n$/,
  },
  {
    name: "token: a misspelt option",
    args: ["token", "--alpabet", "hex"],
    code: 2,
    stderr: /^secrets: unknown option '--alpabet' \(did you mean --alphabet\?\)\n$/,
  },
];
