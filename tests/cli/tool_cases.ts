// The command line's cases for The tool as a whole: command names, global options, options before the command, --help and --version: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import type { CliCase } from "./_case_helpers.ts";
import { VERSION } from "../../cli/_version.ts";

export const TOOL_CASES: CliCase[] = [
  // ---- a typo never succeeds --------------------------------------
  {
    name: "a misspelt command is an error with a suggestion",
    args: ["tokn-hex", "32"],
    code: 2,
    stderr: /^secrets: unknown command 'tokn-hex' \(did you mean token-hex\?\)\n$/,
    regression: true,
  },
  {
    name: "passwd suggests password",
    args: ["passwd"],
    code: 2,
    stderr: /^secrets: unknown command 'passwd' \(did you mean password\?\)\n$/,
    regression: true,
  },
  {
    name: "a bare word is never a choice",
    args: ["hello"],
    code: 2,
    stderr: /^secrets: unknown command 'hello' \(.*use -c\)\n$/,
  },
  {
    name: "a command option before the command says where it goes",
    args: ["--length", "12", "password"],
    code: 2,
    stderr: /^secrets: --length is an option of password and pin: write it after the command/,
  },
  // ---- python -m random parity (the full table: random_mode_cases.ts)
  {
    name: "--count with no input is an error, not the help three times",
    args: ["--count", "3"],
    code: 2,
    stderr: /^secrets: --count needs a command or an input/,
    regression: true,
  },
  { name: "no input prints the help", args: [], code: 0, stdout: /^usage: secrets/ },
  // ---- --json is JSON Lines ------------------------------------------
  {
    name: "--json with nothing to print is an error",
    args: ["--json"],
    code: 2,
    stderr: /^secrets: --json needs a command or an input/,
    regression: true,
  },
  // ---- tokens sized in bits, in any alphabet ----------------------------
  {
    name: "--bits before the command names every command that takes it",
    args: ["--bits", "128", "token"],
    code: 2,
    stderr:
      /^secrets: --bits is an option of passphrase, token, api-key, check-api-key, scanner-rules, recovery-codes, otp-secret and collision-probability: write it after the command \(secrets token --bits \.\.\.\)\n$/,
  },
  // ---- Every command, and the rest of the interface ---------------------------------
  {
    name: "--version",
    args: ["--version"],
    code: 0,
    stdout: new RegExp(`^secrets ${VERSION.replaceAll(".", "\\.")}\n$`),
  },
  // ---- passphrase options -----------------------------------------------------
  {
    name: "--bits before passphrase says where it goes",
    args: ["--bits", "80", "passphrase"],
    code: 2,
    stderr:
      /^secrets: --bits is an option of passphrase, token, api-key, check-api-key, scanner-rules, recovery-codes, otp-secret and collision-probability: write it after the command \(secrets passphrase --bits \.\.\.\)\n$/,
  },
  // ---- every command's --help documents its flags -------------------------------
  {
    name: "--help documents exit codes",
    args: ["--help"],
    code: 0,
    stdout: /exit status: 0 success.*2 bad usage or\ninput.*1 output cannot be written/s,
  },
];
