// The recipes' batch draws: a passphrase with drawn separators takes its bytes as the
// choice loop would (words, then each gap in order), and a rules password is drawn by
// rejection exactly when at least 1 candidate in REJECT_ODDS is valid, else unranked.
import { effWordlist, passwordRules } from "../../recipes.ts";
import { passwordPlan } from "../../lib/recipes/password.ts";
import { REJECT_ODDS } from "../../lib/recipes/_rules_engine.ts";
import type { IntegerFunction } from "../../mod.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert } from "../_helpers.ts";

Deno.test("passphrase({ separators }) draws the words, then each gap's separator, in order", () => {
  // Words holding a separator character are left out (they could print like a gap).
  const words = effWordlist().filter((w) => ![..."-_.+"].some((c) => w.includes(c)));
  for (let seed = 0; seed < 20; seed++) {
    const a = createSecrets(streamSource({ seed: String(seed) }));
    const b = createSecrets(streamSource({ seed: String(seed) }));
    const got = a.recipes.passphrase({ words: 6, separators: "-_.+" });
    const drawn = Array.from({ length: 6 }, () => b.choice(words));
    const gaps = Array.from({ length: 5 }, () => b.choice("-_.+"));
    assert.equal(got, drawn.map((w, i) => (i === 0 ? w : gaps[i - 1] + w)).join(""));
    // Then the places of added characters are shuffled, here of none: 5 gaps, 4 draws.
    for (let i = 4; i >= 1; i--) b.randbelow(i + 1);
    assert.equal(a.token_hex(8), b.token_hex(8));
  }
});

Deno.test("a rules password is drawn by rejection exactly when 1 candidate in 8 is valid", () => {
  const cases: [string, number][] = [
    [
      "minlength: 8; maxlength: 20; max-consecutive: 2; required: lower, upper; required: digit;",
      0,
    ],
    ["required: [a]; required: [b]; allowed: [c]", 4],
    ["required: [a]; required: [b]; required: [c]; required: [d]; allowed: lower", 4],
    ["required: [a]; required: [b]; required: [c]; required: [d]; allowed: lower", 12],
    ["required: [a]; required: [b]; allowed: [-c]; max-consecutive: 1", 5],
    ["required: digit; allowed: [ab]", 1],
    // Exactly 1 in 8: 8 candidates, 1 valid.
    ["required: [a]; allowed: [bcdefgh]", 1],
  ];
  let both = 0;
  for (const [text, length] of cases) {
    const plan = passwordPlan(
      length ? { rules: passwordRules(text), length } : { rules: passwordRules(text) },
      "password()",
    ).rules!;
    const total = BigInt(plan.chars.length) ** BigInt(plan.length);
    const expected = total <= BigInt(REJECT_ODDS) * plan.valid;
    assert.equal(plan.reject, expected, text);
    both |= expected ? 1 : 2;
    // The draw takes the path its plan names: rejection never asks randbelow, unranking
    // never asks for a candidate.
    const STOP = new Error("stop");
    let used = "";
    const random = {
      choice: () => assert.fail("no choice"),
      randbelow: (() => {
        used += "u";
        throw STOP;
      }) as unknown as IntegerFunction,
      draws: () => {
        used += "r";
        throw STOP;
      },
    };
    assert.throws(() => plan.draw(random, plan), (e) => e === STOP);
    assert.equal(used, plan.reject ? "r" : "u", text);
  }
  assert.equal(both, 3, "the cases cover both paths");
});
