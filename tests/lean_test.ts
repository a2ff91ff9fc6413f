// A first contact downloads nothing: the demo and the CLI, run from a clone
// on an empty Deno cache, resolve no npm package (the test-only packages sit
// in import_map.json, and deno.lock is read only by the tasks that pass
// --lock; `deno task` installs everything the config and a discovered lock
// name before it runs anything). The npm registry is pointed at a closed port,
// so an attempt fails loudly, and the cache is checked to hold no package.
import assert from "node:assert/strict";

const ROOT = new URL("../", import.meta.url);

const CASES: { args: string[]; stdout: RegExp }[] = [
  { args: ["task", "demo"], stdout: /^token_hex\(16\) +[0-9a-f]{32}$/m },
  { args: ["task", "cli", "token-hex", "8"], stdout: /^[0-9a-f]{16}\n$/ },
  { args: ["run", "cli.ts", "--version"], stdout: /^secrets \d+\.\d+\.\d+\n$/ },
  { args: ["run", "scripts/demo.ts"], stdout: /^randbits\(64n\) +\d+$/m },
];

/** Every file under `dir`, relative to it; none when it does not exist. */
async function files(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      const path = `${prefix}${e.name}`;
      if (e.isDirectory) out.push(...await files(`${dir}/${e.name}`, `${path}/`));
      else out.push(path);
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  return out;
}

for (const { args, stdout } of CASES) {
  Deno.test(`\`deno ${args.join(" ")}\` on an empty Deno cache downloads no npm package`, async () => {
    const denoDir = await Deno.makeTempDir();
    try {
      const r = await new Deno.Command(Deno.execPath(), {
        args,
        cwd: ROOT,
        env: { DENO_DIR: denoDir, NPM_CONFIG_REGISTRY: "http://127.0.0.1:9/", NO_COLOR: "1" },
        stdout: "piped",
        stderr: "piped",
      }).output();
      const out = new TextDecoder().decode(r.stdout);
      const err = new TextDecoder().decode(r.stderr);
      assert.doesNotMatch(err, /Download/, err);
      assert.equal(r.code, 0, err);
      assert.match(out, stdout);
      assert.deepEqual(await files(`${denoDir}/npm`), [], "npm packages in the Deno cache");
      assert.deepEqual(await files(`${denoDir}/remote`), [], "remote modules in the Deno cache");
    } finally {
      await Deno.remove(denoDir, { recursive: true });
    }
  });
}
