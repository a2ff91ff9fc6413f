// The command line's behaviour as a table, run as subprocesses on every
// runtime (tests/cli/cli_test.ts on Deno, tests/cli/cli_runtimes_test.ts on Node.js
// and Bun): the tables of every command (tests/cli/commands/<command>_cases.ts) and of the
// tool as a whole (tests/cli/tool_cases.ts), joined.
import type { CliCase } from "./_case_helpers.ts";
import { TOOL_CASES } from "./tool_cases.ts";
import { TOKENS_CASES } from "./commands/tokens_cases.ts";
import { RANDBELOW_CASES } from "./commands/randbelow_cases.ts";
import { RANDBITS_CASES } from "./commands/randbits_cases.ts";
import { CHOICE_CASES } from "./commands/choice_cases.ts";
import { PASSWORD_CASES } from "./commands/password_cases.ts";
import { PASSPHRASE_CASES } from "./commands/passphrase_cases.ts";
import { TOKEN_CASES } from "./commands/token_cases.ts";
import { API_KEY_CASES } from "./commands/api_key_cases.ts";
import { COLLISION_CASES } from "./commands/collision_cases.ts";
import { HELP_CASES } from "./commands/help_cases.ts";
import { RANDOM_MODE_CASES } from "./commands/random_mode_cases.ts";

export type { CliCase };

/** Every case of the command line, command by command. */
export const CASES: CliCase[] = [
  ...TOOL_CASES,
  ...TOKENS_CASES,
  ...RANDBELOW_CASES,
  ...RANDBITS_CASES,
  ...CHOICE_CASES,
  ...PASSWORD_CASES,
  ...PASSPHRASE_CASES,
  ...TOKEN_CASES,
  ...API_KEY_CASES,
  ...COLLISION_CASES,
  ...HELP_CASES,
  ...RANDOM_MODE_CASES,
];
