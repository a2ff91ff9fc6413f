// The command line on Deno, run as a user runs it: `deno run cli.ts` with no
// permission at all. tests/cli/cli_runtimes_test.ts runs the same suite on
// Node.js and Bun.
import { assert } from "../_helpers.ts";
import { registerSuite } from "./_cli_suite.ts";
import { CLI, DENO, run } from "./_cli.ts";
import { VERSION } from "../../cli/_version.ts";

registerSuite(DENO);

Deno.test("cli (deno): --wordlist needs read access to that file only", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/words.txt`;
  await Deno.writeTextFile(file, "11111\talpha\n11112\tbravo\ncharlie\n");
  const args = ["passphrase", "--wordlist", file, "--words", "5"];
  const ok = await run(DENO, args, { permissions: [`--allow-read=${file}`] });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^(alpha|bravo|charlie)( (alpha|bravo|charlie)){4}\n$/);
  const denied = await run(DENO, args);
  assert.equal(denied.code, 2);
  assert.equal(
    denied.stderr,
    `secrets: --wordlist ${file} needs read permission: install secrets again with read access ` +
      `(deno install -g -f -n secrets --allow-read ${CLI}), or with deno run, add ` +
      `--allow-read=${file} (deno run --allow-read=${file} ${CLI} ...)\n`,
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("VERSION matches deno.json", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("../../deno.json", import.meta.url)));
  assert.equal(VERSION, config.version);
});

Deno.test({
  name:
    "cli: deno compile makes a working binary (needs DENORT_BIN: denort cannot be downloaded here)",
  ignore: !Deno.env.get("DENORT_BIN"),
  fn: async () => {
    const dir = await Deno.makeTempDir();
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["compile", "--output", `${dir}/secrets`, CLI],
    }).output();
    assert.ok(out.success);
    const r = await new Deno.Command(`${dir}/secrets`, {
      args: ["token-hex", "4"],
      stdout: "piped",
    }).output();
    assert.match(new TextDecoder().decode(r.stdout), /^[0-9a-f]{8}\n$/);
    await Deno.remove(dir, { recursive: true });
  },
});
