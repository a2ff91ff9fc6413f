// The command line's cases for the python -m random mode (with no command): run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import { type CliCase, floatIn, lines } from "../_case_helpers.ts";

export const RANDOM_MODE_CASES: CliCase[] = [
  // ---- python -m random parity (the full table: random_mode_cases.ts)
  {
    name: "-f takes a negative number",
    args: ["-f", "-2.5"],
    code: 0,
    stdout: floatIn(-2.5, 0),
    regression: true,
  },
  {
    name: "-c takes negative numbers",
    args: ["-c", "-1", "-2"],
    code: 0,
    stdout: /^-[12]\n$/,
    regression: true,
  },
  { name: "0 prints 0.0, as CPython", args: ["0"], code: 0, stdout: /^0\.0\n$/, regression: true },
  { name: "-i 6", args: ["-i", "6"], code: 0, stdout: /^[1-6]\n$/ },
  {
    name: "a bare integer",
    args: ["10", "--count", "5"],
    code: 0,
    stdout: lines(/^([1-9]|10)$/, 5),
  },
  {
    name: "several bare inputs need -c",
    args: ["1", "2"],
    code: 2,
    stderr: /^secrets: one number at a time; to choose among several inputs use -c/,
  },
  // ---- --json is JSON Lines ------------------------------------------
  {
    name: "--json prints -f floats as numbers",
    args: ["--json", "-f", "2.5", "--count", "3"],
    code: 0,
    stdout: (out) =>
      lines(/^\d\.\d+(e-\d\d)?$/, 3)(out) &&
      out.trim().split("\n").every((l) => typeof JSON.parse(l) === "number"),
    regression: true,
  },
  // ---- passwords like pwgen, with honest entropy -----------------------
  {
    name: "--entropy for -i",
    args: ["-i", "6", "--entropy"],
    code: 0,
    stdout: /^[1-6]\n$/,
    stderr: /^entropy: 2\.58 bits\n$/,
  },
  {
    name: "--entropy for a float is refused",
    args: ["-f", "2", "--entropy"],
    code: 2,
    stderr: /^secrets: --entropy: a float's entropy is not reported/,
  },
  {
    name: "a value that starts with '-' takes the = form",
    args: ["-f", "-1e5"],
    code: 2,
    stderr:
      /^secrets: -f\/--float needs a value \(for a value that starts with '-', write --float=-1e5\)\n$/,
  },
];
