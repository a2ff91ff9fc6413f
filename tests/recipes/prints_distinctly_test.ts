// lib/recipes/_charset.ts's printsDistinctly, the one rule of what a recipe may print, and the
// proof that it is enough: for every small alphabet, word list and separator made from a pool
// of awkward characters (controls, invisibles, NFKC twins and expansions, combining marks and
// the halfwidth marks that become marks under NFKC, every kind of Hangul jamo), each recipe
// either refuses the options or counts exactly as many outputs as print distinctly: the claimed
// count equals the number of distinct NFKC forms of every output, and no output holds a
// character that does not print.
import {
  COMBINING_MARK,
  CONJOINING_JAMO,
  printsDistinctly,
  SYMBOLS,
} from "../../lib/recipes/_charset.ts";
import { tokenPlan } from "../../lib/recipes/token_text.ts";
import { passwordPlan } from "../../lib/recipes/password.ts";
import { drawPassphrase, passphrasePlan, phraseCount } from "../../lib/recipes/passphrase.ts";
import type { RecipeRandom } from "../../lib/core/mod.ts";
import type { PassphraseOptions } from "../../recipes.ts";
import { entropyBits, passphrase, password, tokenText } from "../../recipes.ts";
import { assert, assertThrows } from "../_helpers.ts";

/** Characters that must never reach an output: none of them prints as a character of its own. */
const UNPRINTABLE = [
  "\u0000", // NUL
  "\u0007", // BEL
  "\u001b", // ESC: the start of a terminal command
  "\r", // returns to the start of the line: what follows prints over what came before
  "\u007f", // DEL
  "\u0085", // NEL (C1)
  "\u2028", // line separator
  "\u200b", // zero-width space
  "\u200e", // left-to-right mark (a format character)
  "\u0600", // Arabic number sign: a format character (not default-ignorable) drawn over digits
  "\uFFF9", // interlinear annotation anchor (a format character)
  "\uFFA0", // halfwidth Hangul filler: NFKC makes it U+3164, an invisible filler
];

/** Awkward characters that print: NFKC twins and expansions, marks, jamo, Thai SARA AM. */
const AWKWARD = [
  "a",
  "b",
  "A",
  "Ａ", // NFKC: A
  "!",
  "！", // NFKC: !
  "f",
  "i",
  "ﬁ", // NFKC: fi
  "é",
  "\u0301", // combining acute
  "ﾊ",
  "ﾞ", // halfwidth voiced mark: NFKC U+3099, a combining mark
  "バ",
  "ᄀ", // leading jamo
  "ᅡ", // vowel jamo
  "\u11A8", // trailing jamo
  "가",
  "ㄱ", // compatibility jamo: NFKC U+1100
  "\u0E33", // Thai SARA AM: NFKC U+0E4D U+0E32, a mark first
  "\u{16D67}", // Kirat Rai vowel sign E: a letter that composes with the letter before it
  "1",
  "１", // NFKC: 1
  " ",
  "\u00A0", // NFKC: space
];

const POOL = [...AWKWARD, ...UNPRINTABLE];

/** Every subset of `pool` with `k` elements, in pool order. */
function* subsets<T>(pool: readonly T[], k: number, from = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= pool.length - k; i++) {
    for (const rest of subsets(pool, k - 1, i + 1)) yield [pool[i], ...rest];
  }
}

/** Every string of `n` characters from `chars`. */
function* strings(chars: readonly string[], n: number): Generator<string> {
  if (n === 0) {
    yield "";
    return;
  }
  for (const s of strings(chars, n - 1)) for (const c of chars) yield s + c;
}

/** Accepted output sets must print: no unprintable character in any output. */
function assertPrints(outputs: Iterable<string>, what: string): void {
  for (const out of outputs) {
    for (const u of UNPRINTABLE) {
      assert.ok(!out.includes(u), `${what}: ${JSON.stringify(out)} holds ${JSON.stringify(u)}`);
    }
  }
}

/** The number of distinct printed (NFKC) forms of `outputs`. */
function distinctPrinted(outputs: Iterable<string>): number {
  const seen = new Set<string>();
  for (const out of outputs) seen.add(out.normalize("NFKC"));
  return seen.size;
}

/** The plan, or undefined when the options are refused with a RangeError. */
function planOrRefused<P>(make: () => P): P | undefined {
  try {
    return make();
  } catch (e) {
    assert.ok(e instanceof RangeError, `not a RangeError: ${e}`);
    return undefined;
  }
}

