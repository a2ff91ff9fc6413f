// The command line's subprocess suite on Node.js and Bun, from a bundle of
// cli.ts (deno bundle --platform node), as the npm package will ship it.
// A runtime that cannot be obtained is skipped, and the output says why.
import { assert } from "../_helpers.ts";
import { registerSuite } from "./_cli_suite.ts";
import { bundle, bunRuntime, nodeRuntime } from "./_cli.ts";

const script = await bundle();
for (const rt of [await nodeRuntime(script), await bunRuntime(script)]) {
  if (typeof rt === "string") {
    console.log(`cli: SKIPPED a runtime: ${rt}`);
    Deno.test({ name: `cli: runtime skipped (${rt})`, ignore: true, fn: () => {} });
    continue;
  }
  registerSuite(rt);
  Deno.test(`cli (${rt.name}): importing the CLI as a module runs nothing`, async () => {
    const code = `const m = await import(${JSON.stringify(`file://${script}`)}); ` +
      `console.log(typeof m.main);`;
    const args = rt.name === "node" ? ["--input-type=module", "-e", code] : ["-e", code];
    const out = await new Deno.Command(rt.command, { args, stdout: "piped", stderr: "piped" })
      .output();
    assert.equal(new TextDecoder().decode(out.stderr), "");
    assert.equal(new TextDecoder().decode(out.stdout), "function\n");
  });
}
