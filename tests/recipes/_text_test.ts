// lib/recipes/_text.ts: strings built from drawn indices are the characters a choice loop
// would give from the same bytes, in one-unit and astral alphabets, past a chunk boundary.
import { charTable, drawText, textAt, textOfCodes } from "../../lib/recipes/_text.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert } from "../_helpers.ts";

/** The draws of `secrets` as a plain loop of `choice` calls: the reference drawText must match. */
function choiceLoop(secrets: ReturnType<typeof createSecrets>) {
  return {
    choice: secrets.choice,
    randbelow: secrets.randbelow,
    draws: <T>(seq: readonly T[], n: number) =>
      Array.from({ length: n }, () => secrets.choice(seq)),
  };
}

Deno.test("charTable(): indices and one-unit codes, none for an astral alphabet", () => {
  const t = charTable(["a", "b", "c"]);
  assert.deepEqual(t.indices, [0, 1, 2]);
  assert.deepEqual(t.codes, [97, 98, 99]);
  assert.ok(Object.isFrozen(t));
  assert.equal(charTable(["a", "😀"]).codes, undefined);
});

Deno.test("textAt(): the characters at the indices, in order, across the 4096 chunk", () => {
  const t = charTable(["x", "y", "z"]);
  assert.equal(textAt(t, [2, 0, 1, 1]), "zxyy");
  assert.equal(textAt(t, []), "");
  const many = Array.from({ length: 9000 }, (_, i) => i % 3);
  const text = textAt(t, many);
  assert.equal(text.length, 9000);
  for (let i = 0; i < 9000; i += 97) assert.equal(text[i], "xyz"[i % 3], `at ${i}`);
  assert.equal(text.slice(4094, 4099), "zxyzx"); // 4094 % 3 is 2: z, then x y z x
  assert.equal(textAt(charTable(["a", "😀"]), [1, 0, 1]), "😀a😀");
});

Deno.test("drawText(): the same bytes and characters as n choice calls", () => {
  for (const chars of [["a", "b", "c", "d", "e"], ["♠", "😀", "z"]]) {
    const a = createSecrets(streamSource({ seed: "7" }));
    const b = createSecrets(streamSource({ seed: "7" }));
    const random = choiceLoop(a);
    const got = drawText(random, charTable(chars), 40);
    const want = Array.from({ length: 40 }, () => b.choice(chars)).join("");
    assert.equal(got, want);
    assert.equal(a.token_hex(8), b.token_hex(8)); // the same bytes consumed
  }
});

Deno.test("textOfCodes(): the units in order, across the 4096 chunk; drawText past it as choice", () => {
  const units = Array.from({ length: 9001 }, (_, i) => 0x4e00 + (i * 7919) % 20000);
  const text = textOfCodes(units);
  assert.equal(text.length, 9001);
  for (let i = 0; i < 9001; i++) {
    if (text.charCodeAt(i) !== units[i]) {
      assert.fail(`unit ${i}: ${text.charCodeAt(i)}, not ${units[i]}`);
    }
  }
  assert.equal(textOfCodes([]), "");
  const a = createSecrets(streamSource({ seed: "8" }));
  const b = createSecrets(streamSource({ seed: "8" }));
  const random = choiceLoop(a);
  const chars = [..."abcdefghij"];
  const long = drawText(random, charTable(chars), 9000);
  assert.equal(long, Array.from({ length: 9000 }, () => b.choice(chars)).join(""));
});
