// The README's command list comes from the CLI's command table: between the
// two markers, the README holds exactly the "commands:" section of
// `secrets --help`, in a text block.
import { assert } from "../_helpers.ts";
import { main } from "../../cli.ts";

const START = "<!-- secrets --help: commands -->";
const END = "<!-- /secrets --help: commands -->";
const readme = await Deno.readTextFile(new URL("../../README.md", import.meta.url));

Deno.test("README: the command list is the commands section of secrets --help", async () => {
  const out: string[] = [];
  assert.equal(await main(["--help"], { write: (s) => void out.push(s), error: () => {} }), 0);
  const help = out.join("");
  const commands = help.slice(
    help.indexOf("commands:"),
    help.indexOf("\n\n", help.indexOf("commands:")),
  );
  assert.ok(commands.split("\n").length > 5, "the help has a commands section");
  assert.ok(readme.includes(START) && readme.includes(END), "the README has the markers");
  const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END));
  assert.equal(block.trim(), "```text\n" + commands.trimEnd() + "\n```");
});
