// The count of passwords under max-repeating and max-sequential (with the required lines),
// proved by brute force: for small alphabets and lengths every string is enumerated and
// judged by the independent checker (_rules_checker.ts); the count must equal the number of
// valid strings, and unranking every value in [0, count) must give each valid string exactly
// once. Then real draws must be uniform over them (chi-square).
import { password, passwordRules } from "../../recipes.ts";
import { passwordPlan } from "../../lib/recipes/password.ts";
import { type DrawPath, everyDraw } from "./_every_draw.ts";
import { assert, assertChiSquare, assertThrows } from "../_helpers.ts";
import {
  countByStates,
  longestRepeat,
  longestSequence,
  readRules,
  violation,
} from "./_rules_checker.ts";
import {
  type CounterDigits,
  counterLayout,
  countRow,
  countValid,
  DIGITS,
  limbsOf,
  programCounter,
  unrank,
} from "../../lib/recipes/_rules_count.ts";

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
  // Chains that look alike are counted together (ab with AB, 01 with ab); a step stays on
  // its own chain.
  ["abAB", []],
  ["01abx", ["[x]"]],
  ["abAB9", ["[b9]"]],
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

Deno.test("counts held in any digits are the same, and unrank the same (small digits, brute force)", () => {
  // The brute-force sweep above proves the default counter; counters whose rows turn to
  // digits after 2**3 or 2**6 (digits of 2 and 3 bits: many digits, carries, negative
  // digits before the carries) must count and unrank exactly as it does.
  const small: CounterDigits[] = [{ flat: 3, limb: 2 }, { flat: 6, limb: 3 }, { flat: 1, limb: 1 }];
  let wide = 0, ranks = 0;
  for (const [alphabet, lines] of SETS) {
    for (const limits of LIMITS) {
      const spec = readRules([`allowed: [${alphabet}]`, ...limits].join("; "));
      const chars = [...alphabet].sort();
      const sets = lines.map((l) => new Set(l.slice(1, -1)));
      const R = spec.repeating, S = spec.sequential;
      const counters = [DIGITS, ...small].map((d) =>
        programCounter(counterLayout(chars, sets, R, S, 6, d))
      );
      for (let n = 1; n <= 6; n++) {
        for (const c of counters) while (c.rows.length < n) countRow(c);
        const valid = countValid(counters[0], n);
        for (const c of counters.slice(1)) {
          assert.equal(countValid(c, n), valid, `${alphabet} ${lines} ${limits} at ${n}`);
          if (c.limbs[n - 1] > 1) wide++;
          for (let x = 0n; x < valid && x < 500n; x++) {
            assert.equal(unrank(c, n, x), unrank(counters[0], n, x));
            ranks++;
          }
        }
      }
    }
  }
  assert.ok(wide > 500 && ranks > 50000, `${wide} rows in digits, ${ranks} ranks`);
});

Deno.test("real sites' counts agree with a state-by-state count, across 2**53 and in several digits", () => {
  // Counted state by state in bigints (_rules_checker.ts), from lengths in plain numbers to
  // lengths past 2**53 (the rows then held in base-2**44 digits), for every length.
  for (
    const [text, longest] of [
      ["max-consecutive: 2; required: lower, upper; required: digit", 24], // activision.com
      ["required: lower; required: upper; required: digit; allowed: ascii-printable", 30],
      ["max-consecutive: 3; required: upper; required: digit; allowed: lower, [-_&#@]", 22],
      ["max-repeating: 1; required: [a]; allowed: [bcde]", 120],
    ] as const
  ) {
    const spec = readRules(text);
    const rules = passwordRules(text);
    const alphabet = [...rules.allowed];
    const expected = countByStates(spec, alphabet, longest);
    let plan;
    for (let n = 3; n <= longest; n++) {
      plan = passwordPlan({ rules, length: n }, "password()");
      assert.equal(plan.valid, expected[n - 1], `${text} at ${n}`);
    }
    const limbs = plan!.rules!.counter!.limbs;
    assert.ok(limbs.includes(1) && Math.max(...limbs) >= 3, `${text}: ${limbs}`);
  }
});

Deno.test("a row is counted in plain numbers exactly while its sums stay within 2**53", () => {
  const TWO_53 = 2n ** 53n;
  let near = 0;
  for (let size = 2; size <= 128; size++) {
    for (let n = 1; n <= 80; n++) {
      const sums = BigInt(size + 3) * BigInt(size) ** BigInt(n - 1);
      const limbs = limbsOf(size, n);
      assert.equal(limbs === 1, sums <= TWO_53, `${size} characters, row ${n}`);
      if (sums > TWO_53 / 2n && sums < TWO_53 * 2n) near++;
      if (limbs > 1) {
        // Enough base-2**44 digits for size ** n, and not one more than that needs.
        const most = BigInt(size) ** BigInt(n);
        assert.ok(most < 1n << BigInt(44 * limbs), `${size}, ${n}: ${limbs} digits`);
        assert.ok(most >= 1n << BigInt(44 * (limbs - 2)), `${size}, ${n}: ${limbs} digits`);
      }
    }
  }
  assert.ok(near > 40, `${near} cases within a bit of 2**53`);
  // At the bound exactly: 8 * 5**0 is 2**3, so with 3-bit plain rows, row 1 of 5 characters is
  // plain; with 2-bit ones it is not.
  assert.equal(limbsOf(5, 1, { flat: 3, limb: 2 }), 1);
  assert.equal(limbsOf(5, 1, { flat: 2, limb: 2 }), 2);
  assert.equal(limbsOf(5, 2, { flat: 6, limb: 2 }), 1); // 8 * 5 = 40, at most 64
  assert.ok(limbsOf(5, 2, { flat: 5, limb: 2 }) > 1); // more than 32
});

Deno.test("the unranking order is kept: the same rank gives the same password as before", () => {
  // Ranks unranked by the bigint counter (before counting in doubles and grouping chains):
  // a rule set draws as it always has from the same random value.
  for (
    const [text, length, valid, drawn] of [
      [
        "max-consecutive: 2; required: lower, upper; required: digit",
        20,
        674839864105171041447714705285499104n,
        [
          "AABBCCDDEEFFGGHHIIJ0",
          "9797979797979797979z",
          "UxM7qE96Db1YnRmAqJTS",
          "sfHIvdIEqazVdlRdvm9Q",
          "AABBCCDDEEFFGGHRs3Ar",
        ],
      ],
      [
        "allowed: [abcxyzABC0189]; required: [ax]; max-sequential: 2; max-repeating: 1",
        12,
        8273673547428n,
        [
          "01010101010a",
          "xaxaxaxaxaxa",
          "AC90BABxAcBA",
          "yABAy0ycyxAc",
          "0101Bax1A8CB",
        ],
      ],
    ] as const
  ) {
    const plan = passwordPlan({ rules: passwordRules(text), length }, "password()");
    assert.equal(plan.valid, valid);
    const ranks = [0n, valid - 1n, valid / 3n, valid / 7n * 5n, 123456789n];
    const counter = plan.rules!.counter!;
    assert.deepEqual(ranks.map((x) => unrank(counter, length, x)), drawn, text);
  }
});
