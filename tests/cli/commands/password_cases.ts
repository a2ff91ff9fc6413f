// The command line's cases for password: run as subprocesses on every runtime by
// tests/cli/_cli_suite.ts (tests/cli/cli_cases.ts joins the tables of every command).
import {
  type CliCase,
  entropyLine,
  errorLine,
  lines,
  meetsRules,
  noneOf,
  RULES,
} from "../_case_helpers.ts";
import { AMBIGUOUS, entropyBits, passwordRules, SYMBOLS } from "../../../recipes.ts";

export const PASSWORD_CASES: CliCase[] = [
  // ---- a typo never succeeds --------------------------------------
  {
    name: "--json before the command",
    args: ["--json", "password"],
    code: 0,
    stdout: /^"[A-Za-z0-9]{22}"\n$/,
    regression: true,
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
  // ---- --json is JSON Lines ------------------------------------------
  {
    name: "--json --help is an error",
    args: ["password", "--help", "--json"],
    code: 2,
    stderr: /^secrets: --json: help and the version are text, not JSON\n$/,
  },
  // ---- passwords like pwgen, with honest entropy -----------------------
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
    name: "errors name flags: --min-symbols",
    args: ["password", "--min-symbols", "1"],
    code: 2,
    stderr:
      /^secrets: password: --min-symbols is 1 but the alphabet has no ASCII punctuation character \(turn on symbols\)\n$/,
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
    name: "errors name flags: a repeated alphabet character",
    args: ["password", "--alphabet", "abca"],
    code: 2,
    stderr: /^secrets: password: --alphabet repeats the character "a"/,
  },
  // ---- Every command, and the rest of the interface ---------------------------------
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
  // ---- password --rules ------------------------------------------------------
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
    name: "password --rules: a direction override in the rules is shown escaped",
    args: ["password", "--rules", "required: lower\u202e;"],
    code: 2,
    stderr: errorLine(
      "password: --rules are malformed: expected ',' or ';' in 'required', got \"\\u202e;\"",
    ),
  },
  {
    name: "password --rules: a line separator is escaped, never a space or trimmed away",
    args: ["password", "--rules", "minlength: 5\u2028;"],
    code: 2,
    stderr: errorLine(
      "password: --rules are malformed: 'minlength' must be a non-negative integer, got \"5\\u2028\"",
    ),
  },
  {
    // 64 KiB: one argument of a subprocess is at most 128 KiB on Linux.
    name: "password --rules: an unknown property of 64 KiB is cut after 24 characters",
    args: ["password", "--rules", "a".repeat(1 << 16)],
    code: 2,
    stderr: errorLine(`password: --rules are malformed: unknown property '${"a".repeat(24)}…'`),
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
  // ---- passphrase options -----------------------------------------------------
  {
    name: "password --symbols takes no value",
    args: ["password", "--symbols=2"],
    code: 2,
    stderr: /^secrets: --symbols takes no value\n$/,
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
  // ---- every command's --help documents its flags -------------------------------
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
];
