// passwordRules() checks what it can when the rules are parsed: rule sets that cannot give a
// password are refused there, naming the property (as an error field, for the command line),
// an HTML entity left in a class is refused, `unicode` is drawn from ascii-printable, and the
// cheap bounds come before any work that grows faster than the text.
import { entropyBits, password, passwordRules } from "../../recipes.ts";
import type { OptionErrorFields } from "../../lib/core/mod.ts";
import { assert, assertThrows } from "../_helpers.ts";
import { readRules, violation } from "./_rules_checker.ts";

/** The error `fn` throws, with its class, message and fields checked. */
function refused(
  fn: () => unknown,
  kind: typeof RangeError | typeof TypeError,
  message: string,
  fields: Partial<OptionErrorFields>,
): void {
  assertThrows(fn, kind, message);
  try {
    fn();
  } catch (e) {
    const got = e as Error & Partial<OptionErrorFields>;
    for (const [key, value] of Object.entries(fields)) {
      assert.equal(got[key as keyof OptionErrorFields], value, `${message}: ${key}`);
    }
    assert.ok(Object.hasOwn(got, "option"), message);
  }
}

Deno.test("passwordRules() refuses rules that cannot give a password, naming the property", () => {
  const cases: [string, typeof RangeError | typeof TypeError, string, string | undefined][] = [
    [
      "minlength: 20; maxlength: 8",
      RangeError,
      "rules cannot be met: minlength must be at most the maxlength, 8, got 20",
      "minlength",
    ],
    [
      "minlength: 2000",
      RangeError,
      "rules cannot be met: minlength must be at most 1024, got 2000",
      "minlength",
    ],
    [
      "maxlength: 0",
      RangeError,
      "rules cannot be met: maxlength must be at least 1, got 0",
      "maxlength",
    ],
    [
      "max-consecutive: 0",
      RangeError,
      "rules cannot be met: max-consecutive must be at least 1, got 0",
      "max-consecutive",
    ],
    [
      "max-repeating: 0",
      RangeError,
      "rules cannot be met: max-repeating must be at least 1, got 0",
      "max-repeating",
    ],
    [
      "Max-Sequential: 00",
      RangeError,
      "rules cannot be met: max-sequential must be at least 1, got 0",
      "max-sequential",
    ],
    [
      "allowed: [a]",
      RangeError,
      "rules cannot be met: they allow 1 character; a password needs at least 2",
      "allowed",
    ],
    [
      "required: [a]",
      RangeError,
      "rules cannot be met: they allow 1 character; a password needs at least 2",
      "required",
    ],
    [
      "required: [§]; allowed: lower",
      RangeError,
      "rules cannot be met: 'required: [§]' has no ASCII printable character",
      "required",
    ],
    [
      "allowed: lower; required: [&quot;]",
      TypeError,
      `rules are malformed: "&quot;" in 'required' is an HTML entity: decode the attribute first (write the character itself)`,
      "required",
    ],
    [
      "allowed: [-a&#x27;b]",
      TypeError,
      `rules are malformed: "&#x27;" in 'allowed' is an HTML entity: decode the attribute first (write the character itself)`,
      "allowed",
    ],
    [
      "maxlength: 1; required: [a]; allowed: [b]",
      RangeError,
      "rules give fewer than 2 passwords at every length from 1 to 1",
      undefined,
    ],
    [
      "maxlength: 3; allowed: [ab]; required: [a]; required: [b]; max-consecutive: 1",
      RangeError,
      "rules give fewer than 2 passwords at every length from 1 to 3",
      undefined,
    ],
    [
      "minlenght: 8",
      TypeError,
      "rules are malformed: unknown property 'minlenght' (did you mean 'minlength'?)",
      undefined,
    ],
    // A name run on with '_' or digits is reported whole, and the hyphenated name suggested.
    [
      "max_sequential: 2",
      TypeError,
      "rules are malformed: unknown property 'max_sequential' (did you mean 'max-sequential'?)",
      undefined,
    ],
    [
      "minlength: 8; max_consecutive: 2",
      TypeError,
      "rules are malformed: unknown property 'max_consecutive' (did you mean 'max-consecutive'?)",
      undefined,
    ],
    [
      "required_x: lower",
      TypeError,
      "rules are malformed: unknown property 'required_x' (did you mean 'required'?)",
      undefined,
    ],
    [
      "MIN_LENGTH: 8",
      TypeError,
      "rules are malformed: unknown property 'MIN_LENGTH' (did you mean 'minlength'?)",
      undefined,
    ],
    [
      "minlength2: 8",
      TypeError,
      "rules are malformed: unknown property 'minlength2' (did you mean 'minlength'?)",
      undefined,
    ],
    [
      "required: digits",
      TypeError,
      "rules are malformed: unknown character class 'digits' in 'required' (did you mean 'digit'?)",
      "required",
    ],
  ];
  for (const [text, kind, message, property] of cases) {
    refused(() => passwordRules(text), kind, `passwordRules(): ${message}`, {
      function: "passwordRules",
      option: "rules",
      property,
    });
  }
  refused(
    () => passwordRules(8 as never),
    TypeError,
    "passwordRules(): rules must be a string, got 8",
    {
      option: "rules",
      value: 8,
    },
  );
  // At the bounds: equal lengths are fine, one more is not.
  assert.equal(passwordRules("minlength: 8; maxlength: 8").maxLength, 8);
  assertThrows(() => passwordRules("minlength: 9; maxlength: 8"), RangeError, /minlength must be/);
  // An ampersand that is not an entity is a character like any other.
  assert.equal(passwordRules("allowed: [&;q]").allowed, "&;q");
  assert.equal(passwordRules("allowed: [&amp]").allowed, "&amp");
});

