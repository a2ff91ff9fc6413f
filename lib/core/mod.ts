/**
 * The core, as the recipes see it: the one module of `lib/core/` that
 * `lib/recipes/` may import. It gives the random interface a recipe draws
 * with, and the shared rules for reading and checking options, for error
 * messages and for exact arithmetic. Nothing here reads the pool: a recipe
 * gets its randomness as a {@linkcode RecipeRandom} parameter.
 *
 * @module
 */

import type { DrawsFunction, IntegerFunction } from "./_secrets.ts";

/**
 * What a recipe draws with: `secrets.choice` and `secrets.randbelow` of one
 * source, and `draws`, many `choice` calls in one (the same bytes, read in
 * batches) (the OS pool for `@secrets/secrets/recipes`, any byte source for
 * `createSecrets(source).recipes`). Given the same bytes, a recipe makes the
 * same calls as its CPython reference.
 */
export interface RecipeRandom {
  /** A uniform element of a non-empty sequence (`secrets.choice`). */
  readonly choice: <T>(seq: ArrayLike<T>) => T;
  /** A uniform integer in `[0, n)`, of `n`'s kind (`secrets.randbelow`). */
  readonly randbelow: IntegerFunction;
  /**
   * `count` elements of a non-empty array, each as `choice(seq)`, from the
   * bytes of `count` calls of `choice` in a row.
   */
  readonly draws: DrawsFunction;
}

export type { DrawsFunction };

/**
 * The part of a {@linkcode RecipeRandom} that a recipe drawing only with
 * `draws` calls (`tokenText`).
 */
export type DrawsOnly = Pick<RecipeRandom, "draws">;

/**
 * The part of a {@linkcode RecipeRandom} that `password` calls: `draws`, and
 * `randbelow` for site rules counted exactly.
 */
export type DrawsAndBelow = Pick<RecipeRandom, "draws" | "randbelow">;

export { atLoad } from "./_at_load.ts";
export { readOptionList, readOptions } from "./_options.ts";
export { closest } from "./_suggest.ts";
export {
  checkNumberInt,
  CONTROL,
  cutText,
  DEFAULT_ENTROPY,
  describe,
  escapeUnprinted,
  INVISIBLE,
  quoteText,
} from "./_validate.ts";
export { bigBitLength, log2Big } from "./_math.ts";
export { type ErrorExtra, errorFields, optionError, type OptionErrorFields } from "./_errors.ts";
