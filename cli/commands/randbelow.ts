/**
 * `randbelow N`: a random integer below a bound of any size.
 *
 * @module
 */

import { randbelow } from "../../mod.ts";
import { log2Big } from "../../lib/core/_math.ts";
import type { Command } from "../_outcome.ts";

/** `randbelow N`. */
export const RANDBELOW: Command = {
  name: "randbelow",
  summary: "a random integer in [0, N); N may have any size",
  args: [{ name: "N", type: "bigint", min: 1, help: "the exclusive upper bound" }],
  run: (input) => {
    const n = input.values.get("N") as bigint;
    const bound = n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    return { next: () => randbelow(bound), bits: log2Big(n) };
  },
};
