/**
 * Times rows of the table for this runtime, one round at a time, on request:
 * bench/report.ts runs this on Deno and, bundled with `deno bundle`, on
 * Node.js, one process per row (`--row NAME`), so that no row's JIT state
 * (the feedback of a function two rows share) bends another's, and asks it
 * for its share of the rounds right after its warm-up.
 *
 * Protocol, one JSON line each way: after warm-up it prints
 * `{"version", "rows", "sizes"}`; then each stdin line `round R` gets
 * `{"ns": [ns per call of each row]}`, and `end` (or end of input) exits.
 *
 *     deno run --allow-read --allow-env bench/_run.ts [--row NAME]... [--batch-ms MS] [--warmup-ms MS]
 *
 * @module
 */

import process from "node:process";
import { parseArgs } from "node:util";
import { compile, PLAN, prepare } from "./_harness.ts";
import { createScope, identifiersOf, rowsFor, type Runtime } from "./_table.ts";

const g = globalThis as { Deno?: typeof Deno };
const runtime: Runtime = g.Deno ? "deno" : "node";
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    row: { type: "string", multiple: true },
    "batch-ms": { type: "string" },
    "warmup-ms": { type: "string" },
  },
});
const num = (s: string | undefined, fallback: number) => {
  if (s === undefined) return fallback;
  const v = Number(s);
  if (!(v > 0)) throw new RangeError(`expected a positive number, got ${s}`);
  return v;
};
const plan = {
  rounds: 0, // driven from outside
  batchMs: num(values["batch-ms"], PLAN.batchMs),
  warmupMs: num(values["warmup-ms"], PLAN.warmupMs),
};

const picked = rowsFor(runtime).filter((r) => !values.row || values.row.includes(r.name));
for (const name of values.row ?? []) {
  if (!picked.some((r) => r.name === name)) throw new Error(`no ${runtime} row named ${name}`);
}
const scope = createScope(new Set(picked.flatMap((r) => [...identifiersOf(r)])));
const rows = picked.map((r) => compile(r, scope));
const session = prepare(rows, plan);
const version = g.Deno
  ? `Deno ${g.Deno.version.deno} (V8 ${g.Deno.version.v8})`
  : `Node.js ${process.version} (V8 ${process.versions.v8})`;
console.log(JSON.stringify({ version, rows: rows.map((r) => r.name), sizes: session.sizes }));

let pending = "";
const decoder = new TextDecoder();
outer: for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
  pending += decoder.decode(chunk, { stream: true });
  let nl;
  while ((nl = pending.indexOf("\n")) >= 0) {
    const line = pending.slice(0, nl).trim();
    pending = pending.slice(nl + 1);
    const m = /^round (\d+)$/.exec(line);
    if (m) console.log(JSON.stringify({ ns: session.round(Number(m[1])) }));
    else if (line === "end") break outer;
    else throw new Error(`bench/_run.ts: unknown command ${JSON.stringify(line)}`);
  }
}
process.exit(0);
