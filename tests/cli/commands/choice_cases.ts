// The command line's cases for choice: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import type { CliCase } from "../_case_helpers.ts";

export const CHOICE_CASES: CliCase[] = [
  // ---- passwords like pwgen, with honest entropy -----------------------
  {
    name: "--entropy for items that print alike counts them once",
    args: ["choice", "e\u0301", "\u00e9", "--entropy"],
    code: 0,
    stdout: /^\u00e9|e\u0301\n$/,
    stderr: /^entropy: 0 bits\n$/,
  },
  {
    name: "--entropy for a choice with a repeated item (min-entropy: log2(4/2) = 1 bit)",
    args: ["choice", "a", "a", "b", "c", "--entropy"],
    code: 0,
    stderr: /^entropy: 1 bit\n$/,
  },
  // ---- Every command, and the rest of the interface ---------------------------------
  { name: "choice", args: ["choice", "red", "green"], code: 0, stdout: /^(red|green)\n$/ },
  {
    name: "choice after --",
    args: ["choice", "--", "-x", "--y"],
    code: 0,
    stdout: /^(-x|--y)\n$/,
  },
  {
    name: "choice needs an item",
    args: ["choice"],
    code: 2,
    stderr: /^secrets: choice: give at least one ITEM\n$/,
  },
];
