/**
 * `bits-for` and `collision-probability`: the birthday bound, both ways.
 *
 * @module
 */

import { bitsFor, collisionProbability } from "../../recipes.ts";
import type { OptionDef } from "../_grammar.ts";
import { explained } from "../_library_errors.ts";
import { type Command, COMPUTED_FOOTER, PyFloat } from "../_outcome.ts";

/**
 * The number of tokens, for bits-for and collision-probability: the library's
 * `count`, so `--count` as everywhere (here the command's own, read in place
 * of the global one: the tokens `token --count N` would print); `--tokens`
 * is its older name.
 */
const COUNT: OptionDef = {
  name: "count",
  aliases: ["tokens"],
  option: "count",
  type: "count",
  required: true,
  min: 0,
  help: "how many tokens: digits, or exact scientific notation such as 1e9 or 2.5e6",
};

/** The global option a computation refuses: it draws nothing. */
function computed(command: string): Record<string, string> {
  return { entropy: `--entropy does not apply to ${command}: it draws nothing` };
}

/** `bits-for --count N --probability P`. */
export const BITS_FOR: Command = {
  name: "bits-for",
  summary: "bits per token so --count N tokens collide with chance at most --probability P",
  description:
    "the exact chance, never understated; give the answer to token --bits (1e9 tokens at 1e-6: 79)",
  options: [
    COUNT,
    {
      name: "probability",
      option: "probability",
      type: "number",
      metavar: "P",
      required: true,
      help: "the largest acceptable chance of any collision, above 0 and at most 1",
    },
  ],
  refuse: computed("bits-for"),
  footer: COMPUTED_FOOTER,
  run: (input) => {
    const v = input.values;
    const bits = explained(
      () =>
        bitsFor({
          count: v.get("count") as bigint,
          probability: v.get("probability") as number,
        }),
      BITS_FOR,
      input,
    );
    return { next: () => bits };
  },
};

/** `collision-probability --count N --bits B`. */
export const COLLISION_PROBABILITY: Command = {
  name: "collision-probability",
  summary: "the chance that any two of --count N tokens of --bits B are equal",
  description:
    "the birthday bound 1 - exp(-N(N-1)/2 / 2**B), accurate for tiny chances; B need not be\n" +
    "whole (token --entropy shows a token's exact bits)",
  options: [
    COUNT,
    {
      name: "bits",
      option: "bits",
      type: "number",
      metavar: "B",
      required: true,
      help: "the entropy of each token, in bits",
    },
  ],
  refuse: computed("collision-probability"),
  footer: COMPUTED_FOOTER,
  run: (input) => {
    const v = input.values;
    const p = explained(
      () =>
        collisionProbability({ count: v.get("count") as bigint, bits: v.get("bits") as number }),
      COLLISION_PROBABILITY,
      input,
    );
    return { next: () => new PyFloat(p) };
  },
};
