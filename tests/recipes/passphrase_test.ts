// passphrase() options: capitalisation, digits and symbols, word lengths, random separators,
// and a target strength (the EFF short list itself: tests/recipes/wordlists/eff_short_test.ts). Each option is checked on small lists by
// enumerating every path of the draw (every value of every choice and randbelow call): the
// outputs must be exactly the phrases the option defines (built here independently), each
// reached by as many equally likely paths as the others, and entropyBits must be log2 of
// their number.
import { effWordlist, entropyBits, passphrase, type PassphraseOptions } from "../../recipes.ts";
import { drawPassphrase, passphrasePlan } from "../../lib/recipes/passphrase.ts";
import type { RecipeRandom } from "../../lib/core/mod.ts";
import type { IntegerFunction } from "../../mod.ts";
import { createSecrets } from "../../testing.ts";
import { assert, assertChiSquare, assertThrows, counterSource } from "../_helpers.ts";

const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/**
 * Runs the draw down every path of its random calls. Returns how many paths print each
 * phrase; every path is checked to be equally likely (the same product of choice sizes).
 */
function everyDraw(options: PassphraseOptions): Map<string, number> {
  const plan = passphrasePlan(options, "passphrase()");
  const path: number[] = [];
  const sizes: number[] = [];
  const counts = new Map<string, number>();
  let weight: number | undefined;
  while (true) {
    let i = 0;
    const pick = (n: number) => {
      const v = path[i] ?? 0;
      path[i] = v;
      sizes[i] = n;
      i++;
      return v;
    };
    const choice = <T>(seq: ArrayLike<T>): T => seq[pick(seq.length)];
    const rand: RecipeRandom = {
      choice,
      randbelow: ((n: number) => pick(n)) as IntegerFunction,
      draws: (seq, count) => Array.from({ length: count }, () => choice(seq)),
    };
    const phrase = drawPassphrase(rand, plan);
    const w = sizes.slice(0, i).reduce((a, b) => a * b, 1);
    weight ??= w;
    assert.equal(w, weight, "every path must be equally likely");
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    let k = i - 1;
    while (k >= 0 && path[k] + 1 >= sizes[k]) k--;
    if (k < 0) return counts;
    path[k]++;
    path.length = k + 1;
  }
}

/** The distinct forms of each word under `capitalize`, written out independently. */
function forms(list: string[], capitalize = "none"): string[] {
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const all = list.flatMap((w) =>
    capitalize === "none"
      ? [w]
      : capitalize === "first"
      ? [cap(w)]
      : capitalize === "all"
      ? [w.toUpperCase()]
      : [w, cap(w)]
  );
  return [...new Set(all)];
}

/** Every tuple of `n` items from `xs`. */
function tuples<T>(xs: T[], n: number): T[][] {
  let out: T[][] = [[]];
  for (let i = 0; i < n; i++) out = out.flatMap((t) => xs.map((x) => [...t, x]));
  return out;
}

/**
 * Every phrase by the definition: n word forms; a separator for each gap; d digits and s
 * symbols in every order, split into n runs (possibly empty), run i appended to word i.
 */
function definedPhrases(
  wordForms: string[],
  n: number,
  seps: string[],
  d: number,
  s: number,
  symbolChars: string,
): Set<string> {
  const tokenSeqs = tuples([..."0123456789", ...symbolChars], d + s).filter((t) =>
    t.filter((c) => "0123456789".includes(c)).length === d
  );
  const out = new Set<string>();
  for (const ws of tuples(wordForms, n)) {
    for (const gaps of tuples(seps, n - 1)) {
      for (const seq of tokenSeqs) {
        // Cut points: n - 1 non-decreasing cuts in 0..seq.length.
        for (const cuts of tuples([...Array(seq.length + 1).keys()], n - 1)) {
          if (cuts.some((c, i) => i > 0 && c < cuts[i - 1])) continue;
          const bounds = [0, ...cuts, seq.length];
          let phrase = "";
          for (let i = 0; i < n; i++) {
            if (i > 0) phrase += gaps[i - 1];
            phrase += ws[i] + seq.slice(bounds[i], bounds[i + 1]).join("");
          }
          out.add(phrase);
        }
      }
    }
  }
  return out;
}

