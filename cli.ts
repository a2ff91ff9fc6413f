/**
 * The command line: tokens, passwords, passphrases and random choices from a
 * terminal, needing no permission at all (reading a `--wordlist` file needs
 * read access to that file only).
 *
 * ```sh
 * deno run jsr:@secrets/secrets/cli token-urlsafe 16
 * deno run jsr:@secrets/secrets/cli password --length 20 --min-digits 3 --count 5
 * deno run jsr:@secrets/secrets/cli randbelow 1000000000000000000000000
 * deno run jsr:@secrets/secrets/cli -i 6          # as `python -m random -i 6`
 * ```
 *
 * Commands are named after the functions: `token-bytes [N]` (hex; `--raw`
 * writes the bytes), `token-hex [N]`, `token-urlsafe [N]`, `randbelow N`,
 * `randbits K`, `choice ITEM...`, `password [options]`, `passphrase [options]`.
 * Without a command it behaves as CPython 3.13's `python -m random`
 * (`-c/--choice`, `-i/--integer N`, `-f/--float N`, or a bare input), drawing
 * from the secure source. `--count N` prints N results, one a line, as they
 * are made; `--json` prints each as JSON. Bad input prints one line on stderr
 * and exits with status 2, with nothing on stdout.
 *
 * @example Running the CLI in-process
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "@secrets/secrets/cli";
 *
 * const out: string[] = [];
 * const code = await main(["token-hex", "8"], { write: (s) => out.push(s), error: () => {} });
 * assert(code === 0 && /^[0-9a-f]{16}\n$/.test(out.join("")));
 * ```
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  choice,
  randbelow,
  randbits,
  SystemRandom,
  token_bytes,
  token_hex,
  token_urlsafe,
} from "./mod.ts";
import { passphrase, password } from "./recipes.ts";
import { VERSION } from "./lib/_version.ts";

/**
 * Where the CLI writes: text to stdout, bytes to stdout, one-line errors to stderr.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type CliIO, main } from "@secrets/secrets/cli";
 * const lines: string[] = [];
 * const io: CliIO = { write: (s) => void lines.push(s), error: (l) => void lines.push(l) };
 * assert(await main(["--version"], io) === 0);
 * ```
 */
export interface CliIO {
  /** Writes text to standard output. */
  write(text: string): void;
  /** Writes one error line to standard error. */
  error(line: string): void;
  /** Writes raw bytes to standard output (for `token-bytes --raw`). */
  writeBytes?(bytes: Uint8Array): void;
  /** Reads a text file (for `passphrase --wordlist`). */
  readTextFile?(path: string): Promise<string>;
}

/** A usage error: reported in one line, exit status 2. */
class UsageError extends Error {}

