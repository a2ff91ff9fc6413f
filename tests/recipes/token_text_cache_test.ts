// tokenText()'s memory of validated alphabets and lengths: what is remembered is
// exactly what validation gives, a new value is always validated, an invalid one is
// never remembered, and the memory is bounded.
import { tokenText } from "../../recipes.ts";
import {
  ALPHABET_CACHE_MAX_LENGTH,
  ALPHABET_CACHE_SIZE,
  alphabetChars,
  ALPHABETS,
  cachedAlphabets,
  lengthOf,
  tokenLength,
} from "../../lib/recipes/token_text.ts";
import { createSecrets } from "../../testing.ts";
import { assert, counterSource } from "../_helpers.ts";

Deno.test("a remembered alphabet gives the characters its validation gave, per value", () => {
  for (const text of ["ab", "ba", "♠♥♦♣", "😀é𝄞", "0123456789"]) {
    const first = alphabetChars(text, "tokenText()");
    assert.deepEqual([...first], Array.from(text));
    assert.ok(Object.isFrozen(first), "a shared array must not be writable");
    assert.deepEqual([...alphabetChars(text, "tokenText()")], Array.from(text));
  }
  // The draws follow the value: "ab" and "ba" give mirrored tokens from the same bytes.
  const a = createSecrets(counterSource(5)).recipes;
  const b = createSecrets(counterSource(5)).recipes;
  const ab = a.tokenText({ bits: 64, alphabet: "ab" });
  const ba = b.tokenText({ bits: 64, alphabet: "ba" });
  assert.equal(ab.length, 64);
  assert.equal(ba, [...ab].map((c) => (c === "a" ? "b" : "a")).join(""));
});

Deno.test("an invalid alphabet is refused every time: nothing invalid is remembered", () => {
  for (const text of ["aab", "a", "base64", "a\u0301b", "x\u200by"]) {
    for (let i = 0; i < 3; i++) {
      assert.throws(() => tokenText({ alphabet: text }), RangeError, text);
    }
  }
});

Deno.test("the alphabet memory is bounded, and long alphabets are not kept", () => {
  for (let i = 0; i < 3 * ALPHABET_CACHE_SIZE; i++) {
    const text = String.fromCodePoint(0x4e00 + 2 * i, 0x4e01 + 2 * i);
    assert.equal(tokenText({ bits: 8, alphabet: text }).length, 8);
    assert.ok(cachedAlphabets().length <= ALPHABET_CACHE_SIZE, `${i}: too many remembered`);
    assert.equal(cachedAlphabets().at(-1), text);
  }
  const long = Array.from(
    { length: ALPHABET_CACHE_MAX_LENGTH + 1 },
    (_, i) => String.fromCodePoint(0x5000 + i),
  ).join("");
  assert.equal([...tokenText({ bits: 12, alphabet: long })].length, 1);
  assert.ok(!cachedAlphabets().includes(long));
  const edge = long.slice(0, ALPHABET_CACHE_MAX_LENGTH);
  assert.equal([...tokenText({ bits: 12, alphabet: edge })].length, 1);
  assert.equal(cachedAlphabets().at(-1), edge);
});

Deno.test("lengthOf(bits, size) is tokenLength(bits, size), remembered or not", () => {
  for (let round = 0; round < 2; round++) {
    for (const size of [2, 3, 10, 26, 32, 36, 58, 62, 64, 85, 94, 1000, 65537]) {
      for (let bits = 1; bits <= 300; bits += round === 0 ? 1 : 7) {
        assert.equal(lengthOf(bits, size), tokenLength(bits, size), `${bits} bits, ${size}`);
      }
      // Large bit counts too, in an order where two keys that ran together would show.
      for (const bits of [3000, 2000, 1000, 65535, 65536]) {
        assert.equal(lengthOf(bits, size), tokenLength(bits, size), `${bits} bits, ${size}`);
      }
    }
  }
});

Deno.test("the last plan is used only for the same bits and alphabet values; any other is checked", () => {
  const r = createSecrets(counterSource(9)).recipes;
  const ALNUM = ALPHABETS.base62;
  // Same alphabet, other bits; same bits, other alphabet; a name, then its characters; defaults.
  const steps: [number | undefined, string | undefined, number][] = [
    [128, "hex", 32],
    [128, "hex", 32],
    [64, "hex", 16],
    [64, "01", 64],
    [64, ALNUM, 11],
    [128, ALNUM, 22],
    [128, "base62", 22],
    [undefined, ALNUM, 43],
    [undefined, undefined, 52],
    [128, undefined, 26],
    [128, "0123", 64],
  ];
  for (const [bits, alphabet, length] of steps) {
    const chars = alphabet === undefined
      ? ALPHABETS.base32
      : Object.hasOwn(ALPHABETS, alphabet)
      ? ALPHABETS[alphabet as keyof typeof ALPHABETS]
      : alphabet;
    const token = r.tokenText({ bits, alphabet });
    assert.equal(token.length, length, `${bits} bits of ${alphabet}`);
    assert.ok([...token].every((c) => chars.includes(c)), `${bits} bits of ${alphabet}: ${token}`);
  }
  // After a valid call, values that differ only in kind are checked, and refused.
  r.tokenText({ bits: 128, alphabet: "0123" });
  assert.throws(() => r.tokenText({ bits: "128" as never, alphabet: "0123" }), {
    name: "TypeError",
    message: 'tokenText(): bits must be an integer number, got "128"',
  });
  r.tokenText({ bits: 8, alphabet: "0123" });
  assert.throws(() => r.tokenText({ bits: 8, alphabet: ["0", "1", "2", "3"] as never }), TypeError);
  assert.throws(() => r.tokenText({ bits: 8, alphabet: "00123" }), RangeError);
  assert.equal(r.tokenText({ bits: 8, alphabet: "0123" }).length, 4);
});
