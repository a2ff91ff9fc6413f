/**
 * `deno task bench:report`: times every row of the benchmark table
 * (bench/_table.ts) on Deno and, bundled, on Node.js, and the rows that have
 * a CPython statement on CPython when an interpreter is given; checks every
 * target of the table and writes bench/RESULTS.md (machine, date, versions,
 * method, every target met or not and why).
 *
 *     deno task bench:report
 *     deno task bench:report --python "env PYENV_VERSION=3.13.0 python3"
 *
 * Options: `--rounds N` (45), `--processes N` (5: fresh Deno and Node.js processes
 * for each fifth of the rounds), `--batch-ms MS` (2), `--warmup-ms MS` (100),
 * `--node CMD` (`node`; `--node ""` skips the Node.js section),
 * `--out FILE` (bench/RESULTS.md; `-` prints only).
 *
 * @module
 */

import { parseArgs } from "node:util";
import { median, PLAN, type Plan, quantile, type Sample } from "./_harness.ts";
import { measurePrograms } from "./_programs.ts";
import {
  CPYTHON,
  FIXTURES,
  HEADLINE,
  PROGRAMS,
  PYTHON_SETUP,
  type Row,
  ROWS,
  rowsFor,
  type Runtime,
  type Target,
} from "./_table.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    python: { type: "string" },
    node: { type: "string", default: "node" },
    rounds: { type: "string" },
    processes: { type: "string" },
    "batch-ms": { type: "string" },
    "warmup-ms": { type: "string" },
    out: { type: "string", default: "bench/RESULTS.md" },
  },
});
const root = new URL("../", import.meta.url);
const plan: Plan = {
  rounds: values.rounds ? Number(values.rounds) : PLAN.rounds,
  batchMs: values["batch-ms"] ? Number(values["batch-ms"]) : PLAN.batchMs,
  warmupMs: values["warmup-ms"] ? Number(values["warmup-ms"]) : PLAN.warmupMs,
};
const processes = values.processes ? Number(values.processes) : 5;
if (!Number.isInteger(processes) || processes < 1 || processes > plan.rounds) {
  throw new RangeError(`--processes: expected an integer from 1 to the rounds, got ${processes}`);
}
for (const [k, v] of Object.entries(plan)) {
  if (!(v > 0)) throw new RangeError(`--${k}: expected a positive number, got ${v}`);
}
const planArgs = ["--batch-ms", String(plan.batchMs), "--warmup-ms", String(plan.warmupMs)];

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, { args, cwd: root, stdout: "piped", stderr: "inherit" })
    .output();
  if (!out.success) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${out.code})`);
  return new TextDecoder().decode(out.stdout);
}
const sh = (command: string) => run("sh", ["-c", command]);

/** A timing process that answers one JSON line per request (bench/_run.ts, bench/cpython.py). */
class Timer {
  readonly #child: Deno.ChildProcess;
  readonly #lines: AsyncIterator<string>;
  readonly #in: WritableStreamDefaultWriter<Uint8Array>;
  constructor(readonly label: string, command: string) {
    this.#child = new Deno.Command("sh", {
      args: ["-c", `${priority}${command}`],
      cwd: root,
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    this.#in = this.#child.stdin.getWriter();
    this.#lines = readLines(this.#child.stdout);
  }
  async send(line: string): Promise<void> {
    await this.#in.write(new TextEncoder().encode(line + "\n"));
  }
  async receive<T>(): Promise<T> {
    const next = await this.#lines.next();
    if (next.done) throw new Error(`${this.label}: the timing process ended early`);
    return JSON.parse(next.value);
  }
  async end(): Promise<void> {
    await this.send("end");
    await this.#in.close();
    const status = await this.#child.status;
    if (!status.success) throw new Error(`${this.label}: exit ${status.code}`);
  }
}

async function* readLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let pending = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf("\n")) >= 0) {
      yield pending.slice(0, nl);
      pending = pending.slice(nl + 1);
    }
  }
}

interface Ready {
  version: string;
  rows: string[];
  sizes: number[];
}
interface RunOutput {
  version: string;
  results: Record<string, Sample & { processes: number[] }>;
}

// The machine, before anything runs.
const started = new Date();
const loadBefore = Deno.loadavg();
// Deno refuses /proc/cpuinfo without --allow-all; sed may read it.
const cpu = (await sh(
  "sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1 || true",
).catch(() => "")).trim() || "unknown CPU";
const memory = `${(Deno.systemMemoryInfo().total / 2 ** 30).toFixed(0)} GiB`;
const commit = (await sh("git rev-parse --short HEAD").catch(() => "unknown")).trim();
const dirty = (await sh("git status --porcelain --untracked-files=no").catch(() => "")).trim();
// Timing processes run at the highest priority where the report may set it:
// a CPU-bound process sharing the core otherwise doubles some rows' times
// for a whole run (floor.xorChars: 30 ns, 65-68 ns with a co-runner).
const niceness = (await sh("nice -n -20 nice 2>/dev/null || true").catch(() => "")).trim();
const priority = niceness === "-20" ? "exec nice -n -20 " : "";

// One process per row on Deno and Node.js (no row's JIT state bends
// another's), one for all CPython rows (no JIT). Each process times its
// share of the rounds right after its warm-up. The same row does not run
// at the same speed in every process (randbits(32): 7.6 ns in one, 18 ns
// in the next; compare_digest on strings: 33 or 80 ns), so the table is
// run `--processes` times, each pass in fresh processes; the passes spread
// every row over the whole run, so a change of load falls on all rows.
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
interface Live {
  runtime: Runtime | "python";
  timer: Timer;
  ready: Ready;
  ns: number[][];
}
async function start(runtime: Runtime | "python", command: string, first?: string): Promise<Live> {
  const timer = new Timer(`${runtime}: ${command}`, command);
  if (first !== undefined) await timer.send(first);
  const ready = await timer.receive<Ready>();
  return { runtime, timer, ready, ns: ready.rows.map(() => []) };
}
/** Per runtime and row: every round's ns per call, and the median of each process. */
const collected = new Map<string, { ns: number[]; n: number; processes: number[] }>();
const versions = new Map<string, string>();
/** Starts a process, times rounds `from` to `to` - 1 in it, ends it, keeps what it measured. */
async function pass(
  runtime: Runtime | "python",
  command: string,
  from: number,
  to: number,
  first?: string,
): Promise<void> {
  const t = await start(runtime, command, first);
  versions.set(runtime, t.ready.version);
  for (let r = from; r < to; r++) {
    await t.timer.send(`round ${r}`);
    const { ns } = await t.timer.receive<{ ns: number[] }>();
    ns.forEach((x, i) => t.ns[i].push(x));
  }
  await t.timer.end();
  t.ready.rows.forEach((name, i) => {
    const key = `${t.runtime}\0${name}`;
    const c = collected.get(key) ?? { ns: [], n: 0, processes: [] };
    c.ns.push(...t.ns[i]);
    c.n = t.ready.sizes[i];
    c.processes.push(median(t.ns[i]));
    collected.set(key, c);
  });
}
let tmp: string | undefined;
try {
  if (values.node) {
    // The same file, bundled for Node.js (stdin carries the rounds, so the bundle goes to a file).
    tmp = (await sh("mktemp -d")).trim();
    await run(Deno.execPath(), [
      "bundle",
      "--quiet",
      "--platform",
      "deno",
      "-o",
      `${tmp}/run.mjs`,
      "bench/_run.ts",
    ]);
  }
  const commands: [Runtime, string][] = [
    ...rowsFor("deno").map((r): [Runtime, string] => [
      "deno",
      `${quote(Deno.execPath())} run --allow-read --allow-env --allow-ffi bench/_run.ts --row ${
        quote(r.name)
      } ${planArgs.join(" ")}`,
    ]),
    ...(tmp === undefined ? [] : rowsFor("node").map((r): [Runtime, string] => [
      "node",
      `${values.node} ${quote(`${tmp}/run.mjs`)} --row ${quote(r.name)} ${planArgs.join(" ")}`,
    ])),
  ];
  const pyRows = ROWS.filter((r) => r.python).map((r) => ({ name: r.name, ...r.python }));
  for (let g = 0; g < processes; g++) {
    const from = Math.round(plan.rounds * g / processes);
    const to = Math.round(plan.rounds * (g + 1) / processes);
    console.error(
      `bench:report: pass ${g + 1} of ${processes}: rounds ${
        from + 1
      } to ${to} of ${commands.length} rows${values.python ? " and CPython" : ""}...`,
    );
    for (const [runtime, command] of commands) await pass(runtime, command, from, to);
    if (values.python) {
      await pass(
        "python",
        `${values.python} bench/cpython.py`,
        from,
        to,
        JSON.stringify({ setup: PYTHON_SETUP, plan, rows: pyRows }),
      );
    }
  }
} finally {
  if (tmp) await sh(`rm -rf ${quote(tmp)}`);
}
const output = (runtime: Runtime | "python"): RunOutput | undefined => {
  if (!versions.has(runtime)) return undefined;
  const results: Record<string, Sample & { processes: number[] }> = {};
  for (const [key, c] of collected) {
    const [rt, name] = key.split("\0");
    if (rt === runtime) results[name] = c;
  }
  return { version: versions.get(runtime)!, results };
};
const denoRun = output("deno")!;
const nodeRun = output("node");
const pyRun = output("python");

// Memory: the heap must not grow with the number of calls.
console.error("bench:report: memory...");
const memScript = `
  import { token_hex, randbelow, SystemRandom } from "./mod.ts";
  const r = new SystemRandom();
  const round = () => { for (let i = 0; i < 200000; i++) { token_hex(16); randbelow(1000); r.random(); } };
  round(); gc(); const a = Deno.memoryUsage().heapUsed;
  for (let k = 0; k < 10; k++) round(); gc(); const b = Deno.memoryUsage().heapUsed;
  console.log(JSON.stringify({ a, b }));`;
const mem = JSON.parse(
  await run(Deno.execPath(), ["eval", "--v8-flags=--expose-gc", "--no-check", memScript]),
);
const growth = (mem.b - mem.a) / 1024;

// Bundles and start-up: each program of the table alone.
console.error("bench:report: bundles and start-up...");
// A scratch directory inside bench/, where the report may write; removed after.
const scratch = new URL("bench/.programs", root).pathname;
await Deno.mkdir(scratch, { recursive: true });
const programs = await measurePrograms(PROGRAMS, root, scratch, values.node ?? "").finally(() =>
  sh(`rm -rf ${quote(scratch)}`)
);
const loadAfter = Deno.loadavg();

// Measurements.
const runs: Record<Runtime, RunOutput | undefined> = { deno: denoRun, node: nodeRun };
const sample = (runtime: Runtime, name: string) => runs[runtime]?.results[name];
const nsOf = (runtime: Runtime, name: string) => {
  const s = sample(runtime, name);
  return s ? median(s.ns) : undefined;
};
const pyNs = (name: string) => {
  const s = pyRun?.results[name];
  return s ? median(s.ns) : undefined;
};
/**
 * ops/s of `name` over ops/s of `vs`: against a row of the same runtime, the
 * median of the per-round ratios (so it lies within its spread, below);
 * against CPython (timed in its own process), CPython's median time of `of`
 * over the row's.
 */
function ratio(runtime: Runtime, name: string, vs: string, of = name): number | undefined {
  const a = sample(runtime, name), b = vs === CPYTHON ? undefined : sample(runtime, vs);
  if (a && b) return median(a.ns.map((x, i) => b.ns[i] / x));
  const mine = nsOf(runtime, name);
  const theirs = vs === CPYTHON ? pyNs(of) : nsOf(runtime, vs);
  return mine === undefined || theirs === undefined ? undefined : theirs / mine;
}
/** The interquartile range of the ratio computed round by round (same process only). */
function spread(runtime: Runtime, name: string, vs: string): [number, number] | undefined {
  const a = sample(runtime, name), b = sample(runtime, vs);
  if (!a || !b || vs === CPYTHON) return undefined;
  const per = a.ns.map((x, i) => b.ns[i] / x);
  return [quantile(per, 0.25), quantile(per, 0.75)];
}

const fmtNs = (ns: number | undefined) =>
  ns === undefined
    ? "-"
    : ns < 1e3
    ? `${ns.toFixed(1)} ns`
    : ns < 1e6
    ? `${(ns / 1e3).toFixed(2)} µs`
    : `${(ns / 1e6).toFixed(2)} ms`;
const fmtX = (r: number | undefined) => (r === undefined ? "not run" : `${r.toFixed(2)}x`);
/** As fmtX, with a third decimal where two would hide which side of `min` the ratio is on. */
const fmtAt = (r: number | undefined, min: number) =>
  r !== undefined && (Number(r.toFixed(2)) >= min) !== (r >= min) ? `${r.toFixed(3)}x` : fmtX(r);
const code = (s: string) => `\`${s}\``;

