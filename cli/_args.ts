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

import { closest } from "../lib/core/_suggest.ts";
import { pyFloat, pyInt } from "./_pynum.ts";
import {
  type CommandDef,
  type Grammar,
  list,
  type OptionDef,
  optionName,
  type Parsed,
  quote,
  UsageError,
  type Value,
} from "./_grammar.ts";
import { optionUsage, usageOf } from "./_help.ts";

/** argparse's test for an argument that is a negative number, not an option. */
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

function optionLike(arg: string): boolean {
  return arg.startsWith("-") && arg !== "-" && !NEGATIVE_NUMBER.test(arg);
}

/**

/** A decimal number with an optional exponent: `12`, `0.5`, `.5`, `1e-6`, `-3`. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** `count` values are below `10 ** COUNT_DIGITS` (the parse stays fast, whatever the exponent). */
const COUNT_DIGITS = 1000;

/**
 * A whole number of any size, in digits or in scientific notation that is
 * exact: `1000000`, `1e9`, `2.5e6`, `1000e-3`; `1.5` and `1e-3` are refused,
 * not rounded. Every integer argument and option is read this way (`randbelow
 * 1e9`, `--count 1e6`, `password 2e1`); only the python -m random mode keeps
 * Python's `int()`. In `[min, max]` when they are given, and below
 * `10 ** cap` (an exponent could otherwise ask for any number of digits).
 */
export function parseCount(
  text: string,
  what: string,
  min?: number,
  max?: number,
  cap: number = COUNT_DIGITS,
): bigint {
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
    if (BigInt(digits.length) + scale > BigInt(cap)) {
      throw new UsageError(`${what} must be below 1e${cap}, got ${text}`);
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
  const shown = text.length > 40 ? `a number of ${text.length} characters` : text;
  if (min !== undefined && n < BigInt(min)) {
    throw new UsageError(`${what} must be at least ${min}, got ${shown}`);
  }
  if (max !== undefined && n > BigInt(max)) {
    throw new UsageError(`${what} must be at most ${max}, got ${shown}`);
  }
  return n;
}

function parseInt10(text: string, what: string, min?: number, max?: number): number {
  return Number(parseCount(text, what, min, max));
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
  const lettered = (o: OptionDef, letter: string) => o.short === letter || o.letter === letter;

  const misplaced = (name: string, rest: readonly string[]): UsageError =>
    misplacedOption(grammar, command, fallbackChosen, scope(), name, rest);

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

  const set = (o: OptionDef, value: Value, as: string) => {
    if (values.has(o.name) && o.type !== "flag" && !o.lastWins) {
      throw new UsageError(`${as} is given twice`);
    }
    values.set(o.name, value);
    spelled.set(o.name, as);
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
    // How messages name it: as typed for a long name (an older spelling too), else the long name.
    let name: string;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const typed = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      def = scope().find((o) => named(o, typed));
      if (!def) throw misplaced(typed, argv.slice(i + 1));
      name = def.short ? optionName(def) : `--${typed}`;
    } else {
      const letter = arg[1];
      def = scope().find((o) => lettered(o, letter));
      const hint = command?.hints?.[`-${letter}`];
      if (!def && hint !== undefined) throw new UsageError(`${command!.name}: ${hint}`);
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
      name = optionName(def);
    }
    if (def.type === "flag") {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      set(def, true, name);
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
      set(def, items, name);
      continue;
    }
    let text = inline;
    if (text === undefined) {
      const next = argv[i + 1];
      const isShort = (arg: string) =>
        scope().some((o) =>
          [o.short, o.letter].some((l) => l !== undefined && arg.startsWith(`-${l}`))
        );
      // Text may start with one '-' (separators, characters to exclude) unless it is an option.
      const dashText = def.type === "text" && next !== undefined && !next.startsWith("--") &&
        !isShort(next);
      if (next === undefined || next === "--" || (optionLike(next) && !dashText)) {
        // A value that starts with '-' needs the = form; an option after it is a forgotten value.
        const isOption = next !== undefined &&
          (scope().some((o) => named(o, next.split("=")[0].slice(2))) || isShort(next));
        const tip = next !== undefined && next !== "--" && !isOption
          ? ` (for a value that starts with '-', write ${name.replace(/^.*\//, "")}=${next})`
          : "";
        throw new UsageError(`${name} needs a value${tip}${otherMeaning(def)}`);
      }
      text = next;
      i++;
    }
    if (grammar.global.includes(def)) {
      set(def, text, name);
      deferred.push([def, text]);
    } else {
      set(def, readValue(command, def, text, name), name);
    }
  }

  return finish(grammar, command, { values, spelled, positionals, deferred }, scope());
}

/**
 * An option's value, read by {@linkcode convertOption}; its error names the
 * command it was given to, as a library error does (`recovery-codes: --bits
 * must be at least 40, got 20`, whichever of the two checks the bound).
 */
