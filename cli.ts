/**
 * The command line: tokens, passwords, passphrases and random choices from a
 * terminal, on Deno, Node.js or Bun. On Deno it needs no permission at all
 * (reading a `--wordlist` file needs read access to that file only;
 * `--wordlist -` reads standard input and needs none).
 *
 * ```sh
 * secrets token-urlsafe 16
 * secrets password 20 --symbols --min-digits 3 --count 5
 * secrets password --rules "minlength: 20; required: lower, upper; required: digit;"
 * secrets passphrase --words 5 --separator - --entropy
 * secrets passphrase --capitalize first --digits 1 --symbols 1 --separators "-_." --bits 80
 * secrets passphrase --wordlist eff-short
 * secrets randbelow 1000000000000000000000000
 * secrets token --bits 128 --alphabet base58
 * secrets api-key --prefix acme
 * secrets check-api-key - --prefix acme < key.txt && echo valid
 * secrets bits-for --tokens 1e9 --probability 1e-6
 * secrets -i 6                  # as python -m random -i 6
 * ```
 *
 * ## Install
 *
 * `deno install -g -n secrets jsr:@secrets/secrets/cli` (from a clone:
 * `deno install -g -n secrets ./cli.ts`) puts a `secrets` command on the
 * PATH that starts in about 20 ms. Add `--allow-read` to the install line to
 * read `--wordlist` files without a prompt. Without installing:
 * `deno run jsr:@secrets/secrets/cli ...`. A standalone binary:
 * `deno compile --output secrets jsr:@secrets/secrets/cli` (it downloads
 * the `denort` runtime from dl.deno.land).
 *
 * ## Commands
 *
 * `token-bytes [N]` (hex; `--raw` writes the bytes), `token-hex [N]`,
 * `token-urlsafe [N]`, `randbelow N`, `randbits K`, `choice ITEM...`,
 * `password [LENGTH]` (with `--rules`: a site's rules in Apple's
 * `passwordrules` syntax), `passphrase` (`--wordlist
 * eff-large|eff-short|FILE|-`, `--capitalize`, `--digits N`, `--symbols N`,
 * `--separators`, `--bits N`...), `token` (`--bits N`, `--alphabet
 * NAME|CHARS`), `api-key --prefix P`, `check-api-key KEY --prefix P`,
 * `bits-for --tokens N --probability P`, `collision-probability --tokens N
 * --bits B`, `help [COMMAND]`; Python's names (`token_hex`...) work too.
 * `secrets --help` and `secrets COMMAND --help`
 * list every option. Without a command it behaves as CPython 3.13's
 * `python -m random` (`-c ITEM...`, `-i N`, `-f N`, or one number), drawing
 * from the secure source; a bare word is never taken as a choice (an
 * unknown command is an error that names the closest command).
 *
 * ## Output, errors and exit status
 *
 * - `--count N` prints N results, one a line, streamed with bounded memory
 *   (so are single results of any size, such as `token-bytes 134217728`).
 *   `bits-for` and `collision-probability` compute one number and refuse
 *   `--count` (their number of tokens is `--tokens`, which reads `1e9`
 *   exactly) and `--entropy`.
 * - `--json` prints JSON Lines: one JSON value a line. Integers are JSON
 *   numbers written with all their digits, however large (a reader that
 *   parses numbers as doubles rounds those above 2**53: use a big-number
 *   parser for `randbelow` and `randbits`); floats are JSON numbers; text
 *   and tokens are JSON strings, bytes as hex. `--json` with `--raw`, or
 *   where there is no result (help), is a usage error.
 * - `--entropy` writes the entropy of each result, in bits, to standard
 *   error (`entropy: 130.99 bits`): 8 bits a byte for tokens, log2(N) for
 *   `randbelow N` and `-i N`, log2 of the exact count of possible passwords
 *   (under `--rules` too) or of distinct passphrases (with every option),
 *   `length * log2(alphabet size)` for `token` and for `api-key`'s random
 *   part, and for `choice` the min-entropy (`-log2` of the chance of the
 *   likeliest item: repeated items count for less).
 * - Exit status 0 on success, and also when the reader closes the pipe
 *   early (`secrets token-hex --count 1000000 | head -1` ends quietly); 2
 *   for bad usage or input; 1 when output cannot be written (a full disk)
 *   or on an internal error. An error is one line on standard error,
 *   `secrets: ...`, never a stack trace, and bad input writes nothing to
 *   standard output.
 * - `check-api-key` prints nothing: its answer is its exit status, as
 *   `grep -q`'s: 0 the key is valid, 1 it is not, 2 bad usage (a bad
 *   `--prefix`, or standard input that cannot be read). `KEY` `-` reads the
 *   key from standard input (one line), so it stays out of the shell's
 *   history and the process list.
 *
 * @example Running the CLI in-process
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "@secrets/secrets/cli";
 *
 * const out: string[] = [];
 * const code = await main(["token-hex", "8"], { write: (s) => void out.push(s), error: () => {} });
 * assert(code === 0 && /^[0-9a-f]{16}\n$/.test(out.join("")));
 * ```
 *
 * @module
 */

import {
  choice,
  DEFAULT_ENTROPY,
  MAX_NBYTES,
  randbelow,
  randbits,
  SystemRandom,
  token_bytes,
  token_hex,
  token_urlsafe,
} from "./mod.ts";
import {
  ALPHABETS,
  AMBIGUOUS,
  API_KEY_BITS,
  API_KEY_MAX_BITS,
  API_KEY_MIN_BITS,
  apiKey,
  type ApiKeyOptions,
  apiKeyPattern,
  bitsFor,
  type Capitalize,
  checkApiKey,
  collisionProbability,
  effShortWordlist,
  entropyBits,
  passphrase,
  type PassphraseOptions,
  password,
  type PasswordOptions,
  passwordRules,
  SYMBOLS,
  tokenText,
  type TokenTextOptions,
} from "./recipes.ts";
import { MAX_PASSWORD_LENGTH } from "./lib/recipes/password.ts";
import { log2Big } from "./lib/core/_math.ts";
import { MAX_TOKEN_BITS, tokenLength } from "./lib/recipes/token_text.ts";
import {
  MAX_PASSPHRASE_BITS,
  MAX_PASSPHRASE_EXTRAS,
  MAX_PASSPHRASE_WORDS,
  MAX_WORD_LENGTH,
} from "./lib/recipes/passphrase.ts";
import { closest } from "./lib/core/_suggest.ts";
import { printedForm } from "./lib/recipes/_charset.ts";
import { VERSION } from "./cli/_version.ts";
import { findCommand, parse, unknownCommand } from "./cli/_args.ts";
import {
  type CommandDef,
  type Grammar,
  type Input,
  type OptionDef,
  quote,
  UsageError,
} from "./cli/_grammar.ts";
import { argsUsage, columns, commandHelp, helpLines } from "./cli/_help.ts";
import { floatRepr, pyFloat, pyInt } from "./cli/_pynum.ts";
import { currentRuntime, InputError, IoError, isMainModule } from "./cli/_runtime.ts";
import { parseWordFile } from "./cli/_word_file.ts";