/** A row whose process medians disagree by more than a quarter: the JIT settled differently. */
function unsteady(runtime: Runtime, name: string): string | undefined {
  const p = sample(runtime, name)?.processes ?? [];
  if (p.length < 2 || Math.max(...p) <= 1.25 * Math.min(...p)) return undefined;
  return `${code(name)} varies by process (${p.map((x) => fmtNs(x)).join(" / ")})`;
}

interface Line {
  row: Row;
  target: Target;
  value: string;
  met: boolean | undefined;
  note: string;
}
const lines: Line[] = [];
for (const row of ROWS) {
  for (const t of row.targets) {
    if (t.maxNs !== undefined) {
      const ns = nsOf(t.runtime, row.name);
      const met = ns === undefined ? undefined : ns <= t.maxNs;
      lines.push({
        row,
        target: t,
        value: fmtNs(ns),
        met,
        note: met === false ? t.why ?? "**no reason recorded: investigate**" : "",
      });
      continue;
    }
    const vs = t.vs!;
    const r = ratio(t.runtime, row.name, vs);
    const iqr = spread(t.runtime, row.name, vs);
    const min = t.min ?? 0;
    const met = r === undefined ? undefined : r >= min;
    let note = "";
    if (met === false && min > 0) {
      // The reason is picked by the measurement: what bounds the work when
      // even the floor misses, what this row adds when the floor would not.
      const parts = t.why ? [t.why] : [];
      const f = t.floor ? ratio(t.runtime, t.floor, vs, row.name) : undefined;
      if (t.floor && f !== undefined) {
        const against = vs === CPYTHON ? CPYTHON : code(vs);
        const gap = nsOf(t.runtime, row.name)! - nsOf(t.runtime, t.floor)!;
        parts.push(
          f < min
            ? `the floor ${code(t.floor)} alone is ${fmtX(f)} ${against}: ${
              t.limit ?? "**no reason recorded for the floor: investigate**"
            }`
            : `the floor ${code(t.floor)} alone is ${fmtX(f)} ${against}, so the gap (${
              fmtNs(gap)
            } a call) is this row's own: ${t.extra ?? "**no reason recorded: investigate**"}`,
        );
      }
      note = parts.length ? parts.join("; ") : "**no reason recorded: investigate**";
    } else if (met && iqr && iqr[0] < min && min > 0) {
      note = `borderline: the per-round ratios' middle half spans ${iqr[0].toFixed(2)}-${
        iqr[1].toFixed(2)
      }x`;
    }
    const varies = [row.name, ...(vs === CPYTHON ? [] : [vs])]
      .map((n) => unsteady(t.runtime, n))
      .filter((x) => x !== undefined);
    if (varies.length) {
      note += `${note ? ". " : ""}${varies.join("; ")}: re-measure before relying on this ratio`;
    }
    lines.push({
      row,
      target: t,
      value: iqr ? `${fmtAt(r, min)} (${iqr[0].toFixed(2)}-${iqr[1].toFixed(2)})` : fmtAt(r, min),
      met,
      note,
    });
  }
}

