// The method table (conformance/_methods.ts) is the one list of the Python
// API: it must match the class, and CPython 3.13's own signatures.
import { SystemRandom } from "../mod.ts";
import * as mod from "../mod.ts";
import { SECRETS_FUNCTIONS, SYSTEM_RANDOM_METHODS } from "../conformance/_methods.ts";
import { assert } from "./_helpers.ts";

Deno.test("the method table lists exactly SystemRandom's public methods, in the class's order", () => {
  const own = Object.getOwnPropertyNames(SystemRandom.prototype).filter((n) => n !== "constructor");
  assert.deepEqual(own, SYSTEM_RANDOM_METHODS.map((m) => m.name));
  for (const f of SECRETS_FUNCTIONS) {
    assert.equal(typeof (mod as Record<string, unknown>)[f.name], "function", f.name);
  }
});

/** A CPython 3.13 on this machine, if there is one. */
async function python313(): Promise<string[] | undefined> {
  for (const cmd of [["env", "PYENV_VERSION=3.13.0", "python3"], ["python3.13"], ["python3"]]) {
    try {
      const out = await new Deno.Command(cmd[0], {
        args: [...cmd.slice(1), "-c", "import sys; print(sys.version_info[:2] == (3, 13))"],
        stdout: "piped",
        stderr: "null",
      }).output();
      if (out.success && new TextDecoder().decode(out.stdout).trim() === "True") return cmd;
    } catch { /* not installed */ }
  }
  return undefined;
}

const python = await python313();

Deno.test({
  name: "the method table matches CPython 3.13's signatures",
  ignore: python === undefined,
  fn: async () => {
    const script = new URL("_signatures.py", import.meta.url).pathname;
    const child = new Deno.Command(python![0], {
      args: [...python!.slice(1), script],
      stdin: "piped",
      stdout: "piped",
    }).spawn();
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(
      JSON.stringify({
        secrets: SECRETS_FUNCTIONS.map((f) => f.name),
        SystemRandom: SYSTEM_RANDOM_METHODS.map((m) => m.name),
      }) + "\n",
    ));
    await w.close();
    const result = JSON.parse(new TextDecoder().decode((await child.output()).stdout));
    let compared = 0;
    for (
      const [module, table] of [["secrets", SECRETS_FUNCTIONS], [
        "SystemRandom",
        SYSTEM_RANDOM_METHODS,
      ]] as const
    ) {
      for (const f of table) {
        const py = result[module][f.name];
        if (py === undefined) continue; // seed, getstate and setstate (*args)
        assert.deepEqual(f.params, py.params, `${module}.${f.name} parameters`);
        assert.deepEqual(f.keywordOnly, py.kwonly, `${module}.${f.name} keyword-only parameters`);
        compared++;
      }
    }
    // All but seed, getstate and setstate (which take *args) have a signature to read.
    assert.equal(compared, SECRETS_FUNCTIONS.length + SYSTEM_RANDOM_METHODS.length - 3);
  },
});
