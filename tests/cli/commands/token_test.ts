// token: its table of cases, in-process, and its entropy: the library's figure for the same options.
import { assert } from "../../_helpers.ts";
import { TOKEN } from "../../../cli/commands/token.ts";
import { ALPHABETS, entropyBits } from "../../../recipes.ts";
import { contextOf, inputOf } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { TOKEN_CASES } from "./token_cases.ts";

Deno.test("token: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(TOKEN_CASES), []);
});

Deno.test("token: bits and characters as tokenText() gives them", async () => {
  const o = await TOKEN.run(inputOf({}), contextOf());
  assert.ok("next" in o);
  // 256 bits of base32: 52 characters of 5 bits = 260 bits.
  assert.equal(o.bits, 260);
  assert.match(o.next() as string, new RegExp(`^[${ALPHABETS.base32}]{52}$`));
  const hex = await TOKEN.run(inputOf({ bits: 10, alphabet: "hex" }), contextOf());
  assert.ok("next" in hex);
  assert.equal(hex.bits, entropyBits("tokenText", { bits: 10, alphabet: "hex" }));
  assert.equal(hex.bits, 12);
  assert.match(hex.next() as string, /^[0-9a-f]{3}$/);
});
