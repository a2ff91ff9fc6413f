// `secrets` without a command is CPython 3.13's `python -m random`: this
// table says, for each argument vector, what both print (the shape of a
// random result: an integer in a range, a float in Python's repr in a range,
// one of some items, the help, or a refusal). tests/cli/commands/random_mode_test.ts
// checks every row against CPython 3.13 where it is installed; the CLI
// suite checks every row against each runtime.
//
// Rows with `cpython` are the deliberate differences, each with its reason:
// the CLI refuses what CPython accepts only where CPython would print a bare
// word back as the "random" result or silently ignore an input, and accepts
// what CPython refuses only for its own options (--count, --json...).

export type Shape =
  | { kind: "int"; lo: bigint; hi: bigint }
  | { kind: "float"; lo: number; hi: number }
  | { kind: "nan" }
  | { kind: "choice"; items: string[] }
  | { kind: "help" }
  | { kind: "refused" }
  | { kind: "accepted" };

export interface RandomCase {
  argv: string[];
  /** What the CLI does. */
  expect: Shape;
  /** What CPython 3.13 does, where it differs on purpose. */
  cpython?: Shape;
  /** Why it differs. */
  why?: string;
}

const int = (lo: bigint | number, hi: bigint | number): Shape => ({
  kind: "int",
  lo: BigInt(lo),
  hi: BigInt(hi),
});
const float = (lo: number, hi: number): Shape => ({ kind: "float", lo, hi });
const choice = (...items: string[]): Shape => ({ kind: "choice", items });
const HELP: Shape = { kind: "help" };
const REFUSED: Shape = { kind: "refused" };

const BARE_WORD = "a bare word is never a choice: CPython prints it back as the result";
const IGNORED = "CPython silently ignores an input given with -c, -i or -f";
const ABBREVIATION = "no abbreviated options: a typo never succeeds (the error suggests --integer)";
const EXTENSION = "an option of this CLI that python -m random does not have";

