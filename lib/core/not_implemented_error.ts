/**
 * `NotImplementedError`, as Python raises it.
 *
 * @module
 */

/**
 * Thrown where CPython raises `NotImplementedError`: `getstate()` and
 * `setstate()` of a generator that has no state.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { NotImplementedError, SystemRandom } from "@secrets/secrets";
 * assert.throws(() => new SystemRandom().getstate(), NotImplementedError);
 * assert.throws(() => new SystemRandom().setstate(null), {
 *   name: "NotImplementedError",
 *   message: "System entropy source does not have state.",
 * });
 * ```
 */
export class NotImplementedError extends Error {
  /**
   * Creates the error.
   *
   * @param message What is not implemented.
   */
  constructor(message: string) {
    super(message);
    this.name = "NotImplementedError";
  }
}
