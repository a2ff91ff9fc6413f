// token-bytes, token-hex and token-urlsafe: their table of cases, in-process, and their results.
import { assert, assertThrows } from "../../_helpers.ts";
import { TOKEN_BYTES, TOKEN_HEX, TOKEN_URLSAFE } from "../../../cli/commands/tokens.ts";
import { UsageError } from "../../../cli/_grammar.ts";
import { BigToken, CHUNK } from "../../../cli/_outcome.ts";
import { contextOf, inputOf } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { TOKENS_CASES } from "./tokens_cases.ts";

Deno.test("token-bytes, token-hex, token-urlsafe: every case of their table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(TOKENS_CASES), []);
});

Deno.test("token commands: 32 bytes by default, 8 bits a byte, Python's names as aliases", async () => {
  for (
    const [cmd, pattern] of [[TOKEN_HEX, /^[0-9a-f]{64}$/], [TOKEN_URLSAFE, /^[\w-]{43}$/]] as const
  ) {
    const o = await cmd.run(inputOf({}), contextOf());
    assert.ok("next" in o);
    assert.equal(o.bits, 256);
    assert.match(o.next() as string, pattern);
    assert.deepEqual(cmd.aliases, [cmd.name.replaceAll("-", "_")]);
  }
  const raw = await TOKEN_BYTES.run(inputOf({ N: 5, raw: true }), contextOf());
  assert.ok("next" in raw);
  assert.equal(raw.bits, 40);
  const bytes = raw.next();
  assert.ok(bytes instanceof Uint8Array && bytes.length === 5);
  const hex = await TOKEN_BYTES.run(inputOf({ N: 5 }), contextOf());
  assert.ok("next" in hex);
  assert.match(hex.next() as string, /^[0-9a-f]{10}$/);
});

Deno.test("token commands: above one chunk, a token is streamed in pieces", async () => {
  const o = await TOKEN_HEX.run(inputOf({ N: CHUNK + 1 }), contextOf());
  assert.ok("next" in o);
  const t = o.next();
  assert.ok(t instanceof BigToken);
  assert.deepEqual([t.encoding, t.nbytes], ["hex", CHUNK + 1]);
  const at = await TOKEN_URLSAFE.run(inputOf({ N: CHUNK }), contextOf());
  assert.ok("next" in at);
  assert.equal(typeof at.next(), "string"); // exactly one chunk: one string
});

Deno.test("token-bytes: --raw and --json do not mix", () => {
  assertThrows(
    () => TOKEN_BYTES.run(inputOf({ raw: true, json: true }), contextOf()),
    UsageError,
    "--json and --raw do not mix: --raw writes bytes, not JSON",
  );
});
