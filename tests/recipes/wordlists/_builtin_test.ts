// The built-in mark: a symbol only this package holds, set as an own, non-enumerable
// property on a frozen list.
import { BUILTIN_LIST, markBuiltin } from "../../../lib/recipes/wordlists/_builtin.ts";
import { effWordlist } from "../../../recipes.ts";
import { assert } from "../../_helpers.ts";

Deno.test("markBuiltin() marks and freezes the list it is given, and returns it", () => {
  const words = ["alpha", "bravo"];
  const marked = markBuiltin(words);
  assert.equal(marked, words);
  assert.ok(Object.isFrozen(marked));
  assert.equal(Object.hasOwn(marked, BUILTIN_LIST), true);
  const d = Object.getOwnPropertyDescriptor(marked, BUILTIN_LIST)!;
  assert.deepEqual([d.value, d.enumerable, d.writable, d.configurable], [
    true,
    false,
    false,
    false,
  ]);
  // Invisible to a caller who copies, spreads or serializes the list.
  assert.deepEqual(Object.keys(marked), ["0", "1"]);
  assert.equal(JSON.stringify(marked), '["alpha","bravo"]');
  assert.equal(Object.hasOwn([...marked], BUILTIN_LIST), false);
  assert.equal(Object.hasOwn(marked.slice(), BUILTIN_LIST), false);
});

Deno.test("BUILTIN_LIST is a symbol no caller can make: not a registered one", () => {
  assert.equal(typeof BUILTIN_LIST, "symbol");
  assert.equal(Symbol.keyFor(BUILTIN_LIST), undefined);
  assert.notEqual(Symbol.for(BUILTIN_LIST.description!), BUILTIN_LIST);
  // The package's lists carry it.
  assert.equal(Object.hasOwn(effWordlist(), BUILTIN_LIST), true);
});