const yes = (l: Line) =>
  l.met === undefined ? "not run" : (l.target.min === 0 ? "-" : l.met ? "yes" : "**no**");
const against = (l: Line) =>
  l.target.maxNs !== undefined
    ? "median time a call"
    : l.target.vs === CPYTHON
    ? pyRun?.version ?? "CPython (not run)"
    : code(l.target.vs!);
const goal = (t: Target) =>
  t.maxNs !== undefined ? `<= ${fmtNs(t.maxNs)}` : t.min ? `>= ${t.min}x` : "information";
function table(
  title: string,
  pick: (l: Line) => boolean,
  intro: string,
  value = "ratio (per-round middle half)",
): string {
  const ls = lines.filter(pick);
  let md = `## ${title}\n\n${intro}\n\n` +
    `| row | against | ${value} | target | met | source | why, when missed |\n` +
    "|---|---|---:|---:|---|---|---|\n";
  for (const l of ls) {
    md += `| ${code(l.row.name)} | ${against(l)} | ${l.value} | ${goal(l.target)} | ${
      yes(l)
    } | ${l.target.source} | ${l.note} |\n`;
  }
  return md + "\n";
}

const counted = lines.filter((l) => (l.target.min ?? 1) > 0);
const missed = counted.filter((l) => l.met === false);
const unexplained = missed.filter((l) => l.note.includes("no reason recorded"));
const notRun = counted.filter((l) => l.met === undefined);

