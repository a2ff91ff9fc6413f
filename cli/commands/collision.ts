/**
 * `bits-for` and `collision-probability`: the birthday bound, both ways.
 *
 * @module
 */

import { bitsFor, collisionProbability } from "../../recipes.ts";
import type { OptionDef } from "../_grammar.ts";
import { explained } from "../_library_errors.ts";
import { type Command, COMPUTED_FOOTER, PyFloat } from "../_outcome.ts";

/** The number of tokens, for bits-for and collision-probability. */
const TOKENS: OptionDef = {
  name: "tokens",
  type: "count",
  required: true,
  min: 0,
  help: "how many tokens: digits, or exact scientific notation such as 1e9 or 2.5e6",
};

/** The global options a computation refuses: it draws nothing, and --count is not --tokens. */
function computed(command: string, what: string): Record<string, string> {
  return {
    count: `--count does not apply to ${command}: ${what}; the number of tokens is --tokens N`,
    entropy: `--entropy does not apply to ${command}: it draws nothing`,
  };
}

/** `bits-for --tokens N --probability P`. */
export const BITS_FOR: Command = {
  name: "bits-for",
  libraryFlags: { count: "tokens" },
  summary: "bits per token so --tokens N collide with chance at most --probability P",
  description: "the birthday bound; give the answer to token --bits (1e9 tokens at 1e-6: 79)",
  options: [
    TOKENS,
    {
      name: "probability",
      type: "number",
      metavar: "P",
      required: true,
      help: "the largest acceptable chance of any collision, above 0 and at most 1",
    },
  ],
  refuse: computed("bits-for", "it prints one number"),
  footer: COMPUTED_FOOTER,
  run: (input) => {
    const v = input.values;
    const bits = explained(
      () =>
        bitsFor({
          count: v.get("tokens") as bigint,
          probability: v.get("probability") as number,
        }),
      BITS_FOR,
      input,
    );
    return { next: () => bits };
  },
};

/** `collision-probability --tokens N --bits B`. */
export const COLLISION_PROBABILITY: Command = {
  name: "collision-probability",
  libraryFlags: { count: "tokens" },
  summary: "the chance that any two of --tokens N tokens of --bits B are equal",
  description:
    "the birthday bound 1 - exp(-N(N-1)/2 / 2**B), accurate for tiny chances; B need not be\n" +
    "whole (token --entropy shows a token's exact bits)",
  options: [
    TOKENS,
    {
      name: "bits",
      type: "number",
      metavar: "B",
      required: true,
      help: "the entropy of each token, in bits",
    },
  ],
  refuse: computed("collision-probability", "it prints one number"),
  footer: COMPUTED_FOOTER,
  run: (input) => {
    const v = input.values;
    const p = explained(
      () =>
        collisionProbability({ count: v.get("tokens") as bigint, bits: v.get("bits") as number }),
      COLLISION_PROBABILITY,
      input,
    );
    return { next: () => new PyFloat(p) };
  },
};
