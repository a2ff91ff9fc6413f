/**
 * Library errors in the words of the command line. A library error about an
 * option carries its fields (function, option, detail: see
 * `lib/core/_errors.ts`); the command line names its own flag for the option
 * from the command's table and puts it before the detail
 * (`password: --min-digits must be at most 1024, got 2000`). No message text
 * is read: a library message can be reworded without changing what the
 * command line says of flags.
 *
 * @module
 */

import { errorFields, type OptionErrorFields } from "../lib/core/_errors.ts";
import { escapeUnprinted } from "../lib/core/_validate.ts";
import { type CommandDef, type Input, UsageError } from "./_grammar.ts";

/** Where the words of a `--wordlist` file came from, to name the line of a word at fault. */
export interface WordSource {
  /** How the file is named in messages: `words.txt`, `- (standard input)`. */
  readonly name: string;
  /** The line of each word, by its index in the list. */
  readonly lines: readonly number[];
}

/** `minDigits` as a flag's name: `min-digits`. */
export function kebab(option: string): string {
  let out = "";
  for (const c of option) out += c >= "A" && c <= "Z" ? `-${c.toLowerCase()}` : c;
  return out;
}

/**
 * The flag that sets a library option in `cmd`: the command's own spelling
 * of an argument that sets it (`LENGTH` for password's length, when given
 * so), else the option whose `option` is this one (its kebab-case name, as
 * the user spelled it: `--min-digits`, `--tokens`).
 */
export function flagFor<R, C>(cmd: CommandDef<R, C>, input: Input | undefined, option: string) {
  const arg = (cmd.args ?? []).find((a) => a.name.toLowerCase() === option);
  if (arg !== undefined && input?.values.has(arg.name)) return input.spelled.get(arg.name)!;
  const name = kebab(option);
  const def = (cmd.options ?? []).find((o) => o.option === option) ??
    (cmd.options ?? []).find((o) => o.name === name);
  if (def === undefined) return `--${name}`;
  return input?.spelled.get(def.name) ?? `--${def.name}`;
}

/**
 * `text` on one line that shows what it holds: what does not print (a
 * control character, a line or paragraph separator, an invisible character
 * such as U+202E) escaped, `\u2028`, by the library's one rule
 * (`escapeUnprinted`), never replaced by a space that would pass for one.
 * The library's messages are escaped already; this keeps any other so.
 */
export function oneLine(text: string): string {
  return escapeUnprinted(text);
}

/**
 * `e` as the command line says it: a library `RangeError` or `TypeError`
 * with fields becomes a usage error naming the command's flag (and, for a
 * word of a file, its line); one without fields keeps its message after the
 * command's name. Anything else is returned as it is.
 */
export function fromLibrary<R, C>(
  e: unknown,
  cmd: CommandDef<R, C>,
  input?: Input,
  words?: WordSource,
): unknown {
  if (!(e instanceof RangeError || e instanceof TypeError)) return e;
  const lead = cmd.name ? `${cmd.name}: ` : "";
  const fields: OptionErrorFields | undefined = errorFields(e);
  if (fields === undefined) return new UsageError(lead + oneLine(e.message));
  let flag = flagFor(cmd, input, fields.option);
  if (fields.option === "wordlist" && words !== undefined) {
    const line = fields.index === undefined ? undefined : words.lines[fields.index];
    flag = `--wordlist ${words.name}${line === undefined ? "" : ` line ${line}`}`;
  }
  return new UsageError(`${lead}${flag} ${oneLine(fields.detail)}`);
}

/** Runs `check`, turning a library error into the command line's words (see {@linkcode fromLibrary}). */
export function explained<T, R, C>(
  check: () => T,
  cmd: CommandDef<R, C>,
  input?: Input,
  words?: WordSource,
): T {
  try {
    return check();
  } catch (e) {
    throw fromLibrary(e, cmd, input, words);
  }
}
