// The count of passwords under max-repeating and max-sequential (with the required lines),
// proved by brute force: for small alphabets and lengths every string is enumerated and
// judged by the independent checker (_rules_checker.ts); the count must equal the number of
// valid strings, and unranking every value in [0, count) must give each valid string exactly
// once. Then real draws must be uniform over them (chi-square).
import { password, passwordRules } from "../../recipes.ts";
import { passwordPlan } from "../../lib/recipes/password.ts";
import { type DrawPath, everyDraw } from "./_every_draw.ts";
import { assert, assertChiSquare, assertThrows } from "../_helpers.ts";
import { longestRepeat, longestSequence, readRules, violation } from "./_rules_checker.ts";

/** Every string of `length` characters over `alphabet`. */
function allStrings(alphabet: string, length: number): string[] {
  let out = [""];
  for (let i = 0; i < length; i++) out = out.flatMap((p) => [...alphabet].map((c) => p + c));
  return out;
}

/** Every output of the draw for `rules` at `length` by `path`: each random value fed once. */
function allDraws(rules: string, length: number, path: DrawPath): string[] {
  return everyDraw(passwordPlan({ rules: passwordRules(rules), length }, "password()"), path);
}

// Alphabets mixing sequence chains (letters, digits, both cases, a range's edge) with
// characters outside them; required lines overlapping chains or not.
const SETS: [string, string[]][] = [
  ["abcd", []],
  ["abcd", ["[a]", "[c]"]],
  ["-ab!", ["[b]", "[-!]"]],
  ["0123x", ["[0]", "[3x]"]],
  ["XYZab9", ["[Zb]"]],
  ["-yzA", ["[A]"]],
  ["0189", ["[1]", "[8]"]],
  ["89:;", ["[:]"]], // code neighbours across a range's edge are no sequence
  ["YZ[@A", []],
];
const LIMITS = ["", "max-repeating: 1", "max-repeating: 2", "max-sequential: 1"].flatMap((a) =>
  ["", "max-sequential: 2", "max-sequential: 3", "max-repeating: 3"].map((b) => [a, b])
).concat([["max-consecutive: 1", ""], ["max-consecutive: 2", ""], ["max-consecutive: 3", ""]]);

Deno.test("max-repeating and max-sequential: exact counts, every valid string once (brute force)", () => {
  let cases = 0, strings = 0;
  const paths = { reject: 0, unrank: 0 };
  for (const [alphabet, lines] of SETS) {
    for (const limits of LIMITS) {
      const text = [`allowed: [${alphabet}]`, ...lines.map((l) => `required: ${l}`), ...limits]
        .filter((p) => p !== "").join("; ");
      const spec = readRules(text);
      for (let length = 1; length <= 5; length++) {
        const valid = allStrings(alphabet, length).filter((s) => violation(s, spec) === undefined);
        let compiled;
        try {
          compiled = passwordRules(text);
        } catch (e) {
          // Refused when parsed: fewer than 2 passwords at every length (checked to 8 here).
          assert.match((e as Error).message, /fewer than 2 passwords/, text);
          for (let n = 1; n <= 8; n++) {
            const count = allStrings(alphabet, n).filter((s) => violation(s, spec) === undefined);
            assert.ok(count.length < 2, `${text}: ${count.length} at ${n}`);
          }
          break;
        }
        if (valid.length < 2) {
          // Never a silent constant: fewer than two passwords is a RangeError.
          assertThrows(
            () => password({ rules: compiled, length }),
            RangeError,
            /^password\(\): rules (cannot be met: no password|give only one password) of \d+ char/,
          );
          continue;
        }
        const plan = passwordPlan({ rules: compiled, length }, "password()");
        assert.equal(plan.valid, BigInt(valid.length), `${text} at ${length}`);
        // The plan rejects exactly when 1 candidate in 8 or more is valid.
        const total = alphabet.length ** length;
        assert.equal(
          plan.rules!.reject,
          plan.rules!.counter !== undefined && total <= 8 * valid.length,
        );
        paths[plan.rules!.reject ? "reject" : "unrank"]++;
        // Both ways of drawing give each valid string exactly once.
        for (const path of ["reject", "unrank"] as const) {
          const drawn = allDraws(text, length, path);
          assert.equal(new Set(drawn).size, drawn.length, `${text}: two values drew one string`);
          assert.deepEqual([...drawn].sort(), valid.sort(), `${text} at ${length} (${path})`);
        }
        cases++;
        strings += valid.length;
      }
    }
  }
  // The sweep is not vacuous: hundreds of cases, tens of thousands of strings, plans that
  // choose each way.
  assert.ok(cases > 400 && strings > 20000, `${cases} cases, ${strings} strings`);
  assert.ok(paths.reject > 50 && paths.unrank > 50, JSON.stringify(paths));
});

