// The command line's cases for bits-for and collision-probability: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import { type CliCase, closeTo } from "../_case_helpers.ts";

export const COLLISION_CASES: CliCase[] = [
  // ---- collision math -----------------------------------------------------------
  {
    name: "bits-for --count is the library's count: the number of tokens, printed once",
    args: ["bits-for", "--count", "1e9", "--probability", "1e-6"],
    code: 0,
    stdout: /^79\n$/,
  },
  {
    name: "bits-for: --count before the command is bits-for's --count too",
    args: ["--count", "1e9", "bits-for", "--probability", "1e-6"],
    code: 0,
    stdout: /^79\n$/,
  },
  {
    name: "bits-for -N is --count",
    args: ["bits-for", "-N", "1e9", "--probability", "1e-6"],
    code: 0,
    stdout: /^79\n$/,
  },
  {
    name: "bits-for --tokens 1e9 --probability 1e-6",
    args: ["bits-for", "--tokens", "1e9", "--probability", "1e-6"],
    code: 0,
    stdout: /^79\n$/,
  },
  {
    name: "bits-for: the same in digits, as JSON",
    args: ["bits-for", "--tokens", "1000000000", "--probability", "0.000001", "--json"],
    code: 0,
    stdout: /^79\n$/,
  },
  {
    name: "bits-for: 2**32 tokens at 1 - e**-0.5 need 64 bits",
    args: ["bits-for", "--tokens", "4294967296", "--probability", "0.3934693403"],
    code: 0,
    stdout: /^64\n$/,
  },
  {
    name: "bits-for: one token never collides",
    args: ["bits-for", "--tokens", "1", "--probability", "1e-300"],
    code: 0,
    stdout: /^0\n$/,
  },
  {
    name: "bits-for: a huge count, exactly",
    args: ["bits-for", "--tokens", "1e300", "--probability", "0.5"],
    code: 0,
    // CPython: n = 10**300; p = n*(n-1)//2; -math.expm1(-(p / 2**b)) is 0.672 for b = 1992, 0.427 for 1993
    stdout: /^1993\n$/,
  },
  {
    name: "bits-for --tokens 1.5",
    args: ["bits-for", "--tokens", "1.5", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: bits-for: --tokens must be a whole number, got 1\.5\n$/,
  },
  {
    name: "bits-for --tokens 1e-3",
    args: ["bits-for", "--tokens", "1e-3", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: bits-for: --tokens must be a whole number, got 1e-3\n$/,
  },
  {
    name: "bits-for --tokens x",
    args: ["bits-for", "--tokens", "x", "--probability", "0.1"],
    code: 2,
    stderr:
      /^secrets: bits-for: --tokens must be a whole number \(such as 1000000 or 1e6\), got 'x'\n$/,
  },
  {
    name: "bits-for --tokens -5",
    args: ["bits-for", "--tokens", "-5", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: bits-for: --tokens must be at least 0, got -5\n$/,
  },
  {
    name: "bits-for --tokens beyond 1e1000 is refused at once",
    args: ["bits-for", "--tokens", "1e999999999999", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: bits-for: --tokens must be below 1e1000, got 1e999999999999\n$/,
  },
  {
    name: "bits-for --probability 0",
    args: ["bits-for", "--tokens", "1e9", "--probability", "0"],
    code: 2,
    stderr: /^secrets: bits-for: --probability must be greater than 0 and at most 1, got 0\n$/,
  },
  {
    name: "bits-for --probability 2",
    args: ["bits-for", "--tokens", "1e9", "--probability", "2"],
    code: 2,
    stderr: /^secrets: bits-for: --probability must be greater than 0 and at most 1, got 2\n$/,
  },
  {
    name: "bits-for --probability x",
    args: ["bits-for", "--tokens", "1e9", "--probability", "x"],
    code: 2,
    stderr:
      /^secrets: bits-for: --probability must be a number \(such as 0\.5 or 1e-6\), got 'x'\n$/,
  },
  {
    name: "bits-for --probability 1/1000 is not a number here",
    args: ["bits-for", "--tokens", "1e9", "--probability", "1/1000"],
    code: 2,
    stderr:
      /^secrets: bits-for: --probability must be a number \(such as 0\.5 or 1e-6\), got '1\/1000'\n$/,
  },
  {
    name: "bits-for without --count",
    args: ["bits-for", "--probability", "0.5"],
    code: 2,
    stderr:
      /^secrets: bits-for: missing --count \(usage: secrets bits-for --count N --probability P\)\n$/,
  },
  {
    name: "bits-for without --probability",
    args: ["bits-for", "--tokens", "10"],
    code: 2,
    stderr: /^secrets: bits-for: missing --probability \(usage: /,
  },
  {
    name: "bits-for --entropy: nothing is drawn",
    args: ["bits-for", "--tokens", "10", "--probability", "0.5", "--entropy"],
    code: 2,
    stderr: /^secrets: --entropy does not apply to bits-for: it draws nothing\n$/,
  },
  {
    name: "collision-probability: 2**32 tokens of 64 bits",
    args: ["collision-probability", "--tokens", "4294967296", "--bits", "64"],
    code: 0,
    // 1 - exp(-(2**32 * (2**32 - 1) / 2) / 2**64): about 1 - e**-0.5, 0.39346934...
    stdout: closeTo(-Math.expm1(-(2 ** 32 * (2 ** 32 - 1) / 2) / 2 ** 64)),
  },
  {
    name: "collision-probability: tiny chances keep their digits, as JSON numbers",
    args: ["collision-probability", "--tokens", "1e6", "--bits", "128", "--json"],
    code: 0,
    stdout: (out) =>
      closeTo((1e6 * (1e6 - 1) / 2) / 2 ** 128)(out) && typeof JSON.parse(out) === "number",
  },
  {
    name: "collision-probability: bits need not be whole",
    args: ["collision-probability", "--tokens", "1e9", "--bits", "130.99"],
    code: 0,
    stdout: closeTo((1e9 * (1e9 - 1) / 2) / 2 ** 130.99),
  },
  {
    name: "collision-probability: no tokens, no collision",
    args: ["collision-probability", "--tokens", "0", "--bits", "1"],
    code: 0,
    stdout: /^0\.0\n$/,
  },
  {
    name: "collision-probability: more tokens than values",
    args: ["collision-probability", "--tokens", "1e30", "--bits", "64"],
    code: 0,
    stdout: /^1\.0\n$/,
  },
  {
    name: "collision-probability --bits -1",
    args: ["collision-probability", "--tokens", "10", "--bits", "-1"],
    code: 2,
    stderr: /^secrets: collision-probability: --bits must be a finite number >= 0, got -1\n$/,
  },
  {
    name: "collision-probability --bits 1e400",
    args: ["collision-probability", "--tokens", "10", "--bits", "1e400"],
    code: 2,
    stderr: /^secrets: collision-probability: --bits must be a finite number, got 1e400\n$/,
  },
  {
    name: "bits-for --probability 1e-400 (underflows to 0) says so, echoing what was typed",
    args: ["bits-for", "--tokens", "1e9", "--probability", "1e-400"],
    code: 2,
    stderr:
      /^secrets: bits-for: --probability: 1e-400 is too small to be represented; it rounds to 0\n$/,
  },
  {
    name: "bits-for --probability 0e5 is 0, refused by the library's check",
    args: ["bits-for", "--tokens", "1e9", "--probability", "0e5"],
    code: 2,
    stderr: /^secrets: bits-for: --probability must be greater than 0 and at most 1, got 0\n$/,
  },
  {
    name: "collision-probability --count is the number of tokens",
    args: ["collision-probability", "--count", "4294967296", "--bits", "64"],
    code: 0,
    stdout: closeTo(-Math.expm1(-(2 ** 32 * (2 ** 32 - 1) / 2) / 2 ** 64)),
  },
];
