// choice: its table of cases, in-process, and the entropy it reports.
import { assert } from "../../_helpers.ts";
import { CHOICE } from "../../../cli/commands/choice.ts";
import { contextOf, inputOf } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { CHOICE_CASES } from "./choice_cases.ts";

Deno.test("choice: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(CHOICE_CASES), []);
});

Deno.test("choice: draws only the items, and reports log2 of their number", async () => {
  const items = ["red", "green", "blue", "cyan"];
  const outcome = await CHOICE.run(inputOf({ ITEM: items }), contextOf());
  assert.ok("next" in outcome);
  assert.equal(outcome.bits, 2);
  const seen = new Set<unknown>();
  for (let i = 0; i < 200; i++) seen.add(outcome.next());
  // 200 draws miss one of 4 items with probability 4 * (3/4)^200 < 1e-24.
  assert.deepEqual([...seen].sort(), [...items].sort());
});

Deno.test("choice: a repeated item lowers the reported entropy (min-entropy, not log2 of the count)", async () => {
  const outcome = await CHOICE.run(inputOf({ ITEM: ["a", "a", "b", "c"] }), contextOf());
  assert.ok("next" in outcome);
  assert.equal(outcome.bits, 1); // the likeliest outcome, "a", has probability 1/2
});
