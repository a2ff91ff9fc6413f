/**
 * `password [LENGTH]`: the password recipe, with the options or a site's `--rules`.
 *
 * @module
 */

import {
  AMBIGUOUS,
  entropyBits,
  password,
  type PasswordOptions,
  passwordRules,
  SYMBOLS,
} from "../../recipes.ts";
import { MAX_MIN_BITS, MAX_PASSWORD_LENGTH } from "../../lib/recipes/password.ts";
import { type OptionDef, UsageError } from "../_grammar.ts";
import { explained } from "../_library_errors.ts";
import { literalAlphabet } from "../_alphabet_flag.ts";
import { bitsText, type Command } from "../_outcome.ts";

/** Bits under which `password --rules` warns on stderr (the password is still given). */
const WEAK_RULES_BITS = 64;

/** `password [LENGTH]`. */
export const PASSWORD: Command = {
  name: "password",
  summary: "a password, uniform over every string that meets the options or --rules",
  description:
    `default: 22 characters of the letters and digits (131 bits); with --symbols, 20 of 94 (131 bits)\n` +
    `--symbols (-y, a flag) adds ${SYMBOLS}\n` +
    `--exclude-ambiguous (-B) removes ${AMBIGUOUS}\n` +
    "\n" +
    "--rules takes a site's rules in Apple's passwordrules syntax, properties separated by ';':\n" +
    `  secrets password --rules "minlength: 12; required: lower, upper; required: digit; ` +
    `allowed: [-_]"\n` +
    "  minlength: N, maxlength: N   the length bounds\n" +
    "  required: CLASS, ...         at least one character of these (each required line counts)\n" +
    "  allowed: CLASS, ...          may be used; the password uses the characters of every\n" +
    "                               allowed and required line (with neither: ascii-printable)\n" +
    "  max-repeating: N             at most N identical characters in a row (aaa)\n" +
    "  max-sequential: N            at most N characters stepping by one, up or down, within\n" +
    "                               a-z, A-Z or 0-9 (abc, 321)\n" +
    "  max-consecutive: N           both of the above\n" +
    "  CLASS is upper (A-Z), lower (a-z), digit (0-9), special (the 32 characters --symbols\n" +
    "  adds, and space), ascii-printable (space to ~), unicode (drawn from ascii-printable),\n" +
    "  or [CHARS] ('-' only first, ']' only last, as ]]). Rules that cannot give two passwords\n" +
    "  are refused. The password is uniform over every string the rules allow, counted exactly\n" +
    "  (--entropy prints the bits; under 64, a warning goes to stderr); its length is LENGTH\n" +
    "  (within the rules' bounds), else the fewest characters from minlength that give 128\n" +
    "  bits, at most maxlength. --exclude and --exclude-ambiguous still apply; --alphabet, --symbols\n" +
    "  and --min-* do not mix with --rules.",
  args: [{
    name: "LENGTH",
    type: "int",
    optional: true,
    min: 1,
    max: MAX_PASSWORD_LENGTH,
    help: "number of characters; default: the fewest that give 128 bits",
  }],
  options: [
    {
      name: "length",
      letter: "l",
      option: "length",
      type: "int",
      min: 1,
      max: MAX_PASSWORD_LENGTH,
      help: "same as LENGTH",
    },
    {
      name: "symbols",
      letter: "y",
      option: "symbols",
      type: "flag",
      help: "add the 32 ASCII punctuation characters (a flag: in --symbols 8, 8 is LENGTH)",
    },
    {
      name: "exclude-ambiguous",
      letter: "B",
      aliases: ["no-ambiguous"],
      option: "excludeAmbiguous",
      type: "flag",
      help: "remove look-alike characters (see above)",
    },
    {
      name: "alphabet",
      option: "alphabet",
      type: "text",
      default: "the 62 letters and digits",
      help: "the characters, written out (no ranges: a-f is refused)",
    },
    {
      name: "exclude",
      letter: "r",
      option: "exclude",
      type: "text",
      help: "characters to remove from the alphabet",
    },
    ...[
      ["lower", "lowercase letters"],
      ["upper", "uppercase letters"],
      ["digits", "digits"],
      ["symbols", "symbols"],
    ].map(([c, noun]): OptionDef => ({
      name: `min-${c}`,
      option: `min${c[0].toUpperCase()}${c.slice(1)}`,
      type: "int",
      min: 0,
      max: MAX_PASSWORD_LENGTH,
      default: "0",
      help: `at least N ${noun}`,
    })),
    {
      name: "min-bits",
      option: "minBits",
      type: "int",
      min: 1,
      max: MAX_MIN_BITS,
      help: "the least entropy accepted; without a length, the fewest characters that give it",
    },
    {
      name: "rules",
      option: "rules",
      type: "text",
      metavar: "RULES",
      help: "a site's password rules (see above), instead of --alphabet, --symbols, --min-*",
    },
  ],
  hints: {
    "-s": "-s: every password here is completely random already (pwgen's -s); leave it out",
    "-n": "-n: for pwgen's at least one digit, write --min-digits 1",
    "-c": "-c: for pwgen's at least one capital, write --min-upper 1",
  },
  conflicts: [
    {
      option: "rules",
      with: ["alphabet", "symbols"],
      why: "the rules say which characters are allowed (write allowed: ... in them)",
    },
    {
      option: "rules",
      with: ["min-lower", "min-upper", "min-digits", "min-symbols"],
      why: "the rules say which characters are required (write required: ... in them)",
    },
  ],
  run: (input, { io }) => {
    const v = input.values;
    if (v.has("LENGTH") && v.has("length")) {
      throw new UsageError("password: give the length once, as LENGTH or --length");
    }
    const text = v.get("rules") as string | undefined;
    // Only the options given are passed: the library refuses rules with any other set.
    const options: PasswordOptions = {
      length: (v.get("LENGTH") ?? v.get("length")) as number | undefined,
      exclude: v.get("exclude") as string | undefined,
      excludeAmbiguous: v.has("exclude-ambiguous") || undefined,
      minBits: v.get("min-bits") as number | undefined,
      ...(text !== undefined
        ? {
          rules: explained(() => passwordRules(text), PASSWORD, input),
        }
        : {
          alphabet: literalAlphabet(v.get("alphabet") as string | undefined, "password"),
          symbols: v.has("symbols") || undefined,
          minLower: v.get("min-lower") as number | undefined,
          minUpper: v.get("min-upper") as number | undefined,
          minDigits: v.get("min-digits") as number | undefined,
          minSymbols: v.get("min-symbols") as number | undefined,
        }),
    };
    const bits = explained(() => entropyBits("password", options), PASSWORD, input);
    if (text !== undefined && bits < WEAK_RULES_BITS) {
      // A site's rules may cap the strength; say so, but give the password (exit 0).
      io.error(
        `secrets: password: warning: --rules allow only ${
          bitsText(bits)
        }, under ${WEAK_RULES_BITS}`,
      );
    }
    return { next: () => password(options), bits };
  },
};