/**
 * Where the CLI reads and writes. `main` uses the process's streams when it
 * is given none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type CliIO, main } from "@secrets/secrets/cli";
 *
 * const lines: string[] = [];
 * const io: CliIO = { write: (s) => void lines.push(s), error: (l) => void lines.push(l) };
 * assert(await main(["--version"], io) === 0 && lines[0].startsWith("secrets "));
 * assert(await main(["tokn-hex"], io) === 2);
 * assert(lines[1] === "secrets: unknown command 'tokn-hex' (did you mean token-hex?)");
 * ```
 */
export interface CliIO {
  /**
   * Writes text to standard output. A failed write throws; a reader that
   * went away is an error named `BrokenPipe` (or with code `EPIPE`), which
   * ends the run quietly with status 0.
   */
  write(text: string): void | Promise<void>;
  /** Writes one line (an error, or `--entropy`'s report) to standard error. */
  error(line: string): void;
  /** Writes bytes to standard output (`token-bytes --raw`). */
  writeBytes?(bytes: Uint8Array): void | Promise<void>;
  /** Reads a file for `--wordlist`, refusing more than `maxBytes`. */
  readFile?(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Reads standard input for `--wordlist -`, refusing more than `maxBytes`. */
  readStdin?(maxBytes: number): Promise<Uint8Array>;
}

// ---- What commands return ---------------------------------------------------

/** A float, printed as Python prints it. */
class PyFloat {
  constructor(readonly value: number) {}
}

/** A token too large to hold whole: drawn, encoded and written in pieces. */
class BigToken {
  constructor(readonly encoding: "hex" | "base64url" | "bytes", readonly nbytes: number) {}
}

type Result = string | number | bigint | Uint8Array | PyFloat | BigToken;

/** What a command prints: results, drawn one at a time, or a text; or only an exit status. */
type Outcome =
  | { readonly next: () => Result; readonly bits?: number; readonly noBits?: string }
  | { readonly text: string; readonly implicit?: boolean }
  | { readonly status: number };

/** Tokens up to this size are one string; larger ones are streamed in chunks of it. */
const CHUNK = 49152; // a multiple of 3: base64url pieces join without padding
/** The largest `randbits K` (5 million digits, about a second to print). */
const MAX_RANDBITS = 2 ** 24;
/** The largest `--wordlist` file. */
const MAX_WORDLIST_BYTES = 16 * 2 ** 20;
/** The most `check-api-key -` reads (a key is under 200 characters). */
const MAX_KEY_BYTES = 2 ** 20;
/** The names `--wordlist` takes for the built-in lists; any other value is a file. */
const WORDLIST_NAMES = ["eff-large", "eff-short"];

// ---- The command table ------------------------------------------------------

const EXIT_STATUS =
  "exit status: 0 success (also when the reader closes the pipe early); 2 bad usage or\n" +
  "input (one line on stderr, nothing on stdout); 1 output cannot be written, or an internal\n" +
  "error (one line on stderr). Errors never print a stack trace.";
const TOOL_EXIT_STATUS = EXIT_STATUS +
  "\ncheck-api-key prints nothing: 0 the key is valid, 1 it is not, 2 bad usage.";

const FOOTER = "--count N, --json and --entropy work with every command that prints results.\n" +
  EXIT_STATUS;
/** The footer of bits-for and collision-probability, which compute one number. */
const COMPUTED_FOOTER =
  "--json prints the answer as a JSON number; --count and --entropy do not apply.\n" +
  EXIT_STATUS;

const GLOBAL: readonly OptionDef[] = [
  {
    name: "count",
    type: "int",
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    default: "1",
    help: "print N results, one a line",
  },
  {
    name: "json",
    type: "flag",
    help: "JSON Lines: one JSON value a line (integers of any size as exact digits)",
  },
  { name: "entropy", type: "flag", help: "write each result's entropy in bits to stderr" },
  { name: "help", short: "h", type: "flag", help: "show help (also: secrets COMMAND --help)" },
  { name: "version", type: "flag", help: "show the version" },
];

function tokenCommand(
  name: string,
  summary: string,
  encode: (n: number, raw: boolean) => Result,
  options: readonly OptionDef[] = [],
): CommandDef<Outcome, CliIO> {
  return {
    name,
    aliases: [name.replaceAll("-", "_")],
    summary,
    args: [{
      name: "N",
      type: "int",
      optional: true,
      min: 0,
      max: MAX_NBYTES,
      default: "32",
      help: "number of random bytes",
    }],
    options,
    run: (input) => {
      const n = (input.values.get("N") as number | undefined) ?? 32;
      const raw = input.values.has("raw");
      if (raw && input.values.has("json")) {
        throw new UsageError("--json and --raw do not mix: --raw writes bytes, not JSON");
      }
      return { next: () => encode(n, raw), bits: 8 * n };
    },
  };
}

const PREFIX: OptionDef = {
  name: "prefix",
  type: "text",
  metavar: "P",
  required: true,
  help: "the key type: 1 to 16 ASCII letters and digits, starting with a letter",
};

function apiKeyBits(help: string): OptionDef {
  return {
    name: "bits",
    type: "int",
    min: API_KEY_MIN_BITS,
    max: API_KEY_MAX_BITS,
    default: String(API_KEY_BITS),
    help,
  };
}

/** The options of api-key and check-api-key, checked (a bad prefix is bad usage: exit 2). */
function apiKeyOptions(input: Input, command: string): ApiKeyOptions {
  const options: ApiKeyOptions = {
    prefix: input.values.get("prefix") as string,
    bits: input.values.get("bits") as number | undefined,
  };
  // apiKeyPattern checks the options as apiKey and checkApiKey do, and draws nothing.
  explained(() => apiKeyPattern(options), (m) => inFlags(command, m, ["prefix", "bits"]));
  return options;
}

/** The number of tokens, for bits-for and collision-probability. */
const TOKENS: OptionDef = {
  name: "tokens",
  type: "count",
  required: true,
  min: 0,
  help: "how many tokens: digits, or exact scientific notation such as 1e9 or 2.5e6",
};

/** The global options a computation refuses: it draws nothing, and --count is not --tokens. */
function computed(command: string, what: string): Record<string, string> {
  return {
    count: `--count does not apply to ${command}: ${what}; the number of tokens is --tokens N`,
    entropy: `--entropy does not apply to ${command}: it draws nothing`,
  };
}

const COMMANDS: readonly CommandDef<Outcome, CliIO>[] = [
  tokenCommand(
    "token-bytes",
    "N random bytes (default 32), as hex; --raw writes the bytes",
    (n, raw) =>
      n > CHUNK ? new BigToken(raw ? "bytes" : "hex", n) : raw ? token_bytes(n) : token_hex(n),
    [{ name: "raw", type: "flag", help: "write the bytes themselves, not hex (no newline)" }],
  ),
  tokenCommand(
    "token-hex",
    "N random bytes as lowercase hex, 2 characters a byte",
    (n) => n > CHUNK ? new BigToken("hex", n) : token_hex(n),
  ),
  tokenCommand(
    "token-urlsafe",
    "N random bytes as unpadded base64url, about 1.3 characters a byte",
    (n) => n > CHUNK ? new BigToken("base64url", n) : token_urlsafe(n),
  ),
  {
    name: "randbelow",
    summary: "a random integer in [0, N); N may have any size",
    args: [{ name: "N", type: "bigint", min: 1, help: "the exclusive upper bound" }],
    run: (input) => {
      const n = input.values.get("N") as bigint;
      const bound = n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
      return { next: () => randbelow(bound), bits: log2Big(n) };
    },
  },
  {
    name: "randbits",
    summary: "an integer with K random bits, in [0, 2**K)",
    args: [{
      name: "K",
      type: "int",
      min: 0,
      max: MAX_RANDBITS,
      help: "number of bits (for more random data, use token-bytes)",
    }],
    run: (input) => {
      const k = input.values.get("K") as number;
      const bits = k <= 53 ? k : BigInt(k);
      return { next: () => randbits(bits), bits: k };
    },
  },
  {
    name: "choice",
    summary: "one of the items, each equally likely",
    args: [{ name: "ITEM", type: "text", many: true, help: "the items to choose from" }],
    run: (input) => {
      const items = input.values.get("ITEM") as string[];
      return { next: () => choice(items), bits: choiceBits(items) };
    },
  },
  {
    name: "password",
    summary: "a password, uniform over every string that meets the options or --rules",
    description:
      `default: 22 characters of the letters and digits (131 bits); with --symbols, 20 of 94 (131 bits)\n` +
      `--symbols (a flag; passphrase's --symbols N is a count) adds ${SYMBOLS}\n` +
      `--no-ambiguous removes ${AMBIGUOUS}\n` +
      "\n" +
      "--rules takes a site's rules in Apple's passwordrules syntax, properties separated by ';':\n" +
      `  secrets password --rules "minlength: 12; required: lower, upper; required: digit; ` +
      `allowed: [-_]"\n` +
      "  minlength: N, maxlength: N   the length bounds\n" +
      "  required: CLASS, ...         at least one character of these (each required line counts)\n" +
      "  allowed: CLASS, ...          may be used; the password uses the characters of every\n" +
      "                               allowed and required line (with neither: ascii-printable)\n" +
      "  max-consecutive: N           at most N identical characters in a row\n" +
      "  CLASS is upper (A-Z), lower (a-z), digit (0-9), special (the 32 characters --symbols\n" +
      "  adds, and space), ascii-printable (space to ~), or [CHARS] ('-' only first, ']' only\n" +
      "  last, as ]]); unicode is refused. The password is uniform over every string the rules\n" +
      "  allow, counted exactly (--entropy prints the bits); its length is LENGTH (within the\n" +
      "  rules' bounds), else the fewest characters from minlength that give 128 bits, at most\n" +
      "  maxlength. --exclude and --no-ambiguous still apply; --alphabet, --symbols and --min-*\n" +
      "  do not mix with --rules.",
    args: [{
      name: "LENGTH",
      type: "int",
      optional: true,
      min: 1,
      max: MAX_PASSWORD_LENGTH,
      help: "number of characters; default: the fewest that give 128 bits",
    }],
    options: [
      { name: "length", type: "int", min: 1, max: MAX_PASSWORD_LENGTH, help: "same as LENGTH" },
      {
        name: "symbols",
        type: "flag",
        help: "add the 32 ASCII punctuation characters (a flag: in --symbols 8, 8 is LENGTH)",
      },
      { name: "no-ambiguous", type: "flag", help: "remove look-alike characters (see above)" },
      {
        name: "alphabet",
        type: "text",
        default: "the 62 letters and digits",
        help: "the characters, written out (no ranges: a-f is refused)",
      },
      { name: "exclude", type: "text", help: "characters to remove from the alphabet" },
      ...[
        ["lower", "lowercase letters"],
        ["upper", "uppercase letters"],
        ["digits", "digits"],
        ["symbols", "symbols"],
      ].map(([c, noun]): OptionDef => ({
        name: `min-${c}`,
        type: "int",
        min: 0,
        max: MAX_PASSWORD_LENGTH,
        default: "0",
        help: `at least N ${noun}`,
      })),
      {
        name: "rules",
        type: "text",
        metavar: "RULES",
        help: "a site's password rules (see above), instead of --alphabet, --symbols, --min-*",
      },
    ],
    conflicts: [
      {
        option: "rules",
        with: ["alphabet", "symbols"],
        why: "the rules say which characters are allowed (write allowed: ... in them)",
      },
      {
        option: "rules",
        with: ["min-lower", "min-upper", "min-digits", "min-symbols"],
        why: "the rules say which characters are required (write required: ... in them)",
      },
    ],
    run: (input) => {
      const v = input.values;
      if (v.has("LENGTH") && v.has("length")) {
        throw new UsageError("password: give the length once, as LENGTH or --length");
      }
      const text = v.get("rules") as string | undefined;
      // Only the options given are passed: the library refuses rules with any other set.
      const options: PasswordOptions = {
        length: (v.get("LENGTH") ?? v.get("length")) as number | undefined,
        exclude: v.get("exclude") as string | undefined,
        excludeAmbiguous: v.has("no-ambiguous") || undefined,
        ...(text !== undefined
          ? {
            rules: explained(
              () => passwordRules(text),
              (m) => `password: --rules: ${oneLine(m)}`,
            ),
          }
          : {
            alphabet: literalAlphabet(v.get("alphabet") as string | undefined, "password"),
            symbols: v.has("symbols") || undefined,
            minLower: v.get("min-lower") as number | undefined,
            minUpper: v.get("min-upper") as number | undefined,
            minDigits: v.get("min-digits") as number | undefined,
            minSymbols: v.get("min-symbols") as number | undefined,
          }),
      };
      const bits = explained(
        () => entropyBits("password", options),
        (m) => passwordError(oneLine(m), input),
      );
      return { next: () => password(options), bits };
    },
  },
  {
    name: "passphrase",
    summary: "words from a list, with capitals, digits or symbols if asked",
    description:
      "default: 6 words of the EFF large list (7,776 words), 77.5 bits; --entropy prints\n" +
      "the exact bits of every form (only phrases that read differently are counted)\n" +
      "--wordlist eff-large (the default) or eff-short (EFF's short list, 1,296 words of 3 to 5\n" +
      "letters: 8 words for 77 bits); any other value is a file, and - is standard input (a file\n" +
      "named eff-short: --wordlist ./eff-short). A file is UTF-8, one word or phrase a line (CR,\n" +
      "LF or CRLF); a leading dice number and blank lines are skipped; a repeated word is refused.\n" +
      "--digits N and --symbols N (counts, unlike password's --symbols flag) add N digits 0-9 and\n" +
      "N of the 32 ASCII punctuation characters less the separators, each right after a word at\n" +
      "a uniformly drawn place: correct7 horse! battery.\n" +
      "A phrase must read back one way: a word holding a separator character (or a digit with\n" +
      "--digits, a symbol with --symbols) is refused in a file, and left out of the EFF lists\n" +
      "(with --separator -: drop-down, felt-tip, t-shirt, yo-yo), which --entropy counts.",
    options: [
      {
        name: "words",
        type: "int",
        min: 1,
        max: MAX_PASSPHRASE_WORDS,
        help: "number of words; default: the fewest that give 77 bits",
      },
      {
        name: "bits",
        type: "int",
        min: 1,
        max: MAX_PASSPHRASE_BITS,
        help: "instead of --words: the fewest words that give N bits",
      },
      {
        name: "wordlist",
        type: "text",
        metavar: "NAME|FILE",
        help: `eff-large (the default), eff-short, a file of at most ${
          MAX_WORDLIST_BYTES / 2 ** 20
        } MiB, or - (stdin)`,
      },
      { name: "separator", type: "text", default: "' '", help: "what goes between the words" },
      {
        name: "separators",
        type: "text",
        metavar: "CHARS",
        help: "instead of --separator: one of these characters, drawn for each gap",
      },
      {
        name: "capitalize",
        type: "text",
        metavar: "HOW",
        choices: ["none", "first", "all", "random"] satisfies Capitalize[],
        help: "none (default), first: Word, all: WORD, random: word or Word (1 bit a word)",
      },
      {
        name: "digits",
        type: "int",
        min: 0,
        max: MAX_PASSPHRASE_EXTRAS,
        help: "add N digits after words",
      },
      {
        name: "symbols",
        type: "int",
        min: 0,
        max: MAX_PASSPHRASE_EXTRAS,
        help: "add N symbols after words (password's --symbols is a flag)",
      },
      {
        name: "min-word-length",
        type: "int",
        min: 1,
        max: MAX_WORD_LENGTH,
        help: "leave out words of fewer than N characters",
      },
      {
        name: "max-word-length",
        type: "int",
        min: 1,
        max: MAX_WORD_LENGTH,
        help: "leave out words of more than N characters",
      },
    ],
    conflicts: [
      {
        option: "words",
        with: ["bits"],
        why: "--words fixes the number of words, --bits chooses the fewest that give N bits",
      },
      {
        option: "separator",
        with: ["separators"],
        why: "--separators draws one of its characters for each gap",
      },
    ],
    run: async (input, io) => {
      const v = input.values;
      const file = v.get("wordlist") as string | undefined;
      const list = file === undefined || WORDLIST_NAMES.includes(file)
        ? undefined
        : await readWordlist(file, io);
      const options: PassphraseOptions = {
        words: v.get("words") as number | undefined,
        bits: v.get("bits") as number | undefined,
        separator: v.get("separator") as string | undefined,
        separators: v.get("separators") as string | undefined,
        capitalize: v.get("capitalize") as Capitalize | undefined,
        digits: v.get("digits") as number | undefined,
        symbols: v.get("symbols") as number | undefined,
        minWordLength: v.get("min-word-length") as number | undefined,
        maxWordLength: v.get("max-word-length") as number | undefined,
        // A file's list is frozen: checked once, not on every draw.
        wordlist: file === "eff-short" ? effShortWordlist() : list && Object.freeze(list.words),
      };
      const bits = explained(
        () => entropyBits("passphrase", options),
        (m) => passphraseError(m, input, list),
      );
      return { next: () => passphrase(options), bits };
    },
  },
  {
    name: "token",
    summary: `a token of at least --bits bits (default ${DEFAULT_ENTROPY * 8}), in any --alphabet`,
    description:
      `default: ${DEFAULT_ENTROPY * 8} bits of base32 (${
        tokenLength(DEFAULT_ENTROPY * 8, 32)
      } characters); the token gets the fewest characters\n` +
      "that give --bits, each drawn uniformly; --alphabet is one of these names, or the\n" +
      "characters themselves (at least 2, all different):\n" +
      columns(Object.entries(ALPHABETS).map(([n, chars]) => [n, `${chars.length}  ${chars}`]))
        .join("\n"),
    options: [
      {
        name: "bits",
        type: "int",
        min: 1,
        max: MAX_TOKEN_BITS,
        default: String(DEFAULT_ENTROPY * 8),
        help: "the least strength, in bits",
      },
      {
        name: "alphabet",
        type: "text",
        metavar: "NAME|CHARS",
        default: "base32",
        help: "a name above, or the characters, written out (no ranges: a-f is refused)",
      },
    ],
    run: (input) => {
      const v = input.values;
      const options: TokenTextOptions = {
        bits: v.get("bits") as number | undefined,
        alphabet: literalAlphabet(v.get("alphabet") as string | undefined, "token"),
      };
      const bits = explained(
        () => entropyBits("tokenText", options),
        (m) => inFlags("token", m, ["bits", "alphabet"]),
      );
      return { next: () => tokenText(options), bits };
    },
  },
  {
    name: "api-key",
    summary: "an API key: --prefix P, then random base62 and a checksum",
    description:
      `default: ${API_KEY_BITS} bits (${tokenLength(API_KEY_BITS, 62)} random characters, ${
        bitsText(entropyBits("apiKey", { prefix: "a" }))
      }), then the CRC-32 of all before it\n` +
      "in base62; check-api-key catches typos and truncation with it, offline. The checksum\n" +
      "is not authentication: store a hash of each key (SHA-256), not the key. Secret scanners\n" +
      `find the keys by ${
        apiKeyPattern({ prefix: "PREFIX" }).source.replace(/\(\?<?!\[0-9A-Za-z\]\)/g, "")
      } (with the default --bits).`,
    options: [
      PREFIX,
      apiKeyBits("the least strength of the random part, in bits"),
    ],
    run: (input) => {
      const options = apiKeyOptions(input, "api-key");
      // The random part's bits: the prefix and the checksum add nothing.
      return { next: () => apiKey(options), bits: entropyBits("apiKey", options) };
    },
  },
  {
    name: "check-api-key",
    summary: "exit status 0 if KEY is a valid api-key with --prefix P, else 1",
    description:
      "prints nothing: the answer is the exit status (as grep -q and test); it checks\n" +
      "the prefix, length, characters and checksum, offline. KEY - reads the key from standard\n" +
      "input (one line), which keeps it out of the shell's history and the process list:\n" +
      "  secrets check-api-key - --prefix acme < key.txt && echo valid",
    args: [{ name: "KEY", type: "text", help: "the key, or - to read it from standard input" }],
    options: [PREFIX, apiKeyBits("the --bits the key was made with")],
    refuse: Object.fromEntries(
      ["count", "json", "entropy"].map((n) => [
        n,
        `--${n} does not apply to check-api-key: it prints nothing, its answer is the exit status`,
      ]),
    ),
    footer: "exit status: 0 the key is valid; 1 it is not (prefix, length, characters or\n" +
      "checksum); 2 bad usage, or standard input cannot be read (one line on stderr, never a\n" +
      "stack trace).",
    run: async (input, io) => {
      const options = apiKeyOptions(input, "check-api-key");
      const given = input.values.get("KEY") as string;
      const key = given === "-" ? await readKey(io) : given;
      return { status: checkApiKey(key, options) ? 0 : 1 };
    },
  },
  {
    name: "bits-for",
    summary: "bits per token so --tokens N collide with chance at most --probability P",
    description:
      "the exact chance, never understated; give the answer to token --bits (1e9 tokens at 1e-6: 79)",
    options: [
      TOKENS,
      {
        name: "probability",
        type: "number",
        metavar: "P",
        required: true,
        help: "the largest acceptable chance of any collision, above 0 and at most 1",
      },
    ],
    refuse: computed("bits-for", "it prints one number"),
    footer: COMPUTED_FOOTER,
    run: (input) => {
      const v = input.values;
      const bits = explained(
        () =>
          bitsFor({
            count: v.get("tokens") as bigint,
            probability: v.get("probability") as number,
          }),
        (m) => inFlags("bits-for", m, ["probability"]),
      );
      return { next: () => bits };
    },
  },
  {
    name: "collision-probability",
    summary: "the chance that any two of --tokens N tokens of --bits B are equal",
    description:
      "the birthday bound 1 - exp(-N(N-1)/2 / 2**B), accurate for tiny chances; B need not be\n" +
      "whole (token --entropy shows a token's exact bits)",
    options: [
      TOKENS,
      {
        name: "bits",
        type: "number",
        metavar: "B",
        required: true,
        help: "the entropy of each token, in bits",
      },
    ],
    refuse: computed("collision-probability", "it prints one number"),
    footer: COMPUTED_FOOTER,
    run: (input) => {
      const v = input.values;
      const p = explained(
        () =>
          collisionProbability({ count: v.get("tokens") as bigint, bits: v.get("bits") as number }),
        (m) => inFlags("collision-probability", m, ["bits"]),
      );
      return { next: () => new PyFloat(p) };
    },
  },
  {
    name: "help",
    summary: "this help, or a command's",
    args: [{ name: "COMMAND", type: "text", optional: true, help: "the command" }],
    results: false,
    run: (input) => {
      const name = input.values.get("COMMAND") as string | undefined;
      if (name === undefined) return { text: toolHelp() };
      const cmd = findCommand(GRAMMAR, name);
      if (!cmd) throw unknownCommand(GRAMMAR, name, "see secrets --help");
      return { text: commandHelp(GRAMMAR, cmd, FOOTER) };
    },
  },
];

/** CPython 3.13's `python -m random`, drawing from the secure source. */
const RANDOM_MODE: CommandDef<Outcome, CliIO> = {
  name: "",
  summary: "as CPython 3.13's python -m random",
  args: [{
    name: "NUMBER",
    type: "text",
    optional: true,
    many: true, // only to say what to do with several
    label: "NUMBER",
    help: "an integer from 1: as -i; any other number (0, -5, 2.5, inf): as -f",
  }],
  options: [
    { name: "choice", short: "c", type: "items", lastWins: true, help: "print a random choice" },
    {
      name: "integer",
      short: "i",
      type: "pyint",
      lastWins: true,
      help: "print a random integer between 1 and N inclusive",
    },
    {
      name: "float",
      short: "f",
      type: "pyfloat",
      lastWins: true,
      help: "print a random floating-point number between 0 and N inclusive",
    },
  ],
  exclusive: [["choice", "integer", "float"]],
  acceptsWord: (word) => pyInt(word) !== undefined || pyFloat(word) !== undefined,
  run: (input) => {
    const v = input.values;
    const inputs = (v.get("NUMBER") ?? []) as string[];
    const rng = new SystemRandom();
    const explicit = ["choice", "integer", "float"].find((n) => v.has(n));
    if (explicit !== undefined && inputs.length > 0) {
      throw new UsageError(
        `unexpected argument ${quote(inputs[0])} (${input.spelled.get(explicit)} takes ${
          explicit === "choice" ? "the items" : "one number"
        })`,
      );
    }
    if (v.has("choice")) {
      const items = v.get("choice") as string[];
      return { next: () => rng.choice(items), bits: choiceBits(items) };
    }
    if (v.has("integer")) {
      return integerOutcome(v.get("integer") as bigint, "argument -i/--integer");
    }
    if (v.has("float")) return floatOutcome(v.get("float") as number);
    if (inputs.length === 0) return { text: toolHelp(), implicit: true };
    if (inputs.length > 1) {
      const word = inputs.find((w) => !RANDOM_MODE.acceptsWord!(w));
      if (word !== undefined) throw unknownCommand(GRAMMAR, word, "see secrets --help");
      throw new UsageError(
        `one number at a time; to choose among several inputs use -c: secrets -c ${
          inputs.slice(0, 3).join(" ")
        }${inputs.length > 3 ? " ..." : ""}`,
      );
    }
    // As CPython: an integer from 1 is randint(1, N); anything else that
    // float() reads (0, -5, 2.5, inf) is uniform(0, x).
    const n = pyInt(inputs[0]);
    if (n !== undefined && n >= 1n) return integerOutcome(n, "NUMBER");
    return floatOutcome(pyFloat(inputs[0])!);
  },
};

function integerOutcome(n: bigint, what: string): Outcome {
  if (n < 1n) {
    throw new UsageError(`${what}: empty range: N must be at least 1, got ${n}`);
  }
  const rng = new SystemRandom();
  const top = n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  return {
    next: typeof top === "number" ? () => rng.randint(1, top) : () => rng.randint(1n, top),
    bits: log2Big(n),
  };
}

function floatOutcome(x: number): Outcome {
  const rng = new SystemRandom();
  return {
    next: () => new PyFloat(rng.uniform(0, x)),
    noBits: "a float's entropy is not reported (use -i or a command)",
  };
}

const GRAMMAR: Grammar<Outcome, CliIO> = {
  program: "secrets",
  global: GLOBAL,
  commands: COMMANDS,
  fallback: RANDOM_MODE,
  fallbackName: "the python -m random mode",
  unknownHint: "see secrets --help; to choose among words, use -c",
  early: ["help", "version"],
};

function toolHelp(): string {
  const commands = columns(COMMANDS.map((c) => [`${c.name} ${argsUsage(c)}`.trim(), c.summary]));
  const aliases = COMMANDS.flatMap((c) => c.aliases ?? []);
  return [
    "usage: secrets COMMAND [ARGS] [--count N] [--json] [--entropy]",
    "       secrets [-c ITEM... | -i N | -f N | NUMBER]     (as python -m random)",
    "",
    "Secure random tokens, passwords, passphrases, API keys and choices, as Python's secrets",
    "module, and the collision math to size tokens.",
    "",
    "commands:",
    ...commands,
    `  (Python's names work too: ${aliases.join(", ")})`,
    "",
    "without a command, as CPython 3.13's python -m random (choosing among words takes -c):",
    ...helpLines(RANDOM_MODE),
    "",
    "options, before or after the command:",
    ...helpLines({ ...RANDOM_MODE, args: [], options: GLOBAL }),
    "",
    "--json prints floats as JSON numbers, and text, tokens and bytes (as hex) as JSON strings.",
    "",
    TOOL_EXIT_STATUS,
  ].join("\n");
}

// ---- Entropy ----------------------------------------------------------------

/**
 * The min-entropy of a uniform pick among `items`: `-log2` of the chance of
 * the likeliest outcome, what a guesser faces. Repeated items make some
 * outcomes likelier, so it is below `log2(items.length)` (and below the
 * Shannon entropy, which would overstate the strength).
 */
function choiceBits(items: readonly string[]): number {
  // Items count as one when they print alike: the same NFKC form, once
  // invisible characters are taken out ("é" and "e" + U+0301; "a" and "a"
  // + a zero-width space).
  const counts = new Map<string, number>();
  let most = 0;
  for (const it of items) {
    const key = printedForm(it).replace(INVISIBLE, "");
    const c = (counts.get(key) ?? 0) + 1;
    counts.set(key, c);
    if (c > most) most = c;
  }
  return Math.log2(items.length / most);
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Bits for people: whole numbers exact, others rounded down to 2 decimals. */
function bitsText(bits: number): string {
  if (Number.isInteger(bits)) return `${bits} bit${bits === 1 ? "" : "s"}`;
  return `${(Math.floor(bits * 100) / 100).toFixed(2)} bits`;
}

// ---- Word lists and library messages -----------------------------------------

interface WordList {
  readonly words: string[];
  readonly lines: number[];
}

async function readWordlist(file: string, io: CliIO): Promise<WordList> {
  const name = file === "-" ? "- (standard input)" : file;
  let bytes: Uint8Array;
  try {
    if (file === "-") {
      if (!io.readStdin) throw new InputError("cannot be read: this caller gives no input");
      bytes = await io.readStdin(MAX_WORDLIST_BYTES);
    } else {
      if (!io.readFile) throw new InputError("cannot be read: this caller gives no files");
      bytes = await io.readFile(file, MAX_WORDLIST_BYTES);
    }
  } catch (e) {
    if (e instanceof IoError) throw new IoError(`--wordlist ${name} ${e.message}`);
    // A near miss of a list's name (eff-shrot) was read as a file: say which name was meant.
    const near = file.includes("/") ? undefined : closest(file, WORDLIST_NAMES);
    throw new UsageError(
      `--wordlist ${name} ${(e as Error)?.message ?? e}${
        near ? ` (did you mean the list ${near}?)` : ""
      }`,
    );
  }
  try {
    return parseWordFile(bytes);
  } catch (e) {
    throw new UsageError(`--wordlist ${name}: ${(e as Error).message}`);
  }
}

/** Runs a library check, turning its `RangeError` or `TypeError` into a usage error. */
function explained<T>(check: () => T, explain: (message: string) => string): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      throw new UsageError(explain(libraryMessage(e)));
    }
    throw e;
  }
}

