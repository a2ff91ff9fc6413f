// The frozen CPython 3.13 vectors, checked without any Python: every call's
// result, error kind and message, and the bytes consumed, for every case.
import { compareOutcome, type Outcome, runCase } from "../conformance/_harness.ts";
import type { Case } from "../conformance/_harness.ts";
import { SECRETS_NAMES, SYSTEM_RANDOM_METHODS } from "./_helpers.ts";

const vectors: { python: string; cases: (Case & { expected: Outcome[]; next: string })[] } = JSON
  .parse(
    await Deno.readTextFile(new URL("../conformance/vectors/cpython-3.13.json", import.meta.url)),
  );

Deno.test(`vectors from ${vectors.python}: every call matches, bytes consumed match`, () => {
  const failures: string[] = [];
  let calls = 0;
  for (const c of vectors.cases) {
    const actual = runCase(c);
    c.calls.forEach((call, j) => {
      calls++;
      const v = compareOutcome(call.fn, c.expected[j], actual.results[j]);
      if (v.status === "mismatch") failures.push(`${c.id} #${j}: ${v.why}`);
    });
    if (actual.next !== c.next) failures.push(`${c.id}: next bytes ${actual.next} != ${c.next}`);
  }
  if (calls < 7000) throw new Error(`only ${calls} calls in the vectors`);
  if (failures.length) {
    throw new Error(`${failures.length} mismatches:\n${failures.slice(0, 20).join("\n")}`);
  }
});

Deno.test("vectors cover every function of secrets, every SystemRandom method and the recipes", () => {
  const fns = new Set(vectors.cases.flatMap((c) => c.calls.map((call) => call.fn)));
  const want = [
    ...SECRETS_NAMES.map((n) => `secrets.${n}`),
    ...SYSTEM_RANDOM_METHODS.map((m) => `SystemRandom.${m.name}`),
    "recipes.password",
    "recipes.passphrase",
    "recipes.token_text",
    "recipes.api_key",
    "recipes.check_api_key",
    "recipes.collision_probability",
    "recipes.bits_for",
  ];
  const missing = want.filter((f) => !fns.has(f));
  if (missing.length) throw new Error(`no vectors for ${missing.join(", ")}`);
});

Deno.test("vectors cover both API key checksum scopes and prefixes with '_'", () => {
  const kwargs = vectors.cases.flatMap((c) =>
    c.calls.filter((call) => call.fn.endsWith("api_key")).map((call) => ({
      fn: call.fn,
      scope: (call.kwargs?.checksum_covers as { str: string } | undefined)?.str ?? "default",
      prefix: (call.kwargs?.prefix as { str: string }).str,
    }))
  );
  for (const fn of ["recipes.api_key", "recipes.check_api_key"]) {
    for (const scope of ["default", "prefixAndRandom", "random"]) {
      const n = kwargs.filter((k) => k.fn === fn && k.scope === scope).length;
      if (n < 20) throw new Error(`${fn}, checksum_covers ${scope}: only ${n} calls`);
    }
    const underscored = kwargs.filter((k) => k.fn === fn && k.prefix.includes("_")).length;
    if (underscored < 20) throw new Error(`${fn}: only ${underscored} prefixes with "_"`);
  }
});
