/**
 * Errors that carry their fields. An error about an option (or an argument)
 * of a function is the same `TypeError` or `RangeError`, with the same
 * message, as ever; it also carries, as own properties, which function and
 * which option it is about, so that a caller (the command line) can name its
 * own flag for the option without reading the message.
 *
 * @module
 */

/**
 * The fields of an error about one option: own properties of the
 * `TypeError` or `RangeError` thrown.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { password } from "@secrets/secrets/recipes";
 * import type { OptionErrorFields } from "@secrets/secrets/recipes";
 *
 * assert.throws(() => password({ length: 2000 }), (e: RangeError & OptionErrorFields) => {
 *   assert.equal(e.message, "password(): length must be at most 1024, got 2000");
 *   assert.deepEqual([e.function, e.option, e.detail, e.value], [
 *     "password",
 *     "length",
 *     "must be at most 1024, got 2000",
 *     2000,
 *   ]);
 *   return e instanceof RangeError;
 * });
 * ```
 */
export interface OptionErrorFields {
  /** The function, without parentheses: `"password"`. */
  readonly function: string;
  /** The option (or argument) the error is about: `"minDigits"`. */
  readonly option: string;
  /**
   * What the message says of the option, after its name: the message is
   * `` `${fn}(): ${option} ${detail}` ``, so a caller can put its own name
   * for the option (a command-line flag) in front of `detail`.
   */
  readonly detail: string;
  /** The value given, when the error is about it. */
  readonly value?: unknown;
  /** With a conflict: the other option. */
  readonly other?: string;
  /** With a list (a word list): the index of the entry at fault. */
  readonly index?: number;
  /** With password rules: the property at fault (`"maxlength"`). */
  readonly property?: string;
}

/** Extra fields of an {@linkcode optionError}. */
export type ErrorExtra = Partial<Pick<OptionErrorFields, "other" | "index" | "property">>;

/**
 * An error about `option` of `fn` (`"password()"`), of class `Kind`, whose
 * message is `` `${fn}: ${option} ${detail}` `` (`password(): minDigits must
 * be at most 1024, got 2000`), with the fields of
 * {@linkcode OptionErrorFields} as own properties (`value` only when given).
 */
export function optionError<E extends Error>(
  Kind: new (message: string) => E,
  fn: string,
  option: string,
  detail: string,
  value?: unknown,
  extra?: ErrorExtra,
): E & OptionErrorFields {
  const error = new Kind(`${fn}: ${option} ${detail}`) as
    & E
    & { -readonly [K in keyof OptionErrorFields]?: unknown };
  error.function = fn.endsWith("()") ? fn.slice(0, -2) : fn;
  error.option = option;
  error.detail = detail;
  if (arguments.length > 4) error.value = value;
  if (extra !== undefined) Object.assign(error, extra);
  return error as E & OptionErrorFields;
}

/** The fields of `e`, if it is an error made by {@linkcode optionError}. */
export function errorFields(e: unknown): OptionErrorFields | undefined {
  if (!(e instanceof Error)) return undefined;
  const fields = e as Error & Partial<OptionErrorFields>;
  return Object.hasOwn(e, "option") && typeof fields.option === "string" &&
      typeof fields.function === "string" && typeof fields.detail === "string"
    ? fields as Error & OptionErrorFields
    : undefined;
}
