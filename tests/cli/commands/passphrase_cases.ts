// The command line's cases for passphrase: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import {
  bare,
  capitalized,
  type CliCase,
  EFF,
  EFF_SHORT,
  entropyLine,
  errorLine,
  lines,
  phrase,
  SHORT_WORDS,
  splitPhrase,
} from "../_case_helpers.ts";
import { SYMBOLS } from "../../../recipes.ts";

export const PASSPHRASE_CASES: CliCase[] = [
  // ---- stack traces become one line ---------------------------------
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
  // ---- passwords like pwgen, with honest entropy -----------------------
  {
    name: "--entropy for a passphrase",
    args: ["passphrase", "--entropy"],
    code: 0,
    stderr: /^entropy: 77\.54 bits\n$/,
  },
  // ---- one vocabulary ------------------------------------------------
  {
    name: "--words is the number of words, --count the number of passphrases",
    args: ["passphrase", "--words", "3", "--count", "2", "--separator", "."],
    code: 0,
    stdout: lines(/^[a-z-]+\.[a-z-]+\.[a-z-]+$/, 2),
  },
  // ---- word lists that behave -------------------------------------------
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
    name: "a word with a direction override names its line, the word escaped",
    args: ["passphrase", "--wordlist", "-"],
    stdin: "pear\nap\u202eple\nplum\n",
    code: 2,
    stderr: errorLine(
      'passphrase: --wordlist - (standard input) line 2 word "ap\\u202eple" has an invisible character (U+202E), so different draws could print the same',
    ),
  },
  {
    name: "a repeated word with a zero-width space is quoted escaped",
    args: ["passphrase", "--wordlist", "-"],
    stdin: "a\u200bb\npear\na\u200bb\n",
    code: 2,
    stderr: errorLine(
      '--wordlist - (standard input): line 3 repeats "a\\u200bb" (first on line 1)',
    ),
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
  // ---- password --rules ------------------------------------------------------
  {
    name: "--rules is password's: elsewhere it names its command",
    args: ["passphrase", "--rules", "required: digit"],
    code: 2,
    stderr: /^secrets: --rules is not an option of passphrase \(it is an option of password\)\n$/,
  },
  // ---- passphrase options -----------------------------------------------------
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
      /^secrets: passphrase: --capitalize must be one of none, first, all or random, got 'Random' \(did you mean random\?\)\n$/,
  },
  {
    name: "passphrase --capitalize: an unknown way",
    args: ["passphrase", "--capitalize", "upper"],
    code: 2,
    stderr:
      /^secrets: passphrase: --capitalize must be one of none, first, all or random, got 'upper'\n$/,
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
    name: "passphrase --add-symbols x",
    args: ["passphrase", "--add-symbols", "x"],
    code: 2,
    stderr:
      /^secrets: passphrase: --add-symbols must be a whole number \(such as 1000000 or 1e6\), got 'x'\n$/,
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
    stderr: new RegExp(`^secrets: passphrase: --${flag} must be ${bound}, got ${value}\\n$`),
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
  // ---- every command's --help documents its flags -------------------------------
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
];
