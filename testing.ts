/**
 * Testing helpers: the whole `secrets` API over a byte source you choose.
 *
 * `createSecrets(source)` returns the same functions as the main entry point
 * and a `SystemRandom` class, all drawing from `source` in exactly the order
 * CPython draws from `os.urandom`. Feed it the same bytes you feed CPython and
 * you get the same answers: that is how the conformance suite proves the
 * package bit-for-bit compatible.
 *
 * @example Same bytes, same token
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets } from "@secrets/secrets/testing";
 *
 * let next = 0;
 * const counter = (buf: Uint8Array) => {
 *   for (let i = 0; i < buf.length; i++) buf[i] = next++ % 251;
 * };
 * const s = createSecrets(counter);
 * assert(s.token_hex(4) === "00010203");
 * // 256 has 9 bits, so CPython reads 2 bytes (4, 5): 0x0405 >> 7 is 8.
 * assert(s.randbelow(256) === 8);
 * assert(s.randbelow(255) === 6); // 8 bits: one byte, 6
 * ```
 *
 * @module
 */

import { type ByteSource, Pool, type PoolOptions } from "./lib/core/_pool.ts";
import {
  type ChoiceFunction,
  drawsFor,
  type IntegerFunction,
  type Secrets as SecretsFunctions,
  secretsFor,
} from "./lib/core/_secrets.ts";
import { type Recipes, recipesFor } from "./lib/recipes/recipes_for.ts";
import { readOptions } from "./lib/core/_options.ts";
import { systemRandomFor } from "./lib/core/system_random.ts";
import { describe } from "./lib/core/_validate.ts";

export type { ByteSource, ChoiceFunction, IntegerFunction, PoolOptions, Recipes, SecretsFunctions };

/**
 * The functions and class of Python's `secrets` module, and the recipes,
 * bound to one source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets, type Secrets } from "@secrets/secrets/testing";
 * const s: Secrets = createSecrets((buf) => void crypto.getRandomValues(buf));
 * assert.equal(s.token_hex(4).length, 8);
 * assert.equal(s.recipes.password({ length: 12 }).length, 12);
 * ```
 */
export interface Secrets extends SecretsFunctions {
  /** `password`, `passphrase`, `tokenText` and `apiKey`, drawing from the same source. */
  readonly recipes: Recipes;
}
export { EntropyHealthError } from "./lib/core/_pool.ts";

/**
 * Returns the `secrets` API (functions, camelCase aliases and a
 * `SystemRandom` class), and the recipes (`recipes.password`...), drawing
 * every byte from `source`.
 *
 * The package may ask the source for buffers of any size (it buffers up to
 * 4 KiB at a time); what is guaranteed is the order in which bytes are used,
 * which is CPython's. The continuous health tests run on this source too
 * (a repeated block or a long zero run throws `EntropyHealthError`); pass
 * `{ healthTests: false }` for a deliberately degenerate test source. A
 * source must not call back into the API it feeds: such a call throws a
 * `TypeError` rather than hand out bytes twice.
 *
 * @param source Fills the whole buffer it is given, as `crypto.getRandomValues` does.
 * @param options `healthTests`: run the continuous health tests (default `true`).
 * @returns The API bound to `source`.
 * @throws {TypeError} If `source` is not a function, or an option is unknown
 * or not a boolean.
 *
 * @example A deterministic SystemRandom
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets } from "@secrets/secrets/testing";
 *
 * const zeros = createSecrets((buf) => buf.fill(0), { healthTests: false });
 * const rng = new zeros.SystemRandom();
 * assert(rng.random() === 0);
 * assert(rng.randrange(10, 20) === 10);
 * ```
 */
export function createSecrets(source: ByteSource, options?: PoolOptions): Secrets {
  if (typeof source !== "function") {
    throw new TypeError(
      `createSecrets(): source must be a function that fills a Uint8Array, got ${describe(source)}`,
    );
  }
  const { healthTests = true } = readOptions(options, ["healthTests"], "createSecrets()");
  if (typeof healthTests !== "boolean") {
    throw new TypeError(
      `createSecrets(): healthTests must be true or false, got ${describe(healthTests)}`,
    );
  }
  const pool = new Pool(source, healthTests);
  const functions = secretsFor(pool);
  return Object.freeze({
    ...functions,
    SystemRandom: systemRandomFor(pool),
    recipes: recipesFor({
      choice: functions.choice,
      randbelow: functions.randbelow,
      draws: drawsFor(pool),
    }),
  });
}
