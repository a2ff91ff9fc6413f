// The EFF short word list: its words, its order, its built-in mark, and what passphrase()
// does with it.
import { effShortWordlist as publicList, entropyBits, passphrase } from "../../../recipes.ts";
import { effShortWordlist } from "../../../lib/recipes/wordlists/eff_short.ts";
import { isBuiltin } from "../../../lib/recipes/wordlists/_builtin.ts";
import { assert, assertThrows } from "../../_helpers.ts";

Deno.test("effShortWordlist(): the EFF short list, 1,296 words", () => {
  const words = effShortWordlist();
  assert.equal(words.length, 1296);
  assert.equal(new Set(words).size, 1296);
  assert.ok(Object.isFrozen(words));
  assert.equal(words[0], "acid");
  assert.equal(words[1295], "zoom");
  assert.ok(words.every((w, i) => i === 0 || words[i - 1] < w));
  assert.ok(words.every((w) => /^[a-z-]{3,5}$/.test(w)));
  assert.ok(Math.abs(entropyBits("passphrase", { wordlist: words }) - 8 * Math.log2(1296)) < 1e-9);
  // A built-in list leaves out what a separator cannot use ("yo-yo"), where a caller's
  // list is refused.
  assert.ok(
    Math.abs(
      entropyBits("passphrase", { wordlist: words, separator: "-", words: 4 }) -
        4 * Math.log2(1295),
    ) < 1e-9,
  );
  assertThrows(
    () => passphrase({ wordlist: [...words], separator: "-" }),
    RangeError,
    /has the word "yo-yo", which contains "-"/,
  );
  // Prefix-free: safe with an empty separator.
  assert.equal(
    entropyBits("passphrase", { wordlist: words, separator: "", words: 2 }),
    2 * Math.log2(1296),
  );
});

Deno.test("effShortWordlist(): one list, split once, marked built-in, the one recipes.ts exports", () => {
  const words = effShortWordlist();
  assert.equal(effShortWordlist(), words); // the same frozen array on every call
  assert.equal(publicList(), words); // recipes.ts hands out the same list
  assert.equal(isBuiltin(words), true);
  // A copy is a caller's list: not marked.
  assert.equal(isBuiltin([...words]), false);
  // Every word is 3 to 5 letters (the list's own description), and "yo-yo" is the only
  // hyphenated one.
  assert.deepEqual(words.filter((w) => w.includes("-")), ["yo-yo"]);
  assert.ok(words.every((w) => w.replace("-", "").length >= 3 && w.length <= 5));
});
