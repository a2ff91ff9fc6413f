// The README's command list is the CLI's own help, generated from the
// command table: between the two markers, the README holds exactly the
// output of `secrets --help` in a text block. (Until the README carries the
// markers, this test is reported as ignored, not passed.)
import { assert } from "./_helpers.ts";
import { main } from "../cli.ts";

const START = "<!-- secrets --help -->";
const END = "<!-- /secrets --help -->";
const readme = await Deno.readTextFile(new URL("../README.md", import.meta.url));

Deno.test({
  name: "README: the command list is the output of secrets --help",
  ignore: !readme.includes(START),
  fn: async () => {
    const out: string[] = [];
    assert.equal(await main(["--help"], { write: (s) => void out.push(s), error: () => {} }), 0);
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
    assert.equal(block.trim(), "```text\n" + out.join("").trimEnd() + "\n```");
  },
});
