/**
 * `choice ITEM...`: one of the items, each equally likely.
 *
 * @module
 */

import { choice } from "../../mod.ts";
import { choiceBits, type Command } from "../_outcome.ts";

/** `choice ITEM...`. */
export const CHOICE: Command = {
  name: "choice",
  summary: "one of the items, each equally likely",
  args: [{ name: "ITEM", type: "text", many: true, help: "the items to choose from" }],
  run: (input) => {
    const items = input.values.get("ITEM") as string[];
    return { next: () => choice(items), bits: choiceBits(items) };
  },
};
