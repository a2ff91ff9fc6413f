// What the command line's cases share: the shape of a case, and checks of what a
// command prints. The cases themselves are one table per command
// (tests/cli/commands/<command>_cases.ts, tests/cli/tool_cases.ts); tests/cli/cli_cases.ts joins them.
// `regression` marks the cases that guard against the faults found in the CLI's first
// review: each fails on 0.1.0's cli.ts (SECRETS_CLI=... deno test tests/cli/cli_test.ts shows which).
import { ALPHABETS, apiKey, checkApiKey, effShortWordlist, effWordlist } from "../../recipes.ts";
import { longestSequence } from "../recipes/_rules_checker.ts";

export interface CliCase {
  name: string;
  args: string[];
  stdin?: string | Uint8Array;
  /** Files to create in a fresh directory; `{dir}` in `args` names it. */
  files?: Record<string, string | Uint8Array | "directory">;
  code: number;
  /** What stdout must match (default: empty when `code` is not 0). */
  stdout?: RegExp | ((out: string) => boolean);
  /** What stderr must match (default: empty when `code` is 0, one `secrets: ` line otherwise). */
  stderr?: RegExp;
  regression?: boolean;
  /** A non-zero status that is an answer, not an error (check-api-key's 1): no output at all. */
  quiet?: boolean;
}

/** stderr that is exactly `secrets: ` and `message`, one line: no pattern characters to escape. */
export const errorLine = (message: string) =>
  new RegExp(`^secrets: ${message.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}\n$`);
export const hex = (n: number) => new RegExp(`^[0-9a-f]{${2 * n}}\n$`);
export const lines = (re: RegExp, n: number) => (out: string) => {
  const l = out.split("\n");
  return l.length === n + 1 && l.at(-1) === "" && l.slice(0, n).every((x) => re.test(x));
};
export const floatIn = (lo: number, hi: number) => (out: string) =>
  /^-?(\d+\.\d+|\d(\.\d+)?e[+-]\d\d+)\n$/.test(out) && +out >= lo && +out <= hi;
export const noneOf = (chars: string, n: number) => (out: string) =>
  out.length === n + 1 && Array.from(out.trimEnd()).every((c) => !chars.includes(c));
export const keys = (n: number, bits?: number) => (out: string) =>
  lines(/^acme_[0-9A-Za-z]+$/, n)(out) &&
  out.trim().split("\n").every((k) => checkApiKey(k, { prefix: "acme", bits }));
export const closeTo = (x: number) => (out: string) =>
  /^\d\.\d+(e-\d\d)?\n$/.test(out) && Math.abs(+out - x) <= 1e-12 * x;

// A key made by the library, and broken copies: one character changed, one dropped.
export const KEY = apiKey({ prefix: "acme" });
export const flip = (c: string) => ALPHABETS.base62[(ALPHABETS.base62.indexOf(c) + 1) % 62];
export const TYPO = KEY.slice(0, 10) + flip(KEY[10]) + KEY.slice(11);
export const SHORT = KEY.slice(0, -1);

export const phrase = (words: string[], sep: string, n: number) => (out: string) => {
  const parts = out.replace(/\n$/, "").split(sep);
  return out.endsWith("\n") && parts.length === n && parts.every((p) => words.includes(p));
};

// ---- what the outputs of password --rules and passphrase must satisfy -----------------------------------------

/** Example rules from a site's passwordrules attribute, and a check that a line satisfies them at `length`. */
export const RULES =
  "minlength: 20; required: lower; required: upper; required: digit; allowed: [-_]; max-consecutive: 2;";
export const meetsRules = (length: number) => (line: string) =>
  new RegExp(`^[A-Za-z0-9_-]{${length}}$`).test(line) && /[a-z]/.test(line) &&
  /[A-Z]/.test(line) && /\d/.test(line) && !/(.)\1\1/.test(line) && longestSequence(line) <= 2;

/** `entropy: B bits`, as --entropy prints it (whole numbers exact, others floored to 2 decimals). */
export const entropyLine = (bits: number) =>
  new RegExp(
    `^entropy: ${
      Number.isInteger(bits) ? bits : (Math.floor(bits * 100) / 100).toFixed(2).replace(".", "\\.")
    } bits\n$`,
  );
export const EFF = new Set(effWordlist());
export const EFF_SHORT = new Set(effShortWordlist());
/** A phrase split on `seps`: `n` words (each passing `word`), or false. */
export const splitPhrase = (
  out: string,
  seps: RegExp,
  n: number,
  word: (w: string) => boolean,
  count = 1,
) =>
  lines(/./, count)(out) &&
  out.trimEnd().split("\n").every((line) => {
    const parts = line.split(seps);
    return parts.length === n && parts.every(word);
  });
/** The word a part is, once its added digits and symbols are removed. */
export const bare = (part: string) => part.replace(/[^A-Za-z-]+$/, "");
/** The EFF words of 4 or 5 letters, and how many of them give 77 bits. */
export const SHORT_WORDS = (() => {
  const size = effWordlist().filter((w) => w.length >= 4 && w.length <= 5).length;
  return { size, count: Math.ceil(77 / Math.log2(size)) };
})();
export const capitalized = (w: string) =>
  EFF.has(w[0].toLowerCase() + w.slice(1)) && /^[A-Z]/.test(w);
