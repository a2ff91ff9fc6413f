// Word files from every install route: the README's `deno install` line
// gives the installed `secrets` what `--wordlist FILE` needs, and when read
// access is missing, the message gives the exact fix for the way the CLI was
// started (installed, or `deno run`), which is run here to show it works.
// Installs go to a temporary DENO_INSTALL_ROOT; nothing outside it changes.
import { dirname } from "node:path";
import { assert } from "../_helpers.ts";
import { ROOT } from "./_cli.ts";

const readme = await Deno.readTextFile(new URL("../../README.md", import.meta.url));
/** The README's install line for a clone, as documented. */
const INSTALL = /^deno install [^#\n]*\.\/cli\.ts/m.exec(readme)?.[0].trim();

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

async function sh(line: string, env: Record<string, string>, cwd = ROOT): Promise<Out> {
  const r = await new Deno.Command("sh", {
    args: ["-c", line],
    cwd,
    env: { ...env, PATH: `${dirname(Deno.execPath())}:${Deno.env.get("PATH")}`, NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
}

async function setup() {
  const dir = await Deno.makeTempDir({ prefix: "secrets-install-" });
  const words = `${dir}/words.txt`;
  await Deno.writeTextFile(words, "alpha\nbravo\ncharlie\n");
  return { dir, words, env: { DENO_INSTALL_ROOT: `${dir}/root` }, bin: `${dir}/root/bin/secrets` };
}

const PHRASE = /^(alpha|bravo|charlie)( (alpha|bravo|charlie)){4}\n$/;

Deno.test("install: the README's deno install line lets secrets read --wordlist files", async () => {
  assert.ok(INSTALL, "the README has a deno install line for a clone");
  assert.match(INSTALL, /--allow-read\b/);
  const { dir, words, env, bin } = await setup();
  try {
    const installed = await sh(INSTALL, env);
    assert.equal(installed.code, 0, installed.stderr);
    const r = await sh(`${bin} passphrase --wordlist ${words} --words 5`, env, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, PHRASE);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("install: without read access, the message's fix for an installed secrets works", async () => {
  const { dir, words, env, bin } = await setup();
  try {
    const installed = await sh(`deno install -g -n secrets ${ROOT}cli.ts`, env);
    assert.equal(installed.code, 0, installed.stderr);
    const denied = await sh(`${bin} passphrase --wordlist words.txt --words 5`, env, dir);
    assert.equal(denied.code, 2);
    assert.equal(
      denied.stderr,
      "secrets: --wordlist words.txt needs read permission: install secrets again with read " +
        `access (deno install -g -f -n secrets --allow-read ${ROOT}cli.ts), or with deno run, ` +
        `add --allow-read=words.txt (deno run --allow-read=words.txt ${ROOT}cli.ts ...)\n`,
    );
    const fix = /\((deno install [^)]*)\)/.exec(denied.stderr)![1];
    assert.equal((await sh(fix, env)).code, 0);
    const r = await sh(`${bin} passphrase --wordlist ${words} --words 5`, env, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, PHRASE);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("install: without read access, the message's fix for deno run works", async () => {
  const { dir, env } = await setup();
  try {
    const line = `deno run --no-prompt ${ROOT}cli.ts passphrase --wordlist words.txt --words 5`;
    const denied = await sh(line, env, dir);
    assert.equal(denied.code, 2);
    const fix = /\(deno run (--allow-read=words\.txt) [^)]* \.\.\.\)\n$/.exec(denied.stderr);
    assert.ok(fix, denied.stderr);
    const r = await sh(line.replace("--no-prompt", `--no-prompt ${fix[1]}`), env, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, PHRASE);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