const HELP: Record<string, string> = {
  "": `usage: secrets <command> [args] [--count N] [--json]
       secrets [-c ITEM... | -i N | -f N] [input ...]      (as python -m random)

Cryptographically secure tokens and choices, as Python's secrets module.

commands:
  token-bytes [N]      N random bytes (default 32), as hex; --raw writes the bytes
  token-hex [N]        N random bytes as lowercase hex (2 characters a byte)
  token-urlsafe [N]    N random bytes as unpadded base64url
  randbelow N          a random integer in [0, N); N may have any size
  randbits K           an integer with K random bits
  choice ITEM...       one of the items
  password [options]   a password (see: secrets password --help)
  passphrase [options] a passphrase (see: secrets passphrase --help)

without a command (python -m random):
  -c, --choice ITEM... print a random choice
  -i, --integer N      print a random integer between 1 and N inclusive
  -f, --float N        print a random floating-point number between 0 and N inclusive
  input                one integer: as -i; one float: as -f; else as -c (a single
                       input is split on spaces)

options:
  --count N            print N results, one a line (default 1)
  --json               print each result as JSON
  -h, --help           show help (also: secrets <command> --help)
  --version            show the version`,
  "token-bytes":
    "usage: secrets token-bytes [N] [--raw] [--count N] [--json]\n  N random bytes (default 32), printed as hex; --raw writes the bytes themselves",
  "token-hex":
    "usage: secrets token-hex [N] [--count N] [--json]\n  N random bytes (default 32) as lowercase hex, 2 characters a byte",
  "token-urlsafe":
    "usage: secrets token-urlsafe [N] [--count N] [--json]\n  N random bytes (default 32) as unpadded base64url, ceil(4N/3) characters",
  randbelow:
    "usage: secrets randbelow N [--count N] [--json]\n  a random integer in [0, N); N is any positive integer",
  randbits:
    "usage: secrets randbits K [--count N] [--json]\n  a random integer with K bits, in [0, 2**K)",
  choice:
    "usage: secrets choice ITEM... [--count N] [--json]\n  one of the items, each equally likely",
  password:
    "usage: secrets password [--length N] [--alphabet S] [--exclude S] [--min-lower N]\n                        [--min-upper N] [--min-digits N] [--min-symbols N] [--count N] [--json]\n  a password, uniform over every string meeting the minimums\n  (default: 22 characters of A-Za-z0-9, 131 bits)",
  passphrase:
    "usage: secrets passphrase [--words N] [--separator S] [--wordlist FILE] [--count N] [--json]\n  a passphrase (default: 6 words of the EFF large list, 77.5 bits);\n  --wordlist reads one word a line (a leading dice number is ignored)",
};

function integer(text: string | undefined, what: string): bigint {
  if (text === undefined || !/^[+-]?\d+$/.test(text.trim())) {
    throw new UsageError(`${what} must be an integer, got ${JSON.stringify(text ?? "")}`);
  }
  return BigInt(text.trim());
}

function small(text: string | undefined, what: string, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const n = integer(text, what);
  if (n > 2n ** 31n || n < -(2n ** 31n)) throw new UsageError(`${what} is out of range: ${text}`);
  return Number(n);
}

/** Narrows a bigint to a number when it is safe, so that results print the same. */
function natural(n: bigint): number | bigint {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(n)
    : n;
}

function pyFloat(text: string): number | undefined {
  return /^\s*[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|inf(inity)?|nan)\s*$/i.test(text)
    ? Number(
      text.trim().replace(/^([+-]?)inf(inity)?$/i, "$1Infinity").replace(/^[+-]?nan$/i, "NaN"),
    )
    : undefined;
}

/** Python's float repr for the numbers `-f` prints. */
function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  return String(x).replace(/e\+?/, "e+").replace("e+-", "e-");
}

const COMMON = {
  count: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", default: false },
} as const;

type Producer = () => string | Uint8Array | number | bigint;

/**
 * Runs the CLI with `args`; returns the exit status (0, or 2 for bad input).
 *
 * @param args The arguments, without the program name.
 * @param io Where output goes (default: the process's stdout and stderr).
 * @returns The exit status.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "@secrets/secrets/cli";
 *
 * const lines: string[] = [];
 * await main(["randbelow", "10", "--count", "3"], { write: (s) => lines.push(s), error: () => {} });
 * assert(lines.join("").trim().split("\n").length === 3);
 * ```
 */