Deno.test("allowed: unicode is drawn from ascii-printable, and counted as that set", () => {
  const verizon =
    "minlength: 8; maxlength: 20; required: lower, upper; required: digit; allowed: unicode;";
  const rules = passwordRules(verizon);
  assert.equal(rules.allowed.length, 95);
  assert.equal(rules.allowed, passwordRules("allowed: ascii-printable").allowed);
  const spec = readRules(verizon);
  for (let i = 0; i < 200; i++) {
    const p = password({ rules });
    assert.equal(violation(p, spec), undefined, p);
    assert.match(p, /^[ -~]+$/);
  }
  // The entropy counts the 95 characters only: the same as ascii-printable.
  const printable = passwordRules(verizon.replace("unicode", "ascii-printable"));
  assert.equal(entropyBits("password", { rules }), entropyBits("password", { rules: printable }));
  assert.equal(passwordRules("required: unicode; allowed: [ab]").allowed.length, 95);
});

Deno.test("never a silent constant: fewer than 2 passwords is a RangeError; minBits", () => {
  // Two passwords only when parsed ("a", "b"), one once "b" is excluded.
  const two = passwordRules("maxlength: 1; required: [ab]");
  assert.equal(entropyBits("password", { rules: two }), 1);
  refused(
    () =>
      password({ rules: passwordRules("maxlength: 2; required: [a]; allowed: [b]"), length: 1 }),
    RangeError,
    "password(): rules give only one password of 1 character; at least 2 are needed",
    { function: "password", option: "rules" },
  );
  // minBits refuses rules that cannot reach it, saying the most they allow.
  const digits = passwordRules("maxlength: 8; required: digit");
  assert.equal(entropyBits("password", { rules: digits }), Math.log2(1e8));
  refused(
    () => password({ rules: digits, minBits: 64 }),
    RangeError,
    "password(): minBits must be at most what the rules allow, 26.57 bits at 8 characters, got 64",
    { function: "password", option: "minBits" },
  );
  assert.equal(password({ rules: digits, minBits: 26 }).length, 8);
  refused(
    () => entropyBits("password", { rules: digits, minBits: 27 }),
    RangeError,
    "entropyBits(): minBits must be at most what the rules allow, 26.57 bits at 8 characters, got 27",
    { function: "entropyBits", option: "minBits" },
  );
  // Without a length, minBits above 128 lengthens the password to reach it.
  const open = passwordRules("required: digit");
  assert.equal(password({ rules: open }).length, 39); // 10**39 >= 2**128
  assert.equal(password({ rules: open, minBits: 200 }).length, 61); // 10**61 >= 2**200 > 10**60
  assert.equal(password({ minBits: 200 }).length, 34); // 62**34 >= 2**200 > 62**33
  refused(
    () => password({ length: 8, minBits: 64 }),
    RangeError,
    "password(): minBits must be at most what the options allow, 47.63 bits at 8 characters, got 64",
    { option: "minBits" },
  );
  refused(
    () => password({ minBits: 0 }),
    RangeError,
    "password(): minBits must be at least 1, got 0",
    {
      option: "minBits",
      value: 0,
    },
  );
  refused(
    () => password({ minBits: 8193 }),
    RangeError,
    "password(): minBits must be at most 8192, got 8193",
    { option: "minBits" },
  );
  assertThrows(() => password({ minBits: 1.5 }), TypeError);
  // At the bound: 62**8 is 47.63 bits.
  assert.equal(password({ length: 8, minBits: 47 }).length, 8);
  assertThrows(() => password({ length: 8, minBits: 48 }), RangeError, /47\.63 bits/);
});