function readValue<R, C>(
  command: CommandDef<R, C> | undefined,
  def: OptionDef,
  text: string,
  name: string,
): Value {
  try {
    return convertOption(def, text, name);
  } catch (e) {
    if (e instanceof UsageError && command?.name) {
      throw new UsageError(`${command.name}: ${e.message}`);
    }
    throw e;
  }
}

function convertOption(def: OptionDef, text: string, name = optionName(def)): Value {
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
      return parseCount(text, name, def.min, def.max);
    default:
      if (def.choices && !def.choices.includes(text)) {
        // A choice that is not a word ("", " ") is shown quoted, so it can be seen.
        const shown = (c: string) => /^[\w.-]+$/.test(c) ? c : JSON.stringify(c);
        const near = closest(text, def.choices);
        throw new UsageError(
          `${name} must be ${def.choices.length === 2 ? "" : "one of "}${
            list(def.choices.map(shown)).replace(/ and (\S+)$/, " or $1")
          }, got ${quote(text)}${near ? ` (did you mean ${shown(near)}?)` : ""}`,
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
        ? parseCount(text, what, a.min, undefined, Math.max(COUNT_DIGITS, text.length))
        : text,
    );
    spelled.set(a.name, a.name);
  }
  if (k < positionals.length) {
    throw new UsageError(`${cmd.name || "secrets"}: unexpected argument ${quote(positionals[k])}`);
  }
}

/** Whether `o` is named `name`, by its name or an older spelling. */
function named(o: OptionDef, name: string): boolean {
  return o.name === name || !!o.aliases?.includes(name);
}

/**
 * The error for `--name`, which is no option where it was given: the command
 * it belongs to (and where to write it), or the option meant.
 */
function misplacedOption<R, C>(
  grammar: Grammar<R, C>,
  command: CommandDef<R, C> | undefined,
  fallbackChosen: boolean,
  scope: readonly OptionDef[],
  name: string,
  rest: readonly string[],
): UsageError {
  const hint = command?.hints?.[`--${name}`];
  if (hint !== undefined) return new UsageError(`${command!.name}: ${hint}`);
  const owners = [...grammar.commands, grammar.fallback].filter((c) =>
    (c.options ?? []).some((o) => named(o, name))
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
  // Near misses of older spellings count too, and are answered with today's name.
  const canonical = new Map<string, string>();
  for (const o of scope) {
    for (const n of [o.name, ...(o.aliases ?? [])]) canonical.set(n, o.name);
  }
  const known = [...canonical.keys()];
  const prefixed = [
    ...new Set(
      known.filter((k) => name.length >= 2 && k.startsWith(name)).map((k) => canonical.get(k)!),
    ),
  ];
  const guess = closest(name, known);
  const near = owners.length > 0
    ? undefined
    : prefixed.length === 1
    ? `--${prefixed[0]}`
    : guess && `--${canonical.get(guess)}`;
  const where = command ? `of ${command.name}` : fallbackChosen ? `of ${grammar.fallbackName}` : "";
  const what = where ? ` ${where}` : "";
  return new UsageError(
    owners.length > 0
      ? `--${name} is not an option${what} (it is an option of ${owner})`
      : `unknown option '--${name}'${near ? ` (did you mean ${near}?)` : ""}`,
  );
}

/** What the parser's loop gathered, for the checks made once the whole line is read. */
interface Gathered {
  readonly values: Map<string, Value>;
  readonly spelled: Map<string, string>;
  readonly positionals: string[];
  readonly deferred: [OptionDef, string][];
}

/**
 * The checks made once the whole line is read: help and version answer on
 * their own; a command refuses the global options it does not take; the
 * global options' values are read; exclusive and conflicting options, the
 * arguments and the required options are checked.
 */
function finish<R, C>(
  grammar: Grammar<R, C>,
  command: CommandDef<R, C> | undefined,
  { values, spelled, positionals, deferred }: Gathered,
  scope: readonly OptionDef[],
): Parsed<R, C> {
  const cmd = command ?? grammar.fallback;
  if ((grammar.early ?? []).some((n) => values.has(n))) {
    for (const [def] of deferred) values.delete(def.name); // not read: help answers on its own
    return { command: cmd, named: command !== undefined, input: { values, spelled } };
  }
  const refused = grammar.global.find((o) => values.has(o.name) && cmd.refuse?.[o.name]);
  if (refused) throw new UsageError(cmd.refuse![refused.name]);
  for (const [def, text] of deferred) {
    // A global that the command has an option of the same name for (bits-for's --count, the
    // number of tokens) is read as that option, wherever it was given.
    // A command whose library bounds the results (recovery-codes) reads --count with that bound.
    const own = (cmd.options ?? []).find((o) => o.name === def.name) ??
      (def.name === "count" && cmd.countMax !== undefined ? { ...def, max: cmd.countMax } : def);
    values.set(def.name, readValue(command, own, text, spelled.get(def.name)!));
  }
  for (const group of cmd.exclusive ?? []) {
    const given = [...values.keys()].filter((n) => group.includes(n)); // in the order given
    if (given.length > 1) {
      const defs = scope;
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