const command = `deno task bench:report ${
  Deno.args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(" ")
}`
  .trim();
// Busy: more runnable processes than cores, before or after the run.
const busy = Math.max(loadBefore[0], loadAfter[0]) > navigator.hardwareConcurrency;
let md = `# Benchmark results

Written by \`${command}\` (bench/report.ts) from the table in bench/_table.ts; do not edit by hand.

## Machine and runtimes

- Date: ${started.toISOString().slice(0, 16).replace("T", " ")} UTC
- Machine: ${cpu}, ${navigator.hardwareConcurrency} logical cores, ${memory}, ${Deno.build.os} ${Deno.osRelease()}
- Load average (1, 5, 15 min): ${loadBefore.map((x) => x.toFixed(2)).join(", ")} before, ${
  loadAfter.map((x) => x.toFixed(2)).join(", ")
} after.${
  busy
    ? ` **The machine was busy** (more runnable processes than cores). Other work shared the
  cores and caches during the run; the passes spread that over every row, but wide per-round
  ranges and rows that vary by process mark ratios to re-measure on a quiet machine.`
    : ""
}
- ${denoRun.version}${nodeRun ? `; ${nodeRun.version}` : "; Node.js not run"}${
  pyRun ? `; ${pyRun.version}` : "; CPython not run (pass --python)"
}
- Commit: ${commit}${dirty ? " with uncommitted changes" : ""}
- Scheduling: ${
  priority
    ? "the timing processes ran at nice -20, ahead of other work on the machine"
    : "normal priority (nice -20 was refused): other work sharing a core slows rows unevenly"
}

## Method

- Every row is a call, \`fn(args)\`, and its name is its code: bench/_harness.ts generates the
  call from that text, with the arguments evaluated once in the bench scope (the fixtures below).
  The CPython statement is built from the same callee, and bench/cpython.py checks that it resolves
  to that function before timing. tests/bench_table_test.ts runs every row once against spies.
- Each result is read (a character of a string, a byte of an array), so nothing is dropped as dead
  code and a lazily built string is flattened, as a caller would.
- Every Deno and Node.js row runs in a process of its own (Node.js: the table bundled with
  \`deno bundle\`): in one process, rows that call the same function share its JIT feedback, so one
  row's arguments could shape the code another is timed with. Each row also gets a
  fresh process for each of ${processes} shares of the rounds, because the same code does not run at
  the same speed in every process (\`randbits(32)\`: 7.6 ns in some processes, 15 to 19 ns in
  others; \`compare_digest\` on strings: 33 or 80 ns; even the bare loop \`floor.xorChars\`: 31 ns in
  most, 70 ns in some), whether from how the JIT settles or where the code and data land.
  The last table lists each process's median; a ratio involving a row whose processes disagree by
  more than a quarter says so. All CPython rows share one process per pass (bench/cpython.py,
  \`timeit\` with the garbage collector on).
- Each process warms its rows up for ${plan.warmupMs} ms, sizes a batch to about ${plan.batchMs} ms, then
  at once times its share of the rounds (a round is one batch of each of its rows) and exits. The
  ${processes} passes over the table spread every row over the whole run, so a change in the machine's
  load falls on all rows alike, and rows set against each other are timed seconds apart. A row's
  time is the median over its ${plan.rounds} rounds of ns per call.
- Medians of rounds rather than \`deno bench\`'s mean: a garbage collection or a
  preemption lands on one round of one row and moves a median little, where it moves a mean by its
  full size. Each row runs in its own generated loop, so its call site is monomorphic, as in a
  program's hot loop; \`deno bench\` calls every row through one shared call site, which adds its own
  cost and can keep a callee off its fastest path (\`node:crypto\`'s \`randomInt\`, a V8 fast call
  into Rust, took 21 ns through a shared call site and 11 ns in its own loop).
- A ratio is ops/s of the row over ops/s of what it is set against, computed round by round (the
  other's time over the row's, in the two rows' rounds of the same number) within one runtime: the
  median of those, and in brackets their middle half (25th to 75th percentile). Against CPython,
  timed apart, it is CPython's median time over the row's.
- \`SystemRandom.m(...)\` is the method on one shared instance, as CPython's
  \`rng = random.SystemRandom()\`.

Summary: ${counted.length} targets, ${
  counted.length - missed.length - notRun.length
} met, ${missed.length} missed${
  unexplained.length
    ? ` (**${unexplained.length} without a recorded reason**)`
    : ", each with its reason"
}${notRun.length ? `, ${notRun.length} not run` : ""}.

`;

