// Terminal habits, in-process: --version and -V, the short options of pwgen
// and xkcdpass, hints for the letters this command line does not take,
// --json making the entropy line JSON too, token-bytes --format base64
// (padded, as openssl rand -base64), and one spelling of numbers everywhere.
import { assert } from "../_helpers.ts";
import { main } from "../../cli.ts";
import { entropyBits } from "../../recipes.ts";
import { VERSION } from "../../cli/_version.ts";

async function run(...args: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = await main(args, {
    write: (s) => void out.push(s),
    error: (l) => void err.push(l),
  });
  return { code, out: out.join(""), err };
}

Deno.test("habits: -V and --version print the version", async () => {
  for (const flag of ["-V", "--version"]) {
    assert.deepEqual(await run(flag), { code: 0, out: `secrets ${VERSION}\n`, err: [] });
  }
});

Deno.test("habits: --json makes the entropy line JSON too, with the text's figure", async () => {
  const r = await run("passphrase", "--words", "5", "--json", "--entropy");
  assert.equal(r.code, 0);
  assert.equal(typeof JSON.parse(r.out), "string");
  const bits = entropyBits("passphrase", { words: 5 });
  assert.deepEqual(r.err.map((l) => JSON.parse(l)), [
    { entropyBits: Math.floor(bits * 100) / 100 },
  ]);
  const text = await run("passphrase", "--words", "5", "--entropy");
  assert.deepEqual(text.err, [`entropy: ${(Math.floor(bits * 100) / 100).toFixed(2)} bits`]);
  // Whole numbers stay exact.
  const hex = await run("token-hex", "16", "--json", "--entropy");
  assert.deepEqual(hex.err, ['{"entropyBits":128}']);
});

Deno.test("habits: token-bytes --format base64 is padded base64 of N bytes, on one line", async () => {
  for (const n of [0, 1, 2, 3, 4, 5, 32, 100]) {
    const r = await run("token-bytes", String(n), "--format", "base64");
    assert.equal(r.code, 0, r.err.join());
    const token = r.out.slice(0, -1);
    assert.equal(r.out.at(-1), "\n");
    assert.match(token, /^[A-Za-z0-9+/]*={0,2}$/);
    assert.equal(token.length, 4 * Math.ceil(n / 3), `length for ${n} bytes`);
    assert.equal(atob(token).length, n);
  }
  // Over 1000 draws of 30 bytes, '+' and '/' both appear (each is missing with chance
  // (62/64)**40000 < 1e-500), and '-' and '_' never do.
  const many = await run("token-bytes", "30", "--format", "base64", "-N", "1000");
  assert.ok(many.out.includes("+") && many.out.includes("/") && !/[-_]/.test(many.out));
  const url = await run("token-bytes", "4", "--format", "base64url");
  assert.match(url.out, /^[A-Za-z0-9_-]{6}\n$/);
  const hex = await run("token-bytes", "4", "--format", "hex");
  assert.match(hex.out, /^[0-9a-f]{8}\n$/);
  const bad = await run("token-bytes", "--format", "base46");
  assert.deepEqual(bad.err, [
    "secrets: token-bytes: --format must be one of hex, base64, base64url or raw, got 'base46' (did you mean base64?)",
  ]);
  const json = await run("token-bytes", "--format", "raw", "--json");
  assert.deepEqual(json.err, [
    "secrets: --json and --format raw do not mix: --format raw writes bytes, not JSON",
  ]);
});

Deno.test("habits: pwgen's and xkcdpass's letters where they mean the same", async () => {
  const pw = await run("password", "-l", "30", "-y", "-B", "-r", "abc", "-N", "3");
  assert.equal(pw.code, 0, pw.err.join());
  const lines = pw.out.trimEnd().split("\n");
  assert.equal(lines.length, 3);
  for (const l of lines) {
    assert.equal(l.length, 30);
    assert.ok(!/[abcIl1O0]/.test(l), l);
  }
  const pp = await run("passphrase", "-n", "3", "-d", "+", "-w", "eff-short");
  assert.match(pp.out, /^[a-z]+\+[a-z]+\+[a-z]+\n$/);
});

Deno.test("habits: letters this command line does not take say what to write", async () => {
  const said = async (...args: string[]) => (await run(...args)).err;
  assert.deepEqual(await said("password", "-s"), [
    "secrets: password: -s: every password here is completely random already (pwgen's -s); leave it out",
  ]);
  assert.deepEqual(await said("password", "-n"), [
    "secrets: password: -n: for pwgen's at least one digit, write --min-digits 1",
  ]);
  assert.deepEqual(await said("passphrase", "-c", "3"), [
    "secrets: passphrase: -c is python -m random's choice here; for xkcdpass's -c COUNT write -N COUNT",
  ]);
  assert.deepEqual(await said("passphrase", "-C", "upper"), [
    "secrets: passphrase: xkcdpass's -C case names are not these: write --capitalize none|first|all|random",
  ]);
});

Deno.test("habits: numbers take the same spellings in every command", async () => {
  const below = await run("randbelow", "1e9", "-N", "20");
  assert.equal(below.code, 0, below.err.join());
  for (const l of below.out.trimEnd().split("\n")) assert.ok(Number(l) < 1e9 && /^\d+$/.test(l));
  assert.match((await run("token-hex", "1.6e1")).out, /^[0-9a-f]{32}\n$/);
  assert.match((await run("randbits", "1e1")).out, /^\d+\n$/);
  assert.equal((await run("password", "2e1")).out.length, 21);
  assert.equal((await run("bits-for", "--count", "1e9", "--probability", "1e-6")).out, "79\n");
  assert.deepEqual((await run("randbelow", "1.5")).err, [
    "secrets: randbelow: N must be a whole number, got 1.5",
  ]);
});

Deno.test("habits: a built-in list's name without eff- gets a did-you-mean", async () => {
  for (
    const [typed, meant] of [["short", "eff-short"], ["large", "eff-large"], [
      "eff_short",
      "eff-short",
    ]]
  ) {
    assert.deepEqual((await run("passphrase", "--wordlist", typed)).err, [
      `secrets: --wordlist '${typed}' is not a list name (did you mean ${meant}?); for a file of that name, write ./${typed}`,
    ]);
  }
});
