/**
 * The one way a recipe is wired: its options are validated once into a plan,
 * and both its draw and its entropy read that plan. A recipe is bound to a
 * source of randomness only by {@linkcode drawWith}, which `recipes.ts` (the
 * OS pool) and `recipesFor` (any source) both use.
 *
 * @module
 */

import type { RecipeRandom } from "../core/mod.ts";

/**
 * A recipe: how to plan, draw and count, for options of type `O`, plans of
 * type `P` and outputs of type `R` (a string, or a list of them). `Q` is what
 * its draw calls of a {@linkcode RecipeRandom} (all of it by default): a
 * recipe that names only `draws` can be bound to an object holding only
 * `draws`, so that a bundle of that recipe leaves `choice` and `randbelow` out.
 */
export interface Recipe<O, P, R = string, Q = RecipeRandom> {
  /**
   * How messages name the recipe's function: `"password()"` gives
   * `password(): ...`. A constant of the definition, not built from a name on
   * each call (a template string cost 10% of a short token's time on Node).
   */
  readonly label: string;
  /**
   * Validates `options` (read once, unknown keys refused) into a plan, a
   * pure value. `fn` names the function for messages (`"entropyBits()"`).
   *
   * @throws {TypeError} If an option has the wrong type or is unknown.
   * @throws {RangeError} If the options cannot produce at least two outputs.
   */
  readonly plan: (options: O | undefined, fn: string) => P;
  /** Draws one output for a plan. */
  readonly draw: (random: Q, plan: P) => R;
  /** The exact entropy of a plan's draws, in bits: finite, at least 1. */
  readonly bits: (plan: P) => number;
}

/** Plans `options` and draws one output with `random`. */
export function drawWith<O, P, R, Q>(
  recipe: Recipe<O, P, R, Q>,
  random: NoInfer<Q>,
  options: O | undefined,
): R {
  return recipe.draw(random, recipe.plan(options, recipe.label));
}

/** The exact entropy of `recipe` with `options`, in bits (messages name `entropyBits()`). */
export function bitsOf<O, P, R, Q>(recipe: Recipe<O, P, R, Q>, options: O | undefined): number {
  return recipe.bits(recipe.plan(options, "entropyBits()"));
}