md += table(
  "Deno: floors and peers",
  (l) => l.target.runtime === "deno" && l.target.vs !== CPYTHON && l.target.maxNs === undefined,
  "Floors are the cheapest correct code for the same work; peers what people use instead.",
);
md += table(
  "Node.js: floors and peers",
  (l) => l.target.runtime === "node",
  `The library bundled for Node.js by \`deno bundle\`, timed in one ${
    nodeRun?.version ?? "Node.js"
  } process; nanoid is npm's nanoid 5 (its Node.js build, with its own pool).`,
);
md += table(
  "Deno against CPython",
  (l) => l.target.vs === CPYTHON,
  "The same call on both sides. Where a target is missed and the table names a floor, the floor's own ratio shows what the work allows.",
);
md += table(
  "Time",
  (l) => l.target.maxNs !== undefined,
  "A bound on the median time of one call.",
  "median",
);

const sizeMissed = programs.filter((p) => p.program.maxGzip && p.gzip > p.program.maxGzip);
md += `## Bundles of one function

Each program imports one function and calls it, nothing else, bundled alone by \`deno bundle
--minify\` (esbuild) for the browser (peers that need Node.js's modules: for Deno, the built-ins
left out), then gzipped (CompressionStream): what a page ships for that one call.
${sizeMissed.length} of ${programs.filter((p) => p.program.maxGzip).length} size targets missed.

| program | minified | gzip | target (gzip) | met | why, when missed |
|---|---:|---:|---:|---|---|
${
  programs.map((p) => {
    const max = p.program.maxGzip;
    const met = max === undefined ? "-" : p.gzip <= max ? "yes" : "**no**";
    return `| ${code(p.program.name)} | ${p.bytes.toLocaleString("en")} B | ${
      p.gzip.toLocaleString("en")
    } B | ${max ? `<= ${max.toLocaleString("en")} B` : "information"} | ${met} | ${
      max && p.gzip > max ? p.program.why ?? "**no reason recorded: investigate**" : ""
    } |`;
  }).join("\n")
}

## Start-up to the first result

The same bundles, each imported in a fresh process: the time from \`import()\` to the first result
(module evaluation and the first call; the runtime's own start is not included), median of 7
processes. The first call of new rules is here too: parse, plan, count and draw in a cold process.

| program | Deno | Node.js |
|---|---:|---:|
${
  programs.map((p) =>
    `| ${code(p.program.name)} | ${
      p.startMs.deno === undefined ? "-" : `${p.startMs.deno.toFixed(1)} ms`
    } | ${p.startMs.node === undefined ? "-" : `${p.startMs.node.toFixed(1)} ms`} |`
  ).join("\n")
}

`;

