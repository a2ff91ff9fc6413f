// The command line's cases for api-key and check-api-key: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import { type CliCase, KEY, keys, lines, SHORT, TYPO } from "../_case_helpers.ts";

export const API_KEY_CASES: CliCase[] = [
  // ---- API keys ------------------------------------------------------------
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
    stderr: /^secrets: api-key: --bits must be at least 128, got 127\n$/,
  },
  {
    name: "api-key --bits above 1024",
    args: ["api-key", "--prefix", "acme", "--bits", "1025"],
    code: 2,
    stderr: /^secrets: api-key: --bits must be at most 1024, got 1025\n$/,
  },
  {
    name: "api-key --prefix twice",
    args: ["api-key", "--prefix", "a", "--prefix", "b"],
    code: 2,
    stderr: /^secrets: --prefix is given twice\n$/,
  },
  // ---- check-api-key answers in its exit status --------------------------------
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
];