export async function main(args: string[], io: CliIO = processIO()): Promise<number> {
  try {
    return await run(args, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError || e instanceof TypeError) {
      io.error(`secrets: ${e.message.split("\n")[0]}`);
      return 2;
    }
    if ((e as Error)?.name === "NotCapable" || (e as Error)?.name === "PermissionDenied") {
      io.error(`secrets: ${(e as Error).message.split("\n")[0]}`);
      return 2;
    }
    if ((e as Error)?.name === "NotFound") {
      io.error(`secrets: ${(e as Error).message.split("\n")[0]}`);
      return 2;
    }
    throw e;
  }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const command = args[0] !== undefined && Object.hasOwn(HELP, args[0]) && args[0] !== ""
    ? args[0]
    : "";
  const rest = command ? args.slice(1) : args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        ...COMMON,
        raw: { type: "boolean", default: false },
        length: { type: "string" },
        alphabet: { type: "string" },
        exclude: { type: "string" },
        "min-lower": { type: "string" },
        "min-upper": { type: "string" },
        "min-digits": { type: "string" },
        "min-symbols": { type: "string" },
        words: { type: "string" },
        separator: { type: "string" },
        wordlist: { type: "string" },
        choice: { type: "boolean", short: "c", default: false },
        integer: { type: "string", short: "i" },
        float: { type: "string", short: "f" },
      },
    });
  } catch (e) {
    const message = (e as Error).message;
    const negative = /Unknown option '(-\d[\d.]*)'/.exec(message);
    if (negative) throw new UsageError(`${negative[1]}: a negative number is not allowed here`);
    throw new UsageError(message.replace(/\. To specify a positional.*$/, ""));
  }
  const { values: v, positionals: pos } = parsed;
  if (v.version) {
    io.write(`secrets ${VERSION}\n`);
    return 0;
  }
  if (v.help) {
    io.write(HELP[command] + "\n");
    return 0;
  }
  const allowed: Record<string, string[]> = {
    "": ["choice", "integer", "float"],
    "token-bytes": ["raw"],
    password: [
      "length",
      "alphabet",
      "exclude",
      "min-lower",
      "min-upper",
      "min-digits",
      "min-symbols",
    ],
    passphrase: ["words", "separator", "wordlist"],
  };
  for (const [k, val] of Object.entries(v)) {
    if (k in COMMON || val === false || val === undefined) continue;
    if (!(allowed[command] ?? []).includes(k)) {
      throw new UsageError(`--${k} is not an option of ${command || "the python -m random mode"}`);
    }
  }
  const n = small(v.count, "--count", 1);
  if (n < 0) throw new UsageError("--count must be non-negative");
  const maxArgs = (max: number) => {
    if (pos.length > max) {
      throw new UsageError(`${command}: unexpected argument ${JSON.stringify(pos[max])}`);
    }
  };
  const rng = new SystemRandom();
  let make: Producer;
  switch (command) {
    case "token-bytes": {
      maxArgs(1);
      const size = pos[0] === undefined ? undefined : small(pos[0], "N");
      make = () => token_bytes(size);
      break;
    }
    case "token-hex":
    case "token-urlsafe": {
      maxArgs(1);
      const size = pos[0] === undefined ? undefined : small(pos[0], "N");
      make = command === "token-hex" ? () => token_hex(size) : () => token_urlsafe(size);
      break;
    }
    case "randbelow": {
      maxArgs(1);
      const bound = natural(integer(pos[0], "N"));
      make = () => randbelow(bound);
      break;
    }
    case "randbits": {
      maxArgs(1);
      const k = integer(pos[0], "K");
      const bits = k <= 53n && k >= 0n ? Number(k) : k;
      make = () => randbits(bits);
      break;
    }
    case "choice": {
      if (pos.length === 0) throw new UsageError("choice: give at least one item");
      make = () => choice(pos);
      break;
    }
    case "password": {
      maxArgs(0);
      const options = {
        length: v.length === undefined ? undefined : small(v.length, "--length"),
        alphabet: v.alphabet,
        exclude: v.exclude,
        minLower: small(v["min-lower"], "--min-lower", 0),
        minUpper: small(v["min-upper"], "--min-upper", 0),
        minDigits: small(v["min-digits"], "--min-digits", 0),
        minSymbols: small(v["min-symbols"], "--min-symbols", 0),
      };
      make = () => password(options);
      break;
    }
    case "passphrase": {
      maxArgs(0);
      let words: string[] | undefined;
      if (v.wordlist !== undefined) {
        const read = io.readTextFile ?? ((p: string) => Deno.readTextFile(p));
        const text = await read(v.wordlist);
        words = text.split(/\r?\n/).map((l) => l.trim().split(/\s+/).pop() ?? "").filter((w) => w);
      }
      const options = {
        wordlist: words,
        words: v.words === undefined ? undefined : small(v.words, "--words"),
        separator: v.separator,
      };
      make = () => passphrase(options);
      break;
    }
    default:
      make = randomMode(v, pos, rng);
  }
  const first = make(); // bad input fails here, before anything is written
  // Lines are written in chunks of about 64 KiB: streamed, without a write per line.
  let chunk = "";
  const out: CliIO = {
    ...io,
    write: (text) => {
      chunk += text;
      if (chunk.length >= 65536) {
        io.write(chunk);
        chunk = "";
      }
    },
  };
  emit(first, v.json, v.raw, out, n === 0);
  for (let i = 1; i < n; i++) emit(make(), v.json, v.raw, out, false);
  if (chunk) io.write(chunk);
  return 0;
}