/**
 * A library message without its `function(): ` prefix, and with numbers
 * too long to read (a count of candidates) in scientific notation.
 */
function libraryMessage(e: Error): string {
  return e.message.replace(/^[\w.]+\(\): /, "").replace(
    /\d{16,}/g,
    (d) => `about ${d[0]}.${d.slice(1, 3)}e+${d.length - 1}`,
  );
}

/**
 * A library message in the words of the flags: `bits must be ...` becomes
 * `--bits must be ...`, `the alphabet has ...` `--alphabet has ...`.
 */
function inFlags(command: string, message: string, names: readonly string[]): string {
  for (const name of names) {
    const m = new RegExp(`^(unknown |the )?${name}\\b`).exec(message);
    if (m) {
      const lead = m[1] === "unknown " ? "unknown " : "";
      return `${command}: ${lead}--${name}${message.slice(m[0].length)}`;
    }
  }
  return `${command}: ${message}`;
}

/** The key of `check-api-key -`: standard input, one line, its line ending removed. */
async function readKey(io: CliIO): Promise<string> {
  let bytes: Uint8Array;
  try {
    if (!io.readStdin) throw new InputError("cannot be read: this caller gives no input");
    bytes = await io.readStdin(MAX_KEY_BYTES);
  } catch (e) {
    // Exit status 2, not 1: for this command, 1 means "invalid key".
    throw new UsageError(`check-api-key: KEY - (standard input) ${(e as Error)?.message ?? e}`);
  }
  // Invalid UTF-8 decodes to U+FFFD, which no key holds: such input is simply not valid.
  const text = new TextDecoder().decode(bytes).replace(/\r?\n$|\r$/, "");
  if (/[\r\n]/.test(text)) {
    throw new UsageError(
      "check-api-key: KEY - (standard input) holds more than one line; give one key",
    );
  }
  return text;
}

