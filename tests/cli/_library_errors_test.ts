// The command line names flags from the fields a library error carries, never from its
// message: a reworded library message still gets the right flag, and every option of
// every recipe maps to a flag its command really has.
import { assert } from "../_helpers.ts";
import { errorFields, optionError } from "../../lib/core/mod.ts";
import { main } from "../../cli.ts";
import { capture } from "./_capture.ts";
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
  // Without fields: the message as it is, after the command's name, on one line (escaped).
  const plain = new RangeError("x\ny");
  assert.equal((fromLibrary(plain, password) as Error).message, "password: x\\ny");
  // With fields: the detail escaped the same way, never a space that passes for one.
  const raw = optionError(RangeError, "password()", "length", 'got "5\u2028" and "a\u202eb"');
  assert.equal(
    (fromLibrary(raw, password) as Error).message,
    'password: --length got "5\\u2028" and "a\\u202eb"',
  );
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
});

Deno.test("oneLine(): what does not print is escaped by the library's rule, never a space", () => {
  const table: [string, string][] = [
    ["a\r\nb\u007fc", "a\\r\\nb\\u007fc"], // C0 and DEL
    ["a\u0085b\u009bc", "a\\u0085b\\u009bc"], // C1
    ["5\u2028;\u2029", "5\\u2028;\\u2029"], // line and paragraph separators
    ["hex\u202e", "hex\\u202e"], // Cf: right-to-left override
    ["a\u200b\u200d\ufeff\u00ad\u200eb", "a\\u200b\\u200d\\ufeff\\u00ad\\u200eb"], // Cf
    ["\u3164\ufe0f", "\\u3164\\ufe0f"], // default ignorables that are not Cf
    ["a\u00a0b é 東 👍", "a\u00a0b é 東 👍"], // what prints stays
  ];
  for (const [text, shown] of table) assert.equal(oneLine(text), shown);
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

/**
 * The library call of each command whose integer flags set a library option,
 * and the arguments it needs besides the flag (a command added with such a
 * flag fails the test below until it is here).
 */
const LIBRARY: Record<string, [(o: Record<string, unknown>) => unknown, string[]]> = {
  password: [(o) => entropyBits("password", o as never), []],
  passphrase: [(o) => entropyBits("passphrase", o as never), []],
  token: [(o) => entropyBits("tokenText", o as never), []],
  "api-key": [(o) => entropyBits("apiKey", { prefix: "acme", ...o } as never), [
    "--prefix",
    "acme",
  ]],
  "check-api-key": [
    (o) => entropyBits("apiKey", { prefix: "acme", ...o } as never),
    ["acme_x", "--prefix", "acme"],
  ],
  "scanner-rules": [
    (o) => entropyBits("apiKey", { prefix: "acme", ...o } as never),
    ["--prefix", "acme", "--scanner", "github"],
  ],
  pin: [(o) => entropyBits("pin", o as never), []],
  "recovery-codes": [(o) => entropyBits("recoveryCodes", o as never), []],
  "otp-secret": [(o) => entropyBits("otpSecret", o as never), []],
};

/**
 * The library's error for `value` of `option`, if it is a range error about
 * that option with a fixed bound (not one the other options set, as
 * password's "minBits must be at most what the options allow").
 */
function rangeError(call: (o: Record<string, unknown>) => unknown, option: string, value: number) {
  try {
    call({ [option]: value });
  } catch (e) {
    const fields = e instanceof RangeError ? errorFields(e) : undefined;
    if (fields?.option === option && /^must be at (least|most) \d/.test(fields.detail)) {
      return fields;
    }
  }
  return undefined;
}

Deno.test("a flag's range is its option's: the library's bound, with the command's name, for any number", async () => {
  const checked: string[] = [];
  for (const cmd of GRAMMAR.commands) {
    // Each integer flag that sets a library option, and recovery-codes' --count (countMax).
    const flags = (cmd.options ?? []).filter((o) => o.type === "int" && o.option !== undefined)
      .map((o) => ({ flag: o.name, option: o.option!, min: o.min, max: o.max! }));
    if (cmd.countMax !== undefined) {
      flags.push({ flag: "count", option: "count", min: undefined, max: cmd.countMax });
    }
    if (flags.length === 0) continue;
    assert.ok(LIBRARY[cmd.name], `${cmd.name}: add its library call to LIBRARY`);
    const [call, base] = LIBRARY[cmd.name];
    for (const { flag, option, min, max } of flags) {
      const where = `${cmd.name} --${flag}`;
      // The library takes the flag's bounds, and refuses one past them, with the same words.
      assert.equal(
        rangeError(call, option, max),
        undefined,
        `${where} ${max}: the library refuses`,
      );
      const over = rangeError(call, option, max + 1);
      assert.ok(over, `${where} ${max + 1}: the library takes it, the flag does not`);
      const cases: [string, string][] = [
        [String(max + 1), `--${flag} ${over.detail}`],
        ["1e300", `--${flag} must be at most ${max}, got 1e300`],
        ["9".repeat(30), `--${flag} must be at most ${max}, got ${"9".repeat(30)}`],
      ];
      if (min !== undefined) {
        assert.equal(
          rangeError(call, option, min),
          undefined,
          `${where} ${min}: the library refuses`,
        );
        const under = rangeError(call, option, min - 1);
        assert.ok(under, `${where} ${min - 1}: the library takes it, the flag does not`);
        cases.push([String(min - 1), `--${flag} ${under.detail}`]);
      }
      for (const [value, message] of cases) {
        const { io, out, err } = capture();
        const code = await main([cmd.name, ...base, `--${flag}`, value], io);
        assert.deepEqual(
          [code, out, err],
          [2, [], [`secrets: ${cmd.name}: ${message}`]],
          `${where} ${value}`,
        );
      }
      checked.push(where);
    }
  }
  // The flags of the review's report are among them.
  for (const f of ["recovery-codes --bits", "recovery-codes --count", "otp-secret --bits"]) {
    assert.ok(checked.includes(f), f);
  }
});
