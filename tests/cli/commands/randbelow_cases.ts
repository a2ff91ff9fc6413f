// The command line's cases for randbelow: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import { type CliCase, lines } from "../_case_helpers.ts";

export const RANDBELOW_CASES: CliCase[] = [
  // ---- --json is JSON Lines ------------------------------------------
  {
    name: "--json: integers of any size as exact digits",
    args: ["randbelow", "1000000000000000000000000000000", "--json", "--count", "3"],
    code: 0,
    stdout: lines(/^\d{1,30}$/, 3),
  },
  // ---- passwords like pwgen, with honest entropy -----------------------
  {
    name: "--entropy for randbelow",
    args: ["randbelow", "10", "--entropy"],
    code: 0,
    stderr: /^entropy: 3\.32 bits\n$/,
  },
  // ---- Every command, and the rest of the interface ---------------------------------
  { name: "randbelow", args: ["randbelow", "10"], code: 0, stdout: /^\d\n$/ },
  {
    name: "randbelow 0",
    args: ["randbelow", "0"],
    code: 2,
    stderr: /^secrets: randbelow: N must be at least 1, got 0\n$/,
  },
  {
    name: "randbelow x",
    args: ["randbelow", "x"],
    code: 2,
    stderr: /^secrets: randbelow: N must be a whole number \(such as 1000000 or 1e6\), got 'x'\n$/,
  },
  {
    name: "randbelow without N",
    args: ["randbelow"],
    code: 2,
    stderr: /^secrets: randbelow: missing N/,
  },
];