const PASSWORD_FLAGS: Record<string, string> = {
  length: "--length",
  alphabet: "--alphabet",
  exclude: "--exclude",
  minLower: "--min-lower",
  minUpper: "--min-upper",
  minDigits: "--min-digits",
  minSymbols: "--min-symbols",
};

/** A message on one line: the rules may span lines, and a message quotes them. */
function oneLine(message: string): string {
  // deno-lint-ignore no-control-regex
  return message.replace(/\s*[\x00-\x1f\x7f]+\s*/g, " ");
}

/** The library's password messages, in the words of the flags the user typed. */
function passwordError(message: string, input: Input): string {
  if (input.values.has("rules")) {
    const removed = ["exclude", "no-ambiguous"].filter((n) => input.values.has(n));
    const after = removed.length > 0 && /usable character/.test(message)
      ? ` (after ${removed.map((n) => `--${n}`).join(" and ")})`
      : "";
    const m = /^length (\d+) is outside the rules' bounds (.*)$/.exec(message);
    if (m) {
      const flag = input.spelled.get("LENGTH") ?? "--length";
      return `password: ${flag} ${m[1]} is outside the bounds of --rules ${m[2]}`;
    }
    if (message.startsWith("rules: ")) {
      return `password: --rules: ${message.slice(7)}${after}`;
    }
    if (message.startsWith("the rules ")) return `password: --rules ${message.slice(10)}${after}`;
  }
  const m = /^(min\w+) is (\d+) but the alphabet has no (.+)$/.exec(message);
  if (m) {
    const noun = m[3].replace(/ \(add symbols: true\)$/, "").replace(
      "ASCII punctuation character",
      "symbol",
    );
    const hint = m[1] !== "minSymbols"
      ? ""
      : input.values.has("symbols")
      ? " (--exclude removed them all)"
      : ": add --symbols";
    return `password: ${PASSWORD_FLAGS[m[1]]} ${m[2]} needs a ${noun} in the alphabet${hint}`;
  }
  const lead = /^(\w+) /.exec(message)?.[1];
  if (lead !== undefined && lead in PASSWORD_FLAGS) {
    const flag = lead === "length"
      ? input.spelled.get("LENGTH") ?? "--length"
      : PASSWORD_FLAGS[lead];
    return `password: ${flag}${message.slice(lead.length)}`;
  }
  return `password: ${message}`;
}