Deno.test("tokenText(): every alphabet of 2 or 3 awkward characters is refused or counted exactly as printed", () => {
  let accepted = 0, refused = 0;
  for (const k of [2, 3]) {
    for (const set of subsets(POOL, k)) {
      const alphabet = set.join("");
      const plan = planOrRefused(() => tokenPlan({ bits: 4, alphabet }, "tokenText()"));
      if (plan === undefined) {
        refused++;
        continue;
      }
      accepted++;
      const outputs = [...strings(plan.chars, plan.length)];
      const claimed = plan.chars.length ** plan.length;
      assert.equal(plan.entropy, plan.length * Math.log2(plan.chars.length), alphabet);
      assert.equal(distinctPrinted(outputs), claimed, `alphabet ${JSON.stringify(alphabet)}`);
      assertPrints(outputs, alphabet);
    }
  }
  // Neither vacuous nor refusing everything: the counts of this pool under the rule.
  assert.ok(accepted > 300 && refused > 3000, `${accepted} accepted, ${refused} refused`);
});

Deno.test("password(): every alphabet of 2 awkward characters with symbols added is refused or counted exactly", () => {
  let accepted = 0;
  for (const set of subsets(POOL, 2)) {
    const alphabet = set.join("");
    const plan = planOrRefused(() =>
      passwordPlan({ alphabet, symbols: true, length: 2 }, "password()")
    );
    if (plan === undefined) continue;
    accepted++;
    const outputs = [...strings(plan.chars, plan.length)];
    assert.equal(
      BigInt(distinctPrinted(outputs)),
      plan.valid,
      `alphabet ${JSON.stringify(alphabet)}`,
    );
    assertPrints(outputs, alphabet);
  }
  assert.ok(accepted > 50, `${accepted} accepted`);
});

/** Every output of the passphrase plan: the draw run down every path of its random calls. */
function everyPhrase(options: PassphraseOptions): [Set<string>, bigint] | undefined {
  const plan = planOrRefused(() => passphrasePlan(options, "passphrase()"));
  if (plan === undefined) return undefined;
  const outputs = new Set<string>();
  const path: number[] = [];
  const sizes: number[] = [];
  while (true) {
    let i = 0;
    const pick = (n: number) => {
      const v = path[i] ?? 0;
      path[i] = v;
      sizes[i++] = n;
      return v;
    };
    const random = {
      choice: <T>(seq: ArrayLike<T>) => seq[pick(seq.length)],
      randbelow: (n: number) => pick(n),
      draws: <T>(seq: readonly T[], count: number) =>
        Array.from({ length: count }, () => seq[pick(seq.length)]),
    } as unknown as RecipeRandom;
    outputs.add(drawPassphrase(random, plan));
    path.length = sizes.length = i;
    let j = i - 1;
    while (j >= 0 && path[j] + 1 >= sizes[j]) j--;
    if (j < 0) return [outputs, phraseCount(plan)];
    path[j]++;
    path.length = sizes.length = j + 1;
  }
}

const WORDS = [
  "a",
  "ab",
  "gamma",
  "gam\u0000ma",
  "gamma\u0007",
  "\u001b]0;x\u0007",
  "ﬁx",
  "fix",
  "ﬀ",
  "ix",
  "f",
  "é",
  "e\u0301",
  "\u0301b",
  "ﾞa",
  "ᄀ",
  "ᅡ",
  "가",
  "ㄱ",
  "Ａb",
  "x-y",
  "a１",
  "b!",
  "\u{16D63}",
  "\u{16D67}",
];

const SEPARATORS: PassphraseOptions[] = [
  { separator: "" },
  { separator: " " },
  { separator: "-" },
  { separator: "－" },
  { separator: "\r" },
  { separator: "\u2028" },
  { separator: "ᄀ" },
  { separator: "\u3099" },
  { separator: "ﾞ" },
  { separator: "１" },
  { separator: "！" },
  { separators: "-_" },
  { separators: "-－" },
  { separators: "ᄀx" },
  { separators: "１-" },
  { separators: "！-" },
];

