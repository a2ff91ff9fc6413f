/**
 * Times the table's rows for this runtime and prints JSON: the runtime, its
 * version, and for every row the ns per call of each interleaved round.
 * Run by bench/report.ts: on Deno directly, on Node.js bundled (deno bundle).
 *
 *     deno run --allow-read --allow-env bench/_run.ts [--rounds N] [--batch-ms MS] [--warmup-ms MS]
 *
 * @module
 */

import { parseArgs } from "node:util";
import { compile, measure, PLAN } from "./_harness.ts";
import { createScope, rowsFor, type Runtime } from "./_table.ts";

declare const process: {
  argv: string[];
  version: string;
  versions: Record<string, string>;
};

const g = globalThis as { Deno?: typeof Deno };
const runtime: Runtime = g.Deno ? "deno" : "node";
const argv = g.Deno ? g.Deno.args : process.argv.slice(2);
const { values } = parseArgs({
  args: argv.filter((a) => a !== "-"),
  options: {
    rounds: { type: "string" },
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
  rounds: Math.round(num(values.rounds, PLAN.rounds)),
  batchMs: num(values["batch-ms"], PLAN.batchMs),
  warmupMs: num(values["warmup-ms"], PLAN.warmupMs),
};

const scope = createScope();
const rows = rowsFor(runtime).map((r) => compile(r, scope));
const results = measure(rows, plan);
const version = g.Deno
  ? `Deno ${g.Deno.version.deno} (V8 ${g.Deno.version.v8})`
  : `Node.js ${process.version} (V8 ${process.versions.v8})`;
console.log(JSON.stringify({ runtime, version, plan, results }));
