// Recipes: constraints always met, uniform over every valid string, exact
// entropy counted by brute force on small cases, and clear errors.
import fc from "fast-check";
import { effWordlist, entropyBits, passphrase, password } from "../recipes.ts";
import { passwordSpace, recipesFor } from "../lib/_recipes.ts";
import { createSecrets } from "../testing.ts";
import { assert, assertChiSquare, assertThrows, counterSource } from "./_helpers.ts";

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
      const space = passwordSpace({ length, alphabet, minLower, minUpper, minDigits, minSymbols });
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
  const valid = Number(passwordSpace(options).valid);
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
    const viaRecipe = recipesFor(createSecrets(counterSource(seed * 97)).choice);
    const viaChoice = createSecrets(counterSource(seed * 97));
    const p = viaRecipe.password({ alphabet, length: 12 });
    const expected = Array.from({ length: 12 }, () => viaChoice.choice(alphabet)).join("");
    assert.equal(p, expected);
  }
});

Deno.test("password() errors", () => {
  assertThrows(
    () => password({ length: 4, minDigits: 3, minUpper: 2 }),
    RangeError,
    /add up to 5, more than the length 4/,
  );
  assertThrows(() => password({ alphabet: "" }), RangeError, /alphabet is empty/);
  assertThrows(
    () => password({ alphabet: "abc", exclude: "abc" }),
    RangeError,
    /alphabet is empty/,
  );
  assertThrows(() => password({ alphabet: "aab" }), RangeError, /repeated character/);
  assertThrows(() => password({ alphabet: "abc", minDigits: 1 }), RangeError, /no such character/);
  assertThrows(() => password({ length: 0 }), RangeError, /at least 1/);
  assertThrows(() => password({ length: 2000 }), RangeError, /at most 1024/);
  assertThrows(() => password({ length: 1.5 }), TypeError, /must be an integer/);
  assertThrows(() => password({ length: 30, minDigits: 28 }), RangeError, /constraints too tight/);
  assertThrows(() => password({ alphabet: 5 as never }), TypeError, /alphabet must be a string/);
  assertThrows(() => password(null as never), TypeError, /options must be an object/);
});

Deno.test("passphrase(): six EFF words by default (77.5 bits); any list, count, separator", () => {
  const words = effWordlist();
  assert.equal(words.length, 7776);
  assert.equal(new Set(words).size, 7776);
  assert.equal(words[0], "abacus");
  assert.equal(words[7775], "zoom");
  const p = passphrase().split(" ");
  assert.equal(p.length, 6);
  assert.ok(p.every((w) => words.includes(w)));
  assert.ok(entropyBits("passphrase") >= 77);
  const custom = passphrase({ words: ["x", "y"], count: 10, separator: "-" });
  assert.match(custom, /^[xy](-[xy]){9}$/);
  assert.equal(entropyBits("passphrase", { words: ["x", "y"] }), 77);
  assertThrows(() => passphrase({ words: ["x"] }), RangeError, /at least 2 words/);
  assertThrows(() => passphrase({ words: ["x", "x"] }), RangeError, /repeated word/);
  assertThrows(() => passphrase({ count: 0 }), RangeError, /at least 1/);
  assertThrows(() => passphrase({ words: [1, 2] as never }), TypeError, /array of strings/);
  assertThrows(
    () => entropyBits("pin" as never),
    TypeError,
    /"password", "passphrase" or "tokenText"/,
  );
});

Deno.test("passphrase() words are uniform (chi-square over 16 words, false alarm 1e-7)", () => {
  const words = Array.from({ length: 16 }, (_, i) => `w${i}`);
  const counts = new Map<string, number>();
  for (let i = 0; i < 10_000; i++) {
    for (const w of passphrase({ words, count: 4 }).split(" ")) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  assertChiSquare(
    words.map((w) => counts.get(w) ?? 0),
    Array(16).fill(40_000 / 16),
    "passphrase words",
  );
});
