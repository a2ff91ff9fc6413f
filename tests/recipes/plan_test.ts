// Every recipe's options are planned before anything is drawn: over random option sets (odd
// ones included: separators that use every symbol, lists that options filter to nothing,
// alphabets that exclusions empty), entropyBits returns a finite number of at least 1 bit or
// throws a TypeError or RangeError naming the function; the recipe itself then throws the same
// error (named for itself), or draws. Nothing fails from inside the draw.
import fc from "fast-check";
import {
  apiKey,
  entropyBits,
  passphrase,
  password,
  passwordRules,
  SYMBOLS,
  tokenText,
} from "../../recipes.ts";
import { assert, assertThrows } from "../_helpers.ts";

type Recipe = "password" | "passphrase" | "tokenText" | "apiKey";
const RECIPES = { password, passphrase, tokenText, apiKey } as Record<
  Recipe,
  (options?: unknown) => string
>;

/** A mix of ordinary and awkward text for alphabets, separators and exclusions. */
const text = fc.oneof(
  fc.constantFrom("", "-", " ", "ab", "abc", "0123456789", SYMBOLS, SYMBOLS + " ", "!#-", "ＡA"),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: "grapheme", maxLength: 3 }),
);
const small = fc.integer({ min: -1, max: 12 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const passwordOptions = fc.record({
  length: maybe(small),
  alphabet: maybe(text),
  symbols: maybe(fc.boolean()),
  excludeAmbiguous: maybe(fc.boolean()),
  exclude: maybe(text),
  minLower: maybe(small),
  minUpper: maybe(small),
  minDigits: maybe(small),
  minSymbols: maybe(small),
  rules: maybe(fc.constantFrom(
    passwordRules("allowed: [ab]"),
    passwordRules("required: digit; allowed: lower"),
    passwordRules("minlength: 4; maxlength: 6; required: upper; max-consecutive: 1"),
  )),
}, { requiredKeys: [] });

const passphraseOptions = fc.record({
  words: maybe(fc.integer({ min: 0, max: 6 })),
  wordlist: maybe(fc.oneof(
    fc.constant(undefined),
    fc.uniqueArray(fc.constantFrom("a", "bb", "ccc", "a-b", "x1", "y!", "Zz", "é"), {
      maxLength: 5,
    }),
  )),
  separator: maybe(text),
  separators: maybe(text),
  capitalize: maybe(fc.constantFrom("none", "first", "all", "random", "upper")),
  addDigits: maybe(small),
  addSymbols: maybe(small),
  minWordLength: maybe(small),
  maxWordLength: maybe(small),
}, { requiredKeys: [] });

const tokenTextOptions = fc.record({
  bits: maybe(fc.integer({ min: -1, max: 300 })),
  alphabet: maybe(fc.oneof(text, fc.constantFrom("hex", "base58", "base64"))),
}, { requiredKeys: [] });

const apiKeyOptions = fc.record({
  prefix: fc.oneof(fc.constantFrom("acme", "k", "9x", ""), fc.string({ maxLength: 5 })),
  bits: maybe(fc.integer({ min: 100, max: 1100 })),
}, { requiredKeys: ["prefix"] });

/** The error `f` throws, or undefined. */
function thrown(f: () => unknown): Error | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return e as Error;
  }
}

function check(recipe: Recipe, options: Record<string, unknown>): void {
  const clean = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  let bits: number | undefined;
  const planned = thrown(() => {
    bits = entropyBits(recipe as "password", clean);
  });
  const drawn = thrown(() => RECIPES[recipe](clean));
  if (planned === undefined) {
    assert.ok(Number.isFinite(bits) && bits! >= 1, `${recipe} ${JSON.stringify(clean)}: ${bits}`);
    assert.equal(drawn, undefined, `${recipe} ${JSON.stringify(clean)} planned, then ${drawn}`);
    return;
  }
  assert.ok(
    planned instanceof TypeError || planned instanceof RangeError,
    `${recipe}: ${planned}`,
  );
  assert.ok(planned.message.startsWith("entropyBits(): "), planned.message);
  assert.ok(drawn !== undefined, `${recipe} ${JSON.stringify(clean)}: drawn, not planned`);
  assert.equal(drawn.constructor, planned.constructor);
  assert.equal(drawn.message, planned.message.replace("entropyBits()", `${recipe}()`));
}

Deno.test("entropyBits() is finite or throws what the recipe throws, for random option sets (property)", () => {
  fc.assert(fc.property(passwordOptions, (o) => check("password", o)), { numRuns: 400 });
  fc.assert(fc.property(passphraseOptions, (o) => check("passphrase", o)), { numRuns: 600 });
  fc.assert(fc.property(tokenTextOptions, (o) => check("tokenText", o)), { numRuns: 300 });
  fc.assert(fc.property(apiKeyOptions, (o) => check("apiKey", o)), { numRuns: 200 });
});

Deno.test("options that leave nothing to draw from are a RangeError naming the options", () => {
  // Every symbol is a separator character: no symbol is left to add.
  for (
    const options of [{ separators: SYMBOLS, addSymbols: 1, words: 4 }, {
      separator: SYMBOLS,
      addSymbols: 2,
    }]
  ) {
    for (const f of [() => passphrase(options), () => entropyBits("passphrase", options)]) {
      const e = thrown(f) as RangeError & { option?: string; other?: string };
      assert.ok(e instanceof RangeError, String(e));
      assert.match(
        e.message,
        /addSymbols is [12] but separators? uses every ASCII punctuation character, so no symbol is left to add$/,
      );
      assert.equal(e.option, "addSymbols");
      assert.equal(e.other, "separators" in options ? "separators" : "separator");
    }
  }
  assertThrows(
    () => entropyBits("passphrase", { separators: SYMBOLS, addSymbols: 1, words: 4 }),
    RangeError,
    "entropyBits(): addSymbols is 1 but separators uses every ASCII punctuation character, so no symbol is left to add",
  );
  // With one symbol left, it is drawn every time, and counted as one.
  const one = SYMBOLS.replace("!", "");
  const phrase = passphrase({ separators: one, addSymbols: 1, words: 2 });
  assert.ok(phrase.includes("!"), phrase);
});
