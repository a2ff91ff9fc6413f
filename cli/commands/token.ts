/**
 * `token`: a token of at least `--bits` bits in any `--alphabet` (the tokenText recipe).
 *
 * @module
 */

import { DEFAULT_ENTROPY } from "../../mod.ts";
import { ALPHABETS, entropyBits, tokenText, type TokenTextOptions } from "../../recipes.ts";
import { MAX_TOKEN_BITS, tokenLength } from "../../lib/recipes/token_text.ts";
import { columns } from "../_help.ts";
import { explained } from "../_library_errors.ts";
import { literalAlphabet } from "../_alphabet_flag.ts";
import type { Command } from "../_outcome.ts";

/** `token`. */
export const TOKEN: Command = {
  name: "token",
  summary: `a token of at least --bits bits (default ${DEFAULT_ENTROPY * 8}), in any --alphabet`,
  description:
    `default: ${DEFAULT_ENTROPY * 8} bits of base32 (${
      tokenLength(DEFAULT_ENTROPY * 8, 32)
    } characters); the token gets the fewest characters\n` +
    "that give --bits, each drawn uniformly; --alphabet is one of these names, or the\n" +
    "characters themselves (at least 2, all different):\n" +
    columns(Object.entries(ALPHABETS).map(([n, chars]) => [n, `${chars.length}  ${chars}`]))
      .join("\n"),
  options: [
    {
      name: "bits",
      option: "bits",
      type: "int",
      min: 1,
      max: MAX_TOKEN_BITS,
      default: String(DEFAULT_ENTROPY * 8),
      help: "the least strength, in bits",
    },
    {
      name: "alphabet",
      option: "alphabet",
      type: "text",
      metavar: "NAME|CHARS",
      default: "base32",
      help: "a name above, or the characters, written out (no ranges: a-f is refused)",
    },
  ],
  run: (input) => {
    const v = input.values;
    const options: TokenTextOptions = {
      bits: v.get("bits") as number | undefined,
      alphabet: literalAlphabet(v.get("alphabet") as string | undefined, "token"),
    };
    const bits = explained(() => entropyBits("tokenText", options), TOKEN, input);
    return { next: () => tokenText(options), bits };
  },
};
