// The command line names flags from the fields a library error carries, never from its
// message: a reworded library message still gets the right flag, and every option of
// every recipe maps to a flag its command really has.
import { assert } from "../_helpers.ts";
import { optionError } from "../../lib/core/mod.ts";
import { flagFor, fromLibrary, kebab, oneLine } from "../../cli/_library_errors.ts";
import type { Input } from "../../cli/_grammar.ts";
import { UsageError } from "../../cli/_grammar.ts";
import { entropyBits } from "../../recipes.ts";
import { GRAMMAR } from "../../cli/_table.ts";

const command = (name: string) => GRAMMAR.commands.find((c) => c.name === name)!;
const noInput: Input = { values: new Map(), spelled: new Map() };

Deno.test("a reworded library message keeps its flag: the CLI reads fields, not text", () => {
  const password = command("password");
  for (
    const detail of ["must be at most 1024, got 2000", "is now worded in another way entirely"]
  ) {
    const e = optionError(RangeError, "password()", "minDigits", detail, 2000);
    const out = fromLibrary(e, password, noInput) as UsageError;
    assert.ok(out instanceof UsageError);
    assert.equal(out.message, `password: --min-digits ${detail}`);
  }
  // A message that happens to start with another option's name changes nothing.
  const e = optionError(RangeError, "password()", "length", "alphabet minDigits symbols");
  assert.equal(
    (fromLibrary(e, password) as Error).message,
    "password: --length alphabet minDigits symbols",
  );
  // Without fields: the message as it is, after the command's name, on one line.
  const plain = new RangeError("x\ny");
  assert.equal((fromLibrary(plain, password) as Error).message, "password: x y");
  // Not a library error: passed through.
  const other = new Error("boom");
  assert.equal(fromLibrary(other, password), other);
});

Deno.test("flags: LENGTH as typed, else the flag that sets the option, as typed", () => {
  const password = command("password");
  const typed: Input = {
    values: new Map([["LENGTH", 3]]),
    spelled: new Map([["LENGTH", "LENGTH"]]),
  };
  assert.equal(flagFor(password, typed, "length"), "LENGTH");
  assert.equal(flagFor(password, noInput, "length"), "--length");
  assert.equal(flagFor(password, noInput, "excludeAmbiguous"), "--exclude-ambiguous");
  const older: Input = {
    values: new Map([["exclude-ambiguous", true]]),
    spelled: new Map([["exclude-ambiguous", "--no-ambiguous"]]),
  };
  assert.equal(flagFor(password, older, "excludeAmbiguous"), "--no-ambiguous");
  assert.equal(flagFor(command("bits-for"), noInput, "count"), "--count");
  assert.equal(kebab("minWordLength"), "min-word-length");
  assert.equal(oneLine("a\r\nb\u007fc"), "a  b c");
});

// Every option of every recipe the CLI calls: a wrong-typed value makes an error about that
// option, whose flag must be one the command defines.
const RECIPE_OPTIONS: [string, "password" | "passphrase" | "tokenText", string[]][] = [
  ["password", "password", [
    "length",
    "alphabet",
    "symbols",
    "excludeAmbiguous",
    "exclude",
    "minLower",
    "minUpper",
    "minDigits",
    "minSymbols",
  ]],
  ["passphrase", "passphrase", [
    "words",
    "bits",
    "separator",
    "separators",
    "capitalize",
    "addDigits",
    "addSymbols",
    "minWordLength",
    "maxWordLength",
  ]],
  ["token", "tokenText", ["bits", "alphabet"]],
];

Deno.test("every option error of every recipe names its function, its option and a real flag", () => {
  for (const [name, recipe, options] of RECIPE_OPTIONS) {
    const cmd = command(name);
    const flags = new Set([
      ...(cmd.options ?? []).map((o) => `--${o.name}`),
      ...(cmd.args ?? []).map((a) => a.name),
    ]);
    for (const option of options) {
      let thrown: unknown;
      try {
        entropyBits(recipe as "password", { [option]: Symbol("bad") } as never);
      } catch (e) {
        thrown = e;
      }
      const e = thrown as Error & { function?: string; option?: string };
      assert.ok(e instanceof TypeError, `${recipe} ${option}: ${e}`);
      assert.equal(e.option, option, `${recipe}: ${e.message}`);
      assert.equal(e.function, "entropyBits");
      const flag = flagFor(cmd, noInput, option);
      assert.ok(flags.has(flag), `${name}: ${option} maps to ${flag}, not a flag of the command`);
      const said = (fromLibrary(e, cmd, noInput) as Error).message;
      assert.ok(said.startsWith(`${name}: ${flag} `), said);
    }
  }
});
