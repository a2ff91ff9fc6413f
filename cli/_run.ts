/**
 * Running a command line: parse it by the table, run the command, write its
 * results (streamed, in bounded memory), and report any error in one line
 * with the right exit status.
 *
 * @module
 */

import { token_bytes, token_hex, token_urlsafe } from "../mod.ts";
import { parse } from "./_args.ts";
import { UsageError } from "./_grammar.ts";
import { commandHelp, toolHelp } from "./_help.ts";
import type { CliIO } from "./_io.ts";
import { explained, fromLibrary } from "./_library_errors.ts";
import {
  base64FromUrlsafe,
  BigToken,
  bitsFigure,
  bitsText,
  CHUNK,
  type Context,
  FOOTER,
  type Outcome,
  PyFloat,
  type Result,
} from "./_outcome.ts";
import { floatRepr } from "./_pynum.ts";
import { currentRuntime, InputError, IoError } from "./_runtime.ts";
import { GRAMMAR } from "./_table.ts";
import { VERSION } from "./_version.ts";

/**
 * Runs the command line `args` and returns its exit status: 0 success, 2 bad
 * usage or input, 1 output that cannot be written or an internal error. It
 * never throws: errors are reported in one line through `io.error`.
 *
 * @param args The arguments, without the program name.
 * @param io Where output goes and input comes from (default: the process's
 * standard streams and files).
 * @returns The exit status.
 *
 * @example Results, JSON Lines, and a usage error
 * ```ts
 * import assert from "node:assert/strict";
 * import { main } from "@secrets/secrets/cli";
 *
 * const out: string[] = [];
 * const err: string[] = [];
 * const io = { write: (s: string) => void out.push(s), error: (l: string) => void err.push(l) };
 * assert(await main(["randbelow", "10", "--count", "3", "--json"], io) === 0);
 * assert.deepEqual(out.join("").trim().split("\n").map((l) => typeof JSON.parse(l)), [
 *   "number",
 *   "number",
 *   "number",
 * ]);
 * assert(await main(["password", "--min-symbols", "1"], io) === 2);
 * assert.deepEqual(err, [
 *   "secrets: password: --min-symbols is 1 but the alphabet has no ASCII punctuation character (turn on symbols)",
 * ]);
 * ```
 */
export async function main(args: readonly string[], io?: CliIO): Promise<number> {
  let out = io;
  try {
    out ??= (await currentRuntime()).io;
    return await run(args, out);
  } catch (e) {
    return report(e, out);
  }
}

function report(e: unknown, io: CliIO | undefined): number {
  const err = e as { name?: string; code?: string; message?: string } | undefined;
  if (err?.name === "BrokenPipe" || err?.code === "EPIPE") return 0; // the reader has what it wanted
  const usage = e instanceof UsageError || e instanceof InputError;
  const text = usage || e instanceof IoError
    ? String(err?.message)
    : `internal error: ${err?.name ?? "Error"}: ${err?.message ?? String(e)}`;
  const line = text.split(/\r?\n/)[0];
  try {
    io?.error(`secrets: ${line.length > 500 ? line.slice(0, 497) + "..." : line}`);
  } catch { /* nowhere left to report it */ }
  return usage ? 2 : 1;
}

async function run(args: readonly string[], io: CliIO): Promise<number> {
  const { command, named, input } = parse(GRAMMAR, args);
  const context: Context = { io, grammar: GRAMMAR };
  const v = input.values;
  const json = v.has("json");
  if (v.has("version") || v.has("help")) {
    if (json) throw new UsageError("--json: help and the version are text, not JSON");
    await io.write(
      v.has("version")
        ? `secrets ${VERSION}\n`
        : (named ? commandHelp(GRAMMAR, command, FOOTER) : toolHelp(GRAMMAR)) + "\n",
    );
    return 0;
  }
  const given = ["count", "json", "entropy"].filter((n) => v.has(n));
  if (command.results === false && given.length > 0) {
    throw new UsageError(`--${given[0]} does not apply to ${command.name}: it prints text`);
  }
  let outcome: Outcome;
  try {
    outcome = await command.run(input, context);
  } catch (e) {
    throw fromLibrary(e, command, input);
  }
  if ("status" in outcome) return outcome.status;
  if ("text" in outcome) {
    if (given.length > 0) {
      throw new UsageError(`--${given[0]} needs a command or an input (see secrets --help)`);
    }
    await io.write(outcome.text + "\n");
    return 0;
  }
  // A command with a --count of its own (bits-for: the number of tokens) prints one result;
  // a command may print a set by default (recovery-codes: 10).
  const own = (command.options ?? []).some((o) => o.name === "count");
  const count = own ? 1 : (v.get("count") as number | undefined) ?? outcome.count ?? 1;
  // The first result is drawn before anything is written: bad input fails with empty stdout.
  const first = explained(outcome.next, command, input);
  if (v.has("entropy")) {
    if (outcome.bits === undefined) throw new UsageError(`--entropy: ${outcome.noBits}`);
    // With --json, this line is JSON too: the same figure, under the library's name.
    io.error(
      json
        ? JSON.stringify({ entropyBits: bitsFigure(outcome.bits) })
        : `entropy: ${bitsText(outcome.bits)}`,
    );
  }
  const writer = new Writer(io, json);
  for (let i = 0; i < count; i++) {
    const pending = writer.put(i === 0 ? first : outcome.next());
    if (pending) await pending;
  }
  await writer.flush();
  return 0;
}

/** Buffers text into writes of about 64 KiB; streams big tokens in pieces. */
class Writer {
  #buf = "";
  constructor(private readonly io: CliIO, private readonly json: boolean) {}

  put(value: Result): Promise<void> | undefined {
    if (value instanceof BigToken) return this.#token(value);
    if (value instanceof Uint8Array) return this.#bytes(value);
    if (value instanceof PyFloat) {
      if (this.json && !Number.isFinite(value.value)) {
        throw new UsageError(`--json: ${floatRepr(value.value)} is not a JSON number`);
      }
      this.#buf += floatRepr(value.value) + "\n";
    } else if (typeof value === "string") {
      this.#buf += (this.json ? JSON.stringify(value) : value) + "\n";
    } else {
      this.#buf += `${value}\n`; // integers: exact digits, valid JSON as they are
    }
    return this.#buf.length >= 65536 ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.#buf === "") return;
    const text = this.#buf;
    this.#buf = "";
    await this.io.write(text);
  }

  async #bytes(bytes: Uint8Array): Promise<void> {
    if (!this.io.writeBytes) throw new UsageError("--raw needs a byte stream");
    await this.flush();
    await this.io.writeBytes(bytes);
  }

  async #token(t: BigToken): Promise<void> {
    if (this.json) this.#buf += '"';
    for (let left = t.nbytes; left > 0; left -= CHUNK) {
      const n = Math.min(left, CHUNK);
      if (t.encoding === "bytes") {
        await this.#bytes(token_bytes(n));
        continue;
      }
      // Every piece but the last is a multiple of 3 bytes: only the last can be padded.
      this.#buf += t.encoding === "hex"
        ? token_hex(n)
        : t.encoding === "base64"
        ? base64FromUrlsafe(token_urlsafe(n))
        : token_urlsafe(n);
      await this.flush();
    }
    if (t.encoding !== "bytes") this.#buf += this.json ? '"\n' : "\n";
  }
}
