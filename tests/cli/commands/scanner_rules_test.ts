// scanner-rules: its output is the library's rules exactly, for each scanner; bad usage
// names the flag.
import { assert } from "../../_helpers.ts";
import { type CliIO, main } from "../../../cli.ts";
import { apiKeyScannerRules } from "../../../recipes.ts";

/** Runs the command line with captured streams: [exit status, stdout, stderr lines]. */
async function cli(args: string[]): Promise<[number, string, string[]]> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { write: (s) => void out.push(s), error: (l) => void err.push(l) };
  const code = await main(args, io);
  return [code, out.join(""), err];
}

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
      /^secrets: scanner-rules: --scanner must be .*secretlint.*gitleaks.*github.*'trufflehog'/,
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
