// api-key and check-api-key: their table of cases, in-process, the --bits range,
// check-api-key's exit status for every broken key, --checksum-covers, prefixes with "_",
// and api-key --placeholder.
import { publishedToken } from "../../recipes/_published_token.ts";
import { assert } from "../../_helpers.ts";
import { type CliIO, main } from "../../../cli.ts";
import { apiKeyChecksum } from "../../../lib/recipes/api_key.ts";
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
    assert.match(err[0], /^secrets: api-key: --bits must be at (least 128|most 1024), got/);
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

/** Runs the command line with captured streams: [exit status, stdout, stderr lines]. */
async function cli(args: string[]): Promise<[number, string, string[]]> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { write: (s) => void out.push(s), error: (l) => void err.push(l) };
  const code = await main(args, io);
  return [code, out.join(""), err];
}

Deno.test("api-key --checksum-covers random: GitHub's checksum; check-api-key needs the same scope", async () => {
  const [code, out] = await cli([
    "api-key",
    "--prefix",
    "ghp",
    "--bits",
    "178",
    "--checksum-covers",
    "random",
    "--count",
    "20",
  ]);
  assert.equal(code, 0);
  const keys = out.trimEnd().split("\n");
  assert.equal(keys.length, 20);
  for (const key of keys) {
    assert.match(key, /^ghp_[0-9A-Za-z]{36}$/);
    // GitHub's rule: the CRC-32 of the 30 random characters alone.
    assert.equal(apiKeyChecksum(key.slice(4, 34)), key.slice(34));
    const check = (scope?: string) =>
      cli([
        "check-api-key",
        key,
        "--prefix",
        "ghp",
        "--bits",
        "178",
        ...(scope ? ["--checksum-covers", scope] : []),
      ]);
    assert.deepEqual(await check("random"), [0, "", []]);
    assert.deepEqual(await check(), [1, "", []]);
    assert.deepEqual(await check("prefixAndRandom"), [1, "", []]);
  }
  // The default scope's keys: checked by default, refused in the random scope.
  const [, made] = await cli(["api-key", "--prefix", "acme"]);
  const key = made.trimEnd();
  assert.ok(checkApiKey(key, { prefix: "acme" }));
  assert.deepEqual(await cli(["check-api-key", key, "--prefix", "acme"]), [0, "", []]);
  assert.deepEqual(
    await cli(["check-api-key", key, "--prefix", "acme", "--checksum-covers", "random"]),
    [1, "", []],
  );
});

Deno.test("api-key and check-api-key take prefixes with '_' inside", async () => {
  for (const scope of ["prefixAndRandom", "random"]) {
    const [code, out] = await cli(["api-key", "--prefix", "sk_live", "--checksum-covers", scope]);
    assert.equal(code, 0);
    const key = out.trimEnd();
    assert.match(key, /^sk_live_[0-9A-Za-z]{33}$/);
    const args = ["check-api-key", key, "--prefix", "sk_live", "--checksum-covers", scope];
    assert.deepEqual(await cli(args), [0, "", []]);
  }
  const [code, out, err] = await cli(["api-key", "--prefix", "sk_"]);
  assert.deepEqual([code, out], [2, ""]);
  assert.deepEqual(err, [
    'secrets: api-key: --prefix must be 1 to 16 ASCII letters, digits and "_", starting with a ' +
    'letter and not ending with "_", got "sk_"',
  ]);
});

Deno.test("--checksum-covers takes prefixAndRandom or random; anything else is bad usage", async () => {
  for (
    const command of [["api-key"], ["check-api-key", "k"], ["scanner-rules", "--scanner", "github"]]
  ) {
    const [code, out, err] = await cli([...command, "--prefix", "a", "--checksum-covers", "rand"]);
    assert.deepEqual([code, out], [2, ""]);
    assert.equal(err.length, 1);
    assert.match(
      err[0],
      new RegExp(
        `^secrets: ${command[0]}: --checksum-covers must be .*prefixAndRandom.*random.*'rand'`,
      ),
    );
  }
});

Deno.test("api-key --placeholder: the key's form, and it never checks, in either scope", async () => {
  for (const scope of ["prefixAndRandom", "random"]) {
    const [code, out] = await cli([
      "api-key",
      "--prefix",
      "acme",
      "--placeholder",
      "--checksum-covers",
      scope,
      "--count",
      "50",
    ]);
    assert.equal(code, 0);
    const keys = out.trimEnd().split("\n");
    assert.equal(keys.length, 50);
    for (const key of keys) {
      assert.match(key, /^acme_[0-9A-Za-z]{27}[5-9A-Za-z][0-9A-Za-z]{5}$/);
      for (const covers of ["prefixAndRandom", "random"] as const) {
        assert.equal(checkApiKey(key, { prefix: "acme", checksumCovers: covers }), false);
      }
      assert.deepEqual(await cli(["check-api-key", key, "--prefix", "acme"]), [1, "", []]);
    }
  }
});

Deno.test("check-api-key accepts the real GitHub token published in base62-token@1.1.1's README", async () => {
  const token = await publishedToken();
  const github = ["--prefix", "ghp", "--bits", "178", "--checksum-covers", "random"];
  assert.deepEqual(await cli(["check-api-key", token, ...github]), [0, "", []]);
  assert.deepEqual(await cli(["check-api-key", token, ...github.slice(0, 4)]), [1, "", []]);
});
