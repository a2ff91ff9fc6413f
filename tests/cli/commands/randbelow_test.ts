// randbelow: its table of cases, in-process, and the bound's kinds.
import { assert } from "../../_helpers.ts";
import { RANDBELOW } from "../../../cli/commands/randbelow.ts";
import { contextOf, inputOf } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { RANDBELOW_CASES } from "./randbelow_cases.ts";

Deno.test("randbelow: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(RANDBELOW_CASES), []);
});

Deno.test("randbelow: a safe bound draws numbers, a larger one bigints; bits are log2(N)", async () => {
  const small = await RANDBELOW.run(inputOf({ N: 8n }), contextOf());
  assert.ok("next" in small);
  assert.equal(small.bits, 3);
  for (let i = 0; i < 100; i++) {
    const x: unknown = small.next();
    assert.equal(typeof x, "number");
    assert.ok((x as number) >= 0 && (x as number) < 8);
  }
  const big = await RANDBELOW.run(inputOf({ N: 2n ** 100n }), contextOf());
  assert.ok("next" in big);
  assert.equal(big.bits, 100);
  const y = big.next();
  assert.equal(typeof y, "bigint");
  assert.ok((y as bigint) >= 0n && (y as bigint) < 2n ** 100n);
  const one = await RANDBELOW.run(inputOf({ N: 1n }), contextOf());
  assert.ok("next" in one);
  assert.deepEqual([one.next(), one.bits], [0, 0]);
});
