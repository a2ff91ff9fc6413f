// The recipes' batch draws: a passphrase with drawn separators takes its bytes as the
// choice loop would (words, then each gap in order).
import { effWordlist } from "../../recipes.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert } from "../_helpers.ts";

Deno.test("passphrase({ separators }) draws the words, then each gap's separator, in order", () => {
  // Words holding a separator character are left out (they could print like a gap).
  const words = effWordlist().filter((w) => ![..."-_.+"].some((c) => w.includes(c)));
  for (let seed = 0; seed < 20; seed++) {
    const a = createSecrets(streamSource({ seed: String(seed) }));
    const b = createSecrets(streamSource({ seed: String(seed) }));
    const got = a.recipes.passphrase({ words: 6, separators: "-_.+" });
    const drawn = Array.from({ length: 6 }, () => b.choice(words));
    const gaps = Array.from({ length: 5 }, () => b.choice("-_.+"));
    assert.equal(got, drawn.map((w, i) => (i === 0 ? w : gaps[i - 1] + w)).join(""));
    // Then the places of added characters are shuffled, here of none: 5 gaps, 4 draws.
    for (let i = 4; i >= 1; i--) b.randbelow(i + 1);
    assert.equal(a.token_hex(8), b.token_hex(8));
  }
});
