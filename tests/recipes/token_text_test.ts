// tokenText(): exact lengths, alphabets, uniformity per character position,
// the byte stream of CPython's choice loop, and clear errors.
import fc from "fast-check";
import { ALPHABETS, entropyBits, tokenText } from "../../recipes.ts";
import { tokenLength } from "../../lib/recipes/token_text.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert, assertChiSquare, assertThrows } from "../_helpers.ts";

/** The smallest n with size**n >= 2**bits, by counting up: no floats at all. */
function naiveLength(bits: number, size: number): number {
  const target = 1n << BigInt(bits);
  let n = 0;
  for (let p = 1n; p < target; p *= BigInt(size)) n++;
  return n;
}

/** A custom alphabet of distinct code points (astral ones included, no surrogates). */
const alphabetArb = (min = 2, max = 300) =>
  fc.uniqueArray(
    // Characters that print distinctly, as an alphabet must hold (no
    // surrogates, controls, combining marks (unassigned code points left out too),
    // conjoining Hangul jamo or invisible characters; NFKC forms).
    // tests/recipes/prints_distinctly_test.ts tests that rule itself.
    fc.integer({ min: 0x21, max: 0x10ffff }).filter((c) => {
      if (c >= 0xd800 && c <= 0xdfff) return false;
      if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xa960 && c <= 0xa97f)) return false;
      if ((c >= 0xd7b0 && c <= 0xd7ff) || c === 0x16d67) return false;
      const ch = String.fromCodePoint(c);
      return !/[\p{M}\p{Cc}\p{Cf}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u.test(ch) &&
        ch.normalize("NFKC") === ch;
    }),
    { minLength: min, maxLength: max },
  ).map((cps) => cps.map((c) => String.fromCodePoint(c)).join(""));

Deno.test("ALPHABETS: the documented characters, derived independently", () => {
  const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const lower = upper.toLowerCase();
  const digits = "0123456789";
  const without = (s: string, drop: string) => [...s].filter((c) => !drop.includes(c)).join("");
  assert.deepEqual({ ...ALPHABETS }, {
    hex: digits + "abcdef",
    base32: upper + "234567", // RFC 4648 section 6
    crockford: without(digits + upper, "ILOU"),
    base58: without(digits + upper + lower, "0OIl"), // Bitcoin
    base62: digits + upper + lower,
    base64url: upper + lower + digits + "-_", // RFC 4648 section 5
    numeric: digits,
    lowercase: lower,
  });
  const sizes = Object.values(ALPHABETS).map((a) => new Set(a).size);
  assert.deepEqual(sizes, [16, 32, 32, 58, 62, 64, 10, 26]);
  assert.ok(Object.isFrozen(ALPHABETS));
  assert.throws(() => {
    (ALPHABETS as { hex: string }).hex = "01";
  }, TypeError);
});

Deno.test("tokenText() length is ceil(bits / log2(size)), exact at powers of two", () => {
  const table: [number, string, number][] = [
    [128, "base32", 26],
    [128, "hex", 32],
    [128, "base64url", 22],
    [128, "base58", 22],
    [128, "base62", 22],
    [128, "crockford", 26],
    [128, "numeric", 39],
    [128, "lowercase", 28],
    [256, "base32", 52],
    [160, "base62", 27],
    [1, "numeric", 1],
    [4, "hex", 1],
    [5, "hex", 2],
    [6, "base64url", 1],
    [7, "base64url", 2],
    [126, "01234567", 42], // 128 / log2(8) in floats is not 42.666... exactly
    [127, "01234567", 43],
    [129, "01234567", 43],
    [65536, "01", 65536],
  ];
  for (const [bits, alphabet, length] of table) {
    assert.equal([...tokenText({ bits, alphabet })].length, length, `${bits} bits, ${alphabet}`);
  }
  assert.equal(tokenText().length, 52); // 256 bits (DEFAULT_ENTROPY * 8) of base32
  assert.equal(entropyBits("tokenText"), 260);
  assert.equal(entropyBits("tokenText", { bits: 128, alphabet: "hex" }), 128);
  assert.equal(entropyBits("tokenText", { bits: 128, alphabet: "base58" }), 22 * Math.log2(58));
});

