/**
 * The command line's grammar, driven by a table of commands: parsing,
 * checking and help text all come from the same definitions, so that a
 * command or an option is added in one place.
 *
 * - Global options go anywhere; a command's own options after its name.
 * - `--name value`, `--name=value`, `-x value`, `-xvalue` and `-x=value`;
 *   `--` ends the options.
 * - An argument that looks like a negative number (`-5`, `-2.5`, `-.5`) is
 *   a value, never an option (as in argparse, since no option looks like
 *   one): `-f -2.5`, `-c -1 -2`, `randbelow -3` (then refused by its range).
 * - A text value may start with one `-` (`--separators -_.`, `--exclude -_`)
 *   unless it is an option of the command (`-h`); any other value that
 *   starts with `-`, and a text value that starts with `--`, needs the `=`
 *   form (`--exclude=--`), so a forgotten value never swallows the next
 *   option.
 * - Nothing is guessed: no abbreviations, and an unknown command or option
 *   is an error that names the closest known one; so is a `text` value
 *   outside its option's `choices`.
 * - Options that cannot be combined are refused with the reason the table
 *   gives (`conflicts`), whatever their order.
 * - Each command has its own options: the same name may take a value in one
 *   command and be a flag in another (passphrase's `--symbols N`, password's
 *   `--symbols`); a missing value then says so.
 *
 * @module
 */

import { closest } from "./_suggest.ts";
import { pyFloat, pyInt } from "./_pynum.ts";

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
  /** A one-letter short name, without the dash. */
  readonly short?: string;
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
  /** Whether it prints results (`--count`, `--json` and `--entropy` apply); default true. */
  readonly results?: boolean;
  /**
   * Global options it does not take, each with the message that says why
   * and what to write instead (checked before the values are read, so
   * `--count 1e9` gets this message, not a number error).
   */
  readonly refuse?: Readonly<Record<string, string>>;
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

/** argparse's test for an argument that is a negative number, not an option. */
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

function optionLike(arg: string): boolean {
  return arg.startsWith("-") && arg !== "-" && !NEGATIVE_NUMBER.test(arg);
}

/**
 * A value quoted for a message: short, one line, argparse's single quotes
 * when that is unambiguous, JSON's double quotes otherwise.
 */
export function quote(text: string): string {
  const chars = Array.from(text);
  const short = chars.length > 40 ? chars.slice(0, 37).join("") + "..." : text;
  // deno-lint-ignore no-control-regex
  return /^[^\x00-\x1f\x7f-\x9f'\u2028\u2029]*$/.test(short) ? `'${short}'` : JSON.stringify(short);
}

/** `-i/--integer` or `--count`. */
export function optionName(o: OptionDef): string {
  return o.short ? `-${o.short}/--${o.name}` : `--${o.name}`;
}

function metavar(o: OptionDef): string {
  return o.metavar ?? o.choices?.join("|") ??
    (o.type === "text" ? "S" : o.type === "items" ? "ITEM" : "N");
}

/** A decimal integer in `[min, max]`, of any size. */
function parseBig(text: string, what: string, min?: number, max?: number): bigint {
  if (!/^[+-]?[0-9]+$/.test(text)) {
    throw new UsageError(`${what} must be an integer, got ${quote(text)}`);
  }
  const n = BigInt(text);
  const shown = text.length > 40 ? `a number of ${text.length} characters` : String(n);
  if (min !== undefined && n < BigInt(min)) {
    throw new UsageError(`${what} must be at least ${min}, got ${shown}`);
  }
  if (max !== undefined && n > BigInt(max)) {
    throw new UsageError(`${what} must be at most ${max}, got ${shown}`);
  }
  return n;
}

/** A decimal number with an optional exponent: `12`, `0.5`, `.5`, `1e-6`, `-3`. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** `count` values are below `10 ** COUNT_DIGITS` (the parse stays fast, whatever the exponent). */
const COUNT_DIGITS = 1000;

/**
 * A whole number of any size, in digits or in scientific notation that is
 * exact: `1000000`, `1e9`, `2.5e6`, `1000e-3`; `1.5` and `1e-3` are refused,
 * not rounded.
 */
export function parseCount(text: string, what: string, min?: number): bigint {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || m[2] + (m[3] ?? "") === "") {
    throw new UsageError(
      `${what} must be a whole number (such as 1000000 or 1e6), got ${quote(text)}`,
    );
  }
  const [, sign, whole, frac = "", exp = "0"] = m;
  const digits = (whole + frac).replace(/^0+/, "");
  // The value is digits * 10 ** scale; scale is read as a bigint, so any exponent is safe.
  const scale = BigInt(exp) - BigInt(frac.length);
  let n = 0n;
  if (digits !== "") {
    if (BigInt(digits.length) + scale > BigInt(COUNT_DIGITS)) {
      throw new UsageError(`${what} must be below 1e${COUNT_DIGITS}, got ${text}`);
    }
    if (scale >= 0n) {
      n = BigInt(digits) * 10n ** scale;
    } else {
      const kept = digits.length + Number(scale); // > -COUNT_DIGITS: checked above
      if (kept <= 0 || !/^0*$/.test(digits.slice(kept))) {
        throw new UsageError(`${what} must be a whole number, got ${text}`);
      }
      n = BigInt(digits.slice(0, kept));
    }
  }
  if (sign === "-") n = -n;
  if (min !== undefined && n < BigInt(min)) {
    throw new UsageError(`${what} must be at least ${min}, got ${text}`);
  }
  return n;
}

