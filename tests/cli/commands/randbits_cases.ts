// The command line's cases for randbits: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import type { CliCase } from "../_case_helpers.ts";

export const RANDBITS_CASES: CliCase[] = [
  // ---- stack traces become one line ---------------------------------
  {
    name: "randbits too large for printing is one line",
    args: ["randbits", "1073741824"],
    code: 2,
    stderr: /^secrets: randbits: K must be at most 16777216, got 1073741824\n$/,
    regression: true,
  },
  // ---- Every command, and the rest of the interface ---------------------------------
  { name: "randbits", args: ["randbits", "128"], code: 0, stdout: /^\d{1,39}\n$/ },
  {
    name: "randbits -1",
    args: ["randbits", "-1"],
    code: 2,
    stderr: /^secrets: randbits: K must be at least 0, got -1\n$/,
  },
];
