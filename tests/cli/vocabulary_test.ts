// One vocabulary for the library and the command line: each command's flags,
// walked against its recipe's options, so that they cannot drift apart.
//
// - every library option of the recipe a command calls has a flag (or an
//   argument) in that command, and the flag's name is the option's
//   kebab-case (`excludeAmbiguous` is `--exclude-ambiguous`);
// - every flag that sets an option names one the library knows (a value of
//   the wrong kind makes an error about that very option);
// - one name means one thing: a flag name (or an older spelling) used by
//   several commands sets the same library option in each;
// - older spellings stay accepted and are listed in help.
//
// The option lists below are checked against the options' types when this
// file type-checks: a new library option fails `deno test` until it has a
// flag here and in its command.
import { assert } from "../_helpers.ts";
import {
  type ApiKeyOptions,
  apiKeyPattern,
  apiKeyScannerRules,
  bitsFor,
  type BitsForOptions,
  type CollisionOptions,
  collisionProbability,
  entropyBits,
  type PassphraseOptions,
  type PasswordOptions,
  type TokenTextOptions,
} from "../../recipes.ts";
import { GRAMMAR } from "../../cli/_table.ts";
import { helpLines } from "../../cli/_help.ts";
import { kebab } from "../../cli/_library_errors.ts";
import type { Command } from "../../cli/_outcome.ts";

/** `keys`, if they are every key of `T` (else a type error that names the missing ones). */
function every<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    keys:
      & K
      & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : {
        missing: Exclude<keyof T, K[number]>;
      }),
  ): readonly string[] => keys;
}

interface Recipe {
  /** Every option of the recipe's options object. */
  readonly options: readonly string[];
  /** Calls the recipe (or its checks) with `options`. */
  readonly call: (options: Record<string, unknown>) => unknown;
  /** Options the call needs besides the one probed. */
  readonly base?: Record<string, unknown>;
}

const API_KEY: Recipe = {
  options: every<ApiKeyOptions>()(["prefix", "bits", "checksumCovers"]),
  call: (o) => apiKeyPattern(o as never),
  base: { prefix: "acme" },
};

/** The recipe each command calls, by command name. */
const RECIPES: Record<string, Recipe> = {
  password: {
    options: every<PasswordOptions>()([
      "length",
      "alphabet",
      "symbols",
      "excludeAmbiguous",
      "exclude",
      "minLower",
      "minUpper",
      "minDigits",
      "minSymbols",
      "rules",
      "minBits",
    ]),
    call: (o) => entropyBits("password", o as never),
  },
  passphrase: {
    options: every<PassphraseOptions>()([
      "words",
      "bits",
      "wordlist",
      "separator",
      "separators",
      "capitalize",
      "addDigits",
      "addSymbols",
      "minWordLength",
      "maxWordLength",
    ]),
    call: (o) => entropyBits("passphrase", o as never),
  },
  token: {
    options: every<TokenTextOptions>()(["bits", "alphabet"]),
    call: (o) => entropyBits("tokenText", o as never),
  },
  "api-key": API_KEY,
  "check-api-key": API_KEY,
  "scanner-rules": { ...API_KEY, call: (o) => apiKeyScannerRules(o as never) },
  "bits-for": {
    options: every<BitsForOptions>()(["count", "probability"]),
    call: (o) => bitsFor(o as never),
    base: { count: 10, probability: 0.5 },
  },
  "collision-probability": {
    options: every<CollisionOptions>()(["count", "bits"]),
    call: (o) => collisionProbability(o as never),
    base: { count: 10, bits: 64 },
  },
};

/** Flags that set no library option, and why: they choose what to call or print. */
const CLI_ONLY: Record<string, readonly string[]> = {
  "api-key": ["placeholder"], // apiKeyPlaceholder() instead of apiKey()
  "scanner-rules": ["scanner"], // which of apiKeyScannerRules()'s rules to print
};

const commands = GRAMMAR.commands as readonly Command[];
const command = (name: string) => commands.find((c) => c.name === name)!;

Deno.test("vocabulary: every recipe option has the flag of its kebab-case name", () => {
  for (const [name, recipe] of Object.entries(RECIPES)) {
    const cmd = command(name);
    assert.ok(cmd, `no command ${name}`);
    const setters = (cmd.options ?? []).filter((o) => o.option !== undefined);
    for (const o of setters) {
      assert.equal(
        `--${o.name}`,
        `--${kebab(o.option!)}`,
        `${name}: the flag that sets ${o.option}`,
      );
    }
    const set = setters.map((o) => o.option!).sort();
    assert.deepEqual(set, [...recipe.options].sort(), `${name}: the options its flags set`);
    // Every other flag of the command is one that chooses what to call or print.
    const others = (cmd.options ?? []).filter((o) => o.option === undefined).map((o) => o.name);
    assert.deepEqual(others, CLI_ONLY[name] ?? [], `${name}: flags that set no library option`);
  }
});

Deno.test("vocabulary: every option a flag sets is one the library knows", () => {
  for (const [name, recipe] of Object.entries(RECIPES)) {
    for (const o of command(name).options ?? []) {
      if (o.option === undefined) continue;
      let thrown: unknown;
      try {
        recipe.call({ ...recipe.base, [o.option!]: Symbol("bad") });
      } catch (e) {
        thrown = e;
      }
      const e = thrown as TypeError & { option?: string };
      assert.ok(e instanceof TypeError, `${name} --${o.name}: ${e}`);
      // The error is about that option: by its fields, or (apiKey's prefix) its message's subject.
      const about = e.option ?? /^\w+\(\): (\w+) /.exec(e.message)?.[1];
      assert.equal(about, o.option, `${name} --${o.name}: ${e.message}`);
    }
  }
});

Deno.test("vocabulary: one name means one thing in every command", () => {
  const meaning = new Map<string, [string, string | undefined]>();
  for (const cmd of commands) {
    for (const o of cmd.options ?? []) {
      for (const n of [o.name, ...(o.aliases ?? [])]) {
        const seen = meaning.get(n);
        if (seen === undefined) {
          meaning.set(n, [cmd.name, o.option]);
        } else if (o.option !== undefined || seen[1] !== undefined) {
          assert.equal(
            o.option,
            seen[1],
            `--${n} sets ${o.option} in ${cmd.name} but ${seen[1]} in ${seen[0]}`,
          );
        }
      }
    }
  }
  // The name that meant two things: a flag in password, a count in passphrase (now --add-symbols).
  assert.equal(meaning.get("symbols")?.[1], "symbols");
});

Deno.test("vocabulary: older spellings are accepted and listed in help", () => {
  const aliases = commands.flatMap((c) =>
    (c.options ?? []).flatMap((o) => (o.aliases ?? []).map((a) => [c, o.name, a] as const))
  );
  assert.deepEqual(
    aliases.map(([c, name, a]) => `${c.name} --${a}: --${name}`).sort(),
    [
      "bits-for --tokens: --count",
      "collision-probability --tokens: --count",
      "passphrase --digits: --add-digits",
      "password --no-ambiguous: --exclude-ambiguous",
    ],
  );
  for (const [c, , a] of aliases) {
    assert.match(helpLines(c).join("\n"), new RegExp(`\\(also --${a}\\)`), `${c.name} --${a}`);
  }
});
