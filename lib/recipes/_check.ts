/**
 * The recipes' option checks: one function per kind of option, one wording
 * per rule, and every error made by `optionError`, so that it carries the
 * function, the option and the value given. No message is built unless it
 * is thrown (the checks run on every call).
 *
 * @module
 */

import { describe, optionError } from "../core/mod.ts";

/**
 * A whole number from `min` to `max`: any other number, or a number out of
 * range, is refused with the value given (`1e+300`, never a rounded form).
 *
 * @throws {TypeError} If `value` is not an integer number ("must be an integer number, got ...").
 * @throws {RangeError} If it is below `min` ("must be at least ...") or above `max` ("must be at most ...").
 */
export function intOption(
  value: unknown,
  fn: string,
  option: string,
  min: number,
  max: number,
): number {
  if (typeof value === "number" && value >= min && value <= max && Number.isInteger(value)) {
    return value;
  }
  if (!Number.isInteger(value)) {
    throw optionError(
      TypeError,
      fn,
      option,
      `must be an integer number, got ${describe(value)}`,
      value,
    );
  }
  const n = value as number;
  throw optionError(
    RangeError,
    fn,
    option,
    n < min
      ? `must be at least ${min}, got ${describe(n)}`
      : `must be at most ${max}, got ${describe(n)}`,
    n,
  );
}

/**
 * A string option (`undefined` gives `fallback`).
 *
 * @throws {TypeError} If `value` is not a string.
 */
export function textOption(
  value: unknown,
  fn: string,
  option: string,
  fallback: string,
): string {
  if (value === undefined) return fallback;
  if (typeof value !== "string") {
    throw optionError(TypeError, fn, option, `must be a string, got ${describe(value)}`, value);
  }
  return value;
}

/**
 * A yes/no option (`undefined` is `false`).
 *
 * @throws {TypeError} If `value` is not a boolean.
 */
export function flagOption(value: unknown, fn: string, option: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") {
    throw optionError(
      TypeError,
      fn,
      option,
      `must be true or false, got ${describe(value)}`,
      value,
    );
  }
  return value;
}
