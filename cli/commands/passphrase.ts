/**
 * `passphrase`: the passphrase recipe, with a built-in list or a word file.
 *
 * @module
 */

import {
  type Capitalization,
  effShortWordlist,
  entropyBits,
  passphrase,
  type PassphraseOptions,
} from "../../recipes.ts";
import {
  MAX_PASSPHRASE_BITS,
  MAX_PASSPHRASE_EXTRAS,
  MAX_PASSPHRASE_WORDS,
  MAX_WORD_LENGTH,
} from "../../lib/recipes/passphrase.ts";
import { closest } from "../../lib/core/_suggest.ts";
import { quote, UsageError } from "../_grammar.ts";
import type { CliIO } from "../_io.ts";
import { explained } from "../_library_errors.ts";
import { type Command, MAX_WORDLIST_BYTES, WORDLIST_NAMES } from "../_outcome.ts";
import { InputError, IoError } from "../_runtime.ts";
import { parseWordFile } from "../_word_file.ts";

/** `passphrase`. */
export const PASSPHRASE: Command = {
  name: "passphrase",
  summary: "words from a list, with capitals, digits or symbols if asked",
  description:
    "default: 6 words of the EFF large list (7,776 words), 77.5 bits; --entropy prints\n" +
    "the exact bits of every form (only phrases that read differently are counted)\n" +
    "--wordlist eff-large (the default) or eff-short (EFF's short list, 1,296 words of 3 to 5\n" +
    "letters: 8 words for 77 bits); any other value is a file, and - is standard input (a file\n" +
    "named eff-short: --wordlist ./eff-short). A file is UTF-8, one word or phrase a line (CR,\n" +
    "LF or CRLF); a leading dice number and blank lines are skipped; a repeated word is refused.\n" +
    "--add-digits N and --add-symbols N add N digits 0-9 and N of the 32 ASCII punctuation\n" +
    "characters less the separators, each right after a word at a uniformly drawn place:\n" +
    "correct7 horse! battery. (password's --symbols is a flag: symbols in its alphabet.)\n" +
    "A phrase must read back one way: a word holding a separator character (or a digit with\n" +
    "--add-digits, a symbol with --add-symbols) is refused in a file, and left out of the EFF lists\n" +
    "(with --separator -: drop-down, felt-tip, t-shirt, yo-yo), which --entropy counts.",
  options: [
    {
      name: "words",
      letter: "n",
      option: "words",
      type: "int",
      min: 1,
      max: MAX_PASSPHRASE_WORDS,
      help: "number of words; default: the fewest that give 77 bits",
    },
    {
      name: "bits",
      option: "bits",
      type: "int",
      min: 1,
      max: MAX_PASSPHRASE_BITS,
      help: "instead of --words: the fewest words that give N bits",
    },
    {
      name: "wordlist",
      letter: "w",
      option: "wordlist",
      type: "text",
      metavar: "NAME|FILE",
      help: `eff-large (the default), eff-short, a file of at most ${
        MAX_WORDLIST_BYTES / 2 ** 20
      } MiB, or - (stdin)`,
    },
    {
      name: "separator",
      letter: "d",
      option: "separator",
      type: "text",
      default: "' '",
      help: "what goes between the words",
    },
    {
      name: "separators",
      option: "separators",
      type: "text",
      metavar: "CHARS",
      help: "instead of --separator: one of these characters, drawn for each gap",
    },
    {
      name: "capitalize",
      option: "capitalize",
      type: "text",
      metavar: "HOW",
      choices: ["none", "first", "all", "random"] satisfies Capitalization[],
      help: "none (default), first: Word, all: WORD, random: word or Word (1 bit a word)",
    },
    {
      name: "add-digits",
      aliases: ["digits"],
      option: "addDigits",
      type: "int",
      min: 0,
      max: MAX_PASSPHRASE_EXTRAS,
      help: "add N digits after words",
    },
    {
      name: "add-symbols",
      option: "addSymbols",
      type: "int",
      min: 0,
      max: MAX_PASSPHRASE_EXTRAS,
      help: "add N symbols after words",
    },
    {
      name: "min-word-length",
      option: "minWordLength",
      type: "int",
      min: 1,
      max: MAX_WORD_LENGTH,
      help: "leave out words of fewer than N characters",
    },
    {
      name: "max-word-length",
      option: "maxWordLength",
      type: "int",
      min: 1,
      max: MAX_WORD_LENGTH,
      help: "leave out words of more than N characters",
    },
  ],
  hints: {
    "--symbols": "--symbols is password's flag (symbols in its alphabet); " +
      "to add N symbols to a phrase, write --add-symbols N",
    "-c": "-c is python -m random's choice here; for xkcdpass's -c COUNT write -N COUNT",
    "-C": "xkcdpass's -C case names are not these: write --capitalize none|first|all|random",
  },
  conflicts: [
    {
      option: "words",
      with: ["bits"],
      why: "--words fixes the number of words, --bits chooses the fewest that give N bits",
    },
    {
      option: "separator",
      with: ["separators"],
      why: "--separators draws one of its characters for each gap",
    },
  ],
  run: async (input, { io }) => {
    const v = input.values;
    const file = v.get("wordlist") as string | undefined;
    const list = file === undefined || WORDLIST_NAMES.includes(file)
      ? undefined
      : await readWordlist(file, io);
    const options: PassphraseOptions = {
      words: v.get("words") as number | undefined,
      bits: v.get("bits") as number | undefined,
      separator: v.get("separator") as string | undefined,
      separators: v.get("separators") as string | undefined,
      capitalize: v.get("capitalize") as Capitalization | undefined,
      addDigits: v.get("add-digits") as number | undefined,
      addSymbols: v.get("add-symbols") as number | undefined,
      minWordLength: v.get("min-word-length") as number | undefined,
      maxWordLength: v.get("max-word-length") as number | undefined,
      // A file's list is frozen: checked once, not on every draw.
      wordlist: file === "eff-short" ? effShortWordlist() : list && Object.freeze(list.words),
    };
    const words = list && {
      name: file === "-" ? "- (standard input)" : file!,
      lines: list.lines,
    };
    const bits = explained(
      () => entropyBits("passphrase", options),
      PASSPHRASE,
      input,
      words,
    );
    return { next: () => passphrase(options), bits };
  },
};

