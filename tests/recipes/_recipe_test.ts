// One way to wire a recipe: drawWith validates the options into a plan (named after the
// recipe) and draws from it; bitsOf plans (named entropyBits()) and counts.
import { bitsOf, drawWith, type Recipe } from "../../lib/recipes/_recipe.ts";
import type { RecipeRandom } from "../../lib/core/mod.ts";
import { assert, assertThrows } from "../_helpers.ts";

/** A toy recipe: `n` letters from "ab"; it records every call. */
function toy(log: string[]): Recipe<{ n?: number }, number> {
  return {
    name: "toy",
    plan: (options, fn) => {
      log.push(`plan ${fn}`);
      const n = options?.n ?? 3;
      if (n < 1) throw new RangeError(`${fn}: n must be at least 1, got ${n}`);
      return n;
    },
    draw: (random, n) => {
      log.push(`draw ${n}`);
      return Array.from({ length: n }, () => random.choice("ab")).join("");
    },
    bits: (n) => {
      log.push(`bits ${n}`);
      return n;
    },
  };
}

const FIRST: RecipeRandom = {
  choice: <T>(seq: ArrayLike<T>) => seq[0],
  randbelow:
    ((n: number | bigint) => (typeof n === "bigint" ? 0n : 0)) as RecipeRandom["randbelow"],
  draws: <T>(seq: readonly T[], count: number) => Array<T>(count).fill(seq[0]),
};

Deno.test("drawWith(): the plan, named fn(), then one draw from the random given", () => {
  const log: string[] = [];
  assert.equal(drawWith(toy(log), FIRST, { n: 4 }), "aaaa");
  assert.equal(drawWith(toy(log), FIRST, undefined), "aaa");
  assert.deepEqual(log, ["plan toy()", "draw 4", "plan toy()", "draw 3"]);
});

Deno.test("bitsOf(): the plan, named entropyBits(), then its bits; nothing is drawn", () => {
  const log: string[] = [];
  assert.equal(bitsOf(toy(log), { n: 5 }), 5);
  assert.deepEqual(log, ["plan entropyBits()", "bits 5"]);
});

Deno.test("a plan's error reaches the caller before anything is drawn, named for the entry point", () => {
  const log: string[] = [];
  assertThrows(
    () => drawWith(toy(log), FIRST, { n: 0 }),
    RangeError,
    "toy(): n must be at least 1, got 0",
  );
  assertThrows(
    () => bitsOf(toy(log), { n: 0 }),
    RangeError,
    "entropyBits(): n must be at least 1, got 0",
  );
  assert.deepEqual(log, ["plan toy()", "plan entropyBits()"]);
});
