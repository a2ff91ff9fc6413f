// The argument parser: whole numbers in digits or scientific notation, and flags that answer on their own.
import { assert } from "../_helpers.ts";
import { main } from "../../cli.ts";
import { parseCount } from "../../cli/_args.ts";
import { capture } from "./_capture.ts";

Deno.test("parseCount() reads whole numbers in digits or exact scientific notation", () => {
  const table: [string, bigint][] = [
    ["0", 0n],
    ["00012", 12n],
    ["+7", 7n],
    ["1e9", 10n ** 9n],
    ["1E9", 10n ** 9n],
    ["1e+9", 10n ** 9n],
    ["2.5e6", 2500000n],
    ["1.50e1", 15n],
    ["1.", 1n],
    ["1.0", 1n],
    ["1000e-3", 1n],
    ["0e999999999999", 0n],
    ["0.0e-5", 0n],
    ["-0e5", 0n],
    ["4294967296", 2n ** 32n],
    ["9.99e999", 999n * 10n ** 997n], // the largest power-of-ten form below 1e1000
    [`${"9".repeat(1000)}`, 10n ** 1000n - 1n],
  ];
  for (const [text, n] of table) assert.equal(parseCount(text, "--tokens", 0), n, text);
  const refused: [string, string][] = [
    ["1.5", "--tokens must be a whole number, got 1.5"],
    ["1e-3", "--tokens must be a whole number, got 1e-3"],
    ["15e-1", "--tokens must be a whole number, got 15e-1"],
    ["1e-99999999999999999999", "--tokens must be a whole number, got 1e-99999999999999999999"],
    ["1e1000", "--tokens must be below 1e1000, got 1e1000"],
    ["10e999", "--tokens must be below 1e1000, got 10e999"],
    ["1" + "0".repeat(1000), `--tokens must be below 1e1000, got 1${"0".repeat(1000)}`],
    ["-1", "--tokens must be at least 0, got -1"],
  ];
  for (const [text, message] of refused) {
    assert.throws(() => parseCount(text, "--tokens", 0), { name: "UsageError", message }, text);
  }
  for (
    const text of ["", ".", "e5", "1e", "x", "1_000", "0x10", " 1", "1 ", "1e5.5", "inf", "--1"]
  ) {
    assert.throws(() => parseCount(text, "--tokens", 0), {
      name: "UsageError",
      message: `--tokens must be a whole number (such as 1000000 or 1e6), got '${text}'`,
    }, JSON.stringify(text));
  }
  // Every spelling of random values: digits, mantissa with exponent, shifted fraction.
  const words = new BigUint64Array(200);
  crypto.getRandomValues(words);
  for (const [i, w] of words.entries()) {
    const k = i % 40;
    const n = w * 10n ** BigInt(k);
    assert.equal(parseCount(String(n), "--tokens", 0), n);
    assert.equal(parseCount(`${w}e${k}`, "--tokens", 0), n);
    const s = String(w);
    assert.equal(parseCount(`${s[0]}.${s.slice(1)}e${s.length - 1 + k}`, "--tokens", 0), n);
    assert.equal(parseCount(`${n}${"0".repeat(k)}e-${k}`, "--tokens", 0), n);
  }
});

Deno.test("--help answers on its own: a global option's value is not read", async () => {
  const { io, out } = capture();
  assert.equal(await main(["bits-for", "--count", "1e9", "--help"], io), 0);
  assert.match(out.join(""), /^usage: secrets bits-for --tokens N --probability P \[--json\]/);
});