Deno.test("tokenText() length: the fewest characters reaching 2**bits (property, bigints)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2048 }),
      fc.integer({ min: 2, max: 5000 }),
      (bits, size) => {
        const n = tokenLength(bits, size);
        assert.equal(n, naiveLength(bits, size), `${bits} bits, size ${size}`);
        assert.ok(BigInt(size) ** BigInt(n) >= 1n << BigInt(bits));
        assert.ok(BigInt(size) ** BigInt(n - 1) < 1n << BigInt(bits));
      },
    ),
    { numRuns: 500 },
  );
  // Every power-of-two size and nearby sizes, at every bit count up to 300.
  for (const size of [2, 3, 4, 7, 8, 9, 16, 31, 32, 33, 64, 128, 256, 1024, 65536]) {
    for (let bits = 1; bits <= 300; bits++) {
      assert.equal(tokenLength(bits, size), naiveLength(bits, size));
    }
  }
});

Deno.test("tokenText() uses only its alphabet's characters, at the right length (property)", () => {
  const named = fc.constantFrom(...(Object.keys(ALPHABETS) as (keyof typeof ALPHABETS)[]));
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1024 }), named, (bits, name) => {
      const t = tokenText({ bits, alphabet: name });
      assert.equal(t.length, naiveLength(bits, ALPHABETS[name].length));
      for (const c of t) assert.ok(ALPHABETS[name].includes(c), `${c} in ${name}`);
      const e = entropyBits("tokenText", { bits, alphabet: name });
      assert.ok(e >= bits && e - Math.log2(ALPHABETS[name].length) < bits);
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 512 }), alphabetArb(), (bits, alphabet) => {
      const chars = [...alphabet];
      const t = [...tokenText({ bits, alphabet })];
      assert.equal(t.length, naiveLength(bits, chars.length));
      for (const c of t) assert.ok(chars.includes(c));
      assert.equal(
        entropyBits("tokenText", { bits, alphabet }),
        t.length * Math.log2(chars.length),
      );
    }),
    { numRuns: 300 },
  );
});

Deno.test("tokenText() consumes the bytes of CPython's ''.join(choice(alphabet) for _ in range(n))", () => {
  // choice() is CPython's secrets.choice byte for byte (the conformance suite proves it):
  // the token must be that loop's output on the same stream, and leave the stream where it does.
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      fc.integer({ min: 1, max: 300 }),
      fc.oneof(fc.constantFrom(...Object.keys(ALPHABETS)), alphabetArb(2, 80)),
      (seed, bits, alphabet) => {
        const a = createSecrets(streamSource({ seed: String(seed) }));
        const b = createSecrets(streamSource({ seed: String(seed) }));
        const chars = ALPHABETS[alphabet as keyof typeof ALPHABETS] ?? alphabet;
        const n = naiveLength(bits, [...chars].length);
        const token = a.recipes.tokenText({ bits, alphabet });
        assert.equal(token, Array.from({ length: n }, () => b.choice(chars)).join(""));
        assert.equal(a.token_hex(8), b.token_hex(8));
      },
    ),
    { numRuns: 200 },
  );
});

Deno.test("tokenText() custom alphabets: code points, not UTF-16 units", () => {
  const t = tokenText({ bits: 64, alphabet: "😀é𝄞" });
  assert.equal([...t].length, 41); // 3**40 < 2**64 <= 3**41
  assert.match(t, /^[😀é𝄞]+$/u);
  assert.equal(tokenText({ bits: 8, alphabet: "ab" }).length, 8);
  // A custom alphabet that merely looks like a word is fine when it is not near a name.
  assert.match(tokenText({ bits: 16, alphabet: "xyz" }), /^[xyz]{11}$/);
  assert.match(tokenText({ bits: 16, alphabet: "ACGT" }), /^[ACGT]{8}$/);
});

