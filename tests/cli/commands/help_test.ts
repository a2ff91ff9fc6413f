// help: its table of cases, in-process, and what it prints with and without a command.
import { assert, assertThrows } from "../../_helpers.ts";
import { HELP } from "../../../cli/commands/help.ts";
import { UsageError } from "../../../cli/_grammar.ts";
import { commandHelp, toolHelp } from "../../../cli/_help.ts";
import { FOOTER } from "../../../cli/_outcome.ts";
import { GRAMMAR } from "../../../cli/_table.ts";
import { capture, inputOf } from "../_capture.ts";
import { failuresInProcess } from "../_in_process.ts";
import { HELP_CASES } from "./help_cases.ts";

Deno.test("help: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(HELP_CASES), []);
});

Deno.test("help: the tool's listing, a command's help by name or alias, and a typo refused", async () => {
  const context = { io: capture().io, grammar: GRAMMAR };
  assert.deepEqual(await HELP.run(inputOf({}), context), { text: toolHelp(GRAMMAR) });
  const password = GRAMMAR.commands.find((c) => c.name === "password")!;
  assert.deepEqual(await HELP.run(inputOf({ COMMAND: "password" }), context), {
    text: commandHelp(GRAMMAR, password, FOOTER),
  });
  const hex = GRAMMAR.commands.find((c) => c.name === "token-hex")!;
  assert.deepEqual(await HELP.run(inputOf({ COMMAND: "token_hex" }), context), {
    text: commandHelp(GRAMMAR, hex, FOOTER),
  });
  assertThrows(
    () => HELP.run(inputOf({ COMMAND: "pasword" }), context),
    UsageError,
    "unknown command 'pasword' (did you mean password?)",
  );
  assert.equal(HELP.results, false); // --count, --json and --entropy are refused
});
