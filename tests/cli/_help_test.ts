// Help text: usage lines, option columns, the tool's listing.
import { assert } from "../_helpers.ts";
import { main } from "../../cli.ts";
import { capture } from "./_capture.ts";

Deno.test("a usage line lists the common options only for commands that print results", async () => {
  const usage = async (...args: string[]) => {
    const { io, out } = capture();
    assert.equal(await main(args, io), 0);
    return out.join("").split("\n")[0];
  };
  assert.equal(
    await usage("token-hex", "--help"),
    "usage: secrets token-hex [N] [--count N] [--json] [--entropy] [--help]",
  );
  assert.equal(await usage("help", "--help"), "usage: secrets help [COMMAND]");
});
