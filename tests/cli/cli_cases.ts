// The command line's behaviour as a table, run as subprocesses on every
// runtime (tests/cli/cli_test.ts on Deno, tests/cli/cli_runtimes_test.ts on Node.js
// and Bun). `regression` marks the cases that guard against the faults found in the CLI's first
// review: each fails on 0.1.0's cli.ts (SECRETS_CLI=... deno test tests/cli/cli_test.ts shows which).
import {
  ALPHABETS,
  AMBIGUOUS,
  apiKey,
  checkApiKey,
  effShortWordlist,
  effWordlist,
  entropyBits,
  passwordRules,
  SYMBOLS,
} from "../../recipes.ts";
import { VERSION } from "../../cli/_version.ts";
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

const hex = (n: number) => new RegExp(`^[0-9a-f]{${2 * n}}\n$`);
const lines = (re: RegExp, n: number) => (out: string) => {
  const l = out.split("\n");
  return l.length === n + 1 && l.at(-1) === "" && l.slice(0, n).every((x) => re.test(x));
};
const floatIn = (lo: number, hi: number) => (out: string) =>
  /^-?(\d+\.\d+|\d(\.\d+)?e[+-]\d\d+)\n$/.test(out) && +out >= lo && +out <= hi;
const noneOf = (chars: string, n: number) => (out: string) =>
  out.length === n + 1 && Array.from(out.trimEnd()).every((c) => !chars.includes(c));
const keys = (n: number, bits?: number) => (out: string) =>
  lines(/^acme_[0-9A-Za-z]+$/, n)(out) &&
  out.trim().split("\n").every((k) => checkApiKey(k, { prefix: "acme", bits }));
const closeTo = (x: number) => (out: string) =>
  /^\d\.\d+(e-\d\d)?\n$/.test(out) && Math.abs(+out - x) <= 1e-12 * x;

// A key made by the library, and broken copies: one character changed, one dropped.
const KEY = apiKey({ prefix: "acme" });
const flip = (c: string) => ALPHABETS.base62[(ALPHABETS.base62.indexOf(c) + 1) % 62];
const TYPO = KEY.slice(0, 10) + flip(KEY[10]) + KEY.slice(11);
const SHORT = KEY.slice(0, -1);

const phrase = (words: string[], sep: string, n: number) => (out: string) => {
  const parts = out.replace(/\n$/, "").split(sep);
  return out.endsWith("\n") && parts.length === n && parts.every((p) => words.includes(p));
};

// ---- Issue 17: what the outputs must satisfy -----------------------------------------

/** The issue's example rules, and a check that a line satisfies them at `length`. */
const RULES =
  "minlength: 20; required: lower; required: upper; required: digit; allowed: [-_]; max-consecutive: 2;";
const meetsRules = (length: number) => (line: string) =>
  new RegExp(`^[A-Za-z0-9_-]{${length}}$`).test(line) && /[a-z]/.test(line) &&
  /[A-Z]/.test(line) && /\d/.test(line) && !/(.)\1\1/.test(line) && longestSequence(line) <= 2;

/** `entropy: B bits`, as --entropy prints it (whole numbers exact, others floored to 2 decimals). */
const entropyLine = (bits: number) =>
  new RegExp(
    `^entropy: ${
      Number.isInteger(bits) ? bits : (Math.floor(bits * 100) / 100).toFixed(2).replace(".", "\\.")
    } bits\n$`,
  );