function assertExact(
  name: string,
  options: PassphraseOptions,
  expected: Set<string>,
): void {
  const drawn = everyDraw(options);
  assert.deepEqual([...drawn.keys()].sort(), [...expected].sort(), `${name}: outputs`);
  const paths = new Set(drawn.values());
  assert.equal(paths.size, 1, `${name}: not uniform (${[...paths]} paths per phrase)`);
  const bits = entropyBits("passphrase", options);
  assert.ok(Math.abs(bits - Math.log2(expected.size)) < 1e-12, `${name}: ${bits} bits`);
}

Deno.test("passphrase({ capitalize }) prints each distinct form equally often (enumerated)", () => {
  // "3d" has no letter to capitalise, "Ef" is capitalised already, and "Ab" is what "ab"
  // becomes: only distinct forms count.
  const list = ["ab", "cd", "3d", "Ef", "Ab"];
  for (const capitalize of ["none", "first", "all", "random"] as const) {
    const f = forms(list, capitalize);
    const options = { wordlist: list, words: 2, capitalize };
    assertExact(capitalize, options, definedPhrases(f, 2, [" "], 0, 0, ""));
  }
  assert.deepEqual(forms(list, "random").sort(), ["3d", "Ab", "Cd", "Ef", "ab", "cd"]);
  assert.deepEqual(
    passphrasePlan({ wordlist: list, capitalize: "random" }, "passphrase()").words.length,
    6,
  );
  // Every EFF word has a letter, none is capitalised: "random" adds exactly 1 bit a word.
  const eff = entropyBits("passphrase", { capitalize: "random" });
  assert.ok(Math.abs(eff - 6 * (1 + Math.log2(7776))) < 1e-9);
  assert.equal(entropyBits("passphrase", { capitalize: "first" }), entropyBits("passphrase"));
  assert.match(passphrase({ capitalize: "first" }), /^[A-Z][a-z-]*( [A-Z][a-z-]*){5}$/);
  assert.match(passphrase({ capitalize: "all", words: 3 }), /^[A-Z-]+ [A-Z-]+ [A-Z-]+$/);
});

Deno.test("passphrase({ addDigits, addSymbols }) appends them at uniform places (enumerated)", () => {
  const list = ["ab", "cd"];
  const cases: [PassphraseOptions, number, string[], number, number, string][] = [
    [{ wordlist: list, words: 2, addDigits: 1 }, 2, [" "], 1, 0, ""],
    [{ wordlist: list, words: 2, addDigits: 2 }, 2, [" "], 2, 0, ""],
    [{ wordlist: list, words: 1, addDigits: 2 }, 1, [" "], 2, 0, ""],
    [{ wordlist: list, words: 3, addDigits: 1 }, 3, [" "], 1, 0, ""],
    // Symbols are the ASCII punctuation characters that are not separator characters.
    [
      { wordlist: list, words: 2, addSymbols: 1, separator: "-" },
      2,
      ["-"],
      0,
      1,
      PUNCTUATION.replace("-", ""),
    ],
    [{ wordlist: list, words: 2, addDigits: 1, addSymbols: 1 }, 2, [" "], 1, 1, PUNCTUATION],
    // An empty separator with a prefix-free list still reads back.
    [{ wordlist: list, words: 2, addDigits: 1, separator: "" }, 2, [""], 1, 0, ""],
  ];
  for (const [options, n, seps, d, s, symbolChars] of cases) {
    const name = JSON.stringify(options);
    assertExact(name, options, definedPhrases(list, n, seps, d, s, symbolChars));
  }
  // The count: 2 words of 2, one digit after either word: 4 * 2 * 10 = 80 phrases.
  assert.equal(
    entropyBits("passphrase", { wordlist: list, words: 2, addDigits: 1 }),
    Math.log2(80),
  );
  const p = passphrase({ addDigits: 2, addSymbols: 1 });
  assert.equal(p.replace(/[^0-9]/g, "").length, 2);
  assert.equal([...p].filter((c) => PUNCTUATION.includes(c)).length, 1);
});

