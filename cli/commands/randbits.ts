/**
 * `randbits K`: an integer with K random bits.
 *
 * @module
 */

import { randbits } from "../../mod.ts";
import { type Command, MAX_RANDBITS } from "../_outcome.ts";

/** `randbits K`. */
export const RANDBITS: Command = {
  name: "randbits",
  summary: "an integer with K random bits, in [0, 2**K)",
  args: [{
    name: "K",
    type: "int",
    min: 0,
    max: MAX_RANDBITS,
    help: "number of bits (for more random data, use token-bytes)",
  }],
  run: (input) => {
    const k = input.values.get("K") as number;
    const bits = k <= 53 ? k : BigInt(k);
    return { next: () => randbits(bits), bits: k };
  },
};
