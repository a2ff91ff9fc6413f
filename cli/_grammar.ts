/**
 * The command line's grammar as data: the definitions of commands, options
 * and arguments that the parser (`_args.ts`), the help (`_help.ts`) and the
 * commands (`commands/`) share, and the usage error.
 *
 * @module
 */

import { escapeUnprinted, quoteText } from "../lib/core/_validate.ts";

/**
 * How an option's text becomes a value: `flag` takes none; `int` is a
 * decimal integer in `[min, max]`; `text` any string; `items` one or more
 * values up to the next option (argparse's `nargs="+"`); `pyint` and
 * `pyfloat` are read as Python's `int()` and `float()` read them; `number`
 * is a finite decimal number (`0.5`, `1e-6`); `count` a whole number of any
 * size from `min` (a `bigint`), in digits or in scientific notation that is
 * exact (`1e9`, `2.5e6`), below `1e1000`.
 */
export type OptionType =
  | "flag"
  | "int"
  | "text"
  | "items"
  | "pyint"
  | "pyfloat"
  | "number"
  | "count";

/** One option of a command (or of every command). */
export interface OptionDef {
  /** The long name, without the dashes: `min-digits`. */
  readonly name: string;
  /** A one-letter short name, without the dash; messages name the option `-x/--name`. */
  readonly short?: string;
  /**
   * A one-letter spelling other tools' users type (pwgen's `-y`, xkcdpass's
   * `-n`), without the dash; unlike `short`, messages name the option by its
   * long name alone.
   */
  readonly letter?: string;
  /**
   * Older long names, still accepted (`no-ambiguous`); help lists them, and
   * a near miss of one is answered with `name`.
   */
  readonly aliases?: readonly string[];
  /**
   * The library option this flag sets (`excludeAmbiguous`): the flag's name
   * is its kebab-case, and a library error about that option names the flag.
   */
  readonly option?: string;
  /** What it takes. */
  readonly type: OptionType;
  /** The value's name in help and messages (default `N` for numbers, `S` for text). */
  readonly metavar?: string;
  /** Smallest value of an `int`. */
  readonly min?: number;
  /** Largest value of an `int`. */
  readonly max?: number;
  /** The default, as help shows it. */
  readonly default?: string;
  /** One line of help. */
  readonly help: string;
  /** Given twice, the last one counts (argparse's rule); otherwise a repeat is refused. */
  readonly lastWins?: boolean;
  /** Must be given (help shows it unbracketed, in the usage line). */
  readonly required?: boolean;
  /**
   * The values a `text` option accepts (anything else is refused, with the
   * closest one suggested); help shows them as its metavar, `a|b|c`.
   */
  readonly choices?: readonly string[];
}

/**
 * Options that cannot be given together, and why: `option` with any of
 * `with` is refused with `COMMAND: --option cannot be combined with
 * --other: why`.
 */
export interface Conflict {
  /** The option the message leads with. */
  readonly option: string;
  /** The options it cannot be given with. */
  readonly with: readonly string[];
  /** Why, for the user: what each does, or what to write instead. */
  readonly why: string;
}

/** One positional argument of a command. */
export interface ArgDef {
  /** Its name in help and messages: `N`, `LENGTH`, `ITEM`. */
  readonly name: string;
  /** `int` is a decimal number in `[min, max]`; `bigint` a decimal integer of any size from `min`. */
  readonly type: "int" | "bigint" | "text";
  /** May be left out. */
  readonly optional?: boolean;
  /** Takes every remaining argument (at least one unless `optional`). */
  readonly many?: boolean;
  /** How help shows it, if not as `NAME` or `NAME...`. */
  readonly label?: string;
  /** Smallest value of a number. */
  readonly min?: number;
  /** Largest value of an `int`. */
  readonly max?: number;
  /** The default, as help shows it. */
  readonly default?: string;
  /** One line of help. */
  readonly help: string;
}

/**
 * A command: everything the parser, the help and the dispatcher know of it.
 * `R` is what it returns, `C` what it is run with besides its input.
 */