md += `## Memory

| check | value | target | met |
|---|---:|---:|---|
| heap growth over 6,000,000 further calls (after gc()) | ${
  growth.toFixed(0)
} KiB | flat (< 512 KiB) | ${Math.abs(growth) < 512 ? "yes" : "**no**"} |

## Every row

Median time of one call. Fixtures: ${FIXTURES.map((f) => `\`${f.name}\` ${f.about}`).join("; ")}.

| row | group | Deno | Deno, per process | Node.js | Node.js, per process | CPython | what it is |
|---|---|---:|---:|---:|---:|---:|---|
`;
const perProcess = (runtime: Runtime, name: string) =>
  sample(runtime, name)?.processes.map((x) => fmtNs(x).replace(" ", "\u00a0")).join(" / ") ?? "-";
for (const row of ROWS) {
  md += `| ${code(row.name)} | ${row.group} | ${fmtNs(nsOf("deno", row.name))} | ${
    perProcess("deno", row.name)
  } | ${fmtNs(nsOf("node", row.name))} | ${perProcess("node", row.name)} | ${
    fmtNs(pyNs(row.name))
  } | ${row.about ?? (row.python ? `CPython: ${code(row.python.stmt)}` : "")} |\n`;
}

console.log(md);
if (values.out !== "-") await Deno.writeTextFile(new URL(values.out!, root), md);

// The README's headline rows, from the same lines, written between its markers
// when the report is written to its usual place.
const headline = HEADLINE.map(([name, vs, runtime]) => {
  const l = lines.find((l) =>
    l.row.name === name && l.target.vs === vs && l.target.runtime === runtime
  );
  if (!l) throw new Error(`HEADLINE names no target: ${name} against ${vs} on ${runtime}`);
  const who = runtime === "deno" ? "Deno" : "Node.js";
  // The ratio with its spread: the middle half of the per-round ratios, what a reader
  // re-running the report should expect to land in.
  return `| ${code(name)} | ${who} | ${vs === CPYTHON ? "CPython" : code(vs)} | ${l.value} | ${
    goal(l.target)
  } | ${yes(l)} |`;
});
const headlineMd = `<!-- bench headline -->