Deno.test("tokenText() characters are uniform at every position (chi-square, < 1e-6 per test)", () => {
  // Each assertChiSquare has a false-alarm rate of about 1e-7; this test makes 5 checks
  // (positions 0, 10 and 21, all positions pooled, and the pair at positions 0-1),
  // so a healthy generator fails it less than once in a million runs.
  const chars = ALPHABETS.base58;
  const k = chars.length;
  const n = 30_000;
  const length = 22; // 128 bits
  const perPos = Array.from({ length }, () => new Array<number>(k).fill(0));
  const pairs = new Array<number>(k * k).fill(0);
  for (let i = 0; i < n; i++) {
    const t = tokenText({ bits: 128, alphabet: "base58" });
    assert.equal(t.length, length);
    for (let j = 0; j < length; j++) perPos[j][chars.indexOf(t[j])]++;
    pairs[chars.indexOf(t[0]) * k + chars.indexOf(t[1])]++;
  }
  for (const j of [0, 10, 21]) {
    assertChiSquare(perPos[j], new Array(k).fill(n / k), `base58 position ${j}`);
  }
  const pooled = perPos.reduce((acc, row) => acc.map((v, i) => v + row[i]));
  assertChiSquare(pooled, new Array(k).fill((n * length) / k), "base58 pooled");
  assertChiSquare(pairs, new Array(k * k).fill(n / (k * k)), "base58 positions 0-1");
});

Deno.test("tokenText() custom and numeric alphabets are uniform too (chi-square, < 1e-6 per test)", () => {
  // 6 checks of about 1e-7 each: under one false alarm in a million runs of this test.
  const cases: [string, number, number[]][] = [
    ["😀é𝄞", 64, [0, 20, 40]], // 41 characters; 3 is drawn by rejection from 2 bits
    ["numeric", 64, [0, 19]], // 20 characters; 10 is drawn by rejection from 4 bits
  ];
  for (const [alphabet, bits, positions] of cases) {
    const chars = [...(ALPHABETS[alphabet as keyof typeof ALPHABETS] ?? alphabet)];
    const k = chars.length;
    const n = 12_000;
    const counts = positions.map(() => new Array<number>(k).fill(0));
    const pooled = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      const t = [...tokenText({ bits, alphabet })];
      positions.forEach((p, j) => counts[j][chars.indexOf(t[p])]++);
      for (const c of t) pooled[chars.indexOf(c)]++;
    }
    positions.forEach((p, j) =>
      assertChiSquare(counts[j], new Array(k).fill(n / k), `${alphabet} position ${p}`)
    );
    if (alphabet === "numeric") {
      assertChiSquare(pooled, new Array(k).fill((n * 20) / k), `${alphabet} pooled`);
    }
  }
});

