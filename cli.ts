/**
 * The command line: tokens, passwords, passphrases and random choices from a
 * terminal, on Deno, Node.js or Bun. On Deno it needs no permission but
 * read access for a `--wordlist` file (`--wordlist -` reads standard input
 * and needs none); without it, the message gives the exact fix.
 *
 * ```sh
 * secrets token-urlsafe 16
 * secrets password 20 --symbols --min-digits 3 --count 5
 * secrets password --rules "minlength: 20; required: lower, upper; required: digit;"
 * secrets passphrase --words 5 --separator - --entropy
 * secrets passphrase --capitalize first --add-digits 1 --add-symbols 1 --separators "-_." --bits 80
 * secrets passphrase --wordlist eff-short
 * secrets randbelow 1000000000000000000000000
 * secrets token --bits 128 --alphabet base58
 * secrets api-key --prefix acme
 * secrets check-api-key - --prefix acme < key.txt && echo valid
 * secrets pin 4 --exclude repeated,sequential
 * secrets recovery-codes
 * secrets otp-secret --issuer ACME --account jane@acme.com
 * secrets bits-for --count 1e9 --probability 1e-6
 * secrets token-bytes 32 --format base64   # as openssl rand -base64 32
 * secrets -i 6                  # as python -m random -i 6
 * ```
 *
 * ## Install
 *
 * `deno install -g -n secrets --allow-read jsr:@secrets/secrets/cli` (from a
 * clone: `deno install -g -n secrets --allow-read ./cli.ts`) puts a `secrets`
 * command on the PATH that starts in about 20 ms; `--allow-read` lets it
 * read `--wordlist` files. Without installing:
 * `deno run jsr:@secrets/secrets/cli ...`. A standalone binary:
 * `deno compile --output secrets jsr:@secrets/secrets/cli` (it downloads
 * the `denort` runtime from dl.deno.land).
 *
 * ## Commands
 *
 * `token-bytes [N]` (`--format hex|base64|base64url|raw`), `token-hex [N]`,
 * `token-urlsafe [N]`, `randbelow N`, `randbits K`, `choice ITEM...`,
 * `password [LENGTH]` (with `--rules`: a site's rules in Apple's
 * `passwordrules` syntax), `passphrase` (`--wordlist
 * eff-large|eff-short|FILE|-`, `--capitalize`, `--add-digits N`, `--add-symbols N`,
 * `--separators`, `--bits N`...), `token` (`--bits N`, `--alphabet
 * NAME|CHARS`), `api-key --prefix P`, `check-api-key KEY --prefix P`,
 * `pin [LENGTH]` (`--exclude KINDS,PINS`), `recovery-codes` (`--bits`,
 * `--group-size`, `--separator`), `otp-secret` (`--account`, `--issuer`),
 * `bits-for --count N --probability P`, `collision-probability --count N
 * --bits B`, `help [COMMAND]`; Python's names (`token_hex`...) work too.
 * `secrets --help` and `secrets COMMAND --help`
 * list every option. Without a command it behaves as CPython 3.13's
 * `python -m random` (`-c ITEM...`, `-i N`, `-f N`, or one number), drawing
 * from the secure source; a bare word is never taken as a choice (an
 * unknown command is an error that names the closest command).
 *
 * ## One vocabulary, and other tools' habits
 *
 * Every flag is the kebab-case of the library option it sets, with the same
 * meaning: `--exclude-ambiguous` is `excludeAmbiguous`, `bits-for --count`
 * is `bitsFor({ count })`, passphrase's `--add-symbols N` is `addSymbols`
 * (`symbols` is password's yes-or-no choice of alphabet, everywhere). Older
 * spellings still work: `--no-ambiguous`, `--tokens`, passphrase's
 * `--digits`. Every whole number, argument or option, takes digits or exact
 * scientific notation (`randbelow 1e9`, `--count 1e6`); only the python -m
 * random mode keeps Python's `int()`. Short options follow pwgen and
 * xkcdpass where they mean the same:
 *
 * | short | option                         | as in                                |
 * | ----- | ------------------------------ | ------------------------------------ |
 * | `-N`  | `--count`                      | pwgen `-N`                           |
 * | `-V`  | `--version`                    | python `-V` (xkcdpass's is verbose)  |
 * | `-h`  | `--help`                       | every tool                           |
 * | `-l`  | password `--length`            | KeePassXC `-l`                       |
 * | `-y`  | password `--symbols`           | pwgen `-y`                           |
 * | `-B`  | password `--exclude-ambiguous` | pwgen `-B`                           |
 * | `-r`  | password `--exclude`           | pwgen `-r` (`--remove-chars`)        |
 * | `-n`  | passphrase `--words`           | xkcdpass `-n` (`--numwords`)         |
 * | `-w`  | passphrase `--wordlist`        | xkcdpass `-w` (`--wordfile`)         |
 * | `-d`  | passphrase `--separator`       | xkcdpass `-d` (`--delimiter`)        |
 *
 * Not taken, each answered with what to write: `-c` (python -m random's
 * choice here; pwgen's "a capital", xkcdpass's count), `-s` (pwgen's
 * "completely random" is every password here), `-n` in password (pwgen's
 * "a digit": `--min-digits 1`), `-C` (xkcdpass's case names differ from
 * `--capitalize`'s).
 *
 * ## Output, errors and exit status
 *
 * - `--count N` prints N results, one a line, streamed with bounded memory
 *   (so are single results of any size, such as `token-bytes 134217728`).
 *   `bits-for` and `collision-probability` compute one number: their
 *   `--count N` is the number of tokens (any size, `1e9` exactly), and they
 *   refuse `--entropy`.
 * - `--json` prints JSON Lines: one JSON value a line. Integers are JSON
 *   numbers written with all their digits, however large (a reader that
 *   parses numbers as doubles rounds those above 2**53: use a big-number
 *   parser for `randbelow` and `randbits`); floats are JSON numbers; text
 *   and tokens are JSON strings, bytes as hex; `--entropy`'s line is JSON
 *   too (`{"entropyBits":130.99}`). `--json` with `--raw`, or where there is
 *   no result (help), is a usage error.
 * - `--entropy` writes the entropy of each result, in bits, to standard
 *   error (`entropy: 130.99 bits`): 8 bits a byte for tokens, log2(N) for
 *   `randbelow N` and `-i N`, log2 of the exact count of possible passwords
 *   (under `--rules` too) or of distinct passphrases (with every option),
 *   `length * log2(alphabet size)` for `token` and for `api-key`'s random
 *   part, and for `choice` the min-entropy (`-log2` of the chance of the
 *   likeliest item: repeated items count for less).
 * - Exit status 0 on success, and also when the reader closes the pipe
 *   early (`secrets token-hex --count 1000000 | head -1` ends quietly); 2
 *   for bad usage or input; 1 when output cannot be written (a full disk)
 *   or on an internal error. An error is one line on standard error,
 *   `secrets: ...`, never a stack trace, and bad input writes nothing to
 *   standard output.
 * - `check-api-key` prints nothing: its answer is its exit status, as
 *   `grep -q`'s: 0 the key is valid, 1 it is not, 2 bad usage (a bad
 *   `--prefix`, or standard input that cannot be read). `KEY` `-` reads the
 *   key from standard input (one line), so it stays out of the shell's
 *   history and the process list.
 *
 * @example Running the CLI in-process
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "@secrets/secrets/cli";
 *
 * const out: string[] = [];
 * const code = await main(["token-hex", "8"], { write: (s) => void out.push(s), error: () => {} });
 * assert(code === 0 && /^[0-9a-f]{16}\n$/.test(out.join("")));
 * ```
 *
 * @module
 */

import { currentRuntime, isMainModule } from "./cli/_runtime.ts";
import { main } from "./cli/_run.ts";

export type { CliIO } from "./cli/_io.ts";
export { main };

// A promise, not a top-level await: Node.js's require() refuses a module
// graph that has one, and `require("@secrets/secrets/cli")` must work as the
// other entry points do.
void isMainModule(import.meta).then(async (isMain) => {
  if (!isMain) return;
  const runtime = await currentRuntime();
  runtime.exit(await main(runtime.args, runtime.io));
});