Deno.test("passphrase({ separators }) draws each gap's separator (enumerated)", () => {
  const list = ["ab", "cd"];
  assertExact(
    "separators",
    { wordlist: list, words: 3, separators: "-_." },
    definedPhrases(list, 3, ["-", "_", "."], 0, 0, ""),
  );
  // One separator character is the same as separator.
  assert.equal(
    entropyBits("passphrase", { wordlist: list, words: 3, separators: "-" }),
    entropyBits("passphrase", { wordlist: list, words: 3, separator: "-" }),
  );
  // 6 EFF words (the four hyphenated ones left out) and 5 gaps of 4 separators: + 10 bits.
  const bits = entropyBits("passphrase", { separators: "-_.+" });
  assert.ok(Math.abs(bits - (6 * Math.log2(7772) + 10)) < 1e-9);
  assert.match(passphrase({ separators: "-_.+" }), /^[a-z]+([-_.+][a-z]+){5}$/);
});

Deno.test("passphrase({ minWordLength, maxWordLength }) filters the list (enumerated)", () => {
  const list = ["a", "bb", "ccc", "dddd"];
  const options = { wordlist: list, words: 2, minWordLength: 2, maxWordLength: 3 };
  assertExact("lengths", options, definedPhrases(["bb", "ccc"], 2, [" "], 0, 0, ""));
  // EFF large: 3 to 9 letters; 4 to 6 keeps a known number of words, and the count follows.
  const eff = effWordlist().filter((w) => w.length >= 4 && w.length <= 6).length;
  const bits = entropyBits("passphrase", { minWordLength: 4, maxWordLength: 6, words: 6 });
  assert.ok(Math.abs(bits - 6 * Math.log2(eff)) < 1e-9);
  const p = passphrase({ minWordLength: 4, maxWordLength: 6 }).split(" ");
  assert.ok(p.every((w) => w.length >= 4 && w.length <= 6));
});

Deno.test("passphrase() with every option at once (enumerated)", () => {
  const list = ["ab", "Ab", "c", "dd"];
  const options: PassphraseOptions = {
    wordlist: list,
    words: 2,
    capitalize: "random",
    addDigits: 1,
    separators: "-_",
    minWordLength: 2,
  };
  const f = forms(["ab", "Ab", "dd"], "random"); // ab, Ab, dd, Dd
  assert.equal(f.length, 4);
  assertExact("all", options, definedPhrases(f, 2, ["-", "_"], 1, 0, ""));
});

Deno.test("passphrase({ bits }) takes the fewest words that reach the target", () => {
  const list = ["a", "b", "c", "d"]; // 2 bits a word
  assert.equal(passphrasePlan({ wordlist: list, bits: 5 }, "passphrase()").count, 3);
  assert.equal(passphrasePlan({ wordlist: list, bits: 6 }, "passphrase()").count, 3);
  assert.equal(passphrasePlan({ wordlist: list, bits: 7 }, "passphrase()").count, 4);
  // With a digit, one word already gives 4 * 10 = 40 >= 2**5 phrases.
  assert.equal(passphrasePlan({ wordlist: list, bits: 5, addDigits: 1 }, "passphrase()").count, 1);
  // EFF large: 80 bits need 7 words (6 give 77.5); with "random" capitals 6 (83.6).
  assert.equal(passphrase({ bits: 80 }).split(" ").length, 7);
  assert.equal(passphrase({ bits: 80, capitalize: "random" }).split(" ").length, 6);
  assert.ok(entropyBits("passphrase", { bits: 100 }) >= 100);
  assert.ok(entropyBits("passphrase", { bits: 100, addDigits: 2, addSymbols: 1 }) >= 100);
  // The default is bits: 77, counted with the options too.
  assert.equal(passphrasePlan({ wordlist: list }, "passphrase()").count, 39);
  // With 3 addDigits: 4**n * C(n + 2, 3) * 1000 phrases; n = 27 gives 2**75.8, n = 28 2**78.0.
  assert.equal(passphrasePlan({ wordlist: list, addDigits: 3 }, "passphrase()").count, 28);
});