Deno.test("passphrase(): every list of 2 awkward words, with every separator and option, is refused or counted exactly", () => {
  let accepted = 0, checked = 0;
  const extras: PassphraseOptions[] = [
    {},
    { capitalize: "random" },
    { addDigits: 1 },
    { addSymbols: 1 },
  ];
  for (const wordlist of subsets(WORDS, 2)) {
    for (const sep of SEPARATORS) {
      for (const extra of extras) {
        const result = everyPhrase({ wordlist, words: 2, ...sep, ...extra });
        checked++;
        if (result === undefined) continue;
        accepted++;
        const [outputs, claimed] = result;
        const what = JSON.stringify({ wordlist, ...sep, ...extra });
        assert.equal(BigInt(distinctPrinted(outputs)), claimed, what);
        assertPrints(outputs, what);
      }
    }
  }
  assert.ok(accepted > 1000, `${accepted} of ${checked} accepted`);
});

Deno.test("passphrase(): lists of 3 words joined with nothing between them: boundaries where words meet", () => {
  const pool = [
    "ᄀ",
    "ᅡ",
    "가",
    "ﾊ",
    "ﾞ",
    "ﾞa",
    "f",
    "ﬁ",
    "ix",
    "x",
    "é",
    "\u{16D63}",
    "\u{16D67}",
    "\u{16D69}",
  ];
  let accepted = 0;
  for (const wordlist of subsets(pool, 3)) {
    const result = everyPhrase({ wordlist, words: 3, separator: "" });
    if (result === undefined) continue;
    accepted++;
    assert.equal(BigInt(distinctPrinted(result[0])), result[1], JSON.stringify(wordlist));
  }
  assert.ok(accepted > 20, `${accepted} accepted`);
});

Deno.test("the reproductions: controls, NFKC marks and jamo, twins added by symbols", () => {
  const control = /has a control character \(U\+00(00|07|0D|1B)\), which does not print/;
  assertThrows(() => tokenText({ bits: 8, alphabet: "ab\u0000" }), RangeError, control);
  assertThrows(() => passphrase({ separator: "\r" }), RangeError, control);
  assertThrows(
    () => passphrase({ wordlist: ["gamma", "gam\u0000ma", "gamma\u0007"] }),
    RangeError,
    'passphrase(): wordlist word "gam\\u0000ma" has a control character (U+0000), which does not print as a character, so different draws could print the same',
  );
  assertThrows(
    () => passphrase({ wordlist: ["\u001b]0;title\u0007", "b"] }),
    RangeError,
    control,
  );
  assertThrows(
    () => tokenText({ bits: 4, alphabet: "ﾊﾞバ" }),
    RangeError,
    'tokenText(): alphabet has "ﾞ" (U+FF9E), which prints as a combining mark (U+3099), which prints on the character before it, so different draws could print the same',
  );
  assertThrows(
    () => passphrase({ wordlist: ["ᄀ", "ᅡ", "가"], separator: "" }),
    RangeError,
    /wordlist word "\u1100" has a conjoining Hangul jamo \(U\+1100\)/,
  );
  assertThrows(
    () => passphrase({ wordlist: ["가", "나"], separators: "ᄀx" }),
    RangeError,
    /^passphrase\(\): separators has a conjoining Hangul jamo \(U\+1100\)/,
  );
  const lower = "abcdefghijklmnopqrstuvwxyz";
  assertThrows(
    () => password({ alphabet: lower + "！＃", symbols: true }),
    RangeError,
    'password(): alphabet with symbols added has "！" and "!", two forms of one character that print the same',
  );
  // The alphabet alone is fine: the twins come from adding the symbols.
  assert.equal(password({ alphabet: lower + "！＃", length: 5 }).length, 5);
});

Deno.test("errors of the rule carry their fields: function, option, value, index", () => {
  const cases: [() => unknown, Record<string, unknown>][] = [
    [() => tokenText({ alphabet: "ab\u0007" }), {
      function: "tokenText",
      option: "alphabet",
      value: "ab\u0007",
    }],
    [() => passphrase({ wordlist: ["a", "b\r"] }), {
      function: "passphrase",
      option: "wordlist",
      value: "b\r",
      index: 1,
    }],
    [() => entropyBits("passphrase", { separator: "\u200b" }), {
      function: "entropyBits",
      option: "separator",
      value: "\u200b",
    }],
    [() => password({ alphabet: "ab！", symbols: true, exclude: "#" }), {
      function: "password",
      option: "alphabet",
      other: "symbols",
      value: "ab！",
    }],
  ];
  for (const [f, fields] of cases) {
    let error: unknown;
    try {
      f();
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof RangeError, String(error));
    for (const [key, value] of Object.entries(fields)) {
      assert.deepEqual((error as unknown as Record<string, unknown>)[key], value, key);
    }
  }
});

