// The command line's cases for help: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import type { CliCase } from "../_case_helpers.ts";

export const HELP_CASES: CliCase[] = [
  // ---- every command's --help documents its flags -------------------------------
  {
    name: "help COMMAND",
    args: ["help", "passphrase"],
    code: 0,
    stdout: /^usage: secrets passphrase .*--wordlist NAME\|FILE/s,
  },
];
