/**
 * Where the command line reads and writes: the one interface between the
 * commands and the process (or a caller that runs them in-process).
 *
 * @module
 */

/**
 * Where the CLI reads and writes. `main` uses the process's streams when it
 * is given none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type CliIO, main } from "@secrets/secrets/cli";
 *
 * const lines: string[] = [];
 * const io: CliIO = { write: (s) => void lines.push(s), error: (l) => void lines.push(l) };
 * assert(await main(["--version"], io) === 0 && lines[0].startsWith("secrets "));
 * assert(await main(["tokn-hex"], io) === 2);
 * assert(lines[1] === "secrets: unknown command 'tokn-hex' (did you mean token-hex?)");
 * ```
 */
export interface CliIO {
  /**
   * Writes text to standard output. A failed write throws; a reader that
   * went away is an error named `BrokenPipe` (or with code `EPIPE`), which
   * ends the run quietly with status 0.
   */
  write(text: string): void | Promise<void>;
  /** Writes one line (an error, or `--entropy`'s report) to standard error. */
  error(line: string): void;
  /** Writes bytes to standard output (`token-bytes --raw`). */
  writeBytes?(bytes: Uint8Array): void | Promise<void>;
  /** Reads a file for `--wordlist`, refusing more than `maxBytes`. */
  readFile?(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Reads standard input for `--wordlist -`, refusing more than `maxBytes`. */
  readStdin?(maxBytes: number): Promise<Uint8Array>;
}
