// recipesFor(random): every recipe bound to one random interface, drawing only from it; the
// same outputs as the public recipes of a source giving the same bytes.
import { recipesFor } from "../../lib/recipes/recipes_for.ts";
import type { RecipeRandom } from "../../lib/core/mod.ts";
import { createSecrets } from "../../testing.ts";
import { checkApiKey } from "../../recipes.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert } from "../_helpers.ts";

/** A seeded stream of bytes (a counter would make every PIN a weak one). */
const source = () => streamSource({ seed: "20261206" });

/** The random interface of a counter source, counting its calls. */
function counted(): RecipeRandom & { calls: number } {
  const s = createSecrets(source());
  const r = {
    calls: 0,
    choice: <T>(seq: ArrayLike<T>): T => {
      r.calls++;
      return s.choice(seq);
    },
    randbelow: ((n: number | bigint) => {
      r.calls++;
      return s.randbelow(n as number);
    }) as RecipeRandom["randbelow"],
    draws: <T>(seq: readonly T[], count: number): T[] => {
      r.calls += count;
      return Array.from({ length: count }, () => s.choice(seq));
    },
  };
  return r;
}

Deno.test("recipesFor(): every recipe, frozen", () => {
  const recipes = recipesFor(counted());
  assert.deepEqual(Object.keys(recipes).sort(), [
    "apiKey",
    "apiKeyPlaceholder",
    "otpSecret",
    "passphrase",
    "password",
    "pin",
    "recoveryCodes",
    "tokenText",
  ]);
  assert.ok(Object.isFrozen(recipes));
});

Deno.test("recipesFor(): each recipe draws only through the random given, as createSecrets' recipes do", () => {
  const calls: [string, (r: ReturnType<typeof recipesFor>) => unknown][] = [
    ["password", (r) => r.password({ length: 12 })],
    ["passphrase", (r) => r.passphrase({ words: 4 })],
    ["tokenText", (r) => r.tokenText({ bits: 64, alphabet: "hex" })],
    ["apiKey", (r) => r.apiKey({ prefix: "acme" })],
    ["pin", (r) => r.pin()],
    ["recoveryCodes", (r) => r.recoveryCodes()],
    ["otpSecret", (r) => r.otpSecret()],
    ["apiKeyPlaceholder", (r) => r.apiKeyPlaceholder({ prefix: "acme" })],
  ];
  for (const [name, call] of calls) {
    const random = counted();
    const out = call(recipesFor(random));
    assert.ok(random.calls > 0, `${name} drew nothing from the random given`);
    // The same bytes through testing.ts's public recipes: the same output.
    assert.deepEqual(call(createSecrets(source()).recipes), out, name);
  }
  const key = recipesFor(counted()).apiKey({ prefix: "acme" });
  assert.ok(checkApiKey(key, { prefix: "acme" }));
  assert.match(recipesFor(counted()).tokenText({ bits: 64, alphabet: "hex" }), /^[0-9a-f]{16}$/);
});

Deno.test("recipesFor(): options are checked before any draw", () => {
  const random = counted();
  assert.throws(() => recipesFor(random).password({ length: 0 }), RangeError);
  assert.throws(() => recipesFor(random).apiKey({ prefix: "" }), RangeError);
  assert.equal(random.calls, 0);
});
