// `secrets recovery-codes`: a set of distinct codes (10 by default), their
// form, the bits of one code, and errors naming the flag.
import { verifyRecoveryCode } from "../../../recipes.ts";
import { assert } from "../../_helpers.ts";
import { cli } from "./_main.ts";

const C = "[0-9A-HJKMNP-TV-Z]";

Deno.test("recovery-codes: ten distinct codes, one a line; --count N gives N", async () => {
  const r = await cli("recovery-codes", "--entropy");
  assert.equal(r.code, 0);
  assert.deepEqual(r.err, ["entropy: 80 bits"]);
  const codes = r.out.trimEnd().split("\n");
  assert.equal(codes.length, 10);
  assert.equal(new Set(codes).size, 10);
  for (const c of codes) assert.match(c, new RegExp(`^${C}{4}(-${C}{4}){3}$`));
  assert.equal(verifyRecoveryCode(codes[4].toLowerCase(), codes), 4);
  const many = (await cli("recovery-codes", "--count", "1000", "--bits", "40")).out.trimEnd()
    .split("\n");
  assert.equal(new Set(many).size, 1000);
  assert.deepEqual(await cli("recovery-codes", "--count", "0"), { code: 0, out: "", err: [] });
});

Deno.test("recovery-codes: --help names --separator's value SEP, not the choices '-| |'", async () => {
  const help = (await cli("recovery-codes", "--help")).out;
  assert.match(help, /\[--separator SEP\]/);
  assert.match(help, /\n {2}--separator SEP +between groups/);
});

Deno.test("recovery-codes: --bits, --group-size, --separator, --json", async () => {
  assert.match(
    (await cli(
      "recovery-codes",
      "--count",
      "2",
      "--bits",
      "50",
      "--group-size",
      "5",
      "--separator",
      " ",
    ))
      .out,
    new RegExp(`^(${C}{5} ${C}{5}\n){2}$`),
  );
  assert.match(
    (await cli("recovery-codes", "--count", "1", "--separator", "", "--json")).out,
    new RegExp(`^"${C}{16}"\n$`),
  );
});

Deno.test("recovery-codes: bad input is a usage error naming the flag", async () => {
  const cases: [string[], RegExp][] = [
    [
      ["recovery-codes", "--bits", "20"],
      /^secrets: recovery-codes: --bits must be at least 40, got 20$/,
    ],
    [
      ["recovery-codes", "--count", "1001"],
      /^secrets: recovery-codes: --count must be at most 1000, got 1001$/,
    ],
    [
      ["recovery-codes", "--group-size", "65"],
      /^secrets: recovery-codes: --group-size must be at most 64, got 65$/,
    ],
    // Any number out of range names the library's bound, after the command's name.
    [
      ["recovery-codes", "--bits", "1e300"],
      /^secrets: recovery-codes: --bits must be at most 1024, got 1e300$/,
    ],
    [
      ["recovery-codes", "--bits", "0"],
      /^secrets: recovery-codes: --bits must be at least 40, got 0$/,
    ],
    [
      ["recovery-codes", "--count", "1e300"],
      /^secrets: recovery-codes: --count must be at most 1000, got 1e300$/,
    ],
    [
      ["recovery-codes", "-N", "99999999999999999999"],
      /^secrets: recovery-codes: --count must be at most 1000, got 99999999999999999999$/,
    ],
    [
      ["recovery-codes", "--group-size", "1e300"],
      /^secrets: recovery-codes: --group-size must be at most 64, got 1e300$/,
    ],
    [
      ["recovery-codes", "--group-size", "0"],
      /^secrets: recovery-codes: --group-size must be at least 1, got 0$/,
    ],
    // Every choice readable, the space and the empty one quoted.
    [
      ["recovery-codes", "--separator", "_"],
      /^secrets: recovery-codes: --separator must be one of -, " " or "", got '_'$/,
    ],
    [
      ["recovery-codes", "--separator", "  "],
      /^secrets: recovery-codes: --separator must be one of -, " " or "", got ' {2}' \(did you mean " "\?\)$/,
    ],
    [
      ["recovery-codes", "--bist", "64"],
      /^secrets: unknown option '--bist' \(did you mean --bits\?\)$/,
    ],
  ];
  for (const [args, line] of cases) {
    const r = await cli(...args);
    assert.equal(r.code, 2, args.join(" "));
    assert.equal(r.out, "");
    assert.match(r.err[0], line);
  }
});
