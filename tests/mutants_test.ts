// The mutation tool (scripts/mutants.ts): which sites it mutates and which it must leave alone,
// its seeded draw, and how it reads the equivalents file and the suite's output.
import {
  applyMutant,
  classify,
  equivalentFor,
  findMutantsInSources,
  firstFailure,
  type Mutant,
  parseEquivalents,
  parses,
  sampleIndices,
  SplitMix64,
  unitArgs,
} from "../scripts/mutants.ts";
import { assert, assertChiSquare } from "./_helpers.ts";

const SNIPPET = [
  "/**",
  " * Not code: a < b && c, x === 1, true, !y, 7.",
  " * ```ts",
  " * assert(f(1, 2) === true);",
  " * ```",
  " */",
  "// if (a && b) return 3;",
  "export type Bit = 0 | 1;",
  "interface Box { n: 5; flag: true }",
  'const s = "a < b && 1 + 2";',
  "const re = /a+b{2}/;",
  'const o = { 0: "zero" };',
  "export function f(a: number, b: number, t: string): boolean {",
  '  const u = t + "x" + `${a - 1}`;',
  "  return a < b && !(a === 2) || u.length >= 0x0f;",
  "}",
  "export function g(a: number, b: number): number;",
  "export function g(a: number, b: number): number {",
  "  return a+-b;",
  "}",
  "export function h(x: boolean, big: bigint): boolean {",
  "  if (big === 0n) return false;",
  "  return!x;",
  "}",
  "",
].join("\n");

Deno.test("mutants: every operator class at its sites; never comments, strings, regexps, types, property names", () => {
  const found = findMutantsInSources(new Map([["lib/snippet.ts", SNIPPET]]), true);
  const got = found.map((m) => `${m.line}:${m.col} ${m.kind} | ${m.mutated.trim()}`);
  assert.deepEqual(got, [
    '14:28 - → + | const u = t + "x" + `${a + 1}`;',
    '14:30 1 → 2 | const u = t + "x" + `${a - 2}`;',
    '14:30 1 → 0 | const u = t + "x" + `${a - 0}`;',
    "15:12 < → <= | return a <= b && !(a === 2) || u.length >= 0x0f;",
    "15:16 && → || | return a < b || !(a === 2) || u.length >= 0x0f;",
    "15:19 dropped ! | return a < b && (a === 2) || u.length >= 0x0f;",
    "15:23 === → !== | return a < b && !(a !== 2) || u.length >= 0x0f;",
    "15:27 2 → 3 | return a < b && !(a === 3) || u.length >= 0x0f;",
    "15:27 2 → 1 | return a < b && !(a === 1) || u.length >= 0x0f;",
    "15:30 || → && | return a < b && !(a === 2) && u.length >= 0x0f;",
    "15:42 >= → > | return a < b && !(a === 2) || u.length > 0x0f;",
    "15:45 0x0f → 0x10 | return a < b && !(a === 2) || u.length >= 0x10;",
    "15:45 0x0f → 0x0e | return a < b && !(a === 2) || u.length >= 0x0e;",
    "19:11 + → - | return a- -b;", // spaced: `a--b` would not parse
    "22:11 === → !== | if (big !== 0n) return false;",
    "22:15 0n → 1n | if (big === 1n) return false;",
    "22:15 0n → -1n | if (big === (-1n)) return false;",
    "22:26 false → true | if (big === 0n) return true;",
    "23:9 dropped ! | return x;", // spaced: not `returnx`
  ]);
  for (const m of found) assert.ok(parses(m, SNIPPET), `${m.line}:${m.col} ${m.kind}`);
});

Deno.test("mutants: applyMutant changes exactly the site; parses() catches what would not parse", () => {
  const text = "const x = 1 < 2;\n";
  const m: Mutant = {
    file: "lib/x.ts",
    start: 12,
    end: 13,
    replacement: "<=",
    line: 1,
    col: 13,
    kind: "< → <=",
    original: "const x = 1 < 2;",
    mutated: "const x = 1 <= 2;",
  };
  assert.equal(applyMutant(text, m), "const x = 1 <= 2;\n");
  assert.ok(parses(m, text));
  assert.ok(!parses({ ...m, replacement: "<<<" }, text));
});

