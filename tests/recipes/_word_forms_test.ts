// lib/recipes/_word_forms.ts: the word forms a passphrase draws from, checked, capitalised and
// kept only where a phrase reads back one way; remembered for a frozen list, not for another.
import { formsFor, makeForms, type Shape } from "../../lib/recipes/_word_forms.ts";
import { effWordlist } from "../../recipes.ts";
import { assert, assertThrows } from "../_helpers.ts";

const shape = (over: Partial<Shape> = {}): Shape => ({
  separator: " ",
  separators: undefined,
  capitalize: "none",
  digits: 0,
  symbols: 0,
  symbolChars: [],
  minLength: 1,
  maxLength: Infinity,
  key: JSON.stringify(over),
  ...over,
});

Deno.test("makeForms(): capitalize random lists each word, then its new forms, distinct", () => {
  const forms = makeForms(["ab", "Ab", "cd", "7"], shape({ capitalize: "random" }), "f()");
  // "Ab" is both a listed word and "ab"'s capitalised form: counted once, where it first
  // appears (as ab's capital, among the new forms); "7" has no capital.
  assert.deepEqual(forms.words, ["ab", "cd", "7", "Ab", "Cd"]);
});

Deno.test("makeForms(): word lengths filter, and fewer than 2 forms is refused", () => {
  assert.deepEqual(
    makeForms(["a", "bb", "ccc", "dd"], shape({ minLength: 2, maxLength: 2 }), "f()").words,
    ["bb", "dd"],
  );
  assertThrows(
    () => makeForms(["a", "bb", "ccc"], shape({ minLength: 2, maxLength: 2 }), "f()"),
    RangeError,
    "f(): wordlist has 1 distinct word left by the options; a passphrase needs at least 2",
  );
});

Deno.test("makeForms(): a caller's word holding a separator is refused, a built-in one left out", () => {
  assertThrows(
    () => makeForms(["a-b", "c"], shape({ separator: "-" }), "f()"),
    RangeError,
    /wordlist has the word "a-b", which contains "-", a character of the separator/,
  );
  const eff = makeForms(effWordlist(), shape({ separator: "-" }), "f()").words;
  assert.equal(eff.length, 7776 - 4); // drop-down, felt-tip, t-shirt, yo-yo
  assert.ok(!eff.some((w) => w.includes("-")));
});

Deno.test("formsFor(): a frozen list's forms are remembered, a mutable list's never", () => {
  const frozen = Object.freeze(["one", "two", "six"]);
  const a = formsFor(frozen, shape(), "f()");
  assert.equal(formsFor(frozen, shape(), "f()"), a); // the same object: remembered
  const mutable = ["one", "two", "six"];
  const b = formsFor(mutable, shape(), "f()");
  assert.notEqual(formsFor(mutable, shape(), "f()"), b);
  mutable.push("one"); // checked again on the next call: now a repeat
  assertThrows(() => formsFor(mutable, shape(), "f()"), RangeError, /repeats "one"/);
});
