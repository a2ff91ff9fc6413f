// The command line's behaviour as a table, run as subprocesses on every
// runtime (tests/cli_test.ts on Deno, tests/cli_runtimes_test.ts on Node.js
// and Bun). `issue13` marks the cases from issue 13's "Why": each fails on
// 0.1.0's cli.ts (SECRETS_CLI=... deno test tests/cli_test.ts shows which).
import { AMBIGUOUS } from "../recipes.ts";
import { VERSION } from "../lib/_version.ts";

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
  issue13?: boolean;
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
const phrase = (words: string[], sep: string, n: number) => (out: string) => {
  const parts = out.replace(/\n$/, "").split(sep);
  return out.endsWith("\n") && parts.length === n && parts.every((p) => words.includes(p));
};

export const CASES: CliCase[] = [
  // ---- Issue 13: a typo never succeeds --------------------------------------
  {
    name: "a misspelt command is an error with a suggestion",
    args: ["tokn-hex", "32"],
    code: 2,
    stderr: /^secrets: unknown command 'tokn-hex' \(did you mean token-hex\?\)\n$/,
    issue13: true,
  },
  {
    name: "passwd suggests password",
    args: ["passwd"],
    code: 2,
    stderr: /^secrets: unknown command 'passwd' \(did you mean password\?\)\n$/,
    issue13: true,
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
    issue13: true,
  },
  { name: "token_urlsafe alias", args: ["token_urlsafe", "3"], code: 0, stdout: /^[\w-]{4}\n$/ },
  { name: "token_bytes alias", args: ["token_bytes", "3"], code: 0, stdout: hex(3) },
  {
    name: "--json before the command",
    args: ["--json", "password"],
    code: 0,
    stdout: /^"[A-Za-z0-9]{22}"\n$/,
    issue13: true,
  },
  {
    name: "--count before the command",
    args: ["--count", "2", "token-hex"],
    code: 0,
    stdout: lines(/^[0-9a-f]{64}$/, 2),
    issue13: true,
  },
  {
    name: "a command option before the command says where it goes",
    args: ["--length", "12", "password"],
    code: 2,
    stderr: /^secrets: --length is an option of password: write it after the command/,
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
  { name: "--name=value", args: ["password", "--exclude=-_", "--length=8"], code: 0 },
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
    issue13: true,
  },
  {
    name: "a directory as --wordlist",
    args: ["passphrase", "--wordlist", "{dir}/sub"],
    files: { sub: "directory" },
    code: 2,
    stderr: /^secrets: --wordlist .*\/sub is a directory\n$/,
    issue13: true,
  },
  {
    name: "--wordlist /dev/zero is refused at once",
    args: ["passphrase", "--wordlist", "/dev/zero"],
    code: 2,
    stderr: /^secrets: --wordlist \/dev\/zero is not a regular file\n$/,
    issue13: true,
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
    issue13: true,
  },
  {
    name: "-c takes negative numbers",
    args: ["-c", "-1", "-2"],
    code: 0,
    stdout: /^-[12]\n$/,
    issue13: true,
  },
  { name: "0 prints 0.0, as CPython", args: ["0"], code: 0, stdout: /^0\.0\n$/, issue13: true },
  {
    name: "--count with no input is an error, not the help three times",
    args: ["--count", "3"],
    code: 2,
    stderr: /^secrets: --count needs a command or an input/,
    issue13: true,
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
    issue13: true,
  },
  {
    name: "--json with nothing to print is an error",
    args: ["--json"],
    code: 2,
    stderr: /^secrets: --json needs a command or an input/,
    issue13: true,
  },
  {
    name: "--json --raw is an error",
    args: ["token-bytes", "--raw", "--json"],
    code: 2,
    stderr: /^secrets: --json and --raw do not mix/,
    issue13: true,
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
    issue13: true,
  },
  {
    name: "LENGTH is positional, as in pwgen",
    args: ["password", "16"],
    code: 0,
    stdout: /^[A-Za-z0-9]{16}\n$/,
    issue13: true,
  },
  {
    name: "--no-ambiguous drops the AMBIGUOUS set",
    args: ["password", "200", "--no-ambiguous"],
    code: 0,
    stdout: noneOf(AMBIGUOUS, 200),
    issue13: true,
  },
  {
    name: "--entropy prints the exact bits to stderr",
    args: ["password", "--entropy"],
    code: 0,
    stdout: /^[A-Za-z0-9]{22}\n$/,
    stderr: /^entropy: 130\.99 bits\n$/,
    issue13: true,
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
    name: "--entropy for a choice with a repeated item (Shannon: 1.5 bits)",
    args: ["choice", "a", "a", "b", "c", "--entropy"],
    code: 0,
    stderr: /^entropy: 1\.50 bits\n$/,
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
    stderr: /^secrets: password: --min-symbols 1 needs a symbol in the alphabet: add --symbols\n$/,
    issue13: true,
  },
  {
    name: "errors name flags: the token size",
    args: ["token-hex", "134217729"],
    code: 2,
    stderr: /^secrets: token-hex: N must be at most 134217728, got 134217729\n$/,
    issue13: true,
  },
  {
    name: "errors name flags: minimums over the length",
    args: ["password", "3", "--min-digits", "4"],
    code: 2,
    stderr: /^secrets: password: the minimums add up to 4, more than the length 3\n$/,
  },
  {
    name: "a huge count in a library message is shortened",
    args: ["password", "1024", "--min-digits", "1000", "--min-lower", "24"],
    code: 2,
    stderr:
      /^secrets: password: constraints too tight: only 1 in about \d\.\d\de\+\d+ candidates of 1024 characters meets them; lengthen the password or lower the minimums\n$/,
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
    issue13: true,
  },
  {
    name: "a line is a phrase; a leading dice number is dropped",
    args: ["passphrase", "--wordlist", "-", "--separator", "-", "--words", "3"],
    stdin: "11111\tice cream\n11112 banana split\n\n",
    code: 0,
    stdout: phrase(["ice cream", "banana split"], "-", 3),
    issue13: true,
  },
  {
    name: "a repeated word is refused with its line",
    args: ["passphrase", "--wordlist", "-"],
    stdin: "apple\npear\n\napple\n",
    code: 2,
    stderr:
      /^secrets: --wordlist - \(standard input\): line 4 repeats "apple" \(first on line 1\)\n$/,
    issue13: true,
  },
  {
    name: "invalid UTF-8 is refused with its line",
    args: ["passphrase", "--wordlist", "-"],
    stdin: new Uint8Array([0x61, 0x0d, 0x0a, 0x62, 0x0a, 0x63, 0xff, 0x0a]),
    code: 2,
    stderr: /^secrets: --wordlist - \(standard input\): line 3 is not valid UTF-8\n$/,
    issue13: true,
  },
  {
    name: "CR-only line endings",
    args: ["passphrase", "--wordlist", "{dir}/mac.txt", "--words", "5", "--separator", "."],
    files: { "mac.txt": "one\rtwo\rthree\r" },
    code: 0,
    stdout: phrase(["one", "two", "three"], ".", 5),
    issue13: true,
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
    stderr: /^secrets: passphrase: --wordlist - \(standard input\) line 2: the word "ice cream"/,
  },
  {
    name: "a one-word list",
    args: ["passphrase", "--wordlist", "-"],
    stdin: "only\n\n",
    code: 2,
    stderr:
      /^secrets: passphrase: --wordlist - \(standard input\) needs at least 2 words, got 1\n$/,
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
    stderr: /^secrets: randbelow: N must be an integer, got 'x'\n$/,
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
    stderr: /needs a symbol/,
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
  {
    name: "help COMMAND",
    args: ["help", "passphrase"],
    code: 0,
    stdout: /^usage: secrets passphrase .*--wordlist FILE/s,
  },
  {
    name: "--help documents exit codes",
    args: ["--help"],
    code: 0,
    stdout: /exit status: 0 success.*2 bad usage or\ninput.*1 output cannot be written/s,
  },
];
