/**
 * `help [COMMAND]`: the help of the tool or of one command, from the grammar it runs in.
 *
 * @module
 */

import { findCommand, unknownCommand } from "../_args.ts";
import { commandHelp, toolHelp } from "../_help.ts";
import { type Command, FOOTER } from "../_outcome.ts";

/** `help [COMMAND]`. */
export const HELP: Command = {
  name: "help",
  summary: "this help, or a command's",
  args: [{ name: "COMMAND", type: "text", optional: true, help: "the command" }],
  results: false,
  run: (input, { grammar }) => {
    const name = input.values.get("COMMAND") as string | undefined;
    if (name === undefined) return { text: toolHelp(grammar) };
    const cmd = findCommand(grammar, name);
    if (!cmd) throw unknownCommand(grammar, name, "see secrets --help");
    return { text: commandHelp(grammar, cmd, FOOTER) };
  },
};