const PASSPHRASE_FLAGS: Record<string, string> = {
  words: "--words",
  bits: "--bits",
  separator: "--separator",
  separators: "--separators",
  capitalize: "--capitalize",
  digits: "--digits",
  symbols: "--symbols",
  minWordLength: "--min-word-length",
  maxWordLength: "--max-word-length",
};

/**
 * `--alphabet`'s characters, written out. A hyphen between two characters
 * (`a-f`) reads as a range, which the flag does not support: it is refused
 * with the characters written out, never taken as the three characters
 * `a`, `-`, `f`. A hyphen first or last is a hyphen.
 */
function literalAlphabet(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  const chars = Array.from(value);
  for (let i = 1; i < chars.length - 1; i++) {
    if (chars[i] !== "-") continue;
    const [from, to] = [chars[i - 1].codePointAt(0)!, chars[i + 1].codePointAt(0)!];
    const span = to - from + 1;
    const written = from < to && to < 0x7f && span <= 26
      ? `write ${chars[i - 1]}-${chars[i + 1]} as ${
        Array.from({ length: span }, (_, k) => String.fromCodePoint(from + k)).join("")
      }`
      : "write the characters out";
    throw new UsageError(
      `${command}: --alphabet takes characters, not ranges: ${written} (a hyphen first or last is a hyphen)`,
    );
  }
  return value;
}

