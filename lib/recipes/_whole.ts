/**
 * One check for the whole-number options of the newer recipes (a PIN's
 * length, a count of codes, bits): a safe integer within bounds, or an error
 * that carries its fields.
 *
 * @module
 */

import { describe, optionError } from "../core/mod.ts";

/**
 * `value` if it is a whole number from `min` to `max`: otherwise a
 * `TypeError` (not an integer number) or a `RangeError` (out of range, with
 * the one wording of range rules), made by `optionError`.
 */
export function wholeOption(
  value: unknown,
  fn: string,
  option: string,
  min: number,
  max: number,
): number {
  if (!Number.isInteger(value)) {
    throw optionError(
      TypeError,
      fn,
      option,
      `${option} must be an integer number, got ${describe(value)}`,
      value,
    );
  }
  const n = value as number;
  if (n < min) {
    throw optionError(RangeError, fn, option, `${option} must be at least ${min}, got ${n}`, n);
  }
  if (n > max) {
    throw optionError(RangeError, fn, option, `${option} must be at most ${max}, got ${n}`, n);
  }
  return n;
}