function parseInt10(text: string, what: string, min?: number, max?: number): number {
  return Number(parseBig(text, what, min, max));
}

/** Whether a command is named `word`, by name or alias. */
export function findCommand<R, C>(
  grammar: Grammar<R, C>,
  word: string,
): CommandDef<R, C> | undefined {
  return grammar.commands.find((c) => c.name === word || (c.aliases ?? []).includes(word));
}

/** The error for a word that names no command, with the closest command's name. */
export function unknownCommand<R, C>(
  grammar: Grammar<R, C>,
  word: string,
  hint: string,
): UsageError {
  // Names only: an alias differs from its name by separators, which closest() ignores.
  const near = closest(word, grammar.commands.map((c) => c.name));
  return new UsageError(
    `unknown command ${quote(word)} (${near ? `did you mean ${near}?` : hint})`,
  );
}

/**
 * Parses `argv` by `grammar`.
 *
 * @throws {UsageError} If the command line does not fit the grammar.
 */
export function parse<R, C>(grammar: Grammar<R, C>, argv: readonly string[]): Parsed<R, C> {
  let command: CommandDef<R, C> | undefined;
  let fallbackChosen = false; // a fallback option or argument was seen: no command follows
  const values = new Map<string, Value>();
  const spelled = new Map<string, string>();
  const positionals: string[] = [];
  // Global options' values, read once the command is known (it may refuse them).
  const deferred: [OptionDef, string][] = [];
  let dashdash = false;

  const scope = (): readonly OptionDef[] => [
    ...grammar.global,
    ...((command ?? grammar.fallback).options ?? []),
  ];
  const where = () =>
    command ? `of ${command.name}` : fallbackChosen ? `of ${grammar.fallbackName}` : "";

  const misplaced = (name: string, rest: readonly string[]): UsageError => {
    const owners = [...grammar.commands, grammar.fallback].filter((c) =>
      (c.options ?? []).some((o) => o.name === name)
    );
    const owner = list(
      owners.map((c) => c === grammar.fallback ? grammar.fallbackName : c.name),
    );
    if (!command && !fallbackChosen && owners.length > 0) {
      // The example names the command typed later, if it is one that takes the option.
      const typed = rest.map((a) => findCommand(grammar, a)).find((c) => c && owners.includes(c));
      return new UsageError(
        `--${name} is an option of ${owner}: write it after the command (${grammar.program} ${
          (typed ?? owners[0]).name
        } --${name} ...)`,
      );
    }
    const known = scope().map((o) => o.name);
    const prefixed = known.filter((k) => name.length >= 2 && k.startsWith(name));
    const near = owners.length > 0
      ? undefined
      : prefixed.length === 1
      ? `--${prefixed[0]}`
      : closest(name, known)?.replace(/^/, "--");
    const what = where() ? ` ${where()}` : "";
    return new UsageError(
      owners.length > 0
        ? `--${name} is not an option${what} (it is an option of ${owner})`
        : `unknown option '--${name}'${near ? ` (did you mean ${near}?)` : ""}`,
    );
  };

  // An option that is a flag elsewhere (password's --symbols) says what it takes here.
  const otherMeaning = (def: OptionDef): string => {
    if (!command) return "";
    const flags = grammar.commands.filter((c) =>
      c !== command && (c.options ?? []).some((o) => o.name === def.name && o.type === "flag")
    );
    if (flags.length === 0) return "";
    return ` (${command.name} ${optionUsage(def)}: ${def.help.replace(/ \(.*\)$/, "")}; ${
      list(flags.map((c) => `${c.name}'s`))
    } --${def.name} is a flag)`;
  };

  const set = (o: OptionDef, value: Value) => {
    if (values.has(o.name) && o.type !== "flag" && !o.lastWins) {
      throw new UsageError(`${optionName(o)} is given twice`);
    }
    values.set(o.name, value);
    spelled.set(o.name, optionName(o));
    if (!command && (grammar.fallback.options ?? []).includes(o)) fallbackChosen = true;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--" && !dashdash) {
      dashdash = true;
      continue;
    }
    if (dashdash || !optionLike(arg)) {
      if (!command && !fallbackChosen && positionals.length === 0) {
        const found = findCommand(grammar, arg);
        if (found) {
          command = found;
          continue;
        }
        if (!grammar.fallback.acceptsWord?.(arg)) {
          throw unknownCommand(grammar, arg, grammar.unknownHint);
        }
        fallbackChosen = true;
      }
      positionals.push(arg);
      continue;
    }
    // An option: find its definition and its inline value, if any.
    let def: OptionDef | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      def = scope().find((o) => o.name === name);
      if (!def) throw misplaced(name, argv.slice(i + 1));
    } else {
      const letter = arg[1];
      def = scope().find((o) => o.short === letter);
      if (!def) {
        const other = grammar.fallback.options?.find((o) => o.short === letter);
        throw new UsageError(
          other && command
            ? `${
              optionName(other)
            } is not an option of ${command.name} (it is an option of ${grammar.fallbackName})`
            : `unknown option ${quote(arg)}`,
        );
      }
      if (arg.length > 2) inline = arg[2] === "=" ? arg.slice(3) : arg.slice(2);
      if (def.type === "flag" && inline !== undefined) {
        throw new UsageError(`unknown option ${quote(arg)}`);
      }
    }
    const name = optionName(def);
    if (def.type === "flag") {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      set(def, true);
      continue;
    }
    if (def.type === "items") {
      const items = inline === undefined ? [] : [inline];
      while (i + 1 < argv.length && !optionLike(argv[i + 1]) && argv[i + 1] !== "--") {
        items.push(argv[++i]);
      }
      if (items.length === 0) {
        throw new UsageError(`argument ${name}: expected at least one argument`);
      }
      set(def, items);
      continue;
    }
    let text = inline;
    if (text === undefined) {
      const next = argv[i + 1];
      const isShort = (arg: string) =>
        scope().some((o) => o.short !== undefined && arg.startsWith(`-${o.short}`));
      // Text may start with one '-' (separators, characters to exclude) unless it is an option.
      const dashText = def.type === "text" && next !== undefined && !next.startsWith("--") &&
        !isShort(next);
      if (next === undefined || next === "--" || (optionLike(next) && !dashText)) {
        // A value that starts with '-' needs the = form; an option after it is a forgotten value.
        const isOption = next !== undefined &&
          (scope().some((o) => next.split("=")[0] === `--${o.name}`) || isShort(next));
        const tip = next !== undefined && next !== "--" && !isOption
          ? ` (for a value that starts with '-', write --${def.name}=${next})`
          : "";
        throw new UsageError(`${name} needs a value${tip}${otherMeaning(def)}`);
      }
      text = next;
      i++;
    }
    if (grammar.global.includes(def)) {
      set(def, text);
      deferred.push([def, text]);
    } else {
      set(def, convertOption(def, text));
    }
  }

  const cmd = command ?? grammar.fallback;
  if ((grammar.early ?? []).some((n) => values.has(n))) {
    for (const [def] of deferred) values.delete(def.name); // not read: help answers on its own
    return { command: cmd, named: command !== undefined, input: { values, spelled } };
  }
  const refused = grammar.global.find((o) => values.has(o.name) && cmd.refuse?.[o.name]);
  if (refused) throw new UsageError(cmd.refuse![refused.name]);
  for (const [def, text] of deferred) values.set(def.name, convertOption(def, text));
  for (const group of cmd.exclusive ?? []) {
    const given = [...values.keys()].filter((n) => group.includes(n)); // in the order given
    if (given.length > 1) {
      const defs = scope();
      const show = (n: string) => optionName(defs.find((o) => o.name === n)!);
      throw new UsageError(
        `argument ${show(given[1])}: not allowed with argument ${show(given[0])}`,
      );
    }
  }
  for (const c of cmd.conflicts ?? []) {
    const other = values.has(c.option) ? c.with.find((n) => values.has(n)) : undefined;
    if (other !== undefined) {
      throw new UsageError(
        `${cmd.name}: --${c.option} cannot be combined with --${other}: ${c.why}`,
      );
    }
  }
  assignArgs(cmd, positionals, values, spelled);
  const missing = (cmd.options ?? []).find((o) => o.required && !values.has(o.name));
  if (missing) {
    throw new UsageError(
      `${cmd.name}: missing ${optionName(missing)} (usage: ${usageOf(cmd, "secrets")})`,
    );
  }
  return { command: cmd, named: command !== undefined, input: { values, spelled } };
}

/** `a`, `a and b`, `a, b and c`. */
function list(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function convertOption(def: OptionDef, text: string): Value {
  const name = optionName(def);
  switch (def.type) {
    case "int":
      return parseInt10(text, name, def.min, def.max);
    case "pyint": {
      const n = pyInt(text);
      if (n === undefined) {
        throw new UsageError(`argument ${name}: invalid int value: ${quote(text)}`);
      }
      return n;
    }
    case "pyfloat": {
      const x = pyFloat(text);
      if (x === undefined) {
        throw new UsageError(`argument ${name}: invalid float value: ${quote(text)}`);
      }
      return x;
    }
    case "number": {
      if (!DECIMAL.test(text)) {
        throw new UsageError(`${name} must be a number (such as 0.5 or 1e-6), got ${quote(text)}`);
      }
      const x = Number(text);
      if (!Number.isFinite(x)) throw new UsageError(`${name} must be a finite number, got ${text}`);
      if (x === 0 && /[1-9]/.test(text.replace(/e.*$/i, ""))) {
        // Too small for a double: say so, rather than let a later check report "got 0".
        throw new UsageError(`${name}: ${text} is too small to be represented; it rounds to 0`);
      }
      return x;
    }
    case "count":
      return parseCount(text, name, def.min);
    default:
      if (def.choices && !def.choices.includes(text)) {
        const near = closest(text, def.choices);
        throw new UsageError(
          `${name} must be ${def.choices.length === 2 ? "" : "one of "}${
            list(def.choices).replace(/ and (\S+)$/, " or $1")
          }, got ${quote(text)}${near ? ` (did you mean ${near}?)` : ""}`,
        );
      }
      return text;
  }
}

function assignArgs<R, C>(
  cmd: CommandDef<R, C>,
  positionals: string[],
  values: Map<string, Value>,
  spelled: Map<string, string>,
): void {
  const defs = cmd.args ?? [];
  let k = 0;
  for (const a of defs) {
    if (a.many) {
      const rest = positionals.slice(k);
      k = positionals.length;
      if (rest.length === 0 && !a.optional) {
        throw new UsageError(`${cmd.name}: give at least one ${a.name}`);
      }
      if (rest.length > 0) {
        values.set(a.name, rest);
        spelled.set(a.name, a.name);
      }
      continue;
    }
    const text = positionals[k];
    if (text === undefined) {
      if (a.optional) continue;
      throw new UsageError(`${cmd.name}: missing ${a.name} (usage: ${usageOf(cmd, "secrets")})`);
    }
    k++;
    const what = `${cmd.name}: ${a.name}`;
    values.set(
      a.name,
      a.type === "int"
        ? parseInt10(text, what, a.min, a.max)
        : a.type === "bigint"
        ? parseBig(text, what, a.min)
        : text,
    );
    spelled.set(a.name, a.name);
  }
  if (k < positionals.length) {
    throw new UsageError(`${cmd.name || "secrets"}: unexpected argument ${quote(positionals[k])}`);
  }
}

/** The arguments part of a usage line: `[N]`, `ITEM...`. */
export function argsUsage<R, C>(cmd: CommandDef<R, C>): string {
  return (cmd.args ?? []).map((a) => {
    const core = a.label ?? (a.many ? `${a.name}...` : a.name);
    return a.optional ? `[${core}]` : core;
  }).join(" ");
}

/** The program, the command, its arguments and its required options. */
function usageOf<R, C>(cmd: CommandDef<R, C>, program: string): string {
  const required = (cmd.options ?? []).filter((o) => o.required).map((o) =>
    `--${o.name} ${metavar(o)}`
  );
  return [program, cmd.name, argsUsage(cmd), ...required].filter((s) => s).join(" ");
}

function optionUsage(o: OptionDef): string {
  const head = o.short ? `-${o.short}, --${o.name}` : `--${o.name}`;
  if (o.type === "flag") return head;
  return o.type === "items" ? `${head} ${metavar(o)}...` : `${head} ${metavar(o)}`;
}

function notes(d: { default?: string; min?: number; max?: number }): string {
  const parts: string[] = [];
  if (d.default !== undefined) parts.push(`default ${d.default}`);
  if (d.min !== undefined && d.max !== undefined && d.max < Number.MAX_SAFE_INTEGER) {
    parts.push(`${d.min} to ${d.max}`);
  }
  return parts.length ? ` (${parts.join("; ")})` : "";
}

/** Two-column lines: names padded to one width, then their help. */
export function columns(rows: readonly [string, string][], indent = 2): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) =>
    `${" ".repeat(indent)}${left.padEnd(width)}${right}`.trimEnd()
  );
}

/** The lines that describe a command's arguments and options. */
export function describe<R, C>(cmd: CommandDef<R, C>): string[] {
  const rows: [string, string][] = [
    ...(cmd.args ?? []).map((a): [string, string] => [
      a.label ?? (a.many ? `${a.name}...` : a.name),
      a.help + notes(a),
    ]),
    ...(cmd.options ?? []).map((o): [string, string] => [optionUsage(o), o.help + notes(o)]),
  ];
  return rows.length ? columns(rows) : [];
}

/** The help of one command. */
export function commandHelp<R, C>(
  grammar: Grammar<R, C>,
  cmd: CommandDef<R, C>,
  footer: string,
): string {
  const common = cmd.results === false
    ? ""
    : " " + grammar.global.filter((o) => o.name !== "version" && !cmd.refuse?.[o.name]).map((
      o,
    ) => o.type === "flag" ? `[--${o.name}]` : `[--${o.name} ${metavar(o)}]`).join(" ");
  const own = (cmd.options ?? []).filter((o) => !o.required).map((o) =>
    o.type === "flag" ? `[--${o.name}]` : `[--${o.name} ${metavar(o)}]`
  ).join(" ");
  const usage = `usage: ${
    [usageOf(cmd, grammar.program), own].filter((s) => s).join(" ")
  }${common}`;
  const aliases = cmd.aliases?.length ? `\nalso: ${cmd.aliases.join(", ")}` : "";
  const lines = [
    wrap(usage, 100, "        "),
    "",
    cmd.summary + (cmd.description ? "\n" + cmd.description : "") + aliases,
  ];
  const body = describe(cmd);
  if (body.length) lines.push("", ...body);
  lines.push("", cmd.footer ?? footer);
  return lines.join("\n");
}

/** Wraps a usage line at spaces before brackets, continuing lines with `indent`. */
function wrap(line: string, width: number, indent: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(" [", width);
    if (cut <= indent.length) cut = rest.indexOf(" [", width);
    if (cut < 0) break;
    out.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1);
  }
  out.push(rest);
  return out.join("\n");
}
