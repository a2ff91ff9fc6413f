// password: its table of cases, in-process, and its entropy: the library's figure for the same options.
import { assert, assertThrows } from "../../_helpers.ts";
import { UsageError } from "../../../cli/_grammar.ts";
import { PASSWORD } from "../../../cli/commands/password.ts";
import { entropyBits } from "../../../recipes.ts";
import { contextOf, inputOf } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { PASSWORD_CASES } from "./password_cases.ts";

Deno.test("password: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(PASSWORD_CASES), []);
});

Deno.test("password: a length and its alphabet, with entropyBits() of the same options", async () => {
  const o = await PASSWORD.run(inputOf({ LENGTH: 16 }), contextOf());
  assert.ok("next" in o);
  assert.equal(o.bits, entropyBits("password", { length: 16 }));
  assert.match(o.next() as string, /^[A-Za-z0-9]{16}$/);
});

Deno.test("password: the length given twice, as LENGTH and --length, is refused", () => {
  assertThrows(
    () => PASSWORD.run(inputOf({ LENGTH: 12, length: 12 }), contextOf()),
    UsageError,
    "password: give the length once, as LENGTH or --length",
  );
});