const EFF = new Set(effWordlist());
const EFF_SHORT = new Set(effShortWordlist());
/** A phrase split on `seps`: `n` words (each passing `word`), or false. */
const splitPhrase = (
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
const bare = (part: string) => part.replace(/[^A-Za-z-]+$/, "");
/** The EFF words of 4 or 5 letters, and how many of them give 77 bits. */
const SHORT_WORDS = (() => {
  const size = effWordlist().filter((w) => w.length >= 4 && w.length <= 5).length;
  return { size, count: Math.ceil(77 / Math.log2(size)) };
})();
const capitalized = (w: string) => EFF.has(w[0].toLowerCase() + w.slice(1)) && /^[A-Z]/.test(w);

export const CASES: CliCase[] = [
  // ---- Issue 13: a typo never succeeds --------------------------------------
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
    name: "Python's token_hex is an alias",
    args: ["token_hex", "16"],
    code: 0,
    stdout: hex(16),
    regression: true,
  },
  { name: "token_urlsafe alias", args: ["token_urlsafe", "3"], code: 0, stdout: /^[\w-]{4}\n$/ },
  { name: "token_bytes alias", args: ["token_bytes", "3"], code: 0, stdout: hex(3) },
  {
    name: "--json before the command",
    args: ["--json", "password"],
    code: 0,
    stdout: /^"[A-Za-z0-9]{22}"\n$/,
    regression: true,
  },
  {
    name: "--count before the command",
    args: ["--count", "2", "token-hex"],
    code: 0,
    stdout: lines(/^[0-9a-f]{64}$/, 2),
    regression: true,
  },
  {
    name: "a command option before the command says where it goes",
    args: ["--length", "12", "password"],
    code: 2,
    stderr: /^secrets: --length is an option of password and pin: write it after the command/,
  },
  {
    name: "an option of another command names its command",
    args: ["token-hex", "--raw"],
    code: 2,
    stderr: /^secrets: --raw is not an option of token-hex \(it is an option of token-bytes\)\n$/,
  },
  {
    name: "an unknown option suggests the closest",
    args: ["password", "--lenght", "3"],
    code: 2,
    stderr: /^secrets: unknown option '--lenght' \(did you mean --length\?\)\n$/,
  },
  {
    name: "a forgotten value never swallows the next option",
    args: ["password", "--exclude", "--symbols"],
    code: 2,
    stderr: /^secrets: --exclude needs a value\n$/,
  },
  {
    name: "--name=value",
    args: ["password", "--exclude=-_", "--length=8"],
    code: 0,
    stdout: /^[A-Za-z0-9]{8}\n$/,
  },
  {
    name: "an option given twice",
    args: ["password", "--length", "8", "--length", "9"],
    code: 2,
    stderr: /^secrets: --length is given twice\n$/,
  },

  // ---- Issue 13: stack traces become one line ---------------------------------
  {
    name: "randbits too large for printing is one line",
    args: ["randbits", "1073741824"],
    code: 2,
    stderr: /^secrets: randbits: K must be at most 16777216, got 1073741824\n$/,
    regression: true,
  },
  {
    name: "a directory as --wordlist",
    args: ["passphrase", "--wordlist", "{dir}/sub"],
    files: { sub: "directory" },
    code: 2,
    stderr: /^secrets: --wordlist .*\/sub is a directory\n$/,
    regression: true,
  },
  {
    name: "--wordlist /dev/zero is refused at once",
    args: ["passphrase", "--wordlist", "/dev/zero"],
    code: 2,
    stderr: /^secrets: --wordlist \/dev\/zero is not a regular file\n$/,
    regression: true,
  },
  {
    name: "--wordlist larger than 16 MiB",
    args: ["passphrase", "--wordlist", "-"],
    stdin: new Uint8Array(16 * 2 ** 20 + 1).fill(0x61),
    code: 2,
    stderr: /^secrets: --wordlist - \(standard input\) is larger than 16 MiB\n$/,
  },
  {
    name: "a missing --wordlist file",
    args: ["passphrase", "--wordlist", "{dir}/none.txt"],
    files: {},
    code: 2,
    stderr: /^secrets: --wordlist .*none\.txt does not exist\n$/,
  },

  // ---- Issue 13: python -m random parity (the full table: cli_random_mode_test.ts)
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
  {
    name: "--count with no input is an error, not the help three times",
    args: ["--count", "3"],
    code: 2,
    stderr: /^secrets: --count needs a command or an input/,
    regression: true,
  },
  { name: "-i 6", args: ["-i", "6"], code: 0, stdout: /^[1-6]\n$/ },
  {
    name: "a bare integer",
    args: ["10", "--count", "5"],
    code: 0,
    stdout: lines(/^([1-9]|10)$/, 5),
  },
  { name: "no input prints the help", args: [], code: 0, stdout: /^usage: secrets/ },
  {
    name: "several bare inputs need -c",
    args: ["1", "2"],
    code: 2,
    stderr: /^secrets: one number at a time; to choose among several inputs use -c/,
  },

  // ---- Issue 13: --json is JSON Lines ------------------------------------------
  {
    name: "--json prints -f floats as numbers",
    args: ["--json", "-f", "2.5", "--count", "3"],
    code: 0,
    stdout: (out) =>
      lines(/^\d\.\d+(e-\d\d)?$/, 3)(out) &&
      out.trim().split("\n").every((l) => typeof JSON.parse(l) === "number"),
    regression: true,
  },
  {
    name: "--json with nothing to print is an error",
    args: ["--json"],
    code: 2,
    stderr: /^secrets: --json needs a command or an input/,
    regression: true,
  },
  {
    name: "--json --raw is an error",
    args: ["token-bytes", "--raw", "--json"],
    code: 2,
    stderr: /^secrets: --json and --raw do not mix/,
    regression: true,
  },
  {
    name: "--json --help is an error",
    args: ["password", "--help", "--json"],
    code: 2,
    stderr: /^secrets: --json: help and the version are text, not JSON\n$/,
  },
  {
    name: "--json: integers of any size as exact digits",
    args: ["randbelow", "1000000000000000000000000000000", "--json", "--count", "3"],
    code: 0,
    stdout: lines(/^\d{1,30}$/, 3),
  },
  {
    name: "--json: tokens as strings",
    args: ["token-bytes", "2", "--json"],
    code: 0,
    stdout: /^"[0-9a-f]{4}"\n$/,
  },

  // ---- Issue 13: passwords like pwgen, with honest entropy -----------------------
  {
    name: "--symbols adds punctuation (20 characters of 94)",
    args: ["password", "--symbols", "--count", "20"],
    code: 0,
    stdout: (out) => lines(/^[!-~]{20}$/, 20)(out) && /[^A-Za-z0-9\n]/.test(out), // a symbol in 400 draws: 1 - (62/94)^400
    regression: true,
  },
  {
    name: "LENGTH is positional, as in pwgen",
    args: ["password", "16"],
    code: 0,
    stdout: /^[A-Za-z0-9]{16}\n$/,
    regression: true,
  },
  {
    name: "--no-ambiguous drops the AMBIGUOUS set",
    args: ["password", "200", "--no-ambiguous"],
    code: 0,
    stdout: noneOf(AMBIGUOUS, 200),
    regression: true,
  },
  {
    name: "--entropy prints the exact bits to stderr",
    args: ["password", "--entropy"],
    code: 0,
    stdout: /^[A-Za-z0-9]{22}\n$/,
    stderr: /^entropy: 130\.99 bits\n$/,
    regression: true,
  },
  {
    name: "--entropy for tokens",
    args: ["token-urlsafe", "--entropy"],
    code: 0,
    stderr: /^entropy: 256 bits\n$/,
  },
  {
    name: "--entropy for randbelow",
    args: ["randbelow", "10", "--entropy"],
    code: 0,
    stderr: /^entropy: 3\.32 bits\n$/,
  },
  {
    name: "--entropy for a passphrase",
    args: ["passphrase", "--entropy"],
    code: 0,
    stderr: /^entropy: 77\.54 bits\n$/,
  },
  {
    name: "--entropy for -i",
    args: ["-i", "6", "--entropy"],
    code: 0,
    stdout: /^[1-6]\n$/,
    stderr: /^entropy: 2\.58 bits\n$/,
  },
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
  {
    name: "--entropy for a float is refused",
    args: ["-f", "2", "--entropy"],
    code: 2,
    stderr: /^secrets: --entropy: a float's entropy is not reported/,
  },
  {
    name: "errors name flags: --min-symbols",
    args: ["password", "--min-symbols", "1"],
    code: 2,
    stderr:
      /^secrets: password: --min-symbols is 1 but the alphabet has no ASCII punctuation character \(turn on symbols\)\n$/,
    regression: true,
  },
  {
    name: "errors name flags: the token size",
    args: ["token-hex", "134217729"],
    code: 2,
    stderr: /^secrets: token-hex: N must be at most 134217728, got 134217729\n$/,
    regression: true,
  },
  {
    name: "errors name flags: minimums over the length",
    args: ["password", "3", "--min-digits", "4"],
    code: 2,
    stderr: /^secrets: password: LENGTH 3 is less than the minimums, which add up to 4\n$/,
  },
  {
    name: "a huge count in a library message is shortened",
    args: ["password", "1024", "--min-digits", "1000", "--min-lower", "24"],
    code: 2,
    stderr:
      /^secrets: password: LENGTH 1024 is too short for the minimums: (only|fewer than) 1 in about \d\.\d\de\+\d+ candidates of 1024 characters meets them; lengthen the password or lower the minimums\n$/,
  },
  {
    name: "a value that starts with '-' takes the = form",
    args: ["-f", "-1e5"],
    code: 2,
    stderr:
      /^secrets: -f\/--float needs a value \(for a value that starts with '-', write --float=-1e5\)\n$/,
  },
  {
    name: "errors name flags: a repeated alphabet character",
    args: ["password", "--alphabet", "abca"],
    code: 2,
    stderr: /^secrets: password: --alphabet repeats the character "a"/,
  },

  // ---- Issue 13: one vocabulary ------------------------------------------------
  {
    name: "--words is the number of words, --count the number of passphrases",
    args: ["passphrase", "--words", "3", "--count", "2", "--separator", "."],
    code: 0,
    stdout: lines(/^[a-z-]+\.[a-z-]+\.[a-z-]+$/, 2),
  },

  // ---- Issue 13: word lists that behave -------------------------------------------
  {
    name: "--wordlist - reads standard input",
    args: ["passphrase", "--wordlist", "-", "--words", "4"],
    stdin: "alpha\nbravo\ncharlie\n",
    code: 0,
    stdout: phrase(["alpha", "bravo", "charlie"], " ", 4),
    regression: true,
  },
  {
    name: "a line is a phrase; a leading dice number is dropped",
    args: ["passphrase", "--wordlist", "-", "--separator", "-", "--words", "3"],
    stdin: "11111\tice cream\n11112 banana split\n\n",
    code: 0,
    stdout: phrase(["ice cream", "banana split"], "-", 3),
    regression: true,
  },
  {
    name: "a repeated word is refused with its line",
    args: ["passphrase", "--wordlist", "-"],
    stdin: "apple\npear\n\napple\n",
    code: 2,
    stderr:
      /^secrets: --wordlist - \(standard input\): line 4 repeats "apple" \(first on line 1\)\n$/,
    regression: true,
  },
  {
    name: "invalid UTF-8 is refused with its line",
    args: ["passphrase", "--wordlist", "-"],
    stdin: new Uint8Array([0x61, 0x0d, 0x0a, 0x62, 0x0a, 0x63, 0xff, 0x0a]),
    code: 2,
    stderr: /^secrets: --wordlist - \(standard input\): line 3 is not valid UTF-8\n$/,
    regression: true,
  },
  {
    name: "CR-only line endings",
    args: ["passphrase", "--wordlist", "{dir}/mac.txt", "--words", "5", "--separator", "."],
    files: { "mac.txt": "one\rtwo\rthree\r" },
    code: 0,
    stdout: phrase(["one", "two", "three"], ".", 5),
    regression: true,
  },
  {
    name: "CRLF line endings",
    args: ["passphrase", "--wordlist", "-", "--words", "5", "--separator", "."],
    stdin: "one\r\ntwo\r\nthree\r\n",
    code: 0,
    stdout: phrase(["one", "two", "three"], ".", 5),
  },
  {
    name: "a phrase holding the separator names its line",
    args: ["passphrase", "--wordlist", "-"],
    stdin: "pear\nice cream\n",
    code: 2,
    stderr:
      /^secrets: passphrase: --wordlist - \(standard input\) line 2 has the word "ice cream", which contains " ", a character of the separator, so different draws could print the same phrase\n$/,
  },
  {
    name: "a one-word list",
    args: ["passphrase", "--wordlist", "-"],
    stdin: "only\n\n",
    code: 2,
    stderr:
      /^secrets: passphrase: --wordlist - \(standard input\) needs at least 2 words, got 1\n$/,
  },

  // ---- Issue 16: tokens sized in bits, in any alphabet ----------------------------
  {
    name: "token: 256 bits of base32 by default",
    args: ["token"],
    code: 0,
    stdout: /^[A-Z2-7]{52}\n$/,
  },
  {
    name: "token --bits 128 --alphabet base58, with the exact entropy",
    args: ["token", "--bits", "128", "--alphabet", "base58", "--entropy"],
    code: 0,
    stdout: new RegExp(`^[${ALPHABETS.base58}]{22}\n$`),
    stderr: /^entropy: 128\.87 bits\n$/, // 22 * log2(58) = 128.875...
  },
  {
    name: "token: a PIN of at least 20 bits is 7 digits (23.25 bits)",
    args: ["token", "--alphabet", "numeric", "--bits", "20", "--entropy"],
    code: 0,
    stdout: /^\d{7}\n$/,
    stderr: /^entropy: 23\.25 bits\n$/,
  },
  {
    name: "token: every named alphabet",
    args: ["token", "--alphabet", "crockford", "--bits", "128", "--count", "3"],
    code: 0,
    stdout: lines(new RegExp(`^[${ALPHABETS.crockford}]{26}$`), 3),
  },
  {
    name: "token: --alphabet takes the characters themselves; --count and --json",
    args: ["token", "--alphabet", "01", "--bits", "8", "--count", "3", "--json"],
    code: 0,
    stdout: lines(/^"[01]{8}"$/, 3),
  },
  {
    name: "token: characters that start with '-' take the = form",
    args: ["token", "--alphabet=-_", "--bits", "4"],
    code: 0,
    stdout: /^[-_]{4}\n$/,
  },
  {
    name: "token: an alphabet beyond ASCII",
    args: ["token", "--alphabet", "\u2660\u2665\u2666\u2663", "--bits", "10"],
    code: 0,
    stdout: /^[\u2660\u2665\u2666\u2663]{5}\n$/u,
  },
  {
    name: "token: an unknown alphabet name is refused, not taken as characters",
    args: ["token", "--alphabet", "base64"],
    code: 2,
    stderr:
      /^secrets: token: --alphabet "base64" is not a known name \(did you mean "base64url"\?\); the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase\n$/,
  },
  {
    name: "token: a word for an alphabet names the alphabet meant",
    args: ["token", "--alphabet", "digits"],
    code: 2,
    stderr:
      /^secrets: token: --alphabet "digits" is not a known name \(did you mean "numeric"\?\); the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase\n$/,
  },
  {
    name: "token: a repeated character",
    args: ["token", "--alphabet", "abcc"],
    code: 2,
    stderr: /^secrets: token: --alphabet repeats the character "c", which would bias the draw\n$/,
  },
  {
    name: "token: one character",
    args: ["token", "--alphabet", "a"],
    code: 2,
    stderr: /^secrets: token: --alphabet has 1 character; a token needs at least 2\n$/,
  },
  {
    name: "token: --count 0 still checks the alphabet",
    args: ["token", "--count", "0", "--alphabet", "xx"],
    code: 2,
    stderr: /^secrets: token: --alphabet repeats the character "x"/,
  },
  {
    name: "token --bits 0",
    args: ["token", "--bits", "0"],
    code: 2,
    stderr: /^secrets: --bits must be at least 1, got 0\n$/,
  },
  {
    name: "token --bits above the most",
    args: ["token", "--bits", "65537"],
    code: 2,
    stderr: /^secrets: --bits must be at most 65536, got 65537\n$/,
  },
  {
    name: "token --bits x",
    args: ["token", "--bits", "x"],
    code: 2,
    stderr: /^secrets: --bits must be a whole number \(such as 1000000 or 1e6\), got 'x'\n$/,
  },
  {
    name: "--bits before the command names every command that takes it",
    args: ["--bits", "128", "token"],
    code: 2,
    stderr:
      /^secrets: --bits is an option of passphrase, token, api-key, check-api-key, scanner-rules, recovery-codes, otp-secret and collision-probability: write it after the command \(secrets token --bits \.\.\.\)\n$/,
  },
  {
    name: "token: password's options are not token's",
    args: ["token", "--length", "5"],
    code: 2,
    stderr:
      /^secrets: --length is not an option of token \(it is an option of password and pin\)\n$/,
  },
  {
    name: "token: a misspelt option",
    args: ["token", "--alpabet", "hex"],
    code: 2,
    stderr: /^secrets: unknown option '--alpabet' \(did you mean --alphabet\?\)\n$/,
  },

  // ---- Issue 16: API keys ------------------------------------------------------------
  {
    name: "api-key --prefix acme: keys that check-api-key's library accepts",
    args: ["api-key", "--prefix", "acme", "--count", "5"],
    code: 0,
    stdout: (out) => lines(/^acme_[0-9A-Za-z]{33}$/, 5)(out) && keys(5)(out),
  },
  {
    name: "api-key --entropy: the random part's exact bits",
    args: ["api-key", "--prefix", "acme", "--entropy"],
    code: 0,
    stdout: keys(1),
    stderr: /^entropy: 160\.76 bits\n$/, // 27 * log2(62)
  },
  {
    name: "api-key --bits 256: 43 random characters",
    args: ["api-key", "--prefix", "acme", "--bits", "256", "--entropy"],
    code: 0,
    stdout: (out) => /^acme_[0-9A-Za-z]{49}\n$/.test(out) && keys(1, 256)(out),
    stderr: /^entropy: 256\.03 bits\n$/, // 43 * log2(62)
  },
  {
    name: "api-key --json",
    args: ["--json", "api-key", "--prefix", "acme"],
    code: 0,
    stdout: (out) => /^"acme_[0-9A-Za-z]{33}"\n$/.test(out) && keys(1)(JSON.parse(out) + "\n"),
  },
  {
    name: "api-key without --prefix",
    args: ["api-key"],
    code: 2,
    stderr: /^secrets: api-key: missing --prefix \(usage: secrets api-key --prefix P\)\n$/,
  },
  {
    name: "api-key: a prefix with a dash",
    args: ["api-key", "--prefix", "my-app"],
    code: 2,
    stderr:
      /^secrets: api-key: --prefix must be 1 to 16 ASCII letters, digits and "_", starting with a letter and not ending with "_", got "my-app"\n$/,
  },
  {
    name: "api-key: a prefix of 17 letters",
    args: ["api-key", "--prefix", "abcdefghijklmnopq"],
    code: 2,
    stderr:
      /^secrets: api-key: --prefix must be 1 to 16 ASCII letters, digits and "_".*, got "abcdefghijklmnopq"\n$/,
  },
  {
    name: "api-key --bits below 128",
    args: ["api-key", "--prefix", "acme", "--bits", "127"],
    code: 2,
    stderr: /^secrets: --bits must be at least 128, got 127\n$/,
  },
  {
    name: "api-key --bits above 1024",
    args: ["api-key", "--prefix", "acme", "--bits", "1025"],
    code: 2,
    stderr: /^secrets: --bits must be at most 1024, got 1025\n$/,
  },
  {
    name: "api-key --prefix twice",
    args: ["api-key", "--prefix", "a", "--prefix", "b"],
    code: 2,
    stderr: /^secrets: --prefix is given twice\n$/,
  },

  // ---- Issue 16: check-api-key answers in its exit status --------------------------------
  {
    name: "check-api-key: a valid key is status 0, nothing printed",
    args: ["check-api-key", KEY, "--prefix", "acme"],
    code: 0,
    stdout: /^$/,
  },
  {
    name: "check-api-key: a typo is status 1, nothing printed",
    args: ["check-api-key", TYPO, "--prefix", "acme"],
    code: 1,
    quiet: true,
  },
  {
    name: "check-api-key: a truncated key is status 1",
    args: ["check-api-key", SHORT, "--prefix", "acme"],
    code: 1,
    quiet: true,
  },
  {
    name: "check-api-key: another prefix is status 1",
    args: ["check-api-key", KEY, "--prefix", "acm"],
    code: 1,
    quiet: true,
  },
  {
    name: "check-api-key: other --bits is status 1 (the length differs)",
    args: ["check-api-key", KEY, "--prefix", "acme", "--bits", "192"],
    code: 1,
    quiet: true,
  },
  {
    name: "check-api-key - reads the key from standard input",
    args: ["check-api-key", "-", "--prefix", "acme"],
    stdin: KEY + "\n",
    code: 0,
    stdout: /^$/,
  },
  {
    name: "check-api-key -: CRLF, or no line ending",
    args: ["check-api-key", "-", "--prefix", "acme"],
    stdin: KEY + "\r\n",
    code: 0,
    stdout: /^$/,
  },
  {
    name: "check-api-key -: no line ending",
    args: ["check-api-key", "-", "--prefix", "acme"],
    stdin: KEY,
    code: 0,
    stdout: /^$/,
  },
  {
    name: "check-api-key -: a typo on standard input is status 1",
    args: ["check-api-key", "-", "--prefix", "acme"],
    stdin: TYPO + "\n",
    code: 1,
    quiet: true,
  },
  {
    name: "check-api-key -: empty input is no key: status 1",
    args: ["check-api-key", "-", "--prefix", "acme"],
    stdin: "",
    code: 1,
    quiet: true,
  },
  {
    name: "check-api-key -: two lines are bad input (status 2), not a verdict",
    args: ["check-api-key", "-", "--prefix", "acme"],
    stdin: `${KEY}\n${KEY}\n`,
    code: 2,
    stderr:
      /^secrets: check-api-key: KEY - \(standard input\) holds more than one line; give one key\n$/,
  },
  {
    name: "check-api-key -: more than 1 MiB is refused",
    args: ["check-api-key", "-", "--prefix", "acme"],
    stdin: new Uint8Array(2 ** 20 + 1).fill(0x61),
    code: 2,
    stderr: /^secrets: check-api-key: KEY - \(standard input\) is larger than 1 MiB\n$/,
  },
  {
    name: "check-api-key: a bad prefix is bad usage (2), not an invalid key (1)",
    args: ["check-api-key", KEY, "--prefix", "1acme"],
    code: 2,
    stderr:
      /^secrets: check-api-key: --prefix must be 1 to 16 ASCII letters, digits and "_", starting with a letter and not ending with "_", got "1acme"\n$/,
  },
  {
    name: "check-api-key without KEY",
    args: ["check-api-key", "--prefix", "acme"],
    code: 2,
    stderr:
      /^secrets: check-api-key: missing KEY \(usage: secrets check-api-key KEY --prefix P\)\n$/,
  },
  {
    name: "check-api-key without --prefix",
    args: ["check-api-key", KEY],
    code: 2,
    stderr:
      /^secrets: check-api-key: missing --prefix \(usage: secrets check-api-key KEY --prefix P\)\n$/,
  },
  {
    name: "check-api-key: two keys",
    args: ["check-api-key", KEY, "x", "--prefix", "acme"],
    code: 2,
    stderr: /^secrets: check-api-key: unexpected argument 'x'\n$/,
  },
  ...["--json", "--entropy"].map((flag): CliCase => ({
    name: `check-api-key ${flag} is refused: the answer is the exit status`,
    args: ["check-api-key", KEY, "--prefix", "acme", flag],
    code: 2,
    stderr: new RegExp(
      `^secrets: ${flag} does not apply to check-api-key: it prints nothing, its answer is the exit status\n$`,
    ),
  })),
  {
    name: "check-api-key --count, even before the command",
    args: ["--count", "2", "check-api-key", KEY, "--prefix", "acme"],
    code: 2,
    stderr: /^secrets: --count does not apply to check-api-key: it prints nothing/,
  },

  // ---- Issue 16: collision math -----------------------------------------------------------
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
    stderr: /^secrets: --tokens must be a whole number, got 1\.5\n$/,
  },
  {
    name: "bits-for --tokens 1e-3",
    args: ["bits-for", "--tokens", "1e-3", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: --tokens must be a whole number, got 1e-3\n$/,
  },
  {
    name: "bits-for --tokens x",
    args: ["bits-for", "--tokens", "x", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: --tokens must be a whole number \(such as 1000000 or 1e6\), got 'x'\n$/,
  },
  {
    name: "bits-for --tokens -5",
    args: ["bits-for", "--tokens", "-5", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: --tokens must be at least 0, got -5\n$/,
  },
  {
    name: "bits-for --tokens beyond 1e1000 is refused at once",
    args: ["bits-for", "--tokens", "1e999999999999", "--probability", "0.1"],
    code: 2,
    stderr: /^secrets: --tokens must be below 1e1000, got 1e999999999999\n$/,
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
    stderr: /^secrets: --probability must be a number \(such as 0\.5 or 1e-6\), got 'x'\n$/,
  },
  {
    name: "bits-for --probability 1/1000 is not a number here",
    args: ["bits-for", "--tokens", "1e9", "--probability", "1/1000"],
    code: 2,
    stderr: /^secrets: --probability must be a number \(such as 0\.5 or 1e-6\), got '1\/1000'\n$/,
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
    stderr: /^secrets: --bits must be a finite number, got 1e400\n$/,
  },
  {
    name: "bits-for --probability 1e-400 (underflows to 0) says so, echoing what was typed",
    args: ["bits-for", "--tokens", "1e9", "--probability", "1e-400"],
    code: 2,
    stderr: /^secrets: --probability: 1e-400 is too small to be represented; it rounds to 0\n$/,
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
  { name: "randbits", args: ["randbits", "128"], code: 0, stdout: /^\d{1,39}\n$/ },
  {
    name: "randbits -1",
    args: ["randbits", "-1"],
    code: 2,
    stderr: /^secrets: randbits: K must be at least 0, got -1\n$/,
  },
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
  {
    name: "an extra argument",
    args: ["token-hex", "1", "2"],
    code: 2,
    stderr: /^secrets: token-hex: unexpected argument '2'\n$/,
  },
  {
    name: "password constraints",
    args: ["password", "--length", "12", "--min-digits", "2"],
    code: 0,
    stdout: /^(?=(.*\d){2})[A-Za-z0-9]{12}\n$/,
  },
  {
    name: "LENGTH and --length together",
    args: ["password", "8", "--length", "9"],
    code: 2,
    stderr: /^secrets: password: give the length once, as LENGTH or --length\n$/,
  },
  {
    name: "--count 0 prints nothing but checks the input",
    args: ["password", "--count", "0", "--min-symbols", "2"],
    code: 2,
    stderr:
      /^secrets: password: --min-symbols is 2 but the alphabet has no ASCII punctuation character \(turn on symbols\)\n$/,
  },
  { name: "--count 0", args: ["token-hex", "--count", "0"], code: 0, stdout: /^$/ },
  {
    name: "--count -1",
    args: ["token-hex", "--count", "-1"],
    code: 2,
    stderr: /^secrets: --count must be at least 0, got -1\n$/,
  },
  {
    name: "--version",
    args: ["--version"],
    code: 0,
    stdout: new RegExp(`^secrets ${VERSION.replaceAll(".", "\\.")}\n$`),
  },
  // ---- Issue 17: password --rules ------------------------------------------------------
  {
    name: "password --rules (the issue's example): valid passwords, 22 characters for 128 bits",
    args: ["password", "--rules", RULES, "--count", "20"],
    code: 0,
    stdout: (out) => lines(/./, 20)(out) && out.trimEnd().split("\n").every(meetsRules(22)),
  },
  {
    name: "password --rules --entropy: log2 of the exact count",
    args: ["password", "--rules", RULES, "--entropy"],
    code: 0,
    stdout: (out) => meetsRules(22)(out.trimEnd()),
    // Counted by a separate DP in Python (strings of 22 over 64 characters with a lower,
    // an upper and a digit, no 3 identical in a row, no 3 in sequence as abc or 321):
    // 5245534006294539138400535160626745023568, log2 = 131.946...
    stderr: /^entropy: 131\.94 bits\n$/,
  },
  {
    name: "password LENGTH --rules",
    args: ["password", "30", "--rules", RULES, "--entropy"],
    code: 0,
    stdout: (out) => meetsRules(30)(out.trimEnd()),
    stderr: entropyLine(entropyBits("password", { rules: passwordRules(RULES), length: 30 })),
  },
  {
    name: "password --length --rules, as JSON",
    args: ["password", "--length", "25", "--rules", RULES, "--json", "--count", "3"],
    code: 0,
    stdout: (out) =>
      lines(/^".*"$/, 3)(out) &&
      out.trimEnd().split("\n").every((l) => meetsRules(25)(JSON.parse(l))),
  },
  {
    name: "password --rules: maxlength caps the default length (fewer than 128 bits)",
    args: ["password", "--rules", "maxlength: 12; required: digit; allowed: lower", "--entropy"],
    code: 0,
    stdout: /^(?=.*\d)[a-z0-9]{12}\n$/,
    // log2(36**12 - 26**12) = 62.0097...: under 64 bits, a warning too (exit 0).
    stderr:
      /^secrets: password: warning: --rules allow only 62\.00 bits, under 64\nentropy: 62\.00 bits\n$/,
  },
  {
    name: "password --rules: special is the 32 symbols and space",
    args: ["password", "--rules", "allowed: special", "200"],
    code: 0,
    stdout: (out) =>
      out.length === 201 && Array.from(out.slice(0, 200)).every((c) => (SYMBOLS + " ").includes(c)),
  },
  {
    name: "password --rules with --exclude and --no-ambiguous",
    args: ["password", "30", "--rules", "allowed: lower", "--exclude", "abc", "--no-ambiguous"],
    code: 0,
    stdout: noneOf("abcl", 30),
  },
  {
    name: "password --rules --entropy with --exclude and --no-ambiguous: 30 of 22 letters",
    args: [
      "password",
      "30",
      "--rules",
      "allowed: lower",
      "--exclude",
      "abc",
      "--no-ambiguous",
      "--entropy",
    ],
    code: 0,
    stderr: /^entropy: 133\.78 bits\n$/, // 30 * log2(26 - 3 - 1)
  },
  {
    name: "password --rules: max-repeating 1 over two letters alternates, with a warning",
    args: ["password", "9", "--rules", "allowed: [ab]; max-repeating: 1", "--entropy"],
    code: 0,
    stdout: /^(ababababa|babababab)\n$/,
    stderr: /^secrets: password: warning: --rules allow only 1 bit, under 64\nentropy: 1 bit\n$/,
  },
  {
    name: "password --rules: max-consecutive limits sequences too (abc, 321)",
    args: ["password", "200", "--rules", "allowed: [abc123]; max-consecutive: 2"],
    code: 0,
    stdout: (out) => /^[abc123]{200}\n$/.test(out) && !/abc|cba|123|321|(.)\1\1/.test(out),
  },
  {
    name: "password LENGTH below the rules' minlength",
    args: ["password", "12", "--rules", "minlength: 20"],
    code: 2,
    stderr:
      /^secrets: password: LENGTH 12 is outside the rules' bounds \(20 to 1024, the most a password may have\)\n$/,
  },
  {
    name: "password --length above the rules' maxlength",
    args: ["password", "--rules", "maxlength: 30", "--length", "40"],
    code: 2,
    stderr: /^secrets: password: --length 40 is outside the rules' bounds \(1 to 30\)\n$/,
  },
  {
    name: "password --rules: an unknown class names itself and the class meant",
    args: ["password", "--rules", "required: digits"],
    code: 2,
    stderr:
      /^secrets: password: --rules are malformed: unknown character class 'digits' in 'required' \(did you mean 'digit'\?\)\n$/,
  },
  {
    name: "password --rules: an unknown property",
    args: ["password", "--rules", "minlength: 8; max-repeting: 2"],
    code: 2,
    stderr:
      /^secrets: password: --rules are malformed: unknown property 'max-repeting' \(did you mean 'max-repeating'\?\)\n$/,
  },
  {
    name: "password --rules: a range in [...]",
    args: ["password", "--rules", "allowed: [a-z]"],
    code: 2,
    stderr:
      /^secrets: password: --rules are malformed: in "\[a-z\]", '-' may only come first \(it is reserved for ranges\)\n$/,
  },
  {
    name: "password --rules: an unterminated [",
    args: ["password", "--rules", "required: [abc"],
    code: 2,
    stderr: /^secrets: password: --rules are malformed: unterminated character class "\[abc"\n$/,
  },
  {
    name: "password --rules: a bound that is not a number",
    args: ["password", "--rules", "minlength: x"],
    code: 2,
    stderr:
      /^secrets: password: --rules are malformed: 'minlength' must be a non-negative integer, got "x"\n$/,
  },
  ...([
    ["required: ; minlength: 3", "are malformed: 'required' has no value"],
    ["minlength 12", `are malformed: expected ':' after 'minlength', got "12"`],
    ["required: digit upper", `are malformed: expected ',' or ';' in 'required', got "upper"`],
    ["minlength: 2000", "cannot be met: minlength must be at most 1024, got 2000"],
    [
      "minlength: 20; maxlength: 8",
      "cannot be met: minlength must be at most the maxlength, 8, got 20",
    ],
    ["max-sequential: 0", "cannot be met: max-sequential must be at least 1, got 0"],
    [
      "allowed: [&quot;ab]",
      `are malformed: "&quot;" in 'allowed' is an HTML entity: decode the attribute first (write the character itself)`,
    ],
  ] as const).map(([rules, message]): CliCase => ({
    name: `password --rules ${JSON.stringify(rules)}: the library's message`,
    args: ["password", "--rules", rules],
    code: 2,
    stderr: new RegExp(`^secrets: password: --rules ${message.replace(/[()[\]]/g, "\\$&")}\n$`),
  })),
  {
    name: "password --rules: unicode draws from ascii-printable",
    args: ["password", "30", "--rules", "allowed: unicode"],
    code: 0,
    stdout: /^[ -~]{30}\n$/,
  },
  {
    name: "password --rules over several lines: the message quoting them is one line",
    args: [
      "password",
      "--rules",
      "required: digit,\n  upper;\nallowed: lower",
      "--exclude",
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ],
    code: 2,
    stderr:
      /^secrets: password: --exclude leaves no usable character in 'required: digit, {3}upper', so the rules cannot be met\n$/,
  },
  {
    name: "password --rules: --exclude leaves one character",
    args: ["password", "--rules", "allowed: [ab]", "--exclude", "a"],
    code: 2,
    stderr:
      /^secrets: password: --exclude leaves the rules 1 usable character; a password needs at least 2\n$/,
  },
  {
    name: "password --rules: no password at any allowed length",
    args: ["password", "--rules", "maxlength: 2; required: [a]; required: [b]; required: [c]"],
    code: 2,
    stderr:
      /^secrets: password: --rules give fewer than 2 passwords at every length from 1 to 2\n$/,
  },
  {
    name: "password --rules: maxlength 0",
    args: ["password", "--rules", "maxlength: 0"],
    code: 2,
    stderr: /^secrets: password: --rules cannot be met: maxlength must be at least 1, got 0\n$/,
  },
  {
    name: "password --rules: counting that cannot be quick is refused",
    args: [
      "password",
      "800",
      "--rules",
      "required: lower; required: upper; required: digit; required: special",
    ],
    code: 2,
    stderr:
      /^secrets: password: LENGTH must be at most 799 for these rules \(the longest they can be counted at quickly\), got 800\n$/,
  },
  {
    name: "password --rules --count 0 still checks the rules",
    args: ["password", "--count", "0", "--rules", "required: nope"],
    code: 2,
    stderr: /^secrets: password: --rules are malformed: unknown character class 'nope'/,
  },
  ...[
    ["--symbols", "allowed", "allowed"],
    ["--alphabet=abc", "alphabet", "allowed"],
    ["--min-digits=1", "min-digits", "required"],
    ["--min-symbols=2", "min-symbols", "required"],
  ].flatMap(([flag, name, what]): CliCase[] =>
    [
      ["password", "--rules", "required: digit", flag],
      ["password", flag, "--rules", "required: digit"],
    ].map((args) => ({
      name: `password --rules with ${flag} is refused, in either order`,
      args,
      code: 2,
      stderr: new RegExp(
        `^secrets: password: --rules cannot be combined with --${
          name === "allowed" ? "symbols" : name
        }: the rules say which characters are ${what} \\(write ${what}: \\.\\.\\. in them\\)\\n$`,
      ),
    }))
  ),
  {
    name: "password --rules given twice",
    args: ["password", "--rules", "required: digit", "--rules", "required: upper"],
    code: 2,
    stderr: /^secrets: --rules is given twice\n$/,
  },
  {
    name: "password --rules without a value",
    args: ["password", "--rules"],
    code: 2,
    stderr: /^secrets: --rules needs a value\n$/,
  },
  {
    name: "--rules is password's: elsewhere it names its command",
    args: ["passphrase", "--rules", "required: digit"],
    code: 2,
    stderr: /^secrets: --rules is not an option of passphrase \(it is an option of password\)\n$/,
  },

  // ---- Issue 17: passphrase options -----------------------------------------------------
  {
    name: "passphrase: the issue's example, every option (5 words for 80 bits)",
    args: [
      "passphrase",
      "--capitalize",
      "first",
      "--add-digits",
      "1",
      "--add-symbols",
      "1",
      "--separators",
      "-_.",
      "--min-word-length",
      "4",
      "--bits",
      "80",
      "--entropy",
      "--count",
      "10",
    ],
    code: 0,
    stdout: (out) =>
      splitPhrase(out, /[-_.]/, 5, (p) => capitalized(bare(p)) && bare(p).length >= 4, 10) &&
      out.trimEnd().split("\n").every((l) =>
        l.replace(/\D/g, "").length === 1 &&
        Array.from(l).filter((c) => SYMBOLS.includes(c) && !"-_.".includes(c)).length === 1 &&
        /^[A-Z]/.test(l) // a phrase begins with a word
      ),
    // Checked in Python: 7,690 words of 4+ letters without -_. ; 7690**5 * 3**4 (gaps) *
    // 6 * 5 (places) * 10 * 29 (a digit, a symbol less the 3 separators): 83.97 bits.
    stderr: /^entropy: 83\.97 bits\n$/,
  },
  {
    name: "passphrase --capitalize random: 1 bit a word (6 * log2(15552))",
    args: ["passphrase", "--capitalize", "random", "--entropy", "--count", "5"],
    code: 0,
    stdout: (out) => splitPhrase(out, / /, 6, (w) => EFF.has(w) || capitalized(w), 5),
    stderr: /^entropy: 83\.54 bits\n$/,
  },
  {
    name: "passphrase --capitalize all adds no entropy",
    args: ["passphrase", "--capitalize", "all", "--entropy"],
    code: 0,
    stdout: (out) =>
      splitPhrase(out, / /, 6, (w) => EFF.has(w.toLowerCase()) && w === w.toUpperCase()),
    stderr: /^entropy: 77\.54 bits\n$/,
  },
  {
    name: "passphrase --capitalize none",
    args: ["passphrase", "--capitalize", "none", "--words", "3"],
    code: 0,
    stdout: (out) => splitPhrase(out, / /, 3, (w) => EFF.has(w)),
  },
  {
    name: "passphrase --capitalize: a near miss is suggested",
    args: ["passphrase", "--capitalize", "Random"],
    code: 2,
    stderr:
      /^secrets: --capitalize must be one of none, first, all or random, got 'Random' \(did you mean random\?\)\n$/,
  },
  {
    name: "passphrase --capitalize: an unknown way",
    args: ["passphrase", "--capitalize", "upper"],
    code: 2,
    stderr: /^secrets: --capitalize must be one of none, first, all or random, got 'upper'\n$/,
  },
  {
    name: "passphrase --digits 2: two digits, each after a word",
    args: ["passphrase", "--digits", "2", "--entropy", "--count", "5"],
    code: 0,
    stdout: (out) =>
      splitPhrase(out, / /, 6, (p) => EFF.has(bare(p)) && /^[a-z-]+\d*$/.test(p), 5) &&
      out.trimEnd().split("\n").every((l) => l.replace(/\D/g, "").length === 2),
    // 6 words, 2 digits in C(5 + 2, 2) = 21 arrangements, 100 values.
    stderr: entropyLine(6 * Math.log2(7776) + Math.log2(21 * 100)),
  },
  {
    name: "passphrase --add-symbols 3: a count, each a symbol other than the separator",
    args: ["passphrase", "--add-symbols", "3", "--separator", "+", "--entropy", "--count", "5"],
    code: 0,
    stdout: (out) =>
      splitPhrase(out, /\+/, 5, (p) => EFF.has(p.replace(/[^a-z]+$/, "")), 5) &&
      out.trimEnd().split("\n").every((l) =>
        Array.from(l).filter((c) => SYMBOLS.includes(c) && c !== "+").length === 3
      ),
    // 5 words of the 7,772 without '-' (a symbol here), 3 symbols in C(4 + 3, 3) = 35
    // arrangements, each one of the 31 symbols other than '+'.
    stderr: entropyLine(5 * Math.log2(7772) + Math.log2(35) + 3 * Math.log2(31)),
  },
  {
    name: "passphrase --separators -_. (no = needed): one drawn for each gap",
    args: ["passphrase", "--separators", "-_.", "--words", "8", "--entropy"],
    code: 0,
    stdout: (out) => splitPhrase(out, /[-_.]/, 8, (w) => EFF.has(w)),
    // 8 words of the 7,772 without '-', 7 gaps of 3.
    stderr: entropyLine(8 * Math.log2(7772) + 7 * Math.log2(3)),
  },
  {
    name: "passphrase --separators=-_.",
    args: ["passphrase", "--separators=-_.", "--words", "4"],
    code: 0,
    stdout: (out) => splitPhrase(out, /[-_.]/, 4, (w) => EFF.has(w)),
  },
  {
    name: "passphrase --min-word-length and --max-word-length filter the list",
    args: [
      "passphrase",
      "--min-word-length",
      "4",
      "--max-word-length",
      "5",
      "--entropy",
      "--count",
      "5",
    ],
    code: 0,
    stdout: (out) =>
      splitPhrase(out, / /, SHORT_WORDS.count, (w) => EFF.has(w) && /^.{4,5}$/.test(w), 5),
    stderr: entropyLine(SHORT_WORDS.count * Math.log2(SHORT_WORDS.size)),
  },
  {
    name: "passphrase --bits chooses the number of words",
    args: ["passphrase", "--bits", "100", "--wordlist", "eff-short", "--entropy"],
    code: 0,
    stdout: (out) => splitPhrase(out, / /, 10, (w) => EFF_SHORT.has(w)),
    stderr: entropyLine(10 * Math.log2(1296)), // 9 words give 93.06 bits, 10 give 103.40
  },
  {
    name: "passphrase --wordlist eff-short: 8 words for 77 bits",
    args: ["passphrase", "--wordlist", "eff-short", "--entropy"],
    code: 0,
    stdout: (out) => splitPhrase(out, / /, 8, (w) => EFF_SHORT.has(w)),
    stderr: /^entropy: 82\.71 bits\n$/, // 8 * log2(1296)
  },
  {
    name: "passphrase --wordlist eff-large names the default",
    args: ["passphrase", "--wordlist", "eff-large", "--entropy"],
    code: 0,
    stdout: (out) => splitPhrase(out, / /, 6, (w) => EFF.has(w)),
    stderr: /^entropy: 77\.54 bits\n$/,
  },
  {
    name: "passphrase --wordlist: a path to a file named eff-short is the file",
    args: ["passphrase", "--wordlist", "{dir}/eff-short", "--words", "4"],
    files: { "eff-short": "alpha\nbravo\n" },
    code: 0,
    stdout: phrase(["alpha", "bravo"], " ", 4),
  },
  {
    name: "passphrase --wordlist: a near miss of a list's name is suggested",
    args: ["passphrase", "--wordlist", "eff-shrot"],
    code: 2,
    stderr:
      /^secrets: --wordlist 'eff-shrot' is not a list name \(did you mean eff-short\?\); for a file of that name, write \.\/eff-shrot\n$/,
  },
  {
    name: "passphrase --wordlist: a list's name without eff- is suggested",
    args: ["passphrase", "--wordlist", "short"],
    code: 2,
    stderr:
      /^secrets: --wordlist 'short' is not a list name \(did you mean eff-short\?\); for a file of that name, write \.\/short\n$/,
  },
  {
    name: "passphrase --words with --bits is refused",
    args: ["passphrase", "--bits", "80", "--words", "3"],
    code: 2,
    stderr:
      /^secrets: passphrase: --words cannot be combined with --bits: --words fixes the number of words, --bits chooses the fewest that give N bits\n$/,
  },
  {
    name: "passphrase --separator with --separators is refused",
    args: ["passphrase", "--separator", ".", "--separators", "-_"],
    code: 2,
    stderr:
      /^secrets: passphrase: --separator cannot be combined with --separators: --separators draws one of its characters for each gap\n$/,
  },
  ...[["--symbols"], ["--symbols", "2"], ["--symbols=2"]].map((given): CliCase => ({
    name: `passphrase ${given.join(" ")}: --symbols is password's flag, the count is --add-symbols`,
    args: ["passphrase", ...given],
    code: 2,
    stderr:
      /^secrets: passphrase: --symbols is password's flag \(symbols in its alphabet\); to add N symbols to a phrase, write --add-symbols N\n$/,
  })),
  {
    name: "password --symbols takes no value",
    args: ["password", "--symbols=2"],
    code: 2,
    stderr: /^secrets: --symbols takes no value\n$/,
  },
  {
    name: "passphrase --add-symbols x",
    args: ["passphrase", "--add-symbols", "x"],
    code: 2,
    stderr: /^secrets: --add-symbols must be a whole number \(such as 1000000 or 1e6\), got 'x'\n$/,
  },
  ...([
    ["digits", "101", "at most 100"],
    ["add-digits", "101", "at most 100"],
    ["add-symbols", "-1", "at least 0"],
    ["bits", "0", "at least 1"],
    ["bits", "4097", "at most 4096"],
    ["min-word-length", "0", "at least 1"],
    ["max-word-length", "1001", "at most 1000"],
  ] as const).map(([flag, value, bound]): CliCase => ({
    name: `passphrase --${flag} ${value} is out of range`,
    args: ["passphrase", `--${flag}=${value}`],
    code: 2,
    stderr: new RegExp(`^secrets: --${flag} must be ${bound}, got ${value}\\n$`),
  })),
  {
    name: "passphrase --min-word-length above --max-word-length",
    args: ["passphrase", "--min-word-length", "10", "--max-word-length", "3"],
    code: 2,
    stderr: /^secrets: passphrase: --min-word-length 10 is more than the maximum, 3\n$/,
  },
  {
    name: "passphrase --min-word-length that leaves no word",
    args: ["passphrase", "--min-word-length", "12", "--wordlist", "eff-short"],
    code: 2,
    stderr:
      /^secrets: passphrase: --wordlist has 0 distinct words left by the options; a passphrase needs at least 2\n$/,
  },
  {
    name: "passphrase --digits (today --add-digits) with a digit among the separators",
    args: ["passphrase", "--digits", "1", "--separators", "1a"],
    code: 2,
    stderr:
      /^secrets: passphrase: --digits cannot be told apart from the separator character "1"\n$/,
  },
  {
    name: "passphrase --separators empty",
    args: ["passphrase", "--separators", ""],
    code: 2,
    stderr: /^secrets: passphrase: --separators must hold at least one character\n$/,
  },
  {
    name: "passphrase --separators with a repeat",
    args: ["passphrase", "--separators", "-.-"],
    code: 2,
    stderr:
      /^secrets: passphrase: --separators repeats the character "-", which would bias the draw\n$/,
  },
  {
    name: "passphrase --bits that would need too many words",
    args: ["passphrase", "--bits", "4096", "--wordlist", "-"],
    stdin: "a\nb\n",
    code: 2,
    stderr: /^secrets: passphrase: --bits 4096 would need more than 1000 words\n$/,
  },
  {
    name: "passphrase --add-digits: a word of a file holding a digit names its line",
    args: ["passphrase", "--wordlist", "-", "--add-digits", "1"],
    stdin: "alpha\nbr4vo\ncharlie\n",
    code: 2,
    stderr:
      /^secrets: passphrase: --wordlist - \(standard input\) line 2 has the word "br4vo", which contains "4", a digit, like the digits added, so different draws could print the same phrase\n$/,
  },
  {
    name: "passphrase --add-symbols: a word of a file holding a symbol names its line",
    args: ["passphrase", "--wordlist", "-", "--add-symbols", "1"],
    stdin: "alpha\n\nbr!vo\n",
    code: 2,
    stderr:
      /^secrets: passphrase: --wordlist - \(standard input\) line 3 has the word "br!vo", which contains "!", a symbol, like the symbols added, so different draws could print the same phrase\n$/,
  },
  {
    name: "passphrase --separators: a capitalised word of a file names its line",
    args: ["passphrase", "--wordlist", "-", "--separators", "-.", "--capitalize", "all"],
    stdin: "bravo\nal-pha\n",
    code: 2,
    stderr:
      /^secrets: passphrase: --wordlist - \(standard input\) line 2 has the word "AL-PHA", which contains "-", a character of the separator, so different draws could print the same phrase\n$/,
  },
  {
    name: "passphrase --separator '': no word may begin another",
    args: ["passphrase", "--wordlist", "-", "--separator", ""],
    stdin: "ab\nabc\n",
    code: 2,
    stderr:
      /^secrets: passphrase: --separator is empty, so no word may begin another, but "ab" begins "abc", so different draws could print the same phrase\n$/,
  },
  {
    name: "passphrase --capitalize random over a file counts distinct forms only",
    args: ["passphrase", "--wordlist", "-", "--capitalize", "random", "--words", "10", "--entropy"],
    stdin: "alpha\nbravo\nCharlie\n7\n",
    code: 0,
    stdout: (out) =>
      splitPhrase(
        out,
        / /,
        10,
        (w) => ["alpha", "Alpha", "bravo", "Bravo", "Charlie", "7"].includes(w),
      ),
    stderr: entropyLine(10 * Math.log2(6)), // Charlie and 7 have one form each
  },
  {
    name: "passphrase --json with options",
    args: ["passphrase", "--json", "--capitalize", "first", "--digits", "1", "--words", "3"],
    code: 0,
    stdout: (out) =>
      /^"[^\n]*"\n$/.test(out) &&
      splitPhrase(JSON.parse(out) + "\n", / /, 3, (w) => capitalized(bare(w))),
  },
  {
    name: "--bits before passphrase says where it goes",
    args: ["--bits", "80", "passphrase"],
    code: 2,
    stderr:
      /^secrets: --bits is an option of passphrase, token, api-key, check-api-key, scanner-rules, recovery-codes, otp-secret and collision-probability: write it after the command \(secrets passphrase --bits \.\.\.\)\n$/,
  },
  {
    name: "a text value may start with '-', unless it is an option",
    args: ["password", "--exclude", "-h"],
    code: 2,
    stderr: /^secrets: --exclude needs a value\n$/,
  },
  {
    name: "a text value may start with one '-'",
    args: ["password", "40", "--symbols", "--exclude", "-_"],
    code: 0,
    stdout: noneOf("-_", 40),
  },

  // ---- Issue 17: every command's --help documents its flags -------------------------------
  {
    name: "password --help documents --rules",
    args: ["password", "--help"],
    code: 0,
    stdout: (out) =>
      [
        /\n {2}--rules RULES +a site's password rules/,
        /Apple's passwordrules syntax/,
        /minlength: N, maxlength: N/,
        /required: CLASS/,
        /allowed: CLASS/,
        /max-repeating: N/,
        /max-sequential: N/,
        /max-consecutive: N/,
        /upper \(A-Z\), lower \(a-z\), digit \(0-9\), special/,
        /ascii-printable/,
        /unicode \(drawn from ascii-printable\)/,
        /--alphabet, --symbols\n {2}and --min-\* do not mix with --rules/,
        /\n {2}-y, --symbols +add the 32 ASCII punctuation characters \(a flag/,
        /\n {2}-B, --exclude-ambiguous +remove look-alike characters .*\(also --no-ambiguous\)/,
        /--entropy/,
      ].every((re) => re.test(out)),
  },
  {
    name: "passphrase --help documents every option",
    args: ["passphrase", "--help"],
    code: 0,
    stdout: (out) =>
      [
        "-n, --words N",
        "--bits N",
        "-w, --wordlist NAME|FILE",
        "-d, --separator S",
        "--separators CHARS",
        "--capitalize HOW",
        "--add-digits N",
        "--add-symbols N",
        "--min-word-length N",
        "--max-word-length N",
      ].every((flag) => out.includes(`\n  ${flag} `)) &&
      /none \(default\), first: Word, all: WORD, random: word or Word \(1 bit a word\)/.test(out) &&
      /eff-large \(the default\) or eff-short/.test(out) &&
      /named eff-short: --wordlist \.\/eff-short/.test(out) &&
      /password's --symbols is a flag/.test(out) && /\(also --digits\)/.test(out) &&
      /--entropy prints\nthe exact bits of every form/.test(out),
  },
  {
    name: "help COMMAND",
    args: ["help", "passphrase"],
    code: 0,
    stdout: /^usage: secrets passphrase .*--wordlist NAME\|FILE/s,
  },
  {
    name: "--help documents exit codes",
    args: ["--help"],
    code: 0,
    stdout: /exit status: 0 success.*2 bad usage or\ninput.*1 output cannot be written/s,
  },
];
