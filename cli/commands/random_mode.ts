/**
 * CPython 3.13's `python -m random`, the command line with no command, drawing from the secure source.
 *
 * @module
 */

import { SystemRandom } from "../../mod.ts";
import { log2Big } from "../../lib/core/_math.ts";
import { unknownCommand } from "../_args.ts";
import { quote, UsageError } from "../_grammar.ts";
import { toolHelp } from "../_help.ts";
import { choiceBits, type Command, type Outcome, PyFloat } from "../_outcome.ts";
import { pyFloat, pyInt } from "../_pynum.ts";

/** CPython 3.13's `python -m random`, drawing from the secure source. */
export const RANDOM_MODE: Command = {
  name: "",
  summary: "as CPython 3.13's python -m random",
  args: [{
    name: "NUMBER",
    type: "text",
    optional: true,
    many: true, // only to say what to do with several
    label: "NUMBER",
    help: "an integer from 1: as -i; any other number (0, -5, 2.5, inf): as -f",
  }],
  options: [
    { name: "choice", short: "c", type: "items", lastWins: true, help: "print a random choice" },
    {
      name: "integer",
      short: "i",
      type: "pyint",
      lastWins: true,
      help: "print a random integer between 1 and N inclusive",
    },
    {
      name: "float",
      short: "f",
      type: "pyfloat",
      lastWins: true,
      help: "print a random floating-point number between 0 and N inclusive",
    },
  ],
  exclusive: [["choice", "integer", "float"]],
  acceptsWord: (word) => pyInt(word) !== undefined || pyFloat(word) !== undefined,
  run: (input, { grammar }) => {
    const v = input.values;
    const inputs = (v.get("NUMBER") ?? []) as string[];
    const rng = new SystemRandom();
    const explicit = ["choice", "integer", "float"].find((n) => v.has(n));
    if (explicit !== undefined && inputs.length > 0) {
      throw new UsageError(
        `unexpected argument ${quote(inputs[0])} (${input.spelled.get(explicit)} takes ${
          explicit === "choice" ? "the items" : "one number"
        })`,
      );
    }
    if (v.has("choice")) {
      const items = v.get("choice") as string[];
      return { next: () => rng.choice(items), bits: choiceBits(items) };
    }
    if (v.has("integer")) {
      return integerOutcome(v.get("integer") as bigint, "argument -i/--integer");
    }
    if (v.has("float")) return floatOutcome(v.get("float") as number);
    if (inputs.length === 0) return { text: toolHelp(grammar), implicit: true };
    if (inputs.length > 1) {
      const word = inputs.find((w) => !RANDOM_MODE.acceptsWord!(w));
      if (word !== undefined) throw unknownCommand(grammar, word, "see secrets --help");
      throw new UsageError(
        `one number at a time; to choose among several inputs use -c: secrets -c ${
          inputs.slice(0, 3).join(" ")
        }${inputs.length > 3 ? " ..." : ""}`,
      );
    }
    // As CPython: an integer from 1 is randint(1, N); anything else that
    // float() reads (0, -5, 2.5, inf) is uniform(0, x).
    const n = pyInt(inputs[0]);
    if (n !== undefined && n >= 1n) return integerOutcome(n, "NUMBER");
    return floatOutcome(pyFloat(inputs[0])!);
  },
};

function integerOutcome(n: bigint, what: string): Outcome {
  if (n < 1n) {
    throw new UsageError(`${what}: empty range: N must be at least 1, got ${n}`);
  }
  const rng = new SystemRandom();
  const top = n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  return {
    next: typeof top === "number" ? () => rng.randint(1, top) : () => rng.randint(1n, top),
    bits: log2Big(n),
  };
}

function floatOutcome(x: number): Outcome {
  const rng = new SystemRandom();
  return {
    next: () => new PyFloat(rng.uniform(0, x)),
    noBits: "a float's entropy is not reported (use -i or a command)",
  };
}
