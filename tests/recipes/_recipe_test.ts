// One way to wire a recipe: drawWith validates the options into a plan (named after the
// recipe) and draws from it; bitsOf plans (named entropyBits()) and counts.
import { bitsOf, drawWith, type Recipe } from "../../lib/recipes/_recipe.ts";
import { errorFields, type RecipeRandom } from "../../lib/core/mod.ts";
import { entropyBits } from "../../recipes.ts";
import { assert, assertThrows } from "../_helpers.ts";

/** A toy recipe: `n` letters from "ab"; it records every call. */
function toy(log: string[]): Recipe<{ n?: number }, number> {
  return {
    label: "toy()",
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

Deno.test("entropyBits(): a name out of the set is a RangeError with the name meant; a non-string a TypeError", () => {
  const NAMES =
    '"password", "passphrase", "tokenText", "apiKey", "pin", "recoveryCodes" or "otpSecret"';
  const cases: [unknown, ErrorConstructor, string][] = [
    ["Pin", RangeError, `got "Pin" (did you mean "pin"?)`],
    ["pins", RangeError, `got "pins" (did you mean "pin"?)`],
    ["token_text", RangeError, `got "token_text" (did you mean "tokenText"?)`],
    ["recovery-codes", RangeError, `got "recovery-codes" (did you mean "recoveryCodes"?)`],
    ["OTPSECRET", RangeError, `got "OTPSECRET" (did you mean "otpSecret"?)`],
    ["token", RangeError, 'got "token"'], // near none: no guess
    ["", RangeError, 'got ""'],
    ["toString", RangeError, 'got "toString"'], // an Object.prototype name is no recipe
    ["pin\n", RangeError, 'got "pin\\n" (did you mean "pin"?)'],
    [3, TypeError, "got 3"],
    [undefined, TypeError, "got undefined"],
    [{ name: "pin" }, TypeError, "got an object"],
  ];
  for (const [recipe, Kind, got] of cases) {
    const message = `entropyBits(): recipe must be ${NAMES}, ${got}`;
    assertThrows(() => entropyBits(recipe as never), Kind, message);
    let e: unknown;
    try {
      entropyBits(recipe as never);
    } catch (thrown) {
      e = thrown;
    }
    assert.deepEqual(
      [errorFields(e)?.function, errorFields(e)?.option, errorFields(e)?.value],
      ["entropyBits", "recipe", recipe],
    );
  }
});
