// The command line's cases run in-process: main() with captured streams, the
// process's own file reads, and the case's standard input. Each command's test
// file runs its table this way in seconds; tests/cli/_cli_suite.ts runs the same
// tables as subprocesses on Deno, Node.js and Bun.
import { type CliIO, main } from "../../cli.ts";
import { currentRuntime } from "../../cli/_runtime.ts";
import type { CliCase } from "./_case_helpers.ts";
import { checkWith } from "./_cli_suite.ts";
import type { Run, RunOptions } from "./_cli.ts";
import { pool } from "./_cli.ts";

/** Runs `args` through main() in this process, as the subprocess runner would. */
export async function inProcess(args: string[], opts: RunOptions = {}): Promise<Run> {
  const files = (await currentRuntime()).io;
  const out: Uint8Array[] = [];
  const err: string[] = [];
  const encoder = new TextEncoder();
  const io: CliIO = {
    write: (s) => void out.push(encoder.encode(s)),
    writeBytes: (b) => void out.push(b.slice()),
    error: (l) => void err.push(l + "\n"),
    readFile: (path, max) => files.readFile(path, max),
    readStdin: async (max) => {
      const input = opts.stdin ?? "";
      const bytes = typeof input === "string" ? encoder.encode(input) : input;
      // The process's own reader, on a file holding the input: the same cap and message.
      const path = await Deno.makeTempFile({ prefix: "secrets-cli-stdin-" });
      try {
        await Deno.writeFile(path, bytes);
        return await files.readFile(path, max);
      } finally {
        await Deno.remove(path);
      }
    },
  };
  const code = await main(args, io);
  const bytes = new Uint8Array(out.reduce((n, b) => n + b.length, 0));
  let off = 0;
  for (const b of out) {
    bytes.set(b, off);
    off += b.length;
  }
  return { code, stdout: new TextDecoder().decode(bytes), stderr: err.join(""), bytes };
}

/** The failures of `cases` run in-process (an empty list when all pass). */
export async function failuresInProcess(cases: readonly CliCase[]): Promise<string[]> {
  const results = await pool(cases.map((c) => () => checkWith(inProcess, c)));
  return results.filter((f): f is string => f !== undefined);
}
