// The runtime adapter, on Deno: its name and arguments, and file reads that refuse what is
// not a usable input (missing, a directory, a device, too large) with InputError's message.
import { assert } from "../_helpers.ts";
import {
  BrokenPipe,
  currentRuntime,
  InputError,
  IoError,
  isMainModule,
} from "../../cli/_runtime.ts";

async function refusal(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("not refused");
}

Deno.test("currentRuntime() on Deno: the Deno adapter, with Deno's arguments", async () => {
  const rt = await currentRuntime();
  assert.equal(rt.name, "deno");
  assert.deepEqual(rt.args, Deno.args);
});

Deno.test("readFile() reads a file whole, up to the cap, and refuses one byte more", async () => {
  const { io } = await currentRuntime();
  const dir = await Deno.makeTempDir({ prefix: "secrets-runtime-" });
  try {
    const path = `${dir}/w.txt`;
    const bytes = new Uint8Array(70000).map((_, i) => i % 251); // more than one 64 KiB read
    await Deno.writeFile(path, bytes);
    assert.deepEqual(await io.readFile(path, 70000), bytes);
    const big = await refusal(io.readFile(path, 69999));
    assert.ok(big instanceof InputError);
    assert.equal(big.message, "is larger than 69999 bytes");
    const mib = await refusal(io.readFile(path, 2 ** 16));
    assert.equal(mib.message, "is larger than 65536 bytes");
    await Deno.writeFile(path, new Uint8Array(2 ** 20 + 1));
    assert.equal((await refusal(io.readFile(path, 2 ** 20))).message, "is larger than 1 MiB");

    const missing = await refusal(io.readFile(`${dir}/nope.txt`, 100));
    assert.ok(missing instanceof InputError);
    assert.equal(missing.message, "does not exist");
    const folder = await refusal(io.readFile(dir, 100));
    assert.ok(folder instanceof InputError);
    assert.equal(folder.message, "is a directory");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("readFile() refuses a device such as /dev/zero at once, not after reading forever", async () => {
  const { io } = await currentRuntime();
  const e = await refusal(io.readFile("/dev/zero", 2 ** 20));
  assert.ok(e instanceof InputError);
  assert.equal(e.message, "is not a regular file");
});

Deno.test("the error classes are named, for report() to tell them apart", () => {
  assert.equal(new BrokenPipe("x").name, "BrokenPipe");
  assert.equal(new IoError("x").name, "IoError");
  assert.equal(new InputError("x").name, "InputError");
  for (const E of [BrokenPipe, IoError, InputError]) assert.ok(new E("m") instanceof Error);
});

Deno.test("isMainModule() follows import.meta.main where the runtime has it", async () => {
  assert.equal(await isMainModule({ url: import.meta.url, main: true }), true);
  assert.equal(await isMainModule({ url: import.meta.url, main: false }), false);
  // Without main, on Deno (no process.argv script): not the main module.
  assert.equal(await isMainModule({ url: "file:///elsewhere.ts" }), false);
});
