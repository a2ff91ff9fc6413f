// atLoad(make): make() called once, now, its value returned; what makes it worth a module is
// that a bundler drops a pure-marked call whose value is unused (tests/bundle_size_test.ts).
import { atLoad } from "../../lib/core/_at_load.ts";
import { assert } from "../_helpers.ts";

Deno.test("atLoad() calls make once, at once, and returns its value", () => {
  let calls = 0;
  const value = atLoad(() => {
    calls++;
    return { n: 2 * Math.PI };
  });
  assert.equal(calls, 1);
  assert.deepEqual(value, { n: 2 * Math.PI });
  assert.throws(() => atLoad(() => JSON.parse("{")), SyntaxError); // errors are not swallowed
});

Deno.test("the constants written out so that bundlers can drop them are the powers they name", async () => {
  const validate = await import("../../lib/core/_validate.ts");
  const math = await import("../../lib/core/_math.ts");
  assert.equal(validate.MAX_NBYTES, 2 ** 27);
  assert.equal(validate.MAX_BITS, 2 ** 29);
  assert.equal(validate.MAX_SAFE_BIGINT, BigInt(Number.MAX_SAFE_INTEGER));
  // TWO_32 in bitLength: the bit lengths on each side of 2**32.
  assert.deepEqual([2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1].map(math.bitLength), [32, 33, 53]);
});
