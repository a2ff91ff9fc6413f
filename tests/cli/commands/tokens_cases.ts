// The command line's cases for token-bytes, token-hex and token-urlsafe: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import { type CliCase, hex, lines } from "../_case_helpers.ts";

export const TOKENS_CASES: CliCase[] = [
  // ---- a typo never succeeds --------------------------------------
  {
    name: "Python's token_hex is an alias",
    args: ["token_hex", "16"],
    code: 0,
    stdout: hex(16),
    regression: true,
  },
  { name: "token_urlsafe alias", args: ["token_urlsafe", "3"], code: 0, stdout: /^[\w-]{4}\n$/ },
  { name: "token_bytes alias", args: ["token_bytes", "3"], code: 0, stdout: hex(3) },
  {
    name: "--count before the command",
    args: ["--count", "2", "token-hex"],
    code: 0,
    stdout: lines(/^[0-9a-f]{64}$/, 2),
    regression: true,
  },
  {
    name: "an option of another command names its command",
    args: ["token-hex", "--raw"],
    code: 2,
    stderr: /^secrets: --raw is not an option of token-hex \(it is an option of token-bytes\)\n$/,
  },
  // ---- --json is JSON Lines ------------------------------------------
  {
    name: "--json --raw is an error",
    args: ["token-bytes", "--raw", "--json"],
    code: 2,
    stderr: /^secrets: --json and --raw do not mix/,
    regression: true,
  },
  {
    name: "--json: tokens as strings",
    args: ["token-bytes", "2", "--json"],
    code: 0,
    stdout: /^"[0-9a-f]{4}"\n$/,
  },
  // ---- passwords like pwgen, with honest entropy -----------------------
  {
    name: "--entropy for tokens",
    args: ["token-urlsafe", "--entropy"],
    code: 0,
    stderr: /^entropy: 256 bits\n$/,
  },
  {
    name: "errors name flags: the token size",
    args: ["token-hex", "134217729"],
    code: 2,
    stderr: /^secrets: token-hex: N must be at most 134217728, got 134217729\n$/,
    regression: true,
  },
  // ---- Every command, and the rest of the interface ---------------------------------
  { name: "token-hex default", args: ["token-hex"], code: 0, stdout: hex(32) },
  { name: "token-bytes hex", args: ["token-bytes", "4"], code: 0, stdout: hex(4) },
  {
    name: "token-bytes --raw writes bytes, no newline",
    args: ["token-bytes", "16", "--raw", "--count", "2"],
    code: 0,
    stdout: (out) => new TextEncoder().encode(out).length >= 32, // decoded: invalid bytes widen
  },
  { name: "token-urlsafe", args: ["token-urlsafe", "16"], code: 0, stdout: /^[\w-]{22}\n$/ },
  {
    name: "token-urlsafe above one chunk joins without padding",
    args: ["token-urlsafe", "100000"],
    code: 0,
    stdout: /^[\w-]{133334}\n$/,
  },
  {
    name: "token-hex above one chunk, as JSON",
    args: ["token-hex", "100000", "--json"],
    code: 0,
    stdout: /^"[0-9a-f]{200000}"\n$/,
  },
  {
    name: "an extra argument",
    args: ["token-hex", "1", "2"],
    code: 2,
    stderr: /^secrets: token-hex: unexpected argument '2'\n$/,
  },
  { name: "--count 0", args: ["token-hex", "--count", "0"], code: 0, stdout: /^$/ },
  {
    name: "--count -1",
    args: ["token-hex", "--count", "-1"],
    code: 2,
    stderr: /^secrets: token-hex: --count must be at least 0, got -1\n$/,
  },
];
