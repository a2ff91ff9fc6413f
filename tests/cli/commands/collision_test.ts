// bits-for and collision-probability: their table of cases, in-process, and their answers
// against the library's.
import { assert } from "../../_helpers.ts";
import { main } from "../../../cli.ts";
import { floatRepr } from "../../../cli/_pynum.ts";
import { bitsFor, collisionProbability } from "../../../recipes.ts";
import { capture } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { COLLISION_CASES } from "./collision_cases.ts";

Deno.test("bits-for and collision-probability: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(COLLISION_CASES), []);
});

Deno.test("bits-for and collision-probability print the library's answers", async () => {
  const table: [string, number][] = [
    ["0", 0.5],
    ["2", 1],
    ["1e6", 1e-12],
    ["1e9", 1e-6],
    ["4294967296", 0.5],
    ["2.5e12", 1e-9],
    ["1e40", 0.01],
  ];
  for (const [tokens, probability] of table) {
    const count = BigInt(Number(tokens)); // exact for these
    const { io, out } = capture();
    assert.equal(
      await main(["bits-for", "--tokens", tokens, "--probability", String(probability)], io),
      0,
    );
    const bits = bitsFor({ count, probability });
    assert.equal(out.join(""), `${bits}\n`, tokens);
    for (const b of [bits, bits - 0.5, 64, 130.99]) {
      if (b < 0) continue;
      const c = capture();
      assert.equal(
        await main(["collision-probability", "--tokens", tokens, "--bits", String(b)], c.io),
        0,
      );
      assert.equal(c.out.join(""), floatRepr(collisionProbability({ count, bits: b })) + "\n");
    }
  }
});
