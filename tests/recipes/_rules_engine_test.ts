// The rules engine registry: only objects that passwordRules() made have an engine, and an
// engine's plan counts exactly the passwords the rules allow.
import { engineOf, registerRules, type RulesEngine } from "../../lib/recipes/_rules_engine.ts";
import { passwordRules } from "../../lib/recipes/password_rules.ts";
import { createSecrets } from "../../testing.ts";
import { assert, assertThrows, counterSource, eachChoice } from "../_helpers.ts";

const REQUEST = {
  length: undefined,
  exclude: new Set<string>(),
  maxPasswordLength: 1024,
  minBits: undefined,
};

Deno.test("engineOf(): an engine for passwordRules()'s objects only, never for a look-alike", () => {
  const rules = passwordRules("minlength: 4; maxlength: 4; allowed: [ab];");
  assert.ok(engineOf(rules) !== undefined);
  // A copy with the same fields is not a rules object.
  assert.equal(engineOf({ ...rules }), undefined);
  for (const x of [undefined, null, 0, "minlength: 4", {}, [], () => {}]) {
    assert.equal(engineOf(x), undefined, String(x));
  }
});

Deno.test("registerRules(): an object registered has its engine, and only that one", () => {
  const rules = passwordRules("allowed: [ab];");
  const fake = Object.freeze({ ...rules });
  const engine: RulesEngine = { plan: () => engineOf(rules)!.plan(REQUEST, "f()") };
  registerRules(fake, engine);
  assert.equal(engineOf(fake), engine);
  assert.notEqual(engineOf(rules), engine);
});

Deno.test("an engine's plan counts the passwords the rules allow, exactly", () => {
  const plan = (text: string) => engineOf(passwordRules(text))!.plan(REQUEST, "f()");
  const all = plan("minlength: 4; maxlength: 4; allowed: [ab];");
  assert.deepEqual([all.chars, all.length, all.valid], [["a", "b"], 4, 16n]);
  // At least one "a": every string but "bbbb".
  assert.equal(plan("minlength: 4; maxlength: 4; allowed: [ab]; required: [a];").valid, 15n);
  // No run of 3: of the 16, aaaa, aaab, baaa, bbbb, bbba and abbb are out.
  const runs = plan("minlength: 4; maxlength: 4; allowed: [ab]; max-consecutive: 2;");
  assert.deepEqual([runs.maxRepeating, runs.valid], [2, 10n]);
  // Both an "a" and a "b", length 3: 8 - 2.
  const both = plan("minlength: 3; maxlength: 3; required: [a]; required: [b];");
  assert.deepEqual([both.chars, both.valid], [["a", "b"], 6n]);
});

Deno.test("an engine's plan draws passwords that satisfy the rules, and refuses a length they forbid", () => {
  const rules = passwordRules(
    "minlength: 6; maxlength: 6; allowed: [abc]; required: [a]; max-consecutive: 1;",
  );
  const plan = engineOf(rules)!.plan(REQUEST, "f()");
  const s = createSecrets(counterSource());
  const random = { choice: s.choice, randbelow: s.randbelow, draws: eachChoice(s.choice) };
  for (let i = 0; i < 50; i++) {
    const p = plan.draw(random, plan);
    assert.match(p, /^[abc]{6}$/);
    assert.ok(p.includes("a") && !/(.)\1/.test(p), p);
  }
  // A length the rules do not allow is refused by the plan, before anything is drawn.
  const four = engineOf(passwordRules("minlength: 4; maxlength: 4; allowed: [ab];"))!;
  assertThrows(
    () => four.plan({ ...REQUEST, length: 5 }, "f()"),
    RangeError,
    /length 5 is outside the rules' bounds/,
  );
});

Deno.test("rules made by one copy of the recipes entry point are drawn by another (they share lib/ and its registry)", async () => {
  // In a fresh process, so that no rules were compiled before: the copy that
  // draws never ran passwordRules() itself. Tight rules, so that the draw is
  // unranked from one randbelow (the path wired by passwordRules()).
  const url = new URL("../../recipes.ts", import.meta.url).href;
  const script = `
    const a = await import(${JSON.stringify(url + "?a")});
    const b = await import(${JSON.stringify(url + "?b")});
    const rules = b.passwordRules(
      "minlength: 8; maxlength: 8; required: [!]; required: [#]; required: [$]; allowed: lower",
    );
    console.log(a.password({ rules }));
  `;
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["eval", "--no-check", script],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout).trim();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  assert.match(text, /^[a-z!#$]{8}$/);
  for (const c of "!#$") assert.ok(text.includes(c), text);
});
