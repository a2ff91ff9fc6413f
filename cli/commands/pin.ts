/**
 * `pin [LENGTH]`: PINs, uniform over every digit string of the length less
 * the weak kinds and PINs `--exclude` names (the pin recipe).
 *
 * @module
 */

import { entropyBits, pin, PIN_KINDS, type PinOptions } from "../../recipes.ts";
import { PIN_LENGTH, PIN_MAX_LENGTH, PIN_MIN_LENGTH } from "../../lib/recipes/pin.ts";
import { UsageError } from "../_grammar.ts";
import { explained } from "../_library_errors.ts";
import type { Command } from "../_outcome.ts";

/** `pin [LENGTH]`. */
export const PIN: Command = {
  name: "pin",
  summary: "a PIN, 6 digits by default; --exclude weak ones",
  description:
    `--exclude takes a comma-separated list of kinds (${PIN_KINDS.join(", ")}) and PINs:\n` +
    "  repeated         one digit throughout: 000000\n" +
    "  sequential       each digit one more, or each one less, than the one before: 123456,\n" +
    "                   987654 (no wrap-around: 890123 is not)\n" +
    "  repeating-pairs  each digit equal to the one two places before it: 121212, 000000\n" +
    "  secrets pin 4 --exclude repeated,sequential,1212,2580\n" +
    "--entropy prints log2 of the PINs left, counted exactly.",
  args: [{
    name: "LENGTH",
    type: "int",
    optional: true,
    min: PIN_MIN_LENGTH,
    max: PIN_MAX_LENGTH,
    default: String(PIN_LENGTH),
    help: "number of digits",
  }],
  options: [
    {
      name: "length",
      option: "length",
      type: "int",
      min: PIN_MIN_LENGTH,
      max: PIN_MAX_LENGTH,
      help: "same as LENGTH",
    },
    {
      name: "exclude",
      option: "exclude",
      type: "text",
      metavar: "LIST",
      help: "kinds and PINs to leave out, comma-separated (see above)",
    },
  ],
  run: (input) => {
    const v = input.values;
    if (v.has("LENGTH") && v.has("length")) {
      throw new UsageError("pin: give the length once, as LENGTH or --length");
    }
    const list = v.get("exclude") as string | undefined;
    const options: PinOptions = {
      length: (v.get("LENGTH") ?? v.get("length")) as number | undefined,
      exclude: list === undefined ? undefined : list.split(",").map((s) => s.trim()),
    };
    const bits = explained(() => entropyBits("pin", options), PIN, input);
    return { next: () => pin(options), bits };
  },
};
