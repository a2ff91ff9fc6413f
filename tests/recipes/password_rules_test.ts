// password({ rules }): Apple's passwordrules syntax, counted exactly and drawn uniformly.
// Small rule sets are checked against brute force: every string over the alphabet is
// enumerated and tested by an independent checker, the count must match, the unranking
// must be a bijection from [0, count) onto the valid strings, and real draws must be
// uniform over them.
import { entropyBits, password, passwordRules } from "../../recipes.ts";
import { type PasswordOptions, passwordPlan } from "../../lib/recipes/password.ts";
import { parsePasswordRules } from "../../lib/recipes/password_rules.ts";

/** Options with the rules as text, compiled on the way in. */
type Options = Omit<PasswordOptions, "rules"> & { rules?: string };

function opts(o: Options): PasswordOptions {
  const { rules, ...rest } = o;
  return rules === undefined ? rest : { ...rest, rules: passwordRules(rules) };
}
import { type DrawPath, everyDraw } from "./_every_draw.ts";
import { assert, assertChiSquare, assertThrows } from "../_helpers.ts";

/** What a rule set means, written out by hand: the test's independent reading. */
interface Spec {
  allowed: string;
  required: string[];
  /** The longest run of one character (max-repeating). */
  maxRun?: number;
}

function satisfies(s: string, spec: Spec): boolean {
  const cs = [...s];
  if (!cs.every((c) => spec.allowed.includes(c))) return false;
  if (!spec.required.every((line) => cs.some((c) => line.includes(c)))) return false;
  let run = 0;
  for (let i = 0; i < cs.length; i++) {
    run = i > 0 && cs[i] === cs[i - 1] ? run + 1 : 1;
    if (spec.maxRun !== undefined && run > spec.maxRun) return false;
  }
  return true;
}

/** Every string of `length` characters over `alphabet`, as an array. */
function allStrings(alphabet: string, length: number): string[] {
  let out = [""];
  for (let i = 0; i < length; i++) out = out.flatMap((p) => [...alphabet].map((c) => p + c));
  return out;
}

/** Every output of the draw by `path`, by feeding it each possible random value once. */
function allDraws(options: Options, path: DrawPath): string[] {
  return everyDraw(passwordPlan(opts(options), "password()"), path);
}

const CASES: [string, Options, Spec][] = [
  [
    "two required lines",
    { rules: "required: [a]; required: [b]; allowed: [c]", length: 4 },
    { allowed: "abc", required: ["a", "b"] },
  ],
  [
    "two required lines, no repeats",
    { rules: "required: [a]; required: [b]; allowed: [c]; max-repeating: 1", length: 5 },
    { allowed: "abc", required: ["a", "b"], maxRun: 1 },
  ],
  [
    "three overlapping required lines, runs of 2",
    { rules: "required: [ab]; required: [bc]; required: [d]; max-repeating: 2", length: 5 },
    { allowed: "abcd", required: ["ab", "bc", "d"], maxRun: 2 },
  ],
  [
    "an implied required line",
    { rules: "required: [a]; required: [ab]; allowed: [xy]; max-repeating: 2", length: 4 },
    { allowed: "abxy", required: ["a", "ab"], maxRun: 2 },
  ],
  [
    "a named class",
    { rules: "required: digit; allowed: [ab]; max-repeating: 3", length: 4 },
    { allowed: "0123456789ab", required: ["0123456789"], maxRun: 3 },
  ],
  [
    "runs only",
    { rules: "allowed: [xyz]; max-repeating: 1", length: 5 },
    { allowed: "xyz", required: [], maxRun: 1 },
  ],
  ["nothing required", { rules: "allowed: [xyz]", length: 3 }, { allowed: "xyz", required: [] }],
  [
    "one of two classes, and another",
    { rules: "required: [a], [b]; required: [c]; max-repeating: 2; allowed: [-]", length: 4 },
    { allowed: "-abc", required: ["ab", "c"], maxRun: 2 },
  ],
  [
    "a character excluded",
    { rules: "required: [abc]; required: [d]; max-repeating: 2", exclude: "a", length: 4 },
    { allowed: "bcd", required: ["bc", "d"], maxRun: 2 },
  ],
  [
    "four required lines, runs of 2",
    {
      rules: "required: [a]; required: [b]; required: [c]; required: [d]; max-repeating: 2",
      length: 6,
    },
    { allowed: "abcd", required: ["a", "b", "c", "d"], maxRun: 2 },
  ],
];

