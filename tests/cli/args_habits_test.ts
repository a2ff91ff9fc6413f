// The parser's habits for people who type other tools' spellings: older long
// names (aliases), one-letter spellings (letters), hints for what a command
// does not take, a command's own option shadowing a global one, and one
// spelling of whole numbers for every integer argument and option.
import { assert } from "../_helpers.ts";
import { parse } from "../../cli/_args.ts";
import { helpLines } from "../../cli/_help.ts";
import type { CommandDef, Grammar } from "../../cli/_grammar.ts";

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
    "--tokens must be a whole number (such as 1000000 or 1e6), got 'x'",
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
  refused(["password", "-l", "0"], "--length must be at least 1, got 0");
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
  refused(["password", "--count", "1e30"], "--count must be at most 9007199254740991, got 1e30");
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