Deno.test("passphrase() options are uniform in real draws (chi-square, false alarm 1e-7)", () => {
  // Two configurations, every phrase expected 60 times; one chi-square check each at a
  // 1e-7 tail (chi2Critical), so a false alarm below 1 in 5 million a run.
  // 1. "random" capitals and a digit: 4 forms, 2 words, the digit after either: 320 phrases.
  // 2. A word-length filter ("e" left out), 2 separators, a symbol from the 30 punctuation
  //    characters that are not separators, after either word: 4 * 2 * 2 * 30 = 480 phrases.
  const configs: [PassphraseOptions, Set<string>][] = [
    [
      { wordlist: ["ab", "cd"], words: 2, capitalize: "random", addDigits: 1 },
      definedPhrases(forms(["ab", "cd"], "random"), 2, [" "], 1, 0, ""),
    ],
    [
      { wordlist: ["ab", "cd", "e"], words: 2, minWordLength: 2, separators: "-_", addSymbols: 1 },
      definedPhrases(["ab", "cd"], 2, ["-", "_"], 0, 1, PUNCTUATION.replace(/[-_]/g, "")),
    ],
  ];
  assert.deepEqual(configs.map(([, e]) => e.size), [320, 480]);
  for (const [options, expected] of configs) {
    const counts = new Map([...expected].map((p) => [p, 0]));
    for (let i = 0; i < expected.size * 60; i++) {
      const p = passphrase(options);
      assert.ok(counts.has(p), p);
      counts.set(p, counts.get(p)! + 1);
    }
    assertChiSquare([...counts.values()], Array(expected.size).fill(60), JSON.stringify(options));
  }
});

Deno.test("passphrase() with no added options draws as the Python recipe (same bytes)", () => {
  // ' '.join(choice(words) for i in range(n)): one choice a word, nothing else drawn.
  const words = effWordlist();
  for (let seed = 0; seed < 10; seed++) {
    const a = createSecrets(counterSource(seed * 31));
    const b = createSecrets(counterSource(seed * 31));
    const p = a.recipes.passphrase({ words: 5, separator: "-" });
    const dashed = words.filter((w) => !w.includes("-"));
    const expected = Array.from({ length: 5 }, () => b.choice(dashed)).join("-");
    assert.equal(p, expected);
    assert.equal(a.token_hex(8), b.token_hex(8)); // and not a byte more or less
  }
});