Deno.test("printsDistinctly(): one rule for characters, words and separators", () => {
  const site = { fn: "f()", option: "x" };
  // Printable ASCII and ordinary text pass, and the printed form is returned.
  assert.equal(printsDistinctly("a b", "separator", site), "a b");
  assert.equal(printsDistinctly("ﬁx", "word", site), "fix");
  assert.equal(printsDistinctly("cafe\u0301", "word", site), "café"); // a mark inside a word
  assert.equal(printsDistinctly("가", "character", site), "가");
  for (const kind of ["character", "word", "separator"] as const) {
    for (const u of UNPRINTABLE) {
      assertThrows(() => printsDistinctly(u, kind, site), RangeError, /^f\(\): x has /);
    }
    for (const jamo of ["ᄀ", "ᅡ", "\u11A8", "\uA960", "\uD7B0", "ㄱ", "\uFFA1"]) {
      assertThrows(() => printsDistinctly(jamo, kind, site), RangeError, /conjoining Hangul jamo/);
    }
    for (const mark of ["\u0301", "ﾞ", "\uFF9F", "\u0E33", "\u{16D67}"]) {
      assertThrows(() => printsDistinctly(mark + "a", kind, site), RangeError, /combining mark/);
    }
  }
  assertThrows(
    () => printsDistinctly("aㄱ", "word", site),
    RangeError,
    'f(): x has "ㄱ" (U+3131), which prints as a conjoining Hangul jamo (U+1100), which joins the jamo or syllable beside it into one block, so different draws could print the same',
  );
  assertThrows(() => printsDistinctly("ﬁ", "character", site), RangeError, /more than one/);
  assertThrows(() => printsDistinctly("-\u0301", "separator", site), RangeError, /combining mark/);
});

Deno.test("the rule is enough at every boundary: checked over all of Unicode in this engine", () => {
  // NFKC changes what comes before a character only if the character composes with it (it is
  // a later part of some canonical decomposition) or canonical ordering moves it (a non-zero
  // combining class). Every such code point must be one the rule keeps from starting a piece.
  const joins = (c: string) => COMBINING_MARK.test(c) || CONJOINING_JAMO.test(c);
  const bad: string[] = [];
  for (let cp = 0; cp <= 0x10FFFF; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const c = String.fromCodePoint(cp);
    const d = Array.from(c.normalize("NFD"));
    for (let i = 1; i < d.length; i++) if (!joins(d[i])) bad.push(`${d[i]} in ${c}`);
    // U+0345 has the highest combining class in use (240): a character of any lower non-zero
    // class is ordered before it.
    if (!joins(d[0]) && ("\u0345" + c).normalize("NFD") !== "\u0345" + d.join("")) {
      bad.push(`U+${cp.toString(16)} is reordered`);
    }
    // A word's first code point is judged by its NFKC form's first: a mark must stay a mark.
    const start = String.fromCodePoint(c.normalize("NFKC").codePointAt(0)!);
    if (COMBINING_MARK.test(c) && !COMBINING_MARK.test(start)) {
      bad.push(`U+${cp.toString(16)} is a mark whose NFKC form does not begin with one`);
    }
  }
  assert.deepEqual(bad, []);
  assert.equal(SYMBOLS.length, 32);
});

Deno.test("a word neither begins nor ends with white space: it would not show at a phrase's ends", () => {
  assertThrows(
    () => passphrase({ wordlist: ["alpha", "gamma ", "gamma"], separator: "-" }),
    RangeError,
    'passphrase(): wordlist word "gamma " ends with white space (U+0020), which does not show at the end of a phrase, so different draws could print the same phrase',
  );
  assertThrows(
    () => passphrase({ wordlist: ["\u3000alpha", "gamma"], separator: "-" }),
    RangeError,
    'passphrase(): wordlist word "\u3000alpha" begins with white space (U+3000), which does not show at the start of a phrase, so different draws could print the same phrase',
  );
  for (const word of ["\u3000x", "x\u00A0", "\u2003x", "x\u0009"]) {
    assertThrows(() => passphrase({ wordlist: ["a", word] }), RangeError, /white space|control/);
  }
  // Inside a word, a space is fine when the separator is something else.
  assert.equal(
    passphrase({ wordlist: ["ice cream", "hot dog"], separator: "-", words: 2 }).length >= 13,
    true,
  );
});