| call | runtime | against | ratio (middle half) | target | met |
| --- | --- | --- | ---: | ---: | --- |
${headline.join("\n")}

${started.toISOString().slice(0, 10)}, ${
  busy ? "a busy machine (re-measure), " : "a quiet machine, "
}${
  [denoRun.version, nodeRun?.version, pyRun?.version]
    .filter((v) => v !== undefined)
    .map((v) => v.replace(/ \(.*\)$/, "")) // the engine versions are in the full report
    .join(", ")
}; ${counted.length} targets, ${missed.length} missed, each with its reason in the full table.

<!-- /bench headline -->`;
if (values.out === "bench/RESULTS.md") {
  const readme = new URL("README.md", root);
  const text = await Deno.readTextFile(readme);
  const marked = /<!-- bench headline -->[\s\S]*?<!-- \/bench headline -->/;
  if (!marked.test(text)) throw new Error("README.md has no <!-- bench headline --> markers");
  await Deno.writeTextFile(readme, text.replace(marked, () => headlineMd));
  // deno fmt aligns the table, so that `deno task check` stays clean.
  const fmt = await new Deno.Command(Deno.execPath(), {
    args: ["fmt", "--quiet", "README.md"],
    cwd: root,
  })
    .output();
  if (!fmt.success) {
    throw new Error(`deno fmt README.md failed: ${new TextDecoder().decode(fmt.stderr)}`);
  }
}
