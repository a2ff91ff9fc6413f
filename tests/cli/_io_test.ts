// CliIO is a type: a caller's literal must type-check as one (this file is type-checked
// by deno test), and main() must use it for every stream: output, errors, raw bytes,
// files and standard input.
import { assert } from "../_helpers.ts";
import { main } from "../../cli.ts";
import type { CliIO } from "../../cli/_io.ts";

Deno.test("a CliIO literal with every member type-checks, and main() uses each member", async () => {
  const calls: string[] = [];
  const bytes: Uint8Array[] = [];
  const io: CliIO = {
    write: (text) => void calls.push(`write ${text.length}`),
    error: (line) => void calls.push(`error ${line}`),
    writeBytes: async (b) => {
      await Promise.resolve();
      bytes.push(b.slice());
    },
    readFile: (path, maxBytes) => {
      calls.push(`readFile ${path} ${maxBytes}`);
      return Promise.resolve(new TextEncoder().encode("apple\npear\n"));
    },
    readStdin: (maxBytes) => {
      calls.push(`readStdin ${maxBytes}`);
      return Promise.resolve(new TextEncoder().encode("kiwi\nfig\n"));
    },
  };
  assert.equal(await main(["token-hex", "4"], io), 0);
  assert.deepEqual(calls.splice(0), ["write 9"]);
  assert.equal(await main(["token-bytes", "7", "--raw"], io), 0);
  assert.deepEqual(bytes.map((b) => b.length), [7]);
  assert.equal(await main(["passphrase", "--wordlist", "w.txt", "--words", "2"], io), 0);
  assert.equal(calls[0], `readFile w.txt ${16 * 2 ** 20}`);
  calls.length = 0;
  assert.equal(await main(["passphrase", "--wordlist", "-", "--words", "2"], io), 0);
  assert.equal(calls[0], `readStdin ${16 * 2 ** 20}`);
  calls.length = 0;
  assert.equal(await main(["randbits", "x"], io), 2);
  // One line through io.error (the wording is the parser's: tests/cli/_args_test.ts).
  assert.equal(calls.length, 1);
  assert.match(calls[0], /^error secrets: randbits: K must be .*, got 'x'$/);
});

Deno.test("the smallest CliIO (write and error only): --raw is refused, not written as text", async () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { write: (s) => void out.push(s), error: (l) => void err.push(l) };
  assert.equal(await main(["token-bytes", "3", "--raw"], io), 2);
  assert.deepEqual(out, []);
  assert.deepEqual(err, ["secrets: --raw needs a byte stream"]);
});