export const RANDOM_CASES: RandomCase[] = [
  // -i/--integer: Python's int(), randint(1, N)
  { argv: ["-i", "6"], expect: int(1, 6) },
  { argv: ["--integer", "1"], expect: int(1, 1) },
  { argv: ["--integer=6"], expect: int(1, 6) },
  { argv: ["-i6"], expect: int(1, 6) },
  { argv: ["-i=6"], expect: int(1, 6) },
  { argv: ["-i", " 5 "], expect: int(1, 5) },
  { argv: ["-i", "1_0"], expect: int(1, 10) },
  { argv: ["-i", "99999999999999999999"], expect: int(1, 99999999999999999999n) },
  { argv: ["-i", "3", "-i", "4"], expect: int(1, 4) },
  { argv: ["-i", "0"], expect: REFUSED },
  { argv: ["-i", "-3"], expect: REFUSED },
  { argv: ["-i", "5.0"], expect: REFUSED },
  { argv: ["-i", "x"], expect: REFUSED },
  { argv: ["-i"], expect: REFUSED },
  // -f/--float: Python's float(), uniform(0, N)
  { argv: ["-f", "2.5"], expect: float(0, 2.5) },
  { argv: ["-f", "-2.5"], expect: float(-2.5, 0) },
  { argv: ["-f", "-.5"], expect: float(-0.5, 0) },
  { argv: ["-f", "0"], expect: float(0, 0) },
  { argv: ["-f", "-0"], expect: float(0, 0) },
  { argv: ["-f", "1e-5"], expect: float(0, 1e-5) },
  { argv: ["-f", "1e308"], expect: float(0, 1e308) },
  { argv: ["-f", "1e400"], expect: float(Infinity, Infinity) },
  { argv: ["-f", "inf"], expect: float(Infinity, Infinity) },
  { argv: ["-f", "nan"], expect: { kind: "nan" } },
  { argv: ["-f", "1_000.5"], expect: float(0, 1000.5) },
  { argv: ["-f=-1e5"], expect: float(-1e5, 0) },
  { argv: ["-f-1e5"], expect: float(-1e5, 0) },
  { argv: ["-f", "-1e5"], expect: REFUSED }, // argparse: -1e5 is not a negative number, so an option
  { argv: ["-f", "x"], expect: REFUSED },
  // -c/--choice: one or more items, up to the next option
  { argv: ["-c", "a", "b"], expect: choice("a", "b") },
  { argv: ["-c", "-1", "-2"], expect: choice("-1", "-2") },
  { argv: ["--choice", "x"], expect: choice("x") },
  { argv: ["-c", ""], expect: choice("") },
  { argv: ["-c", "a", "-c", "b"], expect: choice("b") },
  { argv: ["-c"], expect: REFUSED },
  { argv: ["-c", "--", "a"], expect: REFUSED },
  { argv: ["-c", "a", "-x"], expect: REFUSED },
  { argv: ["-c", "a", "-i", "3"], expect: REFUSED },
  { argv: ["-i", "3", "-f", "2"], expect: REFUSED },
  // One bare input: an integer from 1 is -i; any other number is -f
  { argv: ["10"], expect: int(1, 10) },
  { argv: ["1"], expect: int(1, 1) },
  { argv: ["+5"], expect: int(1, 5) },
  { argv: [" 7 "], expect: int(1, 7) },
  { argv: ["1_000"], expect: int(1, 1000) },
  { argv: ["\u0661\u0662"], expect: int(1, 12) }, // Arabic-Indic digits: int() reads them
  { argv: ["123456789012345678901234567890"], expect: int(1, 123456789012345678901234567890n) },
  { argv: ["0"], expect: float(0, 0) },
  { argv: ["00"], expect: float(0, 0) },
  { argv: ["-0"], expect: float(0, 0) },
  { argv: ["-5"], expect: float(-5, 0) },
  { argv: ["-2.5"], expect: float(-2.5, 0) },
  { argv: ["2.5"], expect: float(0, 2.5) },
  { argv: ["1e3"], expect: float(0, 1000) },
  { argv: ["1e16"], expect: float(0, 1e16) },
  { argv: ["inf"], expect: float(Infinity, Infinity) },
  { argv: ["nan"], expect: { kind: "nan" } },
  { argv: ["--", "-5"], expect: float(-5, 0) },
  { argv: ["-inf"], expect: REFUSED }, // argparse reads -inf as -i nf
  { argv: ["-1e5"], expect: REFUSED },
  { argv: [""], expect: REFUSED },
  // No input: the help
  { argv: [], expect: HELP },
  { argv: ["--"], expect: HELP },
  { argv: ["-h"], expect: HELP },
  { argv: ["--help"], expect: HELP },
  { argv: ["-x"], expect: REFUSED },
  // Deliberate differences
  { argv: ["hello"], expect: REFUSED, cpython: choice("hello"), why: BARE_WORD },
  { argv: ["x y z"], expect: REFUSED, cpython: choice("x", "y", "z"), why: BARE_WORD },
  { argv: ["a", "b"], expect: REFUSED, cpython: choice("a", "b"), why: BARE_WORD },
  { argv: ["1", "2"], expect: REFUSED, cpython: choice("1", "2"), why: BARE_WORD },
  { argv: ["1__0"], expect: REFUSED, cpython: choice("1__0"), why: BARE_WORD },
  { argv: ["-"], expect: REFUSED, cpython: choice("-"), why: BARE_WORD },
  { argv: ["-i", "6", "foo"], expect: REFUSED, cpython: int(1, 6), why: IGNORED },
  { argv: ["foo", "-i", "6"], expect: REFUSED, cpython: int(1, 6), why: IGNORED },
  { argv: ["-c", "a", "--", "b"], expect: REFUSED, cpython: choice("a"), why: IGNORED },
  { argv: ["--int", "6"], expect: REFUSED, cpython: int(1, 6), why: ABBREVIATION },
  { argv: ["--ch", "a"], expect: REFUSED, cpython: choice("a"), why: ABBREVIATION },
  {
    argv: ["--test"],
    expect: REFUSED,
    cpython: { kind: "accepted" },
    why: "CPython's hidden self-test of its Mersenne Twister",
  },
  { argv: ["6", "--count", "3"], expect: { kind: "accepted" }, cpython: REFUSED, why: EXTENSION },
  { argv: ["--json", "-i", "6"], expect: int(1, 6), cpython: REFUSED, why: EXTENSION },
];

/** Python's repr of a float, as a pattern. */
const FLOAT_REPR = /^(-?(\d+\.\d+|\d(\.\d+)?e[+-]\d\d+)|-?inf|nan)$/;

/** "ok", or what is wrong with a run's result for `shape`. */
export function shapeOf(code: number, stdout: string, shape: Shape): string {
  if (shape.kind === "refused") {
    return code !== 0 && stdout === "" ? "ok" : `accepted (exit ${code}), expected a refusal`;
  }
  if (code !== 0) return `refused (exit ${code}), expected ${shape.kind}`;
  if (shape.kind === "accepted") return stdout !== "" ? "ok" : "no output";
  if (shape.kind === "help") return stdout.startsWith("usage:") ? "ok" : "not the help";
  if (!stdout.endsWith("\n") || stdout.indexOf("\n") !== stdout.length - 1) {
    return "not one line";
  }
  const out = stdout.slice(0, -1);
  switch (shape.kind) {
    case "choice":
      return shape.items.includes(out) ? "ok" : `not one of ${JSON.stringify(shape.items)}`;
    case "int": {
      if (!/^-?\d+$/.test(out)) return "not an integer";
      const n = BigInt(out);
      return n >= shape.lo && n <= shape.hi ? "ok" : `not in [${shape.lo}, ${shape.hi}]`;
    }
    case "nan":
      return out === "nan" ? "ok" : "not nan";
    case "float": {
      if (!FLOAT_REPR.test(out)) return "not a float as Python prints it";
      const x = out.endsWith("inf") ? (out.startsWith("-") ? -Infinity : Infinity) : Number(out);
      return x >= shape.lo && x <= shape.hi ? "ok" : `not in [${shape.lo}, ${shape.hi}]`;
    }
  }
}