/** The library's passphrase messages, in flags, with the file and line a word came from. */
function passphraseError(message: string, input: Input, list?: WordList): string {
  const v = input.values;
  const file = v.get("wordlist") as string | undefined;
  const name = file === "-" ? "- (standard input)" : file;
  const sep = v.has("separators") ? "--separators" : "--separator";
  const m =
    /^the word (".*?") contains (".*?"), (a character of the separator|a digit, as digits adds|a symbol, as symbols adds), (.*)$/
      .exec(message);
  if (m) {
    const why = m[3]
      .replace("the separator", sep)
      .replace("as digits", "as --digits")
      .replace("as symbols", "as --symbols");
    const line = list && wordLine(list, JSON.parse(m[1]));
    const where = line === undefined ? "" : ` line ${line}`;
    return `passphrase: --wordlist ${name}${where}: the word ${m[1]} contains ${m[2]}, ${why}, ${
      m[4]
    }`;
  }
  const at = /^the word at index (\d+) (.*)$/.exec(message);
  if (at && list !== undefined) {
    return `passphrase: --wordlist ${name} line ${list.lines[Number(at[1])]}: the word ${at[2]}`;
  }
  const leave = /^the options leave (.*)$/.exec(message);
  if (leave) {
    const given = ["min-word-length", "max-word-length"].filter((n) => v.has(n));
    if (given.length > 0) {
      const flags = given.map((n) => `--${n} ${v.get(n)}`).join(" and ");
      return `passphrase: ${flags} leave${given.length === 1 ? "s" : ""} ${leave[1]}`;
    }
  }
  const tooMany = /^(\d+) bits would need (.*)$/.exec(message);
  if (tooMany) return `passphrase: --bits ${tooMany[1]} would need ${tooMany[2]}`;
  const lengths = /^minWordLength (\d+) is more than maxWordLength (\d+)$/.exec(message);
  if (lengths) {
    return `passphrase: --min-word-length ${lengths[1]} is more than --max-word-length ${
      lengths[2]
    }`;
  }
  const out = message
    .replace(/^the word list /, `--wordlist ${name} `)
    .replace(/^the separator /, "--separator ")
    .replace(/^with an empty separator /, "with an empty --separator ")
    .replace(
      /^digits cannot be told apart from the separator /,
      `--digits cannot be told apart from the ${sep} `,
    )
    .replace(/^(\w+)\b/, (w) => PASSPHRASE_FLAGS[w] ?? w);
  return `passphrase: ${out}`;
}

