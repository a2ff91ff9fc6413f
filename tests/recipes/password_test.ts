// Recipes: constraints always met, uniform over every valid string, exact
// entropy counted by brute force on small cases, and clear errors.
import fc from "fast-check";
import {
  AMBIGUOUS,
  effWordlist,
  entropyBits,
  passphrase,
  password,
  passwordRules,
  SYMBOLS,
} from "../../recipes.ts";
import { countValid, passwordPlan } from "../../lib/recipes/password.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert, assertChiSquare, assertThrows, counterSource } from "../_helpers.ts";

Deno.test("password() defaults: 22 characters of A-Za-z0-9, at least 128 bits", () => {
  const p = password();
  assert.match(p, /^[A-Za-z0-9]{22}$/);
  assert.ok(entropyBits("password") >= 128);
  assert.ok(Math.abs(entropyBits("password") - 22 * Math.log2(62)) < 1e-9);
});

Deno.test("password() meets its minimums, every time", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 11, max: 40 }), // the minimums add up to at most 11
      fc.nat(3),
      fc.nat(3),
      fc.nat(3),
      fc.nat(2),
      (length, minLower, minUpper, minDigits, minSymbols) => {
        const alphabet =
          "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&*+-=?@^_";
        const p = password({ length, alphabet, minLower, minUpper, minDigits, minSymbols });
        assert.equal([...p].length, length);
        assert.ok((p.match(/[a-z]/g) ?? []).length >= minLower);
        assert.ok((p.match(/[A-Z]/g) ?? []).length >= minUpper);
        assert.ok((p.match(/[0-9]/g) ?? []).length >= minDigits);
        assert.ok((p.match(/[^A-Za-z0-9]/g) ?? []).length >= minSymbols);
        assert.ok([...p].every((c) => alphabet.includes(c)));
      },
    ),
    { numRuns: 200 },
  );
  assert.ok(!/[Il1O0]/.test(password({ length: 200, exclude: "Il1O0" })));
});

Deno.test("password() counts valid strings exactly (checked by brute force)", () => {
  const alphabet = "ab" + "AB" + "01" + "!" + "é";
  for (let length = 1; length <= 4; length++) {
    for (
      const [minLower, minUpper, minDigits, minSymbols] of [
        [0, 0, 0, 0],
        [1, 0, 0, 0],
        [1, 1, 0, 0],
        [1, 1, 1, 0],
        [0, 0, 2, 0],
        [1, 0, 1, 1],
        [0, 2, 0, 1],
      ]
    ) {
      if (minLower + minUpper + minDigits + minSymbols > length) continue;
      const chars = [...alphabet];
      let valid = 0;
      const total = chars.length ** length;
      for (let i = 0; i < total; i++) {
        let x = i, lo = 0, up = 0, di = 0, sy = 0;
        for (let j = 0; j < length; j++) {
          const c = chars[x % chars.length];
          x = Math.floor(x / chars.length);
          if (/[a-z]/.test(c)) lo++;
          else if (/[A-Z]/.test(c)) up++;
          else if (/[0-9]/.test(c)) di++;
          else if (c === "!") sy++;
        }
        if (lo >= minLower && up >= minUpper && di >= minDigits && sy >= minSymbols) valid++;
      }
      const space = passwordPlan(
        { length, alphabet, minLower, minUpper, minDigits, minSymbols },
        "password()",
      );
      assert.equal(
        space.valid,
        BigInt(valid),
        `length ${length} mins ${[minLower, minUpper, minDigits, minSymbols]}`,
      );
      const bits = entropyBits("password", {
        length,
        alphabet,
        minLower,
        minUpper,
        minDigits,
        minSymbols,
      });
      assert.ok(Math.abs(bits - Math.log2(valid)) < 1e-9);
    }
  }
});

