// The version the command line prints is the package's.
import { assert } from "../_helpers.ts";
import { VERSION } from "../../cli/_version.ts";
import { main } from "../../cli.ts";
import { capture } from "./_capture.ts";

Deno.test("VERSION is deno.json's version, and --version prints it", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("../../deno.json", import.meta.url)));
  assert.equal(VERSION, config.version);
  assert.match(VERSION, /^\d+\.\d+\.\d+(-[\w.]+)?$/);
  const { io, out } = capture();
  assert.equal(await main(["--version"], io), 0);
  assert.deepEqual(out, [`secrets ${VERSION}\n`]);
});
