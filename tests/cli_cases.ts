// The command line's behaviour as a table, run as subprocesses on every
// runtime (tests/cli_test.ts on Deno, tests/cli_runtimes_test.ts on Node.js
// and Bun). `issue13` marks the cases from issue 13's "Why": each fails on
// 0.1.0's cli.ts (SECRETS_CLI=... deno test tests/cli_test.ts shows which).
import { ALPHABETS, AMBIGUOUS, apiKey, checkApiKey } from "../recipes.ts";
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
const ALPHABET_NAMES = "hex, base32, crockford, base58, base62, base64url, numeric, lowercase";

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
    stderr: new RegExp(
      `^secrets: token: unknown --alphabet name "base64" \\(did you mean "base64url"\\?\\); ` +
        `the names are ${ALPHABET_NAMES}\n$`,
    ),
  },
  {
    name: "token: a word for an alphabet names the alphabet meant",
    args: ["token", "--alphabet", "digits"],
    code: 2,
    stderr: /^secrets: token: unknown --alphabet name "digits" \(did you mean "numeric"\?\);/,
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
    stderr: /^secrets: --bits must be an integer, got 'x'\n$/,
  },
  {
    name: "--bits before the command names every command that takes it",
    args: ["--bits", "128", "token"],
    code: 2,
    stderr:
      /^secrets: --bits is an option of token, api-key, check-api-key and collision-probability: write it after the command \(secrets token --bits \.\.\.\)\n$/,
  },
  {
    name: "token: password's options are not token's",
    args: ["token", "--length", "5"],
    code: 2,
    stderr: /^secrets: --length is not an option of token \(it is an option of password\)\n$/,
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
      /^secrets: api-key: --prefix must be 1 to 16 ASCII letters and digits, starting with a letter, got "my-app"\n$/,
  },
  {
    name: "api-key: a prefix of 17 letters",
    args: ["api-key", "--prefix", "abcdefghijklmnopq"],
    code: 2,
    stderr: /^secrets: api-key: --prefix must be 1 to 16 ASCII letters and digits/,
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
      /^secrets: check-api-key: --prefix must be 1 to 16 ASCII letters and digits, starting with a letter, got "1acme"\n$/,
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
    name: "bits-for --count (issue 16's example) suggests --tokens",
    args: ["bits-for", "--count", "1e9", "--probability", "1e-6"],
    code: 2,
    stderr:
      /^secrets: --count does not apply to bits-for: it prints one number; the number of tokens is --tokens N\n$/,
  },
  {
    name: "bits-for: --count before the command suggests --tokens too",
    args: ["--count", "1e9", "bits-for", "--probability", "1e-6"],
    code: 2,
    stderr: /^secrets: --count does not apply to bits-for: .*is --tokens N\n$/,
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
    name: "bits-for without --tokens",
    args: ["bits-for", "--probability", "0.5"],
    code: 2,
    stderr:
      /^secrets: bits-for: missing --tokens \(usage: secrets bits-for --tokens N --probability P\)\n$/,
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
    name: "collision-probability --count suggests --tokens",
    args: ["collision-probability", "--count", "10", "--bits", "64"],
    code: 2,
    stderr:
      /^secrets: --count does not apply to collision-probability: it prints one number; the number of tokens is --tokens N\n$/,
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
