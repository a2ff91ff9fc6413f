// Real sites' published password rules (apple/password-manager-resources,
// quirks/password-rules.json at commit 96cbab7), recorded verbatim. For each: the passwords
// drawn satisfy the rules by an independent checker (a regex reading of the rules, written
// here), the length is the documented choice, and entropyBits is log2 of the number of valid
// strings counted independently (inclusion-exclusion over the required lines). Under
// max-consecutive, which limits repeats and sequences alike, the count is bounded here by
// the repeats-only count (a run-length recurrence) and proved exact by brute force in
// _rules_count_test.ts.
import { entropyBits, password, passwordRules } from "../../recipes.ts";
import { passwordPlan } from "../../lib/recipes/password.ts";
import { assert } from "../_helpers.ts";
import { longestSequence } from "./_rules_checker.ts";

const SITES: [string, string][] = [
  ["163.com", "minlength: 6; maxlength: 16;"],
  ["1800flowers.com", "minlength: 6; required: lower, upper; required: digit;"],
  [
    "access.service.gov.uk",
    "minlength: 10; required: lower; required: upper; required: digit; required: special;",
  ],
  [
    "account.samsung.com",
    "minlength: 8; maxlength: 15; required: digit; required: special; required: upper,lower;",
  ],
  [
    "acmemarkets.com",
    "minlength: 8; maxlength: 40; required: upper; required: [!#$%&*@^]; allowed: lower,digit;",
  ],
  [
    "activision.com",
    "minlength: 8; maxlength: 20; max-consecutive: 2; required: lower, upper; required: digit;",
  ],
  [
    "admiral.com",
    "minlength: 8; required: digit; required: [- !\"#$&'()*+,.:;<=>?@[^_`{|}~]]; allowed: lower, upper;",
  ],
  [
    "aeon.co.jp",
    "minlength: 8; maxlength: 8; max-consecutive: 3; required: digit; required: upper,lower,[#$+./:=?@[^_|~]];",
  ],
  [
    "aetna.com",
    "minlength: 8; maxlength: 20; max-consecutive: 2; required: upper; required: digit; allowed: lower, [-_&#@];",
  ],
  [
    "airfrance.com",
    "minlength: 8; maxlength: 12; required: lower; required: upper; required: digit; allowed: [-!#$&+/?@_];",
  ],
  ["aliexpress.com", "minlength: 6; maxlength: 20; allowed: lower, upper, digit;"],
  [
    "apple.com",
    "minlength: 8; maxlength: 63; required: lower; required: upper; required: digit; allowed: ascii-printable;",
  ],
  [
    "axa.de",
    "minlength: 8; maxlength: 65; required: lower; required: upper; required: digit; allowed: [-!\"§$%&/()=?;:_+*'#];",
  ],
  [
    "bochk.com",
    "minlength: 8; maxlength: 12; max-consecutive: 3; required: lower; required: upper; required: digit; allowed: [#$%&()*+,.:;<=>?@_];",
  ],
  [
    "dkb.de",
    "minlength: 8; maxlength: 38; required: lower, upper; required: digit; allowed: [-äüöÄÜÖß!$%&/()=?+#,.:];",
  ],
  [
    "google.com",
    "minlength: 8; allowed: lower, upper, digit, [-!\"#$%&'()*+,./:;<=>?@[^_{|}~]];",
  ],
  [
    "posteo.de",
    'minlength: 8; required: lower; required: upper; required: digit, [-~!#$%&_+=|(){}[:;"’<>,.? ]];',
  ],
  ["turkishairlines.com", "minlength: 6; maxlength: 6; required: digit; max-consecutive: 3;"],
  [
    "unito.it",
    "minlength: 8; required: upper; required: lower; required: digit; required: [-!?+*/:;'\"{}()@£$%&=^#[]];",
  ],
  [
    "zoom.us",
    "minlength: 8; maxlength: 32; max-consecutive: 6; required: lower; required: upper; required: digit;",
  ],
];

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const NAMED: Record<string, (c: string) => boolean> = {
  upper: (c) => /[A-Z]/.test(c),
  lower: (c) => /[a-z]/.test(c),
  digit: (c) => /[0-9]/.test(c),
  special: (c) => !/[A-Za-z0-9]/.test(c),
  "ascii-printable": () => true,
};

/** The rules, read with regular expressions: a class ends at a ']' not followed by ']'. */
function readRules(text: string) {
  const props = [...text.matchAll(/(?:\[.*?\](?!\])|[^;])+/g)].map((m) => m[0].trim())
    .filter((p) => p !== "");
  const required: Set<string>[] = [];
  let allowed: Set<string> | undefined;
  let min = 0, max = Infinity, run = Infinity;
  for (const prop of props) {
    const [, name, value] = prop.match(/^([a-z-]+)\s*:\s*(.*)$/s)!;
    if (name === "minlength") min = Math.max(min, Number(value));
    else if (name === "maxlength") max = Math.min(max, Number(value));
    else if (name === "max-consecutive") run = Math.min(run, Number(value));
    else {
      const set = new Set<string>();
      for (const m of value.matchAll(/\[(.*?)\](?!\])|([a-z-]+)/g)) {
        const inClass = m[1] !== undefined
          ? (c: string) => m[1].includes(c)
          : (c: string) => NAMED[m[2]](c);
        for (const c of PRINTABLE) if (inClass(c)) set.add(c);
      }
      if (name === "required") required.push(set);
      else allowed = new Set([...(allowed ?? []), ...set]);
    }
  }
  const all = new Set([...(allowed ?? []), ...required.flatMap((s) => [...s])]);
  return {
    allowed: allowed === undefined && required.length === 0 ? new Set(PRINTABLE) : all,
    required,
    min,
    max,
    run,
  };
}