Deno.test("work bounds come first: thousands of required lines are refused in linear time", () => {
  // Lines of two characters each, none containing another: refused after 13 are kept.
  const pairs: string[] = [];
  const chars = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 1; j < chars.length; j++) pairs.push(`required: [${chars[i]}${chars[j]}]`);
  }
  const lines = Array.from({ length: 16000 }, (_, i) => pairs[i % pairs.length]);
  const start = performance.now();
  refused(
    () => passwordRules(lines.join("; ")),
    RangeError,
    "passwordRules(): rules cannot be counted quickly: more than 12 required lines, none containing another (at most 12)",
    { property: "required" },
  );
  // Linear work: 16,000 lines (twice) in about 0.3 s here; quadratic work took 8 s.
  assert.ok(performance.now() - start < 3000, `${performance.now() - start} ms`);
  // At the bound: 12 lines are counted, 13 are not.
  const single = (n: number) =>
    [..."abcdefghijklm"].slice(0, n).map((c) => `required: [${c}]`).join("; ") + "; allowed: digit";
  assert.equal(password({ rules: passwordRules(single(12)), length: 12 }).length, 12);
  assertThrows(() => passwordRules(single(13)), RangeError, /more than 12 required lines/);
  // Lines implied by another cost nothing: 16,000 copies of one line are one line.
  const same = passwordRules(Array(16000).fill("required: [ab]; required: [abc]").join("; "));
  assert.equal(password({ rules: same, length: 4 }).length, 4);
  // A default length past the countable one: refused, saying the longest that can be counted.
  refused(
    () => password({ rules: passwordRules("required: digit; max-consecutive: 2"), minBits: 5000 }),
    RangeError,
    "password(): rules cannot be counted quickly: reaching 5000 bits takes more than 1005 " +
      "characters, the longest they can be counted at; give a length of at most 1005",
    { option: "rules" },
  );
  // So is a minlength past it, when parsed.
  refused(
    () =>
      passwordRules(
        "minlength: 1000; required: lower; required: upper; required: digit; max-consecutive: 3",
      ),
    RangeError,
    "passwordRules(): rules cannot be counted quickly: minlength must be at most 114 (the " +
      "longest these rules can be counted at), got 1000",
    { option: "rules", property: "minlength" },
  );
  // A length too long to count is refused before counting, in the caller's terms.
  refused(
    () =>
      password({
        rules: passwordRules(
          "required: lower; required: upper; required: digit; max-consecutive: 3",
        ),
        length: 1000,
      }),
    RangeError,
    "password(): length must be at most 114 for these rules (the longest they can be counted at quickly), got 1000",
    { option: "length" },
  );
});

Deno.test("a class quoted in a message is one line: line breaks as spaces, control characters escaped", () => {
  const cases: [string, string][] = [
    ["allowed: [\n]", "'allowed: [ ]'"], // white space to the rules: a space
    ["required: [\u0000]; allowed: lower", "'required: [\\u0000]'"],
    ["required: [\u001b]; allowed: lower", "'required: [\\u001b]'"],
    ["allowed: [\u0085]", "'allowed: [\\u0085]'"],
    ["required: [\u2028]; allowed: lower", "'required: [\\u2028]'"],
  ];
  for (const [rules, quoted] of cases) {
    refused(
      () => passwordRules(rules),
      RangeError,
      `passwordRules(): rules cannot be met: ${quoted} has no ASCII printable character`,
      { option: "rules" },
    );
  }
});
