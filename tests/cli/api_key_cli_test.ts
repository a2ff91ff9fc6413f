// The command line's API key options, in-process: --checksum-covers on api-key and
// check-api-key, prefixes with "_", api-key --placeholder, and scanner-rules, whose output
// is the library's rules exactly.
import { assert } from "../_helpers.ts";
import { type CliIO, main } from "../../cli.ts";
import { apiKeyScannerRules, checkApiKey } from "../../recipes.ts";
import { apiKeyChecksum } from "../../lib/recipes/api_key.ts";

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
    assert.match(err[0], /^secrets: --checksum-covers must be .*prefixAndRandom.*random.*'rand'/);
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

Deno.test("scanner-rules prints the library's rules for each scanner", async () => {
  const options = { prefix: "sk_live", bits: 192, checksumCovers: "random" } as const;
  const rules = apiKeyScannerRules(options);
  const run = (scanner: string) =>
    cli([
      "scanner-rules",
      "--prefix",
      "sk_live",
      "--bits",
      "192",
      "--checksum-covers",
      "random",
      "--scanner",
      scanner,
    ]);
  assert.deepEqual(await run("secretlint"), [0, rules.secretlint, []]);
  assert.deepEqual(await run("gitleaks"), [0, rules.gitleaks, []]);
  const [code, out, err] = await run("github");
  assert.deepEqual([code, err], [0, []]);
  assert.deepEqual(JSON.parse(out), rules.github);
  // The default options: the default format's rules.
  const [, plain] = await cli(["scanner-rules", "--prefix", "acme", "--scanner", "gitleaks"]);
  assert.equal(plain, apiKeyScannerRules({ prefix: "acme" }).gitleaks);
});

Deno.test("scanner-rules: bad usage says which flag", async () => {
  const cases: [string[], RegExp][] = [
    [["scanner-rules", "--prefix", "acme"], /^secrets: scanner-rules: missing --scanner/],
    [
      ["scanner-rules", "--prefix", "acme", "--scanner", "trufflehog"],
      /^secrets: --scanner must be .*secretlint.*gitleaks.*github.*'trufflehog'/,
    ],
    [
      ["scanner-rules", "--prefix", "1acme", "--scanner", "github"],
      /^secrets: scanner-rules: --prefix must be 1 to 16 ASCII letters/,
    ],
    [["scanner-rules", "--prefix", "acme", "--scanner", "github", "--count", "2"], /--count/],
  ];
  for (const [args, message] of cases) {
    const [code, out, err] = await cli(args);
    assert.deepEqual([code, out], [2, ""], args.join(" "));
    assert.equal(err.length, 1);
    assert.match(err[0], message);
  }
});
