// The argument parser: whole numbers in digits or scientific notation, flags that answer on
// their own; and its habits for people who type other tools' spellings: older long
// names (aliases), one-letter spellings (letters), hints for what a command does not take, a
// command's own option shadowing a global one, and one spelling of whole numbers for every
// integer argument and option.
import { assert } from "../_helpers.ts";
import { main } from "../../cli.ts";
import { parse, parseCount } from "../../cli/_args.ts";
import { helpLines } from "../../cli/_help.ts";
import type { CommandDef, Grammar } from "../../cli/_grammar.ts";
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
  assert.match(out.join(""), /^usage: secrets bits-for --count N --probability P \[--json\]/);
});

// ---- the parser's habits, on a grammar of its own ----------------------------------------

const run = () => ({});
const PASSWORD: CommandDef<object> = {
  name: "password",
  summary: "p",
  args: [{ name: "LENGTH", type: "int", optional: true, min: 1, max: 100, help: "h" }],
  options: [
    { name: "length", letter: "l", type: "int", min: 1, max: 100, help: "h" },
    {
      name: "exclude-ambiguous",
      letter: "B",
      aliases: ["no-ambiguous"],
      type: "flag",
      option: "excludeAmbiguous",
      help: "h",
    },
  ],
  hints: { "-s": "-s: every password is already completely random (pwgen's -s); leave it out" },
  run,
};
const BITS_FOR: CommandDef<object> = {
  name: "bits-for",
  summary: "b",
  options: [{ name: "count", aliases: ["tokens"], type: "count", min: 0, help: "h" }],
  run,
};
const RANDBELOW: CommandDef<object> = {
  name: "randbelow",
  summary: "r",
  args: [{ name: "N", type: "bigint", min: 1, help: "h" }],
  run,
};
const G: Grammar<object> = {
  program: "secrets",
  global: [
    { name: "count", letter: "N", type: "int", min: 0, max: Number.MAX_SAFE_INTEGER, help: "h" },
    { name: "version", short: "V", type: "flag", help: "h" },
  ],
  commands: [PASSWORD, BITS_FOR, RANDBELOW],
  fallback: { name: "", summary: "", run },
  fallbackName: "the fallback",
  unknownHint: "see help",
  early: ["version"],
};

const values = (argv: string[]) => Object.fromEntries(parse(G, argv).input.values);
const refused = (argv: string[], message: string) =>
  assert.throws(() => parse(G, argv), { name: "UsageError", message }, argv.join(" "));

Deno.test("args: an older long name works, under today's name", () => {
  assert.deepEqual(values(["password", "--no-ambiguous"]), { "exclude-ambiguous": true });
  assert.deepEqual(values(["password", "--exclude-ambiguous"]), { "exclude-ambiguous": true });
  assert.equal(
    parse(G, ["password", "--no-ambiguous"]).input.spelled.get("exclude-ambiguous"),
    "--no-ambiguous",
  );
  // Messages about a value name the spelling typed.
  refused(
    ["bits-for", "--tokens", "x"],
    "bits-for: --tokens must be a whole number (such as 1000000 or 1e6), got 'x'",
  );
});

Deno.test("args: near misses of a name or an older name are answered with today's name", () => {
  refused(
    ["password", "--exclude-ambigous"],
    "unknown option '--exclude-ambigous' (did you mean --exclude-ambiguous?)",
  );
  refused(
    ["password", "--no-ambigous"],
    "unknown option '--no-ambigous' (did you mean --exclude-ambiguous?)",
  );
  refused(["bits-for", "--tokns", "5"], "unknown option '--tokns' (did you mean --count?)");
});

Deno.test("args: letters are other tools' spellings; messages name the long option", () => {
  assert.deepEqual(values(["password", "-B", "-l", "12"]), {
    "exclude-ambiguous": true,
    length: 12,
  });
  assert.deepEqual(values(["password", "-l12"]), { length: 12 });
  assert.deepEqual(values(["-N", "3", "password"]), { count: 3 });
  refused(["password", "-l", "0"], "password: --length must be at least 1, got 0");
  assert.deepEqual(values(["-V"]), { version: true });
  assert.match(
    helpLines(PASSWORD).join("\n"),
    /-B, --exclude-ambiguous +h \(also --no-ambiguous\)/,
  );
});

Deno.test("args: a command's hint answers a spelling it does not take", () => {
  refused(
    ["password", "-s"],
    "password: -s: every password is already completely random (pwgen's -s); leave it out",
  );
  refused(["randbelow", "-s", "5"], "unknown option '-s'");
});

Deno.test("args: a command's own option shadows the global one of the same name", () => {
  const big = 10n ** 30n;
  assert.deepEqual(values(["bits-for", "--count", "1e30"]), { count: big });
  assert.deepEqual(values(["--count", "1e30", "bits-for"]), { count: big }); // given before it
  assert.deepEqual(values(["password", "--count", "2"]), { count: 2 });
  refused(
    ["password", "--count", "1e30"],
    "password: --count must be at most 9007199254740991, got 1e30",
  );
});

Deno.test("args: every integer, argument or option, reads digits and exact scientific notation", () => {
  assert.deepEqual(values(["randbelow", "1e9"]), { N: 10n ** 9n });
  assert.deepEqual(values(["randbelow", "2.5e3"]), { N: 2500n });
  assert.deepEqual(values(["password", "2e1"]), { LENGTH: 20 });
  assert.deepEqual(values(["password", "--length", "1.2e1", "--count", "1e2"]), {
    length: 12,
    count: 100,
  });
  refused(["randbelow", "1.5"], "randbelow: N must be a whole number, got 1.5");
  refused(["password", "1e3"], "password: LENGTH must be at most 100, got 1e3");
  // Plain digits may be as long as typed (randbelow takes any size); an exponent may not.
  const huge = "9".repeat(2000);
  assert.equal(values(["randbelow", huge]).N, 10n ** 2000n - 1n);
  refused(["randbelow", "1e5000"], "randbelow: N must be below 1e1000, got 1e5000");
});
