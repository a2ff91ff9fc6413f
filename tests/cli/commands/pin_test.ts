// `secrets pin`: PINs of the length asked, never an excluded one, the exact
// entropy, and the library's errors in the command line's words.
import { assert } from "../../_helpers.ts";
import { cli } from "./_main.ts";

Deno.test("pin: six digits by default, LENGTH or --length, --json, --count", async () => {
  assert.match((await cli("pin")).out, /^\d{6}\n$/);
  assert.match((await cli("pin", "12")).out, /^\d{12}\n$/);
  assert.match((await cli("pin", "--length", "4", "--count", "3")).out, /^(\d{4}\n){3}$/);
  assert.match((await cli("pin", "--json")).out, /^"\d{6}"\n$/);
});

Deno.test("pin --exclude: kinds and PINs are never printed; --entropy counts the rest", async () => {
  const r = await cli(
    "pin",
    "4",
    "--exclude",
    "repeated, sequential,2580",
    "--count",
    "3000",
    "--entropy",
  );
  assert.equal(r.code, 0);
  assert.deepEqual(r.err, ["entropy: 13.28 bits"]); // log2(10,000 - 10 - 14 - 1) = 13.2842...
  const pins = r.out.trimEnd().split("\n");
  assert.equal(pins.length, 3000);
  for (const p of pins) {
    assert.match(p, /^\d{4}$/);
    assert(!/^(\d)\1+$/.test(p) && !"0123456789 9876543210".includes(p) && p !== "2580", p);
  }
});

Deno.test("pin: bad input is a usage error naming the flag", async () => {
  const cases: [string[], string][] = [
    [
      ["pin", "--exclude", "repeated,sequence"],
      "secrets: pin: --exclude must hold kinds of PIN (repeated, sequential, repeating-pairs) " +
      'and PINs of 6 digits as strings, got "sequence" at index 1',
    ],
    [
      ["pin", "4", "--exclude", "12345"],
      "secrets: pin: --exclude must hold kinds of PIN (repeated, sequential, repeating-pairs) " +
      'and PINs of 4 digits as strings, got "12345" at index 0',
    ],
    [["pin", "6", "--length", "6"], "secrets: pin: give the length once, as LENGTH or --length"],
  ];
  for (const [args, line] of cases) {
    const r = await cli(...args);
    assert.deepEqual([r.code, r.out, r.err], [2, "", [line]], args.join(" "));
  }
  for (const args of [["pin", "3"], ["pin", "--length", "13"], ["pin", "--exlude", "repeated"]]) {
    const r = await cli(...args);
    assert.equal(r.code, 2, args.join(" "));
    assert.equal(r.out, "");
    assert.match(r.err[0], /^secrets: /);
  }
});