Deno.test("tokenText() errors: class and message", () => {
  const names =
    "the names are hex, base32, crockford, base58, base62, base64url, numeric, lowercase";
  const table: [unknown, typeof TypeError | typeof RangeError, string][] = [
    [{ bits: 0 }, RangeError, "tokenText(): bits must be at least 1, got 0"],
    [{ bits: -8 }, RangeError, "tokenText(): bits must be at least 1, got -8"],
    [{ bits: 65537 }, RangeError, "tokenText(): bits must be at most 65536, got 65537"],
    [{ bits: 1.5 }, TypeError, "tokenText(): bits must be an integer number, got 1.5"],
    [{ bits: NaN }, TypeError, "tokenText(): bits must be an integer number, got NaN"],
    [{ bits: 128n }, TypeError, "tokenText(): bits must be an integer number, got 128n"],
    [{ bits: "128" }, TypeError, 'tokenText(): bits must be an integer number, got "128"'],
    [{ bits: Infinity }, TypeError, "tokenText(): bits must be an integer number, got Infinity"],
    [{ bits: 1e300 }, RangeError, "tokenText(): bits must be at most 65536, got 1e+300"],
    [
      { alphabet: 58 },
      TypeError,
      "tokenText(): alphabet must be a string (a name in ALPHABETS, or the characters), got 58",
    ],
    [
      { alphabet: "" },
      RangeError,
      "tokenText(): alphabet has 0 characters; a token needs at least 2",
    ],
    [
      { alphabet: "😀" },
      RangeError,
      "tokenText(): alphabet has 1 character; a token needs at least 2",
    ],
    [
      { alphabet: "abcc" },
      RangeError,
      'tokenText(): alphabet repeats the character "c", which would bias the draw',
    ],
    [
      { alphabet: "ab\ud83d" },
      RangeError,
      "tokenText(): alphabet has a lone surrogate (U+D83D), which prints as U+FFFD and carries no entropy",
    ],
    [
      { alphabet: "a\udc00b" },
      RangeError,
      "tokenText(): alphabet has a lone surrogate (U+DC00), which prints as U+FFFD and carries no entropy",
    ],
    // A name is shown with what does not print escaped (describe's rule), whole up to 40
    // characters: a direction override or a line separator is seen, not printed.
    [
      { alphabet: "hex\u202E" },
      RangeError,
      `tokenText(): alphabet "hex\\u202e" is not a known name (did you mean "hex"?); ${names}`,
    ],
    [
      { alphabet: "base58\u2028" },
      RangeError,
      `tokenText(): alphabet "base58\\u2028" is not a known name (did you mean "base58"?); ${names}`,
    ],
    [
      { alphabet: "\u200bbase64url\ufeff" },
      RangeError,
      `tokenText(): alphabet "\\u200bbase64url\\ufeff" is not a known name (did you mean "base64url"?); ${names}`,
    ],
    [
      { alphabet: "base1" + "0".repeat(1 << 20) },
      RangeError,
      `tokenText(): alphabet "base1${"0".repeat(35)}…" is not a known name; ${names}`,
    ],
    [
      { alphabet: "Hex" },
      RangeError,
      `tokenText(): alphabet "Hex" is not a known name (did you mean "hex"?); ${names}`,
    ],
    [
      { alphabet: "base85" },
      RangeError,
      `tokenText(): alphabet "base85" is not a known name (did you mean "base58"?); ${names}`,
    ],
    [
      { alphabet: "base64" },
      RangeError,
      `tokenText(): alphabet "base64" is not a known name (did you mean "base64url"?); ${names}`,
    ],
    [
      { alphabet: "base10" },
      RangeError,
      `tokenText(): alphabet "base10" is not a known name; ${names}`,
    ],
    [
      { alphabet: "decimal" },
      RangeError,
      `tokenText(): alphabet "decimal" is not a known name (did you mean "numeric"?); ${names}`,
    ],
    [
      { alphabet: "B58" },
      RangeError,
      `tokenText(): alphabet "B58" is not a known name (did you mean "base58"?); ${names}`,
    ],
    [
      { alphabet: "binary" },
      RangeError,
      `tokenText(): alphabet "binary" is not a known name; ${names}`,
    ],
    [
      { alphabet: "BASE_58" },
      RangeError,
      `tokenText(): alphabet "BASE_58" is not a known name (did you mean "base58"?); ${names}`,
    ],
    [{ bit: 128 }, TypeError, "tokenText(): unknown option 'bit' (did you mean 'bits'?)"],
    [{ length: 10 }, TypeError, "tokenText(): unknown option 'length' (did you mean 'bits'?)"],
    [null, TypeError, "tokenText(): options must be a plain object, got null"],
    ["base58", TypeError, 'tokenText(): options must be a plain object, got "base58"'],
  ];
  for (const [options, kind, message] of table) {
    assertThrows(() => tokenText(options as never), kind, message);
  }
  assertThrows(
    () => entropyBits("tokenText", { bits: 0 }),
    RangeError,
    "entropyBits(): bits must be at least 1, got 0",
  );
  assertThrows(
    () => entropyBits("token" as never),
    RangeError,
    'entropyBits(): recipe must be "password", "passphrase", "tokenText", "apiKey", "pin", ' +
      '"recoveryCodes" or "otpSecret", got "token"',
  );
});

Deno.test("tokenText() reads own options only, each once", () => {
  // An object that inherits its "options" is refused, never read.
  assertThrows(
    () => tokenText(Object.create({ bits: 8, alphabet: "hex" })),
    TypeError,
    "tokenText(): options must be a plain object, got an object that inherits from another object",
  );
  let reads = 0;
  const options = {
    get bits() {
      reads++;
      return reads === 1 ? 64 : 65537; // a second read would get a different answer
    },
  };
  assert.equal(tokenText(options).length, 13);
  assert.equal(reads, 1);
});
