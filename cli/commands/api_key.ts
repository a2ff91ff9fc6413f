/**
 * `api-key` and `check-api-key`: keys with a prefix and a checksum, made and checked.
 *
 * @module
 */

import {
  API_KEY_BITS,
  API_KEY_MAX_BITS,
  API_KEY_MIN_BITS,
  apiKey,
  type ApiKeyOptions,
  apiKeyPattern,
  apiKeyPlaceholder,
  checkApiKey,
  type ChecksumCovers,
  entropyBits,
} from "../../recipes.ts";
import { tokenLength } from "../../lib/recipes/token_text.ts";
import { type Input, type OptionDef, UsageError } from "../_grammar.ts";
import { explained } from "../_library_errors.ts";
import { bitsText, type Command, MAX_KEY_BYTES } from "../_outcome.ts";
import { InputError } from "../_runtime.ts";
import type { CliIO } from "../_io.ts";

/** `--prefix P`, the key type. */
export const PREFIX: OptionDef = {
  name: "prefix",
  option: "prefix",
  type: "text",
  metavar: "P",
  required: true,
  help: "the key type: 1 to 16 letters, digits and _ (a letter first, no _ last)",
};

/** `--checksum-covers`, what the checksum is the CRC-32 of. */
export const CHECKSUM_COVERS: OptionDef = {
  name: "checksum-covers",
  option: "checksumCovers",
  type: "text",
  metavar: "SCOPE",
  choices: ["prefixAndRandom", "random"],
  default: "prefixAndRandom",
  help: "what the CRC-32 covers: prefixAndRandom, or random (as in GitHub's tokens)",
};

/** `--bits N` of a key, with its own help line. */
export function apiKeyBits(help: string): OptionDef {
  return {
    name: "bits",
    option: "bits",
    type: "int",
    min: API_KEY_MIN_BITS,
    max: API_KEY_MAX_BITS,
    default: String(API_KEY_BITS),
    help,
  };
}

/** The key options of a command, checked (a bad prefix is bad usage: exit 2). */
export function apiKeyOptions(input: Input, command: Command): ApiKeyOptions {
  const options: ApiKeyOptions = {
    prefix: input.values.get("prefix") as string,
    bits: input.values.get("bits") as number | undefined,
    checksumCovers: input.values.get("checksum-covers") as ChecksumCovers | undefined,
  };
  // apiKeyPattern checks the options as apiKey and checkApiKey do, and draws nothing.
  explained(() => apiKeyPattern(options), command, input);
  return options;
}

/** `api-key --prefix P`. */
export const API_KEY: Command = {
  name: "api-key",
  summary: "an API key: --prefix P, then random base62 and a checksum",
  description:
    `default: ${API_KEY_BITS} bits (${tokenLength(API_KEY_BITS, 62)} random characters, ${
      bitsText(entropyBits("apiKey", { prefix: "a" }))
    }), then the CRC-32 of all before it\n` +
    "(or, with --checksum-covers random, of the random part alone) in base62; check-api-key\n" +
    "catches typos and truncation with it, offline. The checksum is not authentication: store\n" +
    "a hash of each key (SHA-256), not the key. Secret scanners find the keys by\n" +
    `${apiKeyPattern({ prefix: "PREFIX" }).source} (with the default --bits);\n` +
    "scanner-rules writes the rules for secretlint, gitleaks and GitHub.",
  options: [
    PREFIX,
    apiKeyBits("the least strength of the random part, in bits"),
    CHECKSUM_COVERS,
    {
      name: "placeholder",
      type: "flag",
      help: "a key for docs: its checksum starts with 5 to z, so it never checks",
    },
  ],
  run: (input) => {
    const options = apiKeyOptions(input, API_KEY);
    const make = input.values.get("placeholder") === true ? apiKeyPlaceholder : apiKey;
    // The random part's bits: the prefix and the checksum add nothing.
    return { next: () => make(options), bits: entropyBits("apiKey", options) };
  },
};

/** `check-api-key KEY --prefix P`. */
export const CHECK_API_KEY: Command = {
  name: "check-api-key",
  summary: "exit status 0 if KEY is a valid api-key with --prefix P, else 1",
  description: "prints nothing: the answer is the exit status (as grep -q and test); it checks\n" +
    "the prefix, length, characters and checksum, offline. KEY - reads the key from standard\n" +
    "input (one line), which keeps it out of the shell's history and the process list:\n" +
    "  secrets check-api-key - --prefix acme < key.txt && echo valid\n" +
    "GitHub's classic tokens check with --prefix ghp --bits 178 --checksum-covers random.",
  args: [{ name: "KEY", type: "text", help: "the key, or - to read it from standard input" }],
  options: [
    PREFIX,
    apiKeyBits("the --bits the key was made with"),
    { ...CHECKSUM_COVERS, help: "the --checksum-covers the key was made with" },
  ],
  refuse: Object.fromEntries(
    ["count", "json", "entropy"].map((n) => [
      n,
      `--${n} does not apply to check-api-key: it prints nothing, its answer is the exit status`,
    ]),
  ),
  footer: "exit status: 0 the key is valid; 1 it is not (prefix, length, characters or\n" +
    "checksum); 2 bad usage, or standard input cannot be read (one line on stderr, never a\n" +
    "stack trace).",
  run: async (input, { io }) => {
    const options = apiKeyOptions(input, CHECK_API_KEY);
    const given = input.values.get("KEY") as string;
    const key = given === "-" ? await readKey(io) : given;
    return { status: checkApiKey(key, options) ? 0 : 1 };
  },
};

/** The key of `check-api-key -`: standard input, one line, its line ending removed. */
async function readKey(io: CliIO): Promise<string> {
  let bytes: Uint8Array;
  try {
    if (!io.readStdin) throw new InputError("cannot be read: this caller gives no input");
    bytes = await io.readStdin(MAX_KEY_BYTES);
  } catch (e) {
    // Exit status 2, not 1: for this command, 1 means "invalid key".
    throw new UsageError(`check-api-key: KEY - (standard input) ${(e as Error)?.message ?? e}`);
  }
  // Invalid UTF-8 decodes to U+FFFD, which no key holds: such input is simply not valid.
  const text = new TextDecoder().decode(bytes).replace(/\r?\n$|\r$/, "");
  if (/[\r\n]/.test(text)) {
    throw new UsageError(
      "check-api-key: KEY - (standard input) holds more than one line; give one key",
    );
  }
  return text;
}