Deno.test("password() is uniform over all valid strings (chi-square, false alarm 1e-7)", () => {
  // Alphabet "aB1!", length 3, at least one lowercase and one digit: 4**3 - strings missing either.
  const options = { alphabet: "aB1!", length: 3, minLower: 1, minDigits: 1 };
  const valid = Number(passwordPlan(options, "password()").valid);
  assert.equal(valid, 64 - 27 - 27 + 8);
  const counts = new Map<string, number>();
  const n = 60_000;
  for (let i = 0; i < n; i++) {
    const p = password(options);
    assert.ok(p.includes("a") && p.includes("1"), p);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  assert.equal(counts.size, valid);
  assertChiSquare([...counts.values()], Array(valid).fill(n / valid), "password()");
});

Deno.test("password() draws whole candidates with choice(), as the Python recipe (same bytes)", () => {
  // The recipe is ''.join(choice(alphabet) for i in range(length)), retried until the
  // constraints hold: with the same stream, its first valid candidate is what choice() gives.
  // (The conformance suite checks the same against CPython running the recipe.)
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  for (let seed = 0; seed < 20; seed++) {
    const viaRecipe = createSecrets(counterSource(seed * 97));
    const viaChoice = createSecrets(counterSource(seed * 97));
    const p = viaRecipe.recipes.password({ alphabet, length: 12 });
    const expected = Array.from({ length: 12 }, () => viaChoice.choice(alphabet)).join("");
    assert.equal(p, expected);
    assert.equal(viaRecipe.token_hex(8), viaChoice.token_hex(8)); // and not a byte more or less
  }
});

Deno.test("password() with minimums is the Python recipe: whole candidates of choice() until they hold", () => {
  // The reference counts each class with its own test of the character; the
  // library counts by code (one-unit alphabets) or by index (astral ones). The
  // same password from the same stream, and the same next bytes, in every case:
  // each class alone and together, counts past 255 and up to 1024, non-ASCII
  // characters (in no class) and an astral alphabet.
  const lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.toUpperCase(), digits = "0123456789";
  const classes = [lower, upper, digits, SYMBOLS];
  const cases: [string, number, [number, number, number, number]][] = [
    [lower + upper + digits, 16, [1, 1, 1, 0]],
    [lower + upper + digits + SYMBOLS, 12, [2, 0, 0, 3]],
    ["aB1!é", 6, [1, 1, 1, 1]],
    ["aB1!é", 5, [0, 0, 2, 0]],
    ["xY7%ü", 8, [0, 3, 0, 0]],
    ["a😀B1!", 7, [1, 1, 1, 1]],
    ["a😀B1", 6, [2, 0, 0, 0]],
    ["z😀!a", 6, [0, 0, 0, 1]], // z, Z and 9 sit next to symbols in ASCII
    ["Z😀a1!", 6, [0, 0, 0, 2]],
    ["9😀a!", 5, [0, 0, 0, 1]],
    [lower + upper + digits, 1024, [400, 0, 0, 0]],
    [lower + upper + digits, 1024, [0, 0, 120, 0]],
    [lower + upper + digits + SYMBOLS, 1024, [0, 260, 0, 300]],
    [upper + digits, 600, [0, 0, 0, 0]],
  ];
  for (const [i, [alphabet, length, mins]] of cases.entries()) {
    const chars = [...alphabet];
    for (let seed = 0; seed < 4; seed++) {
      const lib = createSecrets(streamSource({ seed: String(i * 10 + seed) }));
      const ref = createSecrets(streamSource({ seed: String(i * 10 + seed) }));
      const got = lib.recipes.password({
        alphabet,
        length,
        minLower: mins[0],
        minUpper: mins[1],
        minDigits: mins[2],
        minSymbols: mins[3],
      });
      let want: string[];
      do {
        want = Array.from({ length }, () => ref.choice(chars));
      } while (!classes.every((set, k) => want.filter((c) => set.includes(c)).length >= mins[k]));
      assert.equal(got, want.join(""), `${alphabet} ${length} ${mins}, seed ${seed}`);
      assert.equal(lib.token_hex(8), ref.token_hex(8), `${alphabet} ${length} ${mins}: next bytes`);
    }
  }
});

Deno.test("password() errors name the option, with class and message", () => {
  const cases: [unknown, typeof Error, string | RegExp][] = [
    [
      { length: 4, minDigits: 3, minUpper: 2 },
      RangeError,
      "password(): length 4 is less than the minimums, which add up to 5",
    ],
    [
      { alphabet: "" },
      RangeError,
      "password(): alphabet has 0 usable characters; a password needs at least 2",
    ],
    [
      { alphabet: "x" },
      RangeError,
      "password(): alphabet has 1 usable character; a password needs at least 2",
    ],
    [
      { alphabet: "ab", exclude: "b" },
      RangeError,
      "password(): alphabet has 1 usable character; a password needs at least 2",
    ],
    [{ alphabet: "abc", exclude: "abc" }, RangeError, /has 0 usable characters/],
    [
      { alphabet: "aab" },
      RangeError,
      'password(): alphabet repeats the character "a", which would bias the draw',
    ],
    [
      { alphabet: "ab\uD800" },
      RangeError,
      "password(): alphabet has a lone surrogate (U+D800), which prints as U+FFFD and carries no entropy",
    ],
    [
      { alphabet: "abc", minDigits: 1 },
      RangeError,
      "password(): minDigits is 1 but the alphabet has no digit",
    ],
    [
      { minSymbols: 1 },
      RangeError,
      "password(): minSymbols is 1 but the alphabet has no ASCII punctuation character (turn on symbols)",
    ],
    [{ length: 0 }, RangeError, "password(): length must be at least 1, got 0"],
    [{ length: 2000 }, RangeError, "password(): length must be at most 1024, got 2000"],
    [{ length: -1 }, RangeError, "password(): length must be at least 1, got -1"],
    [{ length: 1.5 }, TypeError, "password(): length must be an integer number, got 1.5"],
    [{ length: NaN }, TypeError, "password(): length must be an integer number, got NaN"],
    [{ length: Infinity }, TypeError, "password(): length must be an integer number, got Infinity"],
    [{ length: null }, TypeError, /password\(\): length must be an integer .*got null/],
    [{ length: 10n }, TypeError, "password(): length must be an integer number, got 10n"],
    [{ length: "10" }, TypeError, /password\(\): length must be an integer .*got "10"/],
    [
      { length: 30, minDigits: 28 },
      RangeError,
      /^password\(\): length \d+ is too short for the minimums: fewer than 1 in about 1\.41e\+19 candidates of 30 characters/,
    ],
    [{ length: 1024, minDigits: 223 }, RangeError, /is too short for the minimums/],
    [{ alphabet: 5 }, TypeError, "password(): alphabet must be a string, got 5"],
    [{ symbols: "yes" }, TypeError, 'password(): symbols must be true or false, got "yes"'],
    [
      { excludeAmbiguous: 1 },
      TypeError,
      "password(): excludeAmbiguous must be true or false, got 1",
    ],
    [{ lenght: 10 }, TypeError, "password(): unknown option 'lenght' (did you mean 'length'?)"],
    [
      { min_digits: 1 },
      TypeError,
      "password(): unknown option 'min_digits' (did you mean 'minDigits'?)",
    ],
    [{ count: 1 }, TypeError, "password(): unknown option 'count'"],
    [null, TypeError, "password(): options must be a plain object, got null"],
    ["abc", TypeError, 'password(): options must be a plain object, got "abc"'],
  ];
  for (const [options, kind, message] of cases) {
    assertThrows(() => password(options as never), kind, message);
  }
  // entropyBits() validates exactly as the recipe does, under its own name.
  assertThrows(
    () => entropyBits("password", { length: NaN }),
    TypeError,
    "entropyBits(): length must be an integer number, got NaN",
  );
  assertThrows(
    () => entropyBits("password", { lenght: 3 } as never),
    TypeError,
    "entropyBits(): unknown option 'lenght' (did you mean 'length'?)",
  );
});

Deno.test("password() validation never depends on earlier calls", () => {
  // 0.1.0 keyed its cache on JSON.stringify(options): NaN, Infinity, null and
  // undefined all became null, so after one password() call these passed.
  for (let round = 0; round < 2; round++) {
    assert.equal(password().length, 22);
    assert.equal(password({}).length, 22);
    for (const length of [NaN, Infinity, -Infinity, null]) {
      assertThrows(() => password({ length } as never), TypeError, /length must be an integer/);
      assertThrows(() => entropyBits("password", { length } as never), TypeError, /length/);
    }
    assertThrows(() => password({ length: 10n } as never), TypeError, /got 10n/);
  }
  // A getter read once: the value checked is the value used, and no later caller sees it.
  let reads = 0;
  const shifty = {
    get length() {
      return reads++ === 0 ? 12 : 3;
    },
  };
  assert.equal(password(shifty).length, 12);
  assert.equal(reads, 1);
  assert.equal(password({ length: 12 }).length, 12);
  const flips = {
    get length() {
      return reads++ % 2 === 0 ? NaN : 12;
    },
  };
  reads = 0;
  assertThrows(() => password(flips), TypeError, /length must be an integer number, got NaN/);
  assertThrows(() => password({ length: NaN }), TypeError, /got NaN/);
  // The last options' values are reused only when equal (===): a value of another kind, or
  // one more key, right after a valid call, is checked and refused.
  for (let round = 0; round < 2; round++) {
    assert.match(password({ length: 16, minDigits: 1 }), /^(?=.*\d)[A-Za-z0-9]{16}$/);
    assertThrows(
      () => password({ length: 16, minDigits: "1" } as never),
      TypeError,
      'password(): minDigits must be an integer number, got "1"',
    );
    assert.match(password({ length: 16, minDigits: 1 }), /^(?=.*\d)[A-Za-z0-9]{16}$/);
    assertThrows(
      () => password({ length: 16, minDigits: 1, symbol: true } as never),
      TypeError,
      "password(): unknown option 'symbol' (did you mean 'symbols'?)",
    );
    assert.match(password({ length: 16, minDigits: 1, symbols: true }), /^(?=.*\d).{16}$/);
    assert.match(password({ length: 4, minDigits: 3 }), /^(.*\d){3}/);
    assert.equal(password({ length: 16, minBits: 64 }).length, 16);
    assertThrows(
      () => password({ length: 16, minBits: 96 }),
      RangeError,
      "password(): minBits must be at most what the options allow, 95.26 bits at 16 characters, got 96",
    );
  }
});

Deno.test("password()'s plan cache tells apart options that differ in one value", () => {
  // Each pair differs in one option; the cache must give each its own plan, in
  // either order and on a repeat (the last-plan fast path too).
  const base = { length: 12, symbols: true };
  const pairs: [string, object, object][] = [
    ["minLower", {}, { minLower: 3 }],
    ["minUpper", {}, { minUpper: 3 }],
    ["minDigits", {}, { minDigits: 3 }],
    ["minSymbols", {}, { minSymbols: 3 }],
    ["length", {}, { length: 13 }],
    ["symbols", {}, { symbols: false }],
    ["excludeAmbiguous", {}, { excludeAmbiguous: true }],
    ["exclude", { exclude: "abc" }, { exclude: "abd" }],
    ["alphabet", { alphabet: "abcdef" }, { alphabet: "abcdeg" }],
    [
      "rules",
      { length: undefined, symbols: undefined, rules: passwordRules("minlength: 20") },
      { length: undefined, symbols: undefined, rules: passwordRules("minlength: 21") },
    ],
  ];
  const shape = (o: object) => {
    const p = passwordPlan({ ...base, ...o }, "password()");
    return JSON.stringify([p.chars.join(""), p.mins, p.length, String(p.valid)]);
  };
  for (const [name, a, b] of pairs) {
    const [sa, sb] = [shape(a), shape(b)];
    assert.notEqual(sa, sb, `${name}: the two options got the same plan`);
    assert.equal(shape(a), sa, name);
    assert.equal(shape(b), sb, name);
  }
  // And the passwords follow: three symbols asked for after none, three given.
  password({ ...base });
  const p = password({ ...base, minSymbols: 3 });
  assert.ok([...p].filter((c) => SYMBOLS.includes(c)).length >= 3, p);
});

Deno.test("password() honours a minimum of 1 in each class alone", () => {
  // Two characters, one in the class: a password of 2 misses the class with
  // probability 1/4, so 200 passwords that ignored the minimum would all pass
  // with probability (3/4)**200 < 1e-24.
  const cases: [string, string, RegExp][] = [
    ["minLower", "aB", /[a-z]/],
    ["minUpper", "aB", /[A-Z]/],
    ["minDigits", "a1", /[0-9]/],
    ["minSymbols", "a!", /!/],
  ];
  for (const [name, alphabet, has] of cases) {
    for (let i = 0; i < 200; i++) {
      const p = password({ alphabet, length: 2, [name]: 1 });
      assert.match(p, has, `${name}: ${p}`);
    }
  }
});

Deno.test("password() ignores a polluted Object.prototype", () => {
  const p = Object.prototype as Record<string, unknown>;
  p.alphabet = "0123456789";
  p.length = 4;
  p.minDigits = 4;
  try {
    const pw = password();
    assert.match(pw, /^[A-Za-z0-9]{22}$/);
    assert.ok(/[A-Za-z]/.test(pw + password() + password()), "only digits: the prototype leaked");
    assert.equal(passphrase().split(" ").length, 6);
  } finally {
    delete p.alphabet;
    delete p.length;
    delete p.minDigits;
  }
});

Deno.test("password() presets: symbols adds string.punctuation, excludeAmbiguous drops look-alikes", () => {
  const plain = passwordPlan({}, "password()");
  assert.equal(plain.chars.length, 62);
  const withSymbols = passwordPlan({ symbols: true }, "password()");
  assert.equal(withSymbols.chars.join(""), plain.chars.join("") + SYMBOLS);
  assert.equal(withSymbols.length, 20); // 94**20 >= 2**128 > 94**19
  // An alphabet that already has some punctuation gains only the rest, never a repeat.
  assert.equal(passwordPlan({ alphabet: "ab!", symbols: true }, "password()").chars.length, 2 + 32);
  const clear = passwordPlan({ symbols: true, excludeAmbiguous: true }, "password()");
  assert.equal(clear.chars.length, 94 - AMBIGUOUS.length);
  assert.ok(clear.chars.every((c) => !AMBIGUOUS.includes(c)));
  assert.equal(AMBIGUOUS, "B8G6I1l0OQDS5Z2|");
  const pw = password({ length: 64, symbols: true, minSymbols: 4, excludeAmbiguous: true });
  assert.equal(pw.length, 64);
  assert.ok([...pw].filter((c) => SYMBOLS.includes(c)).length >= 4);
});

Deno.test("password() with a huge length or tight minimums costs bounded work", () => {
  // Accepted constraints average at most 2**20 character draws; the counts are
  // exact bigints whatever the length, computed with work that grows with the
  // sum of the minimums (0.1.0 took 3 to 34 s a call here).
  const plan = passwordPlan(
    { length: 1024, minDigits: 100, minUpper: 100, minLower: 100 },
    "password()",
  );
  assert.equal(plan.length, 1024);
  assert.ok(plan.valid * 2n > plan.total); // most candidates pass
  assert.equal(password({ length: 1024, minDigits: 100 }).length, 1024);
  assertThrows(
    () => password({ length: 1024, minDigits: 1024 }),
    RangeError,
    /is too short for the minimums/,
  );
  // Refused by a bound that costs nothing (Chernoff's, on one class), before
  // the exact count: "fewer than". Exactly 62**30 / valid = 4.96e19 here.
  assertThrows(
    () => password({ length: 1024, minLower: 300, minUpper: 300, minDigits: 300, symbols: true }),
    RangeError,
    /^password\(\): length \d+ is too short for the minimums: fewer than 1 in about \d\.\d\de\+\d+ candidates/,
  );
  // Near the limit the bound cannot decide: the exact count does ("only").
  assertThrows(
    () => password({ length: 40, minDigits: 18 }),
    RangeError,
    "password(): length 40 is too short for the minimums: only 1 in 60632 candidates of 40 characters meets them; lengthen the password or lower the minimums",
  );
});

Deno.test("countValid() agrees with the direct formula for one class", () => {
  // One class of size s with at least k: sum over j >= k of C(n, j) s**j (A - s)**(n - j).
  const binom = (n: number, k: number) => {
    let c = 1n;
    for (let i = 0; i < k; i++) c = c * BigInt(n - i) / BigInt(i + 1);
    return c;
  };
  for (const [n, a, s, k] of [[20, 62, 10, 3], [64, 94, 32, 9], [7, 3, 1, 7], [5, 2, 2, 5]]) {
    let direct = 0n;
    for (let j = k; j <= n; j++) {
      direct += binom(n, j) * BigInt(s) ** BigInt(j) * BigInt(a - s) ** BigInt(n - j);
    }
    assert.equal(countValid(n, a, [{ size: s, min: k }]), direct, `${[n, a, s, k]}`);
  }
});

Deno.test("passphrase(): six EFF words by default (77.5 bits); any list, count, separator", () => {
  const words = effWordlist();
  assert.equal(words.length, 7776);
  assert.equal(new Set(words).size, 7776);
  assert.equal(words[0], "abacus");
  assert.equal(words[7775], "zoom");
  assert.ok(Object.isFrozen(words));
  const p = passphrase().split(" ");
  assert.equal(p.length, 6);
  assert.ok(p.every((w) => words.includes(w)));
  assert.ok(Math.abs(entropyBits("passphrase") - 6 * Math.log2(7776)) < 1e-9);
  const custom = passphrase({ wordlist: ["x", "y"], words: 10, separator: "-" });
  assert.match(custom, /^[xy](-[xy]){9}$/);
  assert.equal(entropyBits("passphrase", { wordlist: ["x", "y"] }), 77);
  // With "-", the four hyphenated EFF words are left out, and counted out.
  const dashed = passphrase({ separator: "-", words: 50 }).split("-");
  assert.equal(dashed.length, 50);
  assert.ok(Math.abs(entropyBits("passphrase", { separator: "-" }) - 6 * Math.log2(7772)) < 1e-9);
  // The EFF list is prefix-free, so an empty separator is safe with it.
  assert.equal(entropyBits("passphrase", { separator: "", words: 2 }), 2 * Math.log2(7776));
});

Deno.test("passphrase() errors, with class and message", () => {
  const cases: [unknown, typeof Error, string | RegExp][] = [
    [{ wordlist: ["x"] }, RangeError, "passphrase(): wordlist needs at least 2 words, got 1"],
    [
      { wordlist: ["x", "x"] },
      RangeError,
      'passphrase(): wordlist repeats "x" (index 1), which would bias the draw',
    ],
    [{ wordlist: ["x", ""] }, RangeError, "passphrase(): wordlist has an empty word at index 1"],
    // deno-lint-ignore no-sparse-arrays
    [{ wordlist: ["x", , "y"] }, TypeError, "passphrase(): wordlist has a hole at index 1"],
    [
      { wordlist: ["x", "\uDC00"] },
      RangeError,
      /wordlist word "\\udc00" has a lone surrogate \(U\+DC00\)/,
    ],
    [{ wordlist: [1, 2] }, TypeError, "passphrase(): wordlist must hold strings, got 1 at index 0"],
    [
      { wordlist: "a b c" },
      TypeError,
      'passphrase(): wordlist must be "eff-large" or an array of strings, got "a b c"',
    ],
    [
      { wordlist: ["a", "b", "a b", "b a"] },
      RangeError,
      'passphrase(): wordlist has the word "a b", which contains " ", a character of the separator, so different draws could print the same phrase',
    ],
    [
      { wordlist: ["ab", "abc"], separator: "" },
      RangeError,
      'passphrase(): separator is empty, so no word may begin another, but "ab" begins "abc", so different draws could print the same phrase',
    ],
    [{ separator: 1 }, TypeError, "passphrase(): separator must be a string, got 1"],
    [
      { separator: "-\u0301" },
      RangeError,
      "passphrase(): separator has a combining mark, which prints on the word before it",
    ],
    [{ words: 0 }, RangeError, "passphrase(): words must be at least 1, got 0"],
    [{ words: 1001 }, RangeError, "passphrase(): words must be at most 1000, got 1001"],
    [{ words: 2.5 }, TypeError, "passphrase(): words must be an integer number, got 2.5"],
    [{ words: ["a", "b"] }, TypeError, /passphrase\(\): words must be an integer/],
    [{ count: 4 }, TypeError, "passphrase(): unknown option 'count' (did you mean 'words'?)"],
    // symbols means one thing in every recipe (password's choice of alphabet): the counts are add*.
    [
      { symbols: 1 },
      TypeError,
      "passphrase(): unknown option 'symbols' (did you mean 'addSymbols'?)",
    ],
    [{ digits: 1 }, TypeError, "passphrase(): unknown option 'digits' (did you mean 'addDigits'?)"],
    [
      { seperator: "-" },
      TypeError,
      "passphrase(): unknown option 'seperator' (did you mean 'separator'?)",
    ],
    [
      { word_list: [] },
      TypeError,
      "passphrase(): unknown option 'word_list' (did you mean 'wordlist'?)",
    ],
  ];
  for (const [options, kind, message] of cases) {
    assertThrows(() => passphrase(options as never), kind, message);
  }
  assertThrows(
    () => entropyBits("passphrase", { wordlist: ["a", "a-b"], separator: "-" }),
    RangeError,
    /entropyBits\(\): wordlist has the word "a-b", which contains "-"/,
  );
  assertThrows(
    () => entropyBits("pins" as never),
    RangeError,
    `entropyBits(): recipe must be "password", "passphrase", "tokenText", "apiKey", "pin", "recoveryCodes" or "otpSecret", got "pins" (did you mean "pin"?)`,
  );
});

Deno.test("passphrase() checks a frozen list once, a mutable list every call", () => {
  const list = ["alpha", "beta", "gamma"];
  assert.equal(passphrase({ wordlist: list, words: 3 }).split(" ").length, 3);
  list.push("alpha"); // now repeats a word: a mutable list is checked again
  assertThrows(() => passphrase({ wordlist: list }), RangeError, /repeats "alpha"/);
  const frozen = Object.freeze(["alpha", "beta", "gamma"]);
  assert.equal(passphrase({ wordlist: frozen, words: 2 }).split(" ").length, 2);
  // A frozen list was checked against " "; another separator is checked afresh.
  assertThrows(
    () => passphrase({ wordlist: frozen, separator: "a" }),
    RangeError,
    /has the word "alpha", which contains "a"/,
  );
});

Deno.test("passphrase() words are uniform (chi-square over 16 words, false alarm 1e-7)", () => {
  const words = Array.from({ length: 16 }, (_, i) => `w${i}`);
  const counts = new Map<string, number>();
  for (let i = 0; i < 10_000; i++) {
    for (const w of passphrase({ wordlist: words, words: 4 }).split(" ")) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  assertChiSquare(
    words.map((w) => counts.get(w) ?? 0),
    Array(16).fill(40_000 / 16),
    "passphrase words",
  );
});

Deno.test("password() refuses minimums that leave a single password, as entropyBits() does", () => {
  const cases: [Record<string, unknown>, number][] = [
    [{ length: 7, alphabet: "a ", minLower: 7 }, 7], // found by the plan property test
    [{ length: 1, alphabet: "ab!", minSymbols: 1 }, 1],
    [{ length: 3, alphabet: "ab!9", minSymbols: 3 }, 3],
  ];
  for (const [options, length] of cases) {
    for (const fn of ["password", "entropyBits"] as const) {
      assert.throws(
        () => fn === "password" ? password(options) : entropyBits("password", options),
        {
          name: "RangeError",
          message: `${fn}(): length ${length} with these minimums allows only one password; ` +
            "at least 2 are needed: lengthen the password or lower the minimums",
        },
      );
    }
  }
  // One more character of room, and there are two.
  assert.equal(entropyBits("password", { length: 2, alphabet: "ab!", minSymbols: 1 }) > 1, true);
});

Deno.test("password(): one password exactly when one class of one character fills the length (brute force)", () => {
  // Every option set over a small alphabet: a refusal for "only one password"
  // exactly when the count is 1, and the count matches otherwise.
  const alphabets = ["a!", "ab!", "a!9", "aB!9", "a b"];
  for (const alphabet of alphabets) {
    for (let length = 1; length <= 4; length++) {
      for (const minLower of [0, 1, 2, 4]) {
        for (const minSymbols of [0, 1, 3, 4]) {
          const options = { alphabet, length, minLower, minSymbols };
          if (minLower + minSymbols > length) continue;
          const chars = [...alphabet];
          let valid = 0;
          for (let i = 0; i < chars.length ** length; i++) {
            let x = i, lo = 0, sy = 0;
            for (let j = 0; j < length; j++) {
              const c = chars[x % chars.length];
              x = Math.floor(x / chars.length);
              if (/[a-z]/.test(c)) lo++;
              else if (c === "!") sy++;
            }
            if (lo >= minLower && sy >= minSymbols) valid++;
          }
          let message = "";
          try {
            const bits = entropyBits("password", options);
            assert.ok(Math.abs(bits - Math.log2(valid)) < 1e-9, JSON.stringify(options));
          } catch (e) {
            message = (e as Error).message;
          }
          const single = /allows only one password/.test(message);
          assert.equal(
            single,
            valid === 1,
            `${JSON.stringify(options)}: ${valid} valid, ${message}`,
          );
        }
      }
    }
  }
});
