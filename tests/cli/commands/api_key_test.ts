// api-key and check-api-key: their table of cases, in-process, the --bits range, and
// check-api-key's exit status for every broken key.
import { assert } from "../../_helpers.ts";
import { main } from "../../../cli.ts";
import {
  ALPHABETS,
  API_KEY_MAX_BITS,
  API_KEY_MIN_BITS,
  apiKey,
  checkApiKey,
} from "../../../recipes.ts";
import { capture } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { API_KEY_CASES } from "./api_key_cases.ts";

Deno.test("api-key and check-api-key: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(API_KEY_CASES), []);
});

Deno.test("api-key's --bits range is the library's", async () => {
  for (const bits of [API_KEY_MIN_BITS, API_KEY_MAX_BITS]) {
    const { io, out } = capture();
    assert.equal(await main(["api-key", "--prefix", "a", "--bits", String(bits)], io), 0);
    assert.ok(checkApiKey(out.join("").trimEnd(), { prefix: "a", bits }));
  }
  for (const bits of [API_KEY_MIN_BITS - 1, API_KEY_MAX_BITS + 1]) {
    const { io, err } = capture();
    assert.equal(await main(["api-key", "--prefix", "a", "--bits", String(bits)], io), 2);
    assert.match(err[0], /^secrets: --bits must be at (least 128|most 1024), got/);
    assert.throws(() => apiKey({ prefix: "a", bits }), RangeError);
  }
});

Deno.test("check-api-key: status 1 for every one-character change and every truncation", async () => {
  const key = apiKey({ prefix: "acme" });
  const status = async (k: string) => {
    const { io, out, err } = capture();
    const code = await main(["check-api-key", k, "--prefix", "acme"], io);
    assert.deepEqual([out, err], [[], []]);
    return code;
  };
  assert.equal(await status(key), 0);
  const chars = ALPHABETS.base62;
  for (let i = 0; i < key.length; i++) {
    // Another character at position i (the '_' too: indexOf is -1 there).
    const other = chars[(chars.indexOf(key[i]) + 1 + (i % 61)) % 62];
    assert.equal(await status(key.slice(0, i) + other + key.slice(i + 1)), 1, `position ${i}`);
    assert.equal(await status(key.slice(0, i)), 1, `first ${i} characters`);
  }
});

Deno.test("check-api-key - reads the caller's standard input", async () => {
  const key = apiKey({ prefix: "acme" });
  const withInput = (text: string) =>
    capture({
      readStdin: (max) => {
        assert.equal(max, 2 ** 20);
        return Promise.resolve(new TextEncoder().encode(text));
      },
    });
  for (
    const [text, code] of [[key, 0], [`${key}\n`, 0], [`${key}\r`, 0], [` ${key}`, 1]] as const
  ) {
    const { io, out, err } = withInput(text);
    assert.equal(await main(["check-api-key", "-", "--prefix", "acme"], io), code, text);
    assert.deepEqual([out, err], [[], []]);
  }
  const { io, err } = capture();
  assert.equal(await main(["check-api-key", "-", "--prefix", "acme"], io), 2);
  assert.deepEqual(err, [
    "secrets: check-api-key: KEY - (standard input) cannot be read: this caller gives no input",
  ]);
});