Deno.test("mutants: SplitMix64 gives the reference outputs, and the draw is seeded", () => {
  // Vigna's splitmix64.c, seed 1234567 (and 0), as also computed by a Python port.
  const g = new SplitMix64(1234567n);
  assert.deepEqual([g.next(), g.next(), g.next()], [
    6457827717110365317n,
    3203168211198807973n,
    9817491932198370423n,
  ]);
  const z = new SplitMix64(0n);
  assert.deepEqual([z.next(), z.next()], [16294208416658607535n, 7960286522194355700n]);
  const a = sampleIndices(new SplitMix64(7n), 1000, 50);
  assert.deepEqual(a, sampleIndices(new SplitMix64(7n), 1000, 50));
  assert.notDeepEqual(a, sampleIndices(new SplitMix64(8n), 1000, 50));
  assert.equal(new Set(a).size, 50);
  assert.ok(a.every((i) => Number.isInteger(i) && i >= 0 && i < 1000));
  assert.deepEqual(sampleIndices(new SplitMix64(1n), 5, 50).sort(), [0, 1, 2, 3, 4]);
});

Deno.test("mutants: below(n) is uniform (chi-square over 6 cells, 6,000 draws)", () => {
  // Seeded, so the outcome is fixed and cannot flake; the 1e-7 threshold catches a biased below().
  const g = new SplitMix64(99n);
  const counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 6000; i++) counts[g.below(6)]++;
  assertChiSquare(counts, [1000, 1000, 1000, 1000, 1000, 1000], "below(6)");
});

Deno.test("mutants: the equivalents file is checked, and entries match on file and both lines", () => {
  const entry = {
    file: "lib/core/_math.ts",
    original: "m = b < 0 ? -0 : 0;",
    mutated: "m = b <= 0 ? -0 : 0;",
    reason: "b is never 0 here",
  };
  const list = parseEquivalents(JSON.stringify([entry]), "eq.json");
  const m = {
    file: "lib/core/_math.ts",
    original: "    m = b < 0 ? -0 : 0;",
    mutated: "    m = b <= 0 ? -0 : 0;",
  } as Mutant;
  assert.equal(equivalentFor(m, list), list[0]);
  assert.equal(equivalentFor({ ...m, file: "lib/other.ts" }, list), undefined);
  assert.equal(equivalentFor({ ...m, mutated: "m = b > 0 ? -0 : 0;" }, list), undefined);
  const bad: [string, RegExp][] = [
    ["{", /not JSON/],
    ["{}", /must be an array/],
    ["[1]", /entry 0 must be an object/],
    [JSON.stringify([{ ...entry, extra: 1 }]), /unknown key "extra"/],
    [JSON.stringify([{ ...entry, reason: " " }]), /non-empty string "reason"/],
  ];
  for (const [json, message] of bad) {
    assert.throws(() => parseEquivalents(json, "eq.json"), message);
  }
});

Deno.test("mutants: outcomes and the unit task's arguments", () => {
  assert.equal(classify(true, "ok | 3 passed"), "survived");
  assert.equal(classify(false, "FAILED | 1 failed"), "killed");
  const typeError = "TS2322 [ERROR]: Type 'string'...\nerror: Type checking failed.";
  assert.equal(classify(false, typeError), "typecheck");
  // A test's own subprocess printing a type error is an ordinary failure.
  assert.equal(classify(false, `${typeError}\n\nFAILED | 3 passed | 1 failed (1s)`), "killed");
  assert.equal(
    firstFailure(" ERRORS \n\nmy test => ./tests/a_test.ts:3:6\nerror: x\n"),
    "my test (./tests/a_test.ts:3:6)",
  );
  assert.equal(firstFailure("nothing here"), undefined);
  assert.deepEqual(unitArgs("deno test --allow-read --doc"), [
    "test",
    "--fail-fast",
    "--allow-read",
    "--doc",
  ]);
  assert.deepEqual(unitArgs("deno test --fail-fast"), ["test", "--fail-fast"]);
  assert.throws(() => unitArgs("deno test && echo hi"), /plain "deno test \.\.\." command/);
  assert.throws(() => unitArgs(undefined), /no 'unit' task/);
});

Deno.test("deno task coverage: deno.json holds the lib/ targets it enforces (95% lines, 90% branches)", async () => {
  // The task's last step, `deno coverage --include=/lib/ ...`, passes no --threshold, so that
  // it fails below deno.json's "coverage.thresholds" (CONTRIBUTING.md, "Coverage").
  const config = JSON.parse(await Deno.readTextFile(new URL("../deno.json", import.meta.url)));
  assert.deepEqual(config.coverage?.thresholds, { lines: 95, branches: 90 });
  const last = (config.tasks.coverage as string).split("&&").at(-1)!;
  assert.ok(last.includes("--include=/lib/") && !last.includes("--threshold"), last);
});