Deno.test("passphrase() option errors, with class and message", () => {
  const cases: [unknown, typeof Error, string | RegExp][] = [
    [
      { words: 4, bits: 50 },
      TypeError,
      "passphrase(): words cannot be combined with bits: words fixes the number of words, bits chooses it",
    ],
    [
      { separator: "-", separators: "-_" },
      TypeError,
      "passphrase(): separator cannot be combined with separators: separators draws one of its characters for each gap",
    ],
    [
      { capitalize: "upper" },
      TypeError,
      'passphrase(): capitalize must be "none", "first", "all" or "random", got "upper"',
    ],
    [
      { capitalize: true },
      TypeError,
      /capitalize must be "none", "first", "all" or "random", got true/,
    ],
    [{ addDigits: -1 }, RangeError, "passphrase(): addDigits must be at least 0, got -1"],
    [{ addSymbols: 101 }, RangeError, "passphrase(): addSymbols must be at most 100, got 101"],
    [{ addDigits: 1.5 }, TypeError, /^passphrase\(\): addDigits must be an integer.*, got 1\.5$/],
    [{ bits: 0 }, RangeError, "passphrase(): bits must be at least 1, got 0"],
    [
      { bits: 4096, wordlist: ["a", "b"] },
      RangeError,
      "passphrase(): bits 4096 would need more than 1000 words",
    ],
    [{ minWordLength: 0 }, RangeError, "passphrase(): minWordLength must be at least 1, got 0"],
    [
      { maxWordLength: 1001 },
      RangeError,
      "passphrase(): maxWordLength must be at most 1000, got 1001",
    ],
    [
      { minWordLength: 5, maxWordLength: 4 },
      RangeError,
      "passphrase(): minWordLength 5 is more than the maximum, 4",
    ],
    [
      { wordlist: ["a", "bb", "cc"], minWordLength: 3 },
      RangeError,
      "passphrase(): wordlist has 0 distinct words left by the options; a passphrase needs at least 2",
    ],
    [
      { wordlist: ["ab", "Ab"], capitalize: "first" },
      RangeError,
      "passphrase(): wordlist has 1 distinct word left by the options; a passphrase needs at least 2",
    ],
    [{ separators: "" }, RangeError, "passphrase(): separators must hold at least one character"],
    [
      { separators: "--" },
      RangeError,
      'passphrase(): separators repeats the character "-", which would bias the draw',
    ],
    [{ separators: 5 }, TypeError, "passphrase(): separators must be a string, got 5"],
    [
      { separators: "-1", addDigits: 1 },
      RangeError,
      'passphrase(): addDigits cannot be told apart from the separator character "1"',
    ],
    // A word is quoted with what does not print escaped (describe's rule), cut after 40.
    [
      { wordlist: ["x", "a\u2029b", "y"] },
      RangeError,
      'passphrase(): wordlist word "a\\u2029b" has a control character (U+2029), which does not print as a character, so different draws could print the same',
    ],
    [
      { wordlist: ["x", "a\u0085b", "y"] },
      RangeError,
      'passphrase(): wordlist word "a\\u0085b" has a control character (U+0085), which does not print as a character, so different draws could print the same',
    ],
    [
      { wordlist: ["x", "a\u202eb", "y"] },
      RangeError,
      'passphrase(): wordlist word "a\\u202eb" has an invisible character (U+202E), so different draws could print the same',
    ],
    [
      { wordlist: ["x", "y".repeat(1 << 20) + "\u200d"] },
      RangeError,
      `passphrase(): wordlist word "${
        "y".repeat(40)
      }…" has an invisible character (U+200D), so different draws could print the same`,
    ],
    [
      { wordlist: ["x", "w".repeat(50), "y", "w".repeat(50)] },
      RangeError,
      `passphrase(): wordlist repeats "${"w".repeat(40)}…" (index 3), which would bias the draw`,
    ],
    [
      { wordlist: ["x", "\ufb01x"], separator: "f" },
      RangeError,
      'passphrase(): wordlist has the word "ﬁx", which contains "f", a character of the separator, so different draws could print the same phrase',
    ],
    [
      { wordlist: ["ab", "c3"], addDigits: 1 },
      RangeError,
      'passphrase(): wordlist has the word "c3", which contains "3", a digit, like the digits added, so different draws could print the same phrase',
    ],
    [
      { wordlist: ["ab", "don't"], addSymbols: 1 },
      RangeError,
      `passphrase(): wordlist has the word "don't", which contains "'", a symbol, like the symbols added, so different draws could print the same phrase`,
    ],
    [
      { wordlist: ["ab", "c-d"], separators: "-_" },
      RangeError,
      'passphrase(): wordlist has the word "c-d", which contains "-", a character of the separator, so different draws could print the same phrase',
    ],
    [
      { wordlist: ["Ab", "a"], capitalize: "random", separator: "" },
      RangeError,
      'passphrase(): separator is empty, so no word may begin another, but "A" begins "Ab", so different draws could print the same phrase',
    ],
    [
      { wordlist: "eff-short" },
      TypeError,
      'passphrase(): wordlist "eff-short" is not built in, so that bundles that do not use it stay small: pass wordlist: effShortWordlist() (from @secrets/secrets/recipes)',
    ],
    [
      { capitalise: "first" },
      TypeError,
      "passphrase(): unknown option 'capitalise' (did you mean 'capitalize'?)",
    ],
  ];
  for (const [options, kind, message] of cases) {
    assertThrows(() => passphrase(options as never), kind, message);
  }
  assertThrows(
    () => entropyBits("passphrase", { words: 3, bits: 40 }),
    TypeError,
    /^entropyBits\(\): words cannot be combined with bits/,
  );
  // "eff-large" names the default.
  assert.equal(entropyBits("passphrase", { wordlist: "eff-large" }), entropyBits("passphrase"));
});
