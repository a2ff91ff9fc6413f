// --alphabet takes characters written out: a hyphen between two characters reads as a range,
// which the flag does not support, so it is refused with the characters written out (never
// taken as the three characters a, -, f); a hyphen first or last is a hyphen. The help says so.
import { assert } from "../_helpers.ts";
import { type CliIO, main } from "../../cli.ts";

async function run(args: string[]): Promise<[number, string, string[]]> {
  const out: string[] = [], err: string[] = [];
  const io: CliIO = { write: (t) => void out.push(t), error: (l) => void err.push(l) };
  const code = await main(args, io);
  return [code, out.join(""), err];
}

Deno.test("--alphabet a-f is refused with the characters written out", async () => {
  const cases: [string[], string][] = [
    [
      ["password", "--alphabet", "a-f"],
      "secrets: password: --alphabet takes characters, not ranges: write a-f as abcdef (a hyphen first or last is a hyphen)",
    ],
    [
      ["token", "--alphabet", "A-Za-z0-9"],
      "secrets: token: --alphabet takes characters, not ranges: write A-Z as ABCDEFGHIJKLMNOPQRSTUVWXYZ (a hyphen first or last is a hyphen)",
    ],
    [
      ["token", "--alphabet", "ab-→c"],
      "secrets: token: --alphabet takes characters, not ranges: write the characters out (a hyphen first or last is a hyphen)",
    ],
  ];
  for (const [args, message] of cases) {
    const [code, out, err] = await run(args);
    assert.equal(code, 2, args.join(" "));
    assert.equal(out, "");
    assert.deepEqual(err, [message]);
  }
});

Deno.test("--alphabet: a hyphen first or last is a hyphen; the help says there are no ranges", async () => {
  for (const alphabet of ["-ab", "ab-"]) {
    const [code, out] = await run([
      "token",
      "--alphabet",
      alphabet,
      "--bits",
      "64",
      "--count",
      "20",
    ]);
    assert.equal(code, 0);
    assert.match(out, /^([-ab]{41}\n){20}$/);
    assert.match(out, /-/); // 820 draws from 3: a hyphen is drawn (chance of none: (2/3)**820)
  }
  for (const command of ["password", "token"]) {
    const [, help] = await run([command, "--help"]);
    assert.match(help, /--alphabet \S+ +.*written out \(no ranges: a-f is refused\)/);
    assert.doesNotMatch(help, /A-Za-z0-9\)/);
  }
});
