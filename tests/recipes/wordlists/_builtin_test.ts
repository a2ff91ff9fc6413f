// lib/recipes/wordlists/_builtin.ts: the mark of the package's own word lists is module-private.
// No property of a built-in list (string or symbol keyed) can be copied onto a caller's array
// to make it skip the word checks.
import { effShortWordlist, effWordlist, entropyBits, passphrase } from "../../../recipes.ts";
import { isBuiltin, markBuiltin } from "../../../lib/recipes/wordlists/_builtin.ts";
import { assert, assertThrows } from "../../_helpers.ts";

Deno.test("built-in lists carry no readable mark: only indexes and length", () => {
  for (const list of [effWordlist(), effShortWordlist()]) {
    assert.deepEqual(Object.getOwnPropertySymbols(list), []);
    const keys = Reflect.ownKeys(list).filter((k) => k !== "length" && !/^\d+$/.test(String(k)));
    assert.deepEqual(keys, []);
    assert.ok(Object.isFrozen(list) && isBuiltin(list));
  }
});

Deno.test("a caller's array with every property of a built-in list copied is still checked", () => {
  const eff = effWordlist();
  const descriptors = Object.getOwnPropertyDescriptors(eff) as unknown as Record<
    PropertyKey,
    unknown
  >;
  for (const bad of [["ab\uD800", "cd"], ["same", "same"], ["zero\u200Bwidth", "x"]]) {
    const forged = [...bad];
    for (const key of Reflect.ownKeys(descriptors)) {
      if (key === "length" || /^\d+$/.test(String(key))) continue;
      Object.defineProperty(forged, key, descriptors[key] as PropertyDescriptor);
    }
    Object.freeze(forged);
    assert.ok(!isBuiltin(forged));
    assertThrows(() => passphrase({ wordlist: forged }), RangeError);
    assertThrows(() => entropyBits("passphrase", { wordlist: forged }), RangeError);
  }
  // A copy of the whole list is a caller's list: checked, and refused where the built-in one
  // leaves words out (the four hyphenated EFF words with separator "-").
  assertThrows(
    () => passphrase({ wordlist: Object.freeze([...eff]), separator: "-" }),
    RangeError,
    /has the word "[a-z]+-[a-z]+", which contains "-", a character of the separator/,
  );
  assert.equal(passphrase({ wordlist: eff, separator: "-", words: 3 }).split("-").length, 3);
});

Deno.test("markBuiltin() freezes and marks the very array it is given", () => {
  const words = ["one", "two"];
  const list = markBuiltin(words);
  assert.equal(list, words);
  assert.ok(Object.isFrozen(list) && isBuiltin(list) && !isBuiltin(["one", "two"]));
});
