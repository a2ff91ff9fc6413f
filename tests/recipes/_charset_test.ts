// lib/recipes/_charset.ts: the one rule for turning a string into a set of characters
// that print distinctly, with the error class and message of every refusal,
// directly and through the recipes that use it.
import {
  characterSet,
  printedForm,
  printsDistinctly,
  unprinted,
} from "../../lib/recipes/_charset.ts";
import { password, tokenText } from "../../recipes.ts";
import { assert, assertThrows } from "../_helpers.ts";

Deno.test("characterSet() gives the code points of a set that prints distinctly", () => {
  assert.deepEqual(characterSet("ab", "f()", "x"), ["a", "b"]);
  assert.deepEqual(characterSet("a😀é", "f()", "x"), ["a", "😀", "é"]); // astral and precomposed: one each
  assert.deepEqual(characterSet("aа", "f()", "x"), ["a", "а"]); // Latin and Cyrillic a: not unified
});

Deno.test("characterSet() refuses what would print alike, with class and message", () => {
  const cases: [string, RegExp | string][] = [
    [
      "ab\uD800",
      "f(): x has a lone surrogate (U+D800), which prints as U+FFFD and carries no entropy",
    ],
    [
      "a\uDC00b",
      "f(): x has a lone surrogate (U+DC00), which prints as U+FFFD and carries no entropy",
    ],
    [
      "ab\u200B",
      "f(): x has an invisible character (U+200B), so different draws could print the same",
    ],
    [
      "ab\u00AD",
      "f(): x has an invisible character (U+00AD), so different draws could print the same",
    ],
    [
      "a\uFE0Fb",
      "f(): x has an invisible character (U+FE0F), so different draws could print the same",
    ],
    [
      "ab\u0301",
      "f(): x has a combining mark (U+0301), which prints on the character before it, so different draws could print the same",
    ],
    ["aba", 'f(): x repeats the character "a", which would bias the draw'],
    ["ＡA", 'f(): x has "Ａ" and "A", two forms of one character that print the same'],
  ];
  for (const [text, message] of cases) {
    assertThrows(() => characterSet(text, "f()", "x"), RangeError, message);
  }
  // A character that prints as several: "ﬁ" + "f" + "i" and "f" + "i" + "ﬁ" print alike.
  assertThrows(
    () => characterSet("ﬁfi", "f()", "x"),
    RangeError,
    'f(): x has "ﬁ" (U+FB01), which prints as "fi", more than one character, so different draws could print the same',
  );
  assertThrows(
    () => characterSet("a㎏", "f()", "x"),
    RangeError,
    /"㎏" \(U\+338F\), which prints as "kg"/,
  );
  // Hangul: every conjoining jamo joins the jamo or syllable beside it ("ᄀ" + "ᅡ" is "가"),
  // leading ones too (a leading jamo before a syllable is drawn as one block).
  for (const jamo of ["\u1100", "\u1161", "\u11A8", "\uA960", "\uD7B0", "\uD7FB"]) {
    assertThrows(
      () => characterSet("가" + jamo, "f()", "x"),
      RangeError,
      /has a conjoining Hangul jamo \(U\+/,
    );
  }
  // Syllables stand alone: allowed.
  assert.deepEqual(characterSet("가각", "f()", "x"), ["가", "각"]);
  // Precomposed "é" against "e" + U+0301 never gets that far: the mark is refused first.
  assertThrows(
    () => characterSet("é" + "e\u0301", "f()", "x"),
    RangeError,
    /combining mark \(U\+0301\)/,
  );
});

Deno.test("printsDistinctly() and printedForm(): lone surrogates, invisibles; NFKC", () => {
  assert.equal(printsDistinctly("a😀b", "word", { fn: "f()", option: "x" }), "a😀b"); // a pair
  assertThrows(
    () => printsDistinctly("\uD83D", "word", { fn: "f()", option: "x" }),
    RangeError,
    /lone surrogate \(U\+D83D\)/,
  );
  assertThrows(
    () => printsDistinctly("a\u2060", "word", { fn: "f()", option: "x" }),
    RangeError,
    /invisible character \(U\+2060\)/,
  );
  assert.equal(printedForm("Ａ"), "A");
  assert.equal(printedForm("e\u0301"), "é");
});

Deno.test("password() and tokenText() refuse such alphabets with their own name", () => {
  assertThrows(
    () => password({ alphabet: "abc\u200B" }),
    RangeError,
    "password(): alphabet has an invisible character (U+200B), so different draws could print the same",
  );
  assertThrows(
    () => tokenText({ alphabet: "abc\u0301" }),
    RangeError,
    /^tokenText\(\): alphabet has a combining mark \(U\+0301\)/,
  );
  assertThrows(
    () => password({ alphabet: "abcＡA" }),
    RangeError,
    'password(): alphabet has "Ａ" and "A", two forms of one character that print the same',
  );
});

Deno.test("unprinted(): the first control or invisible character, by printsDistinctly's rule", () => {
  const table: [string, string | undefined][] = [
    ["jane@acme.com", undefined],
    ["Zoë 東京 👍 e\u0301 a\u00a0b ᄀ", undefined], // what prints, marks and jamo included
    ["a\nb", "a control character (U+000A)"],
    ["a\x7f\u202e", "a control character (U+007F)"], // the first one found
    ["\x85", "a control character (U+0085)"],
    ["a\u2028", "a control character (U+2028)"],
    ["a\u202eb", "an invisible character (U+202E)"],
    ["a\u200b", "an invisible character (U+200B)"],
    ["a\u200d", "an invisible character (U+200D)"],
    ["\ufeff", "an invisible character (U+FEFF)"],
    ["\u00ad", "an invisible character (U+00AD)"],
    ["\u200e", "an invisible character (U+200E)"],
    ["\u{E0041}", "an invisible character (U+E0041)"],
    ["\ufe0f", "an invisible character (U+FE0F)"],
  ];
  for (const [text, found] of table) assert.equal(unprinted(text), found, JSON.stringify(text));
  // Each is refused by printsDistinctly with the same words.
  for (const [text, found] of table) {
    if (found === undefined) continue;
    const why = found.startsWith("a control") ? ", which does not print as a character" : "";
    assertThrows(
      () => printsDistinctly(text, "separator", { fn: "f()", option: "x" }),
      RangeError,
      `f(): x has ${found}${why}, so different draws could print the same`,
    );
  }
  // The code points alone decide: no code point's NFKC form holds one unless it is one.
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (unprinted(c) === undefined && unprinted(printedForm(c)) !== undefined) {
      assert.fail(`U+${cp.toString(16)}: its NFKC form holds ${unprinted(printedForm(c))}`);
    }
  }
});