function satisfies(pw: string, r: ReturnType<typeof readRules>): string | undefined {
  const cs = [...pw];
  if (cs.length < r.min || cs.length > r.max) return `length ${cs.length}`;
  const bad = cs.find((c) => !r.allowed.has(c));
  if (bad !== undefined) return `${JSON.stringify(bad)} is not allowed`;
  const unmet = r.required.findIndex((set) => !cs.some((c) => set.has(c)));
  if (unmet >= 0) return `required line ${unmet} unmet`;
  if (/(.)\1*/g.test(pw) && [...pw.matchAll(/(.)\1*/g)].some((m) => m[0].length > r.run)) {
    return "a run is too long";
  }
  if (longestSequence(pw) > r.run) return "a sequence is too long";
}

/** Strings of `length` over `size` letters with no run longer than `run`. */
function runCount(size: number, length: number, run: number): bigint {
  if (run >= length) return BigInt(size) ** BigInt(length);
  let byRun = [0n, BigInt(size)]; // byRun[r]: strings ending in a run of exactly r
  for (let i = 1; i < length; i++) {
    const total = byRun.reduce((a, b) => a + b, 0n);
    const next = [0n, total * BigInt(size - 1)];
    for (let r = 1; r < run; r++) next[r + 1] = byRun[r] ?? 0n;
    byRun = next;
  }
  return byRun.reduce((a, b) => a + b, 0n);
}

/** Valid strings of `length`: inclusion-exclusion over the required lines. */
function validCount(r: ReturnType<typeof readRules>, length: number): bigint {
  let sum = 0n;
  const k = r.required.length;
  for (let s = 0; s < 1 << k; s++) {
    const avoided = new Set<string>();
    let bits = 0;
    for (let j = 0; j < k; j++) {
      if (s & (1 << j)) {
        bits++;
        for (const c of r.required[j]) avoided.add(c);
      }
    }
    const size = [...r.allowed].filter((c) => !avoided.has(c)).length;
    const n = size === 0 ? 0n : runCount(size, length, r.run);
    sum += bits % 2 ? -n : n;
  }
  return sum;
}

Deno.test("password({ rules }) meets twenty real sites' published rules, with exact entropy", () => {
  for (const [site, text] of SITES) {
    const r = readRules(text);
    const rules = passwordRules(text);
    // The documented length: the fewest characters from minlength (at least 1) whose valid
    // count reaches 2**128, at most maxlength (and 1024).
    let length = Math.max(1, r.min);
    const hi = Math.min(r.max, 1024);
    while (length < hi && validCount(r, length) < 2n ** 128n) length++;
    const plan = passwordPlan({ rules }, "password()");
    const bits = entropyBits("password", { rules });
    if (r.run === Infinity) {
      assert.equal(plan.length, length, site);
      const count = validCount(r, length);
      assert.equal(plan.valid, count, site);
      assert.ok(Math.abs(bits - Math.log2(Number(count))) < 1e-9);
    } else {
      // Sequences forbidden too: fewer strings than with repeats alone, so no shorter.
      assert.ok(plan.length >= length, site);
      assert.ok(plan.valid > 0n && plan.valid < validCount(r, plan.length), site);
      assert.ok(Math.abs(bits - Math.log2(Number(plan.valid))) < 1e-9);
    }
    for (let i = 0; i < 200; i++) {
      const pw = password({ rules });
      const why = satisfies(pw, r);
      assert.equal(why, undefined, `${site}: ${JSON.stringify(pw)}: ${why}`);
    }
  }
});

Deno.test("the independent checker catches broken passwords", () => {
  // The checker itself must be able to fail.
  const r = readRules(SITES.find(([s]) => s === "aetna.com")![1]);
  assert.equal(satisfies("Axbzcyd1", r), undefined);
  assert.equal(satisfies("Axbzcy1", r), "length 7");
  assert.equal(satisfies("Axbzcyd!", r), '"!" is not allowed');
  assert.equal(satisfies("axbzcyd1", r), "required line 0 unmet");
  assert.equal(satisfies("Axbzeee1", r), "a run is too long");
  assert.equal(satisfies("Axbzcde1", r), "a sequence is too long"); // "cde": 3 > 2
  assert.equal(satisfies("Axbzcy-_", r), "required line 1 unmet");
  assert.equal(satisfies("Axbz9871", r), "a sequence is too long"); // "987": descending
  // "]]" is a literal "]", and characters outside ASCII printable are ignored.
  const u = readRules(SITES.find(([s]) => s === "unito.it")![1]);
  assert.ok(u.required[3].has("]") && u.required[3].has("[") && !u.required[3].has("£"));
});
