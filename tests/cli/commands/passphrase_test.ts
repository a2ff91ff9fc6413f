// passphrase: its table of cases, in-process, its word-length bounds and the names of the
// built-in word lists.
import { assert } from "../../_helpers.ts";
import { main } from "../../../cli.ts";
import { effShortWordlist, passphrase } from "../../../recipes.ts";
import { capture } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { PASSPHRASE_CASES } from "./passphrase_cases.ts";

Deno.test("passphrase: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(PASSPHRASE_CASES), []);
});

Deno.test("passphrase's word-length bounds are the library's", async () => {
  // 1000 is accepted by both (and leaves no word of the EFF list); 1001 by neither.
  const { io, err } = capture();
  assert.equal(await main(["passphrase", "--max-word-length", "1000", "--words", "2"], io), 0);
  assert.equal(await main(["passphrase", "--min-word-length", "1000"], io), 2);
  assert.match(err[0], /^secrets: passphrase: --wordlist has 0 distinct words left by the options/);
  assert.equal(await main(["passphrase", "--min-word-length", "1001"], io), 2);
  assert.equal(err[1], "secrets: passphrase: --min-word-length must be at most 1000, got 1001");
  assert.equal(passphrase({ maxWordLength: 1000, words: 2 }).split(" ").length, 2);
  for (const key of ["minWordLength", "maxWordLength"]) {
    assert.throws(() => passphrase({ [key]: 1001 }), RangeError);
  }
});

Deno.test("--wordlist names: eff-short and eff-large are lists, anything else a file", async () => {
  const short = new Set(effShortWordlist());
  const read: string[] = [];
  const { io, out } = capture({
    readFile: (path) => {
      read.push(path);
      return Promise.resolve(new TextEncoder().encode("alpha\nbravo\n"));
    },
  });
  assert.equal(await main(["passphrase", "--wordlist", "eff-short"], io), 0);
  assert.ok(out.join("").trimEnd().split(" ").every((w) => short.has(w)));
  assert.equal(await main(["passphrase", "--wordlist", "eff-large"], io), 0);
  assert.deepEqual(read, []); // the names read no file
  for (const file of ["./eff-short", "EFF-SHORT", "eff-short.txt", "/tmp/eff-large"]) {
    out.length = 0;
    assert.equal(await main(["passphrase", "--wordlist", file, "--words", "3"], io), 0);
    assert.match(out.join(""), /^(alpha|bravo)( (alpha|bravo)){2}\n$/);
  }
  assert.deepEqual(read, ["./eff-short", "EFF-SHORT", "eff-short.txt", "/tmp/eff-large"]);
});
