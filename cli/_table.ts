/**
 * The command table: the global options, the commands (each defined in its
 * own file under `commands/`, beside its run function), and the mode that
 * runs when no command is named. The help listing is generated from this
 * table by `toolHelp`; no row describes the table itself.
 *
 * @module
 */

import type { Grammar, OptionDef } from "./_grammar.ts";
import type { Context, Outcome } from "./_outcome.ts";
import { TOKEN_BYTES, TOKEN_HEX, TOKEN_URLSAFE } from "./commands/tokens.ts";
import { RANDBELOW } from "./commands/randbelow.ts";
import { RANDBITS } from "./commands/randbits.ts";
import { CHOICE } from "./commands/choice.ts";
import { PASSWORD } from "./commands/password.ts";
import { PASSPHRASE } from "./commands/passphrase.ts";
import { TOKEN } from "./commands/token.ts";
import { API_KEY, CHECK_API_KEY } from "./commands/api_key.ts";
import { SCANNER_RULES } from "./commands/scanner_rules.ts";
import { BITS_FOR, COLLISION_PROBABILITY } from "./commands/collision.ts";
import { PIN } from "./commands/pin.ts";
import { RECOVERY_CODES } from "./commands/recovery_codes.ts";
import { OTP_SECRET } from "./commands/otp_secret.ts";
import { HELP } from "./commands/help.ts";
import { RANDOM_MODE } from "./commands/random_mode.ts";

/** Options of every command, allowed anywhere. */
export const GLOBAL: readonly OptionDef[] = [
  {
    name: "count",
    letter: "N",
    type: "int",
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    default: "1",
    help: "print N results, one a line",
  },
  {
    name: "json",
    type: "flag",
    help: "JSON Lines: one JSON value a line (integers of any size as exact digits)",
  },
  {
    name: "entropy",
    type: "flag",
    help: 'write each result\'s entropy in bits to stderr (with --json: {"entropyBits": B})',
  },
  { name: "help", short: "h", type: "flag", help: "show help (also: secrets COMMAND --help)" },
  { name: "version", letter: "V", type: "flag", help: "show the version" },
];

/** The command line's grammar: every command, in the order help lists them. */
export const GRAMMAR: Grammar<Outcome, Context> = {
  program: "secrets",
  global: GLOBAL,
  commands: [
    TOKEN_BYTES,
    TOKEN_HEX,
    TOKEN_URLSAFE,
    RANDBELOW,
    RANDBITS,
    CHOICE,
    PASSWORD,
    PASSPHRASE,
    TOKEN,
    API_KEY,
    CHECK_API_KEY,
    SCANNER_RULES,
    PIN,
    RECOVERY_CODES,
    OTP_SECRET,
    BITS_FOR,
    COLLISION_PROBABILITY,
    HELP,
  ],
  fallback: RANDOM_MODE,
  fallbackName: "the python -m random mode",
  unknownHint: "see secrets --help; to choose among words, use -c",
  early: ["help", "version"],
};