export interface CommandDef<R, C = unknown> {
  /** The name typed on the command line. */
  readonly name: string;
  /** Other names accepted for it (Python's `token_hex`). */
  readonly aliases?: readonly string[];
  /** One line for the list of commands. */
  readonly summary: string;
  /** Lines that follow the usage in the command's own help. */
  readonly description?: string;
  /** Positional arguments, in order. */
  readonly args?: readonly ArgDef[];
  /** The command's own options. */
  readonly options?: readonly OptionDef[];
  /** Groups of options of which at most one may be given (argparse's message). */
  readonly exclusive?: readonly (readonly string[])[];
  /** Options that cannot be combined, each with the reason the message gives. */
  readonly conflicts?: readonly Conflict[];
  /**
   * The most results the global `--count` may ask for, when the library
   * bounds it (recovery-codes' set of at most 1,000): read with this bound,
   * `--count 1e300` names the library's bound, not the grammar's.
   */
  readonly countMax?: number;
  /** Whether it prints results (`--count`, `--json` and `--entropy` apply); default true. */
  readonly results?: boolean;
  /**
   * Global options it does not take, each with the message that says why
   * and what to write instead (checked before the values are read, so
   * `--count 1e9` gets this message, not a number error).
   */
  readonly refuse?: Readonly<Record<string, string>>;
  /**
   * What to say when an option it does not take is typed, by its spelling
   * (`-s`, `--symbols`): the habits of other tools, and names that mean
   * something else here. The message follows `COMMAND: `.
   */
  readonly hints?: Readonly<Record<string, string>>;
  /** Replaces the footer of its help (exit statuses of its own). */
  readonly footer?: string;
  /**
   * Accepts or refuses a first bare word that names no command (only the
   * command used when none is named is asked).
   */
  readonly acceptsWord?: (word: string) => boolean;
  /** Checks the input and returns what to print. */
  readonly run: (input: Input, context: C) => R | Promise<R>;
}

/** A parsed value. */
export type Value = boolean | number | bigint | string | readonly string[];

/** The arguments and options given, converted and range-checked. */
export interface Input {
  /** Each option (by long name) and argument (by name) that was given. */
  readonly values: ReadonlyMap<string, Value>;
  /** How the user wrote each: `--length`, `LENGTH`, `-i/--integer`. */
  readonly spelled: ReadonlyMap<string, string>;
}

/** What a command line asks for. */
export interface Parsed<R, C = unknown> {
  /** The command, or `fallback` when none is named. */
  readonly command: CommandDef<R, C>;
  /** Whether a command was named. */
  readonly named: boolean;
  /** Its input, global options included. */
  readonly input: Input;
}

/** The whole grammar. */
export interface Grammar<R, C = unknown> {
  /** The program's name, for messages and help. */
  readonly program: string;
  /** Options of every command, allowed anywhere. */
  readonly global: readonly OptionDef[];
  /** The commands. */
  readonly commands: readonly CommandDef<R, C>[];
  /** What runs when no command is named (its options may come first). */
  readonly fallback: CommandDef<R, C>;
  /** What `fallback` is called in messages: "the python -m random mode". */
  readonly fallbackName: string;
  /** What to suggest for a word that names no command and is near none. */
  readonly unknownHint: string;
  /** Global flags that answer on their own (help, version): arguments are not checked. */
  readonly early?: readonly string[];
}

/** A usage error: the message is one line, ready to print after the program's name. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * A value quoted for a message: short, one line, argparse's single quotes
 * when that is unambiguous, JSON's double quotes otherwise, with what does
 * not print escaped by the library's one rule (`escapeUnprinted`: JSON's
 * `\n` and `\u001b`, `\u0085` or `\u2028` for DEL, C1 and the line
 * separators, `\u202e` or `\u200b` for invisible characters).
 */
export function quote(text: string): string {
  const chars = Array.from(text);
  const short = chars.length > 40 ? chars.slice(0, 37).join("") + "..." : text;
  return !short.includes("'") && escapeUnprinted(short) === short ? `'${short}'` : quoteText(short);
}

/** `-i/--integer` or `--count`. */
export function optionName(o: OptionDef): string {
  return o.short ? `-${o.short}/--${o.name}` : `--${o.name}`;
}

export function metavar(o: OptionDef): string {
  return o.metavar ?? o.choices?.join("|") ??
    (o.type === "text" ? "S" : o.type === "items" ? "ITEM" : "N");
}

/** `a`, `a and b`, `a, b and c`. */
export function list(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