Deno.test("password({ rules }) counts exactly and reaches every valid string (brute force)", () => {
  for (const [name, options, spec] of CASES) {
    const valid = allStrings(spec.allowed, options.length!).filter((s) => satisfies(s, spec));
    const plan = passwordPlan(opts(options), "password()");
    assert.equal(plan.valid, BigInt(valid.length), name);
    assert.equal(entropyBits("password", opts(options)), Math.log2(valid.length), name);
    // The unranking is a bijection from [0, count) onto the valid strings; rejection keeps
    // each valid candidate once and no other.
    for (const path of ["reject", "unrank"] as const) {
      const drawn = allDraws(options, path);
      assert.equal(new Set(drawn).size, drawn.length, `${name}: two values drew one string`);
      assert.deepEqual([...drawn].sort(), [...valid].sort(), `${name} (${path})`);
    }
  }
});

Deno.test("password({ rules }) is uniform over the valid strings (chi-square, false alarm 1e-7)", () => {
  // Each case: every valid string expected 60 times. One chi-square check per case, at a
  // tail of 1e-7 (chi2Critical); three cases, so a false alarm below 1 in 3 million a run.
  for (const i of [1, 2, 7]) {
    const [name, options, spec] = CASES[i];
    const valid = allStrings(spec.allowed, options.length!).filter((s) => satisfies(s, spec));
    const n = valid.length * 60;
    const counts = new Map(valid.map((s) => [s, 0]));
    for (let j = 0; j < n; j++) {
      const p = password(opts(options));
      assert.ok(counts.has(p), `${name}: ${p} breaks the rules`);
      counts.set(p, counts.get(p)! + 1);
    }
    assertChiSquare([...counts.values()], Array(valid.length).fill(60), name);
  }
});

