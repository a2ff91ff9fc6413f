/**
 * What the commands share: what a command returns (results drawn one at a
 * time, a text, or an exit status), the context it runs in, the help
 * footers, and the entropy figures of choices.
 *
 * @module
 */

import type { CommandDef, Grammar } from "./_grammar.ts";
import type { CliIO } from "./_io.ts";
import { printedForm } from "../lib/recipes/_charset.ts";

/** What a command runs with: the streams, and the grammar it belongs to (help reads it). */
export interface Context {
  /** Where output goes and input comes from. */
  readonly io: CliIO;
  /** The whole command table. */
  readonly grammar: Grammar<Outcome, Context>;
}

/** A command of this command line. */
export type Command = CommandDef<Outcome, Context>;

/** A float, printed as Python prints it. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** A token too large to hold whole: drawn, encoded and written in pieces. */
export class BigToken {
  constructor(
    readonly encoding: "hex" | "base64" | "base64url" | "bytes",
    readonly nbytes: number,
  ) {}
}

/**
 * Unpadded base64url as padded base64 (RFC 4648 section 4, as `openssl rand
 * -base64` prints it, on one line): the same bytes, other characters.
 */
export function base64FromUrlsafe(text: string): string {
  const std = text.replaceAll("-", "+").replaceAll("_", "/");
  return std + "=".repeat((4 - std.length % 4) % 4);
}

export type Result = string | number | bigint | Uint8Array | PyFloat | BigToken;

/** What a command prints: results, drawn one at a time, or a text; or only an exit status. */
export type Outcome =
  | {
    readonly next: () => Result;
    readonly bits?: number;
    readonly noBits?: string;
    /** How many results without --count (1 if absent): recovery-codes prints a set of 10. */
    readonly count?: number;
  }
  | { readonly text: string; readonly implicit?: boolean }
  | { readonly status: number };

/** Tokens up to this size are one string; larger ones are streamed in chunks of it. */
export const CHUNK = 49152; // a multiple of 3: base64url pieces join without padding
/** The largest `randbits K` (5 million digits, about a second to print). */
export const MAX_RANDBITS = 2 ** 24;
/** The largest `--wordlist` file. */
export const MAX_WORDLIST_BYTES = 16 * 2 ** 20;
/** The most `check-api-key -` reads (a key is under 200 characters). */
export const MAX_KEY_BYTES = 2 ** 20;
/** The names `--wordlist` takes for the built-in lists; any other value is a file. */
export const WORDLIST_NAMES = ["eff-large", "eff-short"];

/** The exit statuses, as every help says them. */
export const EXIT_STATUS =
  "exit status: 0 success (also when the reader closes the pipe early); 2 bad usage or\n" +
  "input (one line on stderr, nothing on stdout); 1 output cannot be written, or an internal\n" +
  "error (one line on stderr). Errors never print a stack trace.";
/** The tool's exit statuses, with check-api-key's own. */
export const TOOL_EXIT_STATUS = EXIT_STATUS +
  "\ncheck-api-key prints nothing: 0 the key is valid, 1 it is not, 2 bad usage.";

/** The footer of a command's help. */
export const FOOTER =
  "-N/--count N, --json and --entropy work with every command that prints results.\n" +
  EXIT_STATUS;
/** The footer of bits-for and collision-probability, which compute one number. */
export const COMPUTED_FOOTER =
  "--json prints the answer as a JSON number; --count N is the number of tokens, and\n" +
  "--entropy does not apply (nothing is drawn).\n" +
  EXIT_STATUS;

/**
 * The min-entropy of a uniform pick among `items`: `-log2` of the chance of
 * the likeliest outcome, what a guesser faces. Repeated items make some
 * outcomes likelier, so it is below `log2(items.length)` (and below the
 * Shannon entropy, which would overstate the strength).
 */
export function choiceBits(items: readonly string[]): number {
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
export function bitsText(bits: number): string {
  if (Number.isInteger(bits)) return `${bits} bit${bits === 1 ? "" : "s"}`;
  return `${bitsFigure(bits).toFixed(2)} bits`;
}

/** The figure `bitsText` prints, as a number: whole numbers exact, others floored to 2 decimals. */
export function bitsFigure(bits: number): number {
  return Number.isInteger(bits) ? bits : Math.floor(bits * 100) / 100;
}