/** The line of a file a word form came from (a capitalised form: its word's line). */
function wordLine(list: WordList, form: string): number | undefined {
  let i = list.words.indexOf(form);
  if (i < 0) {
    const lower = form.toLowerCase();
    i = list.words.findIndex((w) => w.toLowerCase() === lower);
  }
  return i < 0 ? undefined : list.lines[i];
}

// ---- Running ------------------------------------------------------------------

/**
 * Runs the command line `args` and returns its exit status: 0 success, 2 bad
 * usage or input, 1 output that cannot be written or an internal error. It
 * never throws: errors are reported in one line through `io.error`.
 *
 * @param args The arguments, without the program name.
 * @param io Where output goes and input comes from (default: the process's
 * standard streams and files).
 * @returns The exit status.
 *
 * @example Results, JSON Lines, and a usage error
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "@secrets/secrets/cli";
 *
 * const out: string[] = [];
 * const err: string[] = [];
 * const io = { write: (s: string) => void out.push(s), error: (l: string) => void err.push(l) };
 * assert(await main(["randbelow", "10", "--count", "3", "--json"], io) === 0);
 * assert.deepEqual(out.join("").trim().split("\n").map((l) => typeof JSON.parse(l)), [
 *   "number",
 *   "number",
 *   "number",
 * ]);
 * assert(await main(["password", "--min-symbols", "1"], io) === 2);
 * assert.deepEqual(err, [
 *   "secrets: password: --min-symbols 1 needs a symbol in the alphabet: add --symbols",
 * ]);
 * ```
 */
