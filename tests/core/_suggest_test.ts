// "Did you mean ...?": the edit distance (adjacent transpositions count as one edit) and
// the rule for a suggestion: near enough, and no tie.
import { closest, editDistance } from "../../lib/core/_suggest.ts";
import { assert } from "../_helpers.ts";

Deno.test("editDistance() counts an adjacent transposition as one edit", () => {
  const cases: [string, string, number][] = [
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["length", "length", 0],
    ["lenght", "length", 1],
    ["tokn-hex", "token-hex", 1],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3],
  ];
  for (const [a, b, d] of cases) assert.equal(editDistance(a, b), d, `${a} / ${b}`);
});

Deno.test("closest() suggests only a clear, near match", () => {
  const commands = ["token-hex", "token-bytes", "token-urlsafe", "password", "passphrase"];
  assert.equal(closest("tokn-hex", commands), "token-hex");
  assert.equal(closest("token_hex", commands), "token-hex");
  assert.equal(closest("TOKEN-URLSAFE", commands), "token-urlsafe");
  assert.equal(closest("passwd", commands), "password");
  assert.equal(closest("zebra", commands), undefined);
  assert.equal(closest("x".repeat(100), commands), undefined);
  // Two candidates equally close: no guess.
  assert.equal(closest("ab", ["aa", "bb"]), undefined);
  // Short names allow one edit only.
  assert.equal(closest("kx", ["k"]), "k");
  assert.equal(closest("kxy", ["k"]), undefined);
});

Deno.test("closest(): a long name allows two edits, not three", () => {
  const names = ["password", "passphrase", "token-hex"];
  assert.equal(closest("pasxxord", names), "password"); // 2 edits
  assert.equal(closest("paxxxord", names), undefined); // 3 edits
});

Deno.test("closest(): case and separators are one name; the limit is counted on the normalized word", () => {
  // min_digits, min-digits and MinDigits all normalize to "mindigits": distance 0.
  assert.equal(closest("min_digits", ["minDigits", "minUpper"]), "minDigits");
  assert.equal(closest("MIN-UPPER", ["minDigits", "minUpper"]), "minUpper");
  // "ab-c" normalizes to "abc" (3 letters): one edit only, though the word has 4 characters.
  assert.equal(closest("ab-x", ["abc"]), "abc");
  assert.equal(closest("a-xy", ["abc"]), undefined);
  // 64 characters are still compared; 65 are not.
  const long = "a".repeat(63);
  assert.equal(closest(long + "b", [long + "c"]), long + "c");
  assert.equal(closest(long + "bb", [long + "bc"]), undefined);
});

Deno.test("editDistance() is symmetric and bounded by the longer length", () => {
  const words = ["", "a", "ab", "ba", "abc", "acb", "token-hex", "tokn-hex", "passphrase"];
  for (const a of words) {
    for (const b of words) {
      const d = editDistance(a, b);
      assert.equal(d, editDistance(b, a), `${a} / ${b}`);
      assert.ok(d <= Math.max(a.length, b.length) && d >= Math.abs(a.length - b.length));
      assert.equal(d === 0, a === b);
    }
  }
});

Deno.test("closest(): two edits need a name of six characters; five allow one", () => {
  assert.equal(closest("abcxy", ["abcde"]), undefined); // 5 characters, 2 edits
  assert.equal(closest("abcdx", ["abcde"]), "abcde"); // 5 characters, 1 edit
  assert.equal(closest("abcdxy", ["abcdef"]), "abcdef"); // 6 characters, 2 edits
});