Deno.test("parsePasswordRules() follows the proposal's syntax", () => {
  const sorted = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort().join("");
  const r = parsePasswordRules(
    "MinLength: 8 ; maxlength:12; MAX-CONSECUTIVE: 3; required: Lower, [-]]; allowed: [ab]; " +
      "minlength: 10; maxlength: 20; max-consecutive: 4;",
    "t",
  );
  assert.equal(r.minLength, 10); // the largest minlength
  assert.equal(r.maxLength, 12); // the smallest maxlength
  assert.equal(r.maxConsecutive, 3); // the smallest max-consecutive
  assert.equal(r.maxRepeating, 3); // max-consecutive limits both runs
  assert.equal(r.maxSequential, 3);
  assert.equal(sorted(r.allowed), "ab");
  assert.equal(r.required.length, 1);
  assert.equal(sorted(r.required[0].chars), "-]abcdefghijklmnopqrstuvwxyz");
  // ']' is literal only as "]]" at the end; characters outside ASCII printable are ignored.
  assert.equal(sorted(parsePasswordRules("allowed: [a]]", "t").allowed), "]a");
  assert.equal(sorted(parsePasswordRules("allowed: [a§ä b]", "t").allowed), " ab");
  assert.equal(sorted(parsePasswordRules("allowed: [-a[]", "t").allowed), "-[a");
  // special: every ASCII printable character that is not a letter or digit, space included.
  assert.equal(
    sorted(parsePasswordRules("allowed: special", "t").allowed),
    " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  );
  assert.equal(parsePasswordRules("allowed: ascii-printable", "t").allowed!.size, 95);
  // No rules at all: ascii-printable, 95 characters, 20 for 128 bits.
  assert.equal(passwordPlan(opts({ rules: "" }), "password()").chars.length, 95);
  assert.equal(passwordPlan(opts({ rules: "  " }), "password()").length, 20);
});

Deno.test("password({ rules }) chooses the length: fewest for 128 bits within the bounds", () => {
  // ascii-printable: 95**20 >= 2**128 > 95**19.
  assert.equal(passwordPlan(opts({ rules: "minlength: 8" }), "password()").length, 20);
  assert.equal(passwordPlan(opts({ rules: "minlength: 30" }), "password()").length, 30);
  assert.equal(passwordPlan(opts({ rules: "maxlength: 12" }), "password()").length, 12);
  assert.equal(passwordPlan(opts({ rules: "minlength: 8", length: 9 }), "password()").length, 9);
  // Digits only: 39 characters (10**39 >= 2**128 > 10**38).
  assert.equal(passwordPlan(opts({ rules: "required: digit" }), "password()").length, 39);
  // With constraints, the count decides: the first length whose valid count reaches 2**128.
  const rules = "required: lower; required: upper; required: digit; max-consecutive: 2";
  const plan = passwordPlan(opts({ rules }), "password()");
  assert.ok(plan.valid >= 2n ** 128n);
  assert.ok(
    passwordPlan(opts({ rules, length: plan.length - 1 }), "password()").valid < 2n ** 128n,
  );
  const p = password(opts({ rules }));
  assert.equal(p.length, plan.length);
  // A count of exactly 2**128 reaches the target (16**32), counted with a table (a run limit
  // no character can break) and without one.
  const sixteen = "allowed: [!#$%&()*+,./:;<=]";
  for (
    const [text, table] of [[`${sixteen}; max-sequential: 2`, true], [sixteen, false]] as const
  ) {
    const exact = passwordPlan(opts({ rules: text }), "password()");
    assert.deepEqual([exact.length, exact.valid, exact.rules!.counter !== undefined], [
      32,
      2n ** 128n,
      table,
    ]);
  }
  // excludeAmbiguous and exclude narrow every set of the rules.
  const clear = password(opts({ rules: "allowed: upper, digit", excludeAmbiguous: true }));
  assert.match(clear, /^[ACEFHJ-NPRT-Y3479]+$/);
  assert.equal(
    passwordPlan(opts({ rules: "allowed: digit", exclude: "0123" }), "password()").chars.length,
    6,
  );
  assert.match(p, /[a-z]/);
  assert.match(p, /[A-Z]/);
  assert.match(p, /[0-9]/);
  assert.ok(!/(.)\1\1/.test(p));
});

Deno.test("password({ rules }) errors name the offending part", () => {
  const cases: [Options, typeof Error, string | RegExp][] = [
    [
      { rules: "minlenght: 8" },
      TypeError,
      "passwordRules(): rules are malformed: unknown property 'minlenght' (did you mean 'minlength'?)",
    ],
    [
      { rules: "colour: red" },
      TypeError,
      "passwordRules(): rules are malformed: unknown property 'colour'",
    ],
    // What the rules echo is escaped by describe's rule (never printed raw, never a space or
    // trimmed away), and cut after 24 characters, names included.
    [
      { rules: "required: lower\u202e;" },
      TypeError,
      "passwordRules(): rules are malformed: expected ',' or ';' in 'required', got \"\\u202e;\"",
    ],
    [
      { rules: "minlength: 5\u2028;" },
      TypeError,
      "passwordRules(): rules are malformed: 'minlength' must be a non-negative integer, got \"5\\u2028\"",
    ],
    [
      { rules: "maxlength: 9\ufeff" },
      TypeError,
      "passwordRules(): rules are malformed: 'maxlength' must be a non-negative integer, got \"9\\ufeff\"",
    ],
    [
      { rules: "minlength: 8\u0085; allowed: lower" },
      TypeError,
      "passwordRules(): rules are malformed: 'minlength' must be a non-negative integer, got \"8\\u0085\"",
    ],
    [
      { rules: "\u200bminlength: 8" },
      TypeError,
      'passwordRules(): rules are malformed: expected a property name, got "\\u200bminlength: 8"',
    ],
    [
      { rules: "a".repeat(1 << 20) },
      TypeError,
      `passwordRules(): rules are malformed: unknown property '${"a".repeat(24)}…'`,
    ],
    [
      { rules: "max_" + "x".repeat(100) + ": 3" },
      TypeError,
      `passwordRules(): rules are malformed: unknown property 'max_${"x".repeat(20)}…'`,
    ],
    [
      { rules: "required: " + "q".repeat(1000) },
      TypeError,
      `passwordRules(): rules are malformed: unknown character class '${
        "q".repeat(24)
      }…' in 'required'`,
    ],
    [
      { rules: "minlength: " + "7".repeat(1000) + "x" },
      TypeError,
      `passwordRules(): rules are malformed: 'minlength' must be a non-negative integer, got "${
        "7".repeat(24)
      }…"`,
    ],
    [
      { rules: "required: [\u00e9\u202e" + "\u00e8".repeat(100) + "]" },
      RangeError,
      `passwordRules(): rules cannot be met: 'required: [\u00e9\\u202e${
        "\u00e8".repeat(37)
      }…' has no ASCII printable character`,
    ],
    [
      { rules: "required: digits" },
      TypeError,
      "passwordRules(): rules are malformed: unknown character class 'digits' in 'required' (did you mean 'digit'?)",
    ],
    [
      { rules: "required: ;" },
      TypeError,
      "passwordRules(): rules are malformed: 'required' has no value",
    ],
    [
      { rules: "minlength 8" },
      TypeError,
      "passwordRules(): rules are malformed: expected ':' after 'minlength', got \"8\"",
    ],
    [
      { rules: "minlength: 8a" },
      TypeError,
      "passwordRules(): rules are malformed: 'minlength' must be a non-negative integer, got \"8a\"",
    ],
    [
      { rules: "minlength: -1" },
      TypeError,
      "passwordRules(): rules are malformed: 'minlength' must be a non-negative integer, got \"-1\"",
    ],
    [
      { rules: "allowed: [a-z]" },
      TypeError,
      "passwordRules(): rules are malformed: in \"[a-z]\", '-' may only come first (it is reserved for ranges)",
    ],
    [
      { rules: "allowed: [abc" },
      TypeError,
      'passwordRules(): rules are malformed: unterminated character class "[abc"',
    ],
    [
      { rules: "allowed: []" },
      TypeError,
      "passwordRules(): rules are malformed: empty character class \"[]\" in 'allowed'",
    ],
    [
      { rules: "allowed: upper lower" },
      TypeError,
      "passwordRules(): rules are malformed: expected ',' or ';' in 'allowed', got \"lower\"",
    ],
    [
      { rules: "allowed: upper,;" },
      TypeError,
      "passwordRules(): rules are malformed: expected a class after ',' in 'allowed'",
    ],
    [
      { rules: "allowed: [a]b]" },
      TypeError,
      "passwordRules(): rules are malformed: expected ',' or ';' in 'allowed', got \"b]\"",
    ],
    [
      { rules: ";minlength: 8" },
      TypeError,
      'passwordRules(): rules are malformed: expected a property name, got ";minlength: 8"',
    ],
    [
      { rules: "minlength: 8;; maxlength: 9" },
      TypeError,
      'passwordRules(): rules are malformed: expected a property name, got "; maxlength: 9"',
    ],
    [
      { rules: "allowed: [a]" },
      RangeError,
      "passwordRules(): rules cannot be met: they allow 1 character; a password needs at least 2",
    ],
    [
      { rules: "allowed: [äö]" },
      RangeError,
      "passwordRules(): rules cannot be met: 'allowed: [äö]' has no ASCII printable character",
    ],
    [
      { rules: "required: [ab]; required: [a]; allowed: [xy]", exclude: "a" },
      RangeError,
      "password(): exclude leaves no usable character in 'required: [a]', so the rules cannot be met",
    ],
    [
      { rules: "maxlength: 0" },
      RangeError,
      "passwordRules(): rules cannot be met: maxlength must be at least 1, got 0",
    ],
    [
      { rules: "max-consecutive: 0" },
      RangeError,
      "passwordRules(): rules cannot be met: max-consecutive must be at least 1, got 0",
    ],
    [
      { rules: "minlength: 2000" },
      RangeError,
      "passwordRules(): rules cannot be met: minlength must be at most 1024, got 2000",
    ],
    [
      { rules: "minlength: 20; maxlength: 10" },
      RangeError,
      "passwordRules(): rules cannot be met: minlength must be at most the maxlength, 10, got 20",
    ],
    [
      { rules: "minlength: 8; maxlength: 12", length: 16 },
      RangeError,
      "password(): length 16 is outside the rules' bounds (8 to 12)",
    ],
    [
      { rules: "required: [a]; required: [b]; required: [c]; maxlength: 2" },
      RangeError,
      "passwordRules(): rules give fewer than 2 passwords at every length from 1 to 2",
    ],
    [
      { rules: "allowed: [ab]; max-repeating: 1; required: [a]; required: [b]", length: 1 },
      RangeError,
      "password(): rules cannot be met: no password of 1 character satisfies them",
    ],
    [
      { rules: "minlength: 8", minDigits: 1 },
      TypeError,
      "password(): rules cannot be combined with minDigits: the rules say which characters are allowed and required",
    ],
    [
      { rules: "minlength: 8", alphabet: "abc" },
      TypeError,
      "password(): rules cannot be combined with alphabet: the rules say which characters are allowed and required",
    ],
    [{ rules: 8 as never }, TypeError, "passwordRules(): rules must be a string, got 8"],
    [
      {
        rules: Array.from({ length: 13 }, (_, i) => `required: [${"abcdefghijklm"[i]}]`).join(";"),
      },
      RangeError,
      "passwordRules(): rules cannot be counted quickly: more than 12 required lines, none containing another (at most 12)",
    ],
    // Refused from the counter's layout, before any table is made (an outside
    // review found 15 s and 1.5 GB, then "Invalid array length", when the
    // tables were built first).
    [
      {
        rules: Array.from(
          { length: 12 },
          (_, i) => `required: [${"acegikmoqsuw"[i]}${"bdfhjlnprtvx"[i]}]`,
        )
          .join("; ") + "; max-consecutive: 1000",
      },
      RangeError,
      "passwordRules(): rules cannot be counted quickly: 12 required lines and the run limits make 147357696 counting states a character (at most 32768)",
    ],
    [
      {
        rules:
          "required: lower; required: upper; required: digit; required: special; max-repeating: 1000; max-sequential: 1000",
      },
      RangeError,
      "passwordRules(): rules cannot be counted quickly: 4 required lines and the run limits make 1495008 counting states a character (at most 32768)",
    ],
    [
      {
        rules:
          "required: lower; required: upper; required: digit; required: special; max-consecutive: 2",
        length: 1000,
      },
      RangeError,
      "password(): length must be at most 101 for these rules (the longest they can be counted at quickly), got 1000",
    ],
  ];
  for (const [options, kind, message] of cases) {
    assertThrows(() => password(opts(options)), kind, message);
  }
  // Rules are compiled by passwordRules(): text, or anything else, is refused with a hint.
  assertThrows(
    () => password({ rules: "required: digit" as never }),
    TypeError,
    'password(): rules must be compiled: write rules: passwordRules("required: digit") (so that bundles that never use rules leave the parser out)',
  );
  assertThrows(
    () => entropyBits("password", { rules: { text: "x" } as never }),
    TypeError,
    "entropyBits(): rules must be made by passwordRules(), got an object",
  );
  assertThrows(
    () =>
      entropyBits(
        "password",
        opts({ rules: "required: [a]; allowed: [b]", exclude: "b" }),
      ),
    RangeError,
    "entropyBits(): exclude leaves the rules 1 usable character; a password needs at least 2",
  );
});

Deno.test("password({ rules }) with long lengths stays within its work bounds", () => {
  // The table grows with the states times the square of the length: four required lines
  // over ascii-printable (4 groups of 8 masks: 32 states) count up to 799 characters, and
  // a longer length is refused before any counting, naming the length asked for.
  const rules = "required: lower; required: upper; required: digit; required: special";
  const plan = passwordPlan(opts({ rules, length: 799 }), "password()");
  const p = password(opts({ rules, length: 799 }));
  assert.equal(p.length, 799);
  assert.ok(plan.valid < plan.total && plan.valid * 2n > plan.total);
  assertThrows(
    () => password(opts({ rules, length: 800 })),
    RangeError,
    "password(): length must be at most 799 for these rules (the longest they can be counted at quickly), got 800",
  );
  // Exactly 2**128 valid strings is enough: 16 characters, 32 of them.
  const hex = opts({ rules: "allowed: digit, [abcdef]" });
  assert.match(password(hex), /^[0-9a-f]{32}$/);
  assert.equal(entropyBits("password", hex), 128);
  // Two required lines (three groups) reach the bound later, within 1,024.
  assert.equal(
    password(opts({ rules: "required: lower; required: upper; allowed: digit", length: 1024 }))
      .length,
    1024,
  );
  assert.equal(
    password(opts({ rules: "required: digit; allowed: ascii-printable", length: 1024 })).length,
    1024,
  );
  // Rules that require nothing need no table: any length.
  assert.equal(password(opts({ rules: "allowed: lower, digit", length: 1024 })).length, 1024);
  // A limit on repeats only keeps the groups: 200 characters.
  const q = password(opts({ rules: rules + "; max-repeating: 2", length: 200 }));
  assert.equal(q.length, 200);
  assert.ok(!/(.)\1\1/.test(q));
  // Sequences count every letter and digit apart: 101 characters at most.
  const seq = opts({ rules: rules + "; max-consecutive: 2", length: 101 });
  assert.equal(password(seq).length, 101);
  assertThrows(
    () => password(opts({ rules: rules + "; max-consecutive: 2", length: 102 })),
    RangeError,
    "password(): length must be at most 101 for these rules (the longest they can be counted at quickly), got 102",
  );
});
