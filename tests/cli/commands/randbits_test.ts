// randbits: its table of cases, in-process, and the kinds of its results.
import { assert } from "../../_helpers.ts";
import { RANDBITS } from "../../../cli/commands/randbits.ts";
import { MAX_RANDBITS } from "../../../cli/_outcome.ts";
import { contextOf, inputOf } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { RANDBITS_CASES } from "./randbits_cases.ts";

Deno.test("randbits: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(RANDBITS_CASES), []);
});

Deno.test("randbits: K bits at most, numbers up to 53 bits and bigints above; bits = K", async () => {
  for (const k of [0, 1, 53]) {
    const o = await RANDBITS.run(inputOf({ K: k }), contextOf());
    assert.ok("next" in o);
    assert.equal(o.bits, k);
    const x = o.next();
    assert.equal(typeof x, "number");
    assert.ok((x as number) >= 0 && (x as number) < 2 ** k);
  }
  const o = await RANDBITS.run(inputOf({ K: 54 }), contextOf());
  assert.ok("next" in o);
  const x = o.next() as bigint;
  assert.equal(typeof x, "bigint");
  assert.ok(x >= 0n && x < 2n ** 54n);
  assert.equal(RANDBITS.args?.[0].max, MAX_RANDBITS);
});