/** CPython 3.13's `python -m random`, drawing from the secure source. */
function randomMode(
  v: { choice?: boolean; integer?: string; float?: string },
  pos: string[],
  rng: SystemRandom,
): Producer {
  const modes = [v.choice, v.integer !== undefined, v.float !== undefined].filter(Boolean).length;
  if (modes > 1) {
    throw new UsageError("-c/--choice, -i/--integer and -f/--float are mutually exclusive");
  }
  if (v.choice) {
    if (pos.length === 0) {
      throw new UsageError("argument -c/--choice: expected at least one argument");
    }
    return () => rng.choice(pos);
  }
  if (v.integer !== undefined) {
    if (pos.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(pos[0])}`);
    const top = natural(integer(v.integer, "argument -i/--integer"));
    return typeof top === "number" ? () => rng.randint(1, top) : () => rng.randint(1n, top);
  }
  if (v.float !== undefined) {
    if (pos.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(pos[0])}`);
    const top = pyFloat(v.float);
    if (top === undefined) {
      throw new UsageError(`argument -f/--float: invalid float value: '${v.float}'`);
    }
    return () => floatRepr(rng.uniform(0, top));
  }
  if (pos.length === 1) {
    const val = pos[0];
    if (/^\s*[+-]?\d+\s*$/.test(val)) {
      const top = natural(BigInt(val.trim()));
      return typeof top === "number" ? () => rng.randint(1, top) : () => rng.randint(1n, top);
    }
    const f = pyFloat(val);
    if (f !== undefined) return () => floatRepr(rng.uniform(0, f));
    const items = val.split(/\s+/).filter((x) => x);
    return () => rng.choice(items);
  }
  if (pos.length >= 2) return () => rng.choice(pos);
  return () => HELP[""]; // as python -m random: no input prints the help
}

function emit(
  value: ReturnType<Producer>,
  json: boolean,
  raw: boolean,
  io: CliIO,
  skip: boolean,
): void {
  if (skip) return;
  if (value instanceof Uint8Array) {
    if (raw) {
      if (!io.writeBytes) throw new UsageError("--raw needs a byte stream");
      io.writeBytes(value);
      return;
    }
    value = Array.from(value, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  const text = typeof value === "string" ? (json ? JSON.stringify(value) : value) : String(value); // numbers and bigints are valid JSON as they print
  io.write(text + "\n");
}

/** The process's stdout and stderr, buffered so that many results stream fast. */
function processIO(): CliIO {
  const enc = new TextEncoder();
  return {
    write: (text) => writeAll(Deno.stdout, enc.encode(text)),
    error: (line) => writeAll(Deno.stderr, enc.encode(line + "\n")),
    writeBytes: (bytes) => writeAll(Deno.stdout, bytes),
  };
}

function writeAll(w: { writeSync(p: Uint8Array): number }, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += w.writeSync(bytes.subarray(off));
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