/**
 * The built-in list a value names by a near miss (`eff-shrot`), or without
 * its `eff-` (`short`, `large`): not a path, and close to a name.
 */
export function listName(value: string): string | undefined {
  if (value.includes("/") || value.includes("\\")) return undefined;
  const short = new Map(WORDLIST_NAMES.map((n) => [n.replace(/^eff-/, ""), n]));
  const near = closest(value, [...WORDLIST_NAMES, ...short.keys()]);
  return near === undefined ? undefined : short.get(near) ?? near;
}

interface WordList {
  readonly words: string[];
  readonly lines: number[];
}

async function readWordlist(file: string, io: CliIO): Promise<WordList> {
  const name = file === "-" ? "- (standard input)" : file;
  let bytes: Uint8Array;
  try {
    if (file === "-") {
      if (!io.readStdin) throw new InputError("cannot be read: this caller gives no input");
      bytes = await io.readStdin(MAX_WORDLIST_BYTES);
    } else {
      if (!io.readFile) throw new InputError("cannot be read: this caller gives no files");
      bytes = await io.readFile(file, MAX_WORDLIST_BYTES);
    }
  } catch (e) {
    if (e instanceof IoError) throw new IoError(`--wordlist ${name} ${e.message}`);
    // A near miss of a list's name (eff-shrot, short) was read as a file and could not be:
    // the name was meant, so say which (a file of that name is read as ./name).
    const near = listName(file);
    if (near !== undefined && e instanceof InputError) {
      throw new UsageError(
        `--wordlist ${quote(file)} is not a list name (did you mean ${near}?); ` +
          `for a file of that name, write ./${file}`,
      );
    }
    throw new UsageError(`--wordlist ${name} ${(e as Error)?.message ?? e}`);
  }
  try {
    return parseWordFile(bytes);
  } catch (e) {
    throw new UsageError(`--wordlist ${name}: ${(e as Error).message}`);
  }
}