export async function main(args: readonly string[], io?: CliIO): Promise<number> {
  let out = io;
  try {
    out ??= (await currentRuntime()).io;
    return await run(args, out);
  } catch (e) {
    return report(e, out);
  }
}

function report(e: unknown, io: CliIO | undefined): number {
  const err = e as { name?: string; code?: string; message?: string } | undefined;
  if (err?.name === "BrokenPipe" || err?.code === "EPIPE") return 0; // the reader has what it wanted
  const usage = e instanceof UsageError || e instanceof InputError;
  const text = usage || e instanceof IoError
    ? String(err?.message)
    : `internal error: ${err?.name ?? "Error"}: ${err?.message ?? String(e)}`;
  const line = text.split(/\r?\n/)[0];
  try {
    io?.error(`secrets: ${line.length > 500 ? line.slice(0, 497) + "..." : line}`);
  } catch { /* nowhere left to report it */ }
  return usage ? 2 : 1;
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  const { command, named, input } = parse(GRAMMAR, args);
  const v = input.values;
  const json = v.has("json");
  if (v.has("version") || v.has("help")) {
    if (json) throw new UsageError("--json: help and the version are text, not JSON");
    await io.write(
      v.has("version")
        ? `secrets ${VERSION}\n`
        : (named ? commandHelp(GRAMMAR, command, FOOTER) : toolHelp()) + "\n",
    );
    return 0;
  }
  const given = ["count", "json", "entropy"].filter((n) => v.has(n));
  if (command.results === false && given.length > 0) {
    throw new UsageError(`--${given[0]} does not apply to ${command.name}: it prints text`);
  }
  const outcome = await explainedAsync(
    () => command.run(input, io),
    command.name,
  );
  if ("status" in outcome) return outcome.status;
  if ("text" in outcome) {
    if (given.length > 0) {
      throw new UsageError(`--${given[0]} needs a command or an input (see secrets --help)`);
    }
    await io.write(outcome.text + "\n");
    return 0;
  }
  const count = (v.get("count") as number | undefined) ?? 1;
  // The first result is drawn before anything is written: bad input fails with empty stdout.
  const first = explained(outcome.next, (m) => command.name ? `${command.name}: ${m}` : m);
  if (v.has("entropy")) {
    if (outcome.bits === undefined) throw new UsageError(`--entropy: ${outcome.noBits}`);
    io.error(`entropy: ${bitsText(outcome.bits)}`);
  }
  const writer = new Writer(io, json);
  for (let i = 0; i < count; i++) {
    const pending = writer.put(i === 0 ? first : outcome.next());
    if (pending) await pending;
  }
  await writer.flush();
  return 0;
}

async function explainedAsync<T>(check: () => T | Promise<T>, name: string): Promise<T> {
  try {
    return await check();
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      throw new UsageError(`${name ? name + ": " : ""}${libraryMessage(e)}`);
    }
    throw e;
  }
}

/** Buffers text into writes of about 64 KiB; streams big tokens in pieces. */
class Writer {
  #buf = "";
  constructor(private readonly io: CliIO, private readonly json: boolean) {}

  put(value: Result): Promise<void> | undefined {
    if (value instanceof BigToken) return this.#token(value);
    if (value instanceof Uint8Array) return this.#bytes(value);
    if (value instanceof PyFloat) {
      if (this.json && !Number.isFinite(value.value)) {
        throw new UsageError(`--json: ${floatRepr(value.value)} is not a JSON number`);
      }
      this.#buf += floatRepr(value.value) + "\n";
    } else if (typeof value === "string") {
      this.#buf += (this.json ? JSON.stringify(value) : value) + "\n";
    } else {
      this.#buf += `${value}\n`; // integers: exact digits, valid JSON as they are
    }
    return this.#buf.length >= 65536 ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.#buf === "") return;
    const text = this.#buf;
    this.#buf = "";
    await this.io.write(text);
  }

  async #bytes(bytes: Uint8Array): Promise<void> {
    if (!this.io.writeBytes) throw new UsageError("--raw needs a byte stream");
    await this.flush();
    await this.io.writeBytes(bytes);
  }

  async #token(t: BigToken): Promise<void> {
    if (this.json) this.#buf += '"';
    for (let left = t.nbytes; left > 0; left -= CHUNK) {
      const n = Math.min(left, CHUNK);
      if (t.encoding === "bytes") {
        await this.#bytes(token_bytes(n));
        continue;
      }
      this.#buf += t.encoding === "hex" ? token_hex(n) : token_urlsafe(n);
      await this.flush();
    }
    if (t.encoding !== "bytes") this.#buf += this.json ? '"\n' : "\n";
  }
}

if (await isMainModule(import.meta)) {
  const runtime = await currentRuntime();
  runtime.exit(await main(runtime.args, runtime.io));
}