Deno.test("max-sequential and max-repeating follow the definitions and the examples", () => {
  // apple/password-manager-resources#1255: each valid under 3, not under 2.
  for (const s of ["abc", "123", "321", "cba"]) {
    assert.equal(longestSequence(s), 3);
    const three = readRules("max-sequential: 3"), two = readRules("max-sequential: 2");
    assert.equal(violation(s, three), undefined);
    assert.equal(violation(s, two), "a sequence is too long");
  }
  assert.equal(violation("aaa", readRules("max-repeating: 3")), undefined);
  assert.equal(
    violation("aaa", readRules("max-repeating: 2")),
    "a run of one character is too long",
  );
  // Steps stay within a-z, A-Z, 0-9; a turn starts a new run; a repeat breaks one.
  const runs: [string, number, number][] = [
    ["9:;", 1, 1],
    ["XYZ[", 3, 1],
    ["abcba", 3, 1],
    ["abbc", 2, 2],
  ];
  for (const [s, seq, rep] of runs) {
    assert.deepEqual([longestSequence(s), longestRepeat(s)], [seq, rep], s);
  }
  // The generator agrees: the examples' characters, only the valid ones drawn.
  for (
    const [text, bad] of [["max-sequential: 2", /abc|cba|123|321/], [
      "max-repeating: 2",
      /(.)\1\1/,
    ]]
  ) {
    const rules = passwordRules(`allowed: [abc123]; ${text}`);
    for (let i = 0; i < 300; i++) {
      assert.doesNotMatch(password({ rules, length: 12 }), bad as RegExp);
    }
  }
});

Deno.test("max-consecutive is max-repeating and max-sequential together; each keeps its smallest", () => {
  const r = passwordRules(
    "max-consecutive: 4; max-repeating: 2; max-sequential: 5; max-consecutive: 3",
  );
  assert.deepEqual([r.maxRepeating, r.maxSequential, r.maxConsecutive], [2, 3, 3]);
  const alone = passwordRules("MAX-REPEATING: 4; max-repeating: 6");
  assert.deepEqual([alone.maxRepeating, alone.maxSequential, alone.maxConsecutive], [
    4,
    undefined,
    undefined,
  ]);
  const same = (a: string, b: string) =>
    assert.equal(
      passwordPlan({ rules: passwordRules(a), length: 6 }, "password()").valid,
      passwordPlan({ rules: passwordRules(b), length: 6 }, "password()").valid,
    );
  same(
    "allowed: [abcd9]; max-consecutive: 2",
    "allowed: [abcd9]; max-repeating: 2; max-sequential: 2",
  );
});

Deno.test("rules passwords under run limits are uniform (chi-square, false alarm 1e-7 a check)", () => {
  // Every valid string expected 60 times; one chi-square check a case at a tail of 1e-7
  // (chi2Critical), three cases: a false alarm below 1 in 3 million runs. The cases are drawn
  // both ways: by rejection and by unranking.
  const ways = new Set<boolean>();
  for (
    const [text, length] of [
      ["allowed: [-abc]; required: [b]; max-sequential: 2", 4],
      ["allowed: [0123]; max-consecutive: 2; required: [3]", 4],
      ["allowed: [yzA]; max-repeating: 1; max-sequential: 1", 5],
    ] as const
  ) {
    const spec = readRules(text);
    const alphabet = text.match(/\[(.*?)\]/)![1];
    const valid = allStrings(alphabet, length).filter((s) => violation(s, spec) === undefined);
    const rules = passwordRules(text);
    ways.add(passwordPlan({ rules, length }, "password()").rules!.reject);
    const counts = new Map(valid.map((s) => [s, 0]));
    for (let j = 0; j < valid.length * 60; j++) {
      const p = password({ rules, length });
      assert.ok(counts.has(p), `${text}: ${p} breaks the rules`);
      counts.set(p, counts.get(p)! + 1);
    }
    assertChiSquare([...counts.values()], Array(valid.length).fill(60), text);
  }
  assert.equal(ways.size, 2, "both ways of drawing are checked");
});

Deno.test("counting states: only masks a character can be in, no run a limit cannot bind", () => {
  const width = (rules: string, length: number) =>
    passwordPlan({ rules: passwordRules(rules), length }, "password()").rules!.counter!.width;
  // Groups by the lines they meet: a {1}, b {1,2}, c {2}, x {}; the masks holding each
  // group's lines: 2 + 1 + 2 + 4 = 9 states, one run state each.
  assert.equal(width("required: [ab]; required: [bc]; allowed: [x]", 3), 9);
  // A limit of at least the length cannot bind: no extra state, for repeats or sequences.
  const base = width("required: [a]; allowed: [bc]", 4);
  assert.equal(width("required: [a]; allowed: [bc]; max-consecutive: 4", 4), base);
  assert.equal(width("required: [a]; allowed: [bc]; max-repeating: 4", 4), base);
  // One less binds: a, b and c are counted apart (a sequence), with run states.
  assert.ok(width("required: [a]; allowed: [bc]; max-sequential: 3", 4) > base);
  assert.ok(width("required: [a]; allowed: [bc]; max-repeating: 3", 4) > base);
});
