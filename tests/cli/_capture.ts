// main()'s streams, captured: what a caller running the command line in-process passes.
import type { CliIO } from "../../cli.ts";
import type { Input, Value } from "../../cli/_grammar.ts";
import type { Context } from "../../cli/_outcome.ts";
import { GRAMMAR } from "../../cli/_table.ts";

/** A CliIO that keeps what is written (`out`) and the error lines (`err`); `overrides` replace its members. */
export function capture(
  overrides: Partial<CliIO> = {},
): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    write: (s) => void out.push(s),
    error: (l) => void err.push(l),
    ...overrides,
  };
  return { io, out, err };
}

/** A parsed input with `values` (each spelled `--name`), as the parser hands it to a command's run. */
export function inputOf(values: Record<string, Value>): Input {
  const entries = Object.entries(values);
  return {
    values: new Map(entries),
    spelled: new Map(entries.map(([name]) => [name, /^[A-Z]+$/.test(name) ? name : `--${name}`])),
  };
}

/** What a command runs with: captured streams and the real command table. */
export function contextOf(io: CliIO = capture().io): Context {
  return { io, grammar: GRAMMAR };
}
