/**
 * `deno task test`: every stage CI runs, in order, each as `deno task STAGE`,
 * with its output shown as it comes; then one line of totals per stage and
 * one overall, so that a long run ends with its answer:
 *
 * ```text
 * totals:
 *   check        ok      fmt, lint, types, docs, publish, actionlint     41.2 s
 *   unit         ok      1204 passed, 0 failed, 3 skipped                95.0 s
 *   ...
 *   overall      ok      7 of 7 stages ok: 10402 passed, 0 failed, 5 skipped   6 min 12 s
 * ```
 *
 * Every stage runs even when an earlier one fails (the totals then show
 * every failure at once); the exit status is 1 if any stage failed.
 * `deno task test unit npm` runs only the stages named.
 *
 * A stage's counts come from the lines it prints already: deno test's
 * `ok | N passed | M failed | K ignored` (ignored counts as skipped), and
 * `NAME: N passed, M failed[, K skipped]` (conformance, compat, timing,
 * batteries, npm); every line that starts with `SKIPPED` (a step without
 * its tools) or holds `: SKIPPED` counts one skipped.
 *
 * @module
 */

/** The stages, in the order CI runs them. */
export const STAGES: readonly string[] = [
  "check",
  "unit",
  "conformance",
  "compat",
  "timing",
  "batteries",
  "npm",
];

/** What `check` runs: it prints no counts, so the totals line says what passed. */
const CHECK_STEPS = "fmt, lint, types, docs, publish, actionlint";

/** Counts read from a stage's output. */
export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
  /** Whether any line gave counts. */
  counted: boolean;
}

/** The counts a stage printed (see the module doc for the lines read). */
export function totalsOf(output: string): Totals {
  const t: Totals = { passed: 0, failed: 0, skipped: 0, counted: false };
  for (const raw of output.split(/\r?\n/)) {
    // deno-lint-ignore no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, "").trim();
    const deno =
      /^(?:ok|FAILED) \| (\d+) passed(?: \(\d+ steps?\))? \| (\d+) failed(?: \| (\d+) ignored)?/
        .exec(line);
    const named = /: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/.exec(line);
    const m = deno ?? named;
    if (m) {
      t.passed += Number(m[1]);
      t.failed += Number(m[2]);
      t.skipped += Number(m[3] ?? 0);
      t.counted = true;
    } else if (/^SKIPPED\b|: SKIPPED\b/.test(line)) {
      t.skipped++;
    }
  }
  return t;
}

/** How one stage went. */
export interface StageResult extends Totals {
  name: string;
  code: number;
  seconds: number;
}

/** Where the runner writes: the stages' output as it comes, then the totals. */
export interface Sink {
  out(bytes: Uint8Array): void;
  err(bytes: Uint8Array): void;
}

/** Runs `command` with its output forwarded to `sink` and kept, for the totals. */
export async function runStage(
  name: string,
  command: readonly string[],
  sink: Sink,
): Promise<StageResult> {
  const started = performance.now();
  const child = new Deno.Command(command[0], {
    args: command.slice(1),
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const decoder = { out: new TextDecoder(), err: new TextDecoder() };
  let text = "";
  const pump = async (stream: ReadableStream<Uint8Array>, which: "out" | "err") => {
    for await (const chunk of stream) {
      sink[which](chunk);
      text += decoder[which].decode(chunk, { stream: true });
    }
  };
  const [status] = await Promise.all([
    child.status,
    pump(child.stdout, "out"),
    pump(child.stderr, "err"),
  ]);
  const totals = totalsOf(text);
  return {
    name,
    ...totals,
    code: status.code,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Whether a stage passed: exit status 0 and no failure counted. */
export function passed(r: StageResult): boolean {
  return r.code === 0 && r.failed === 0;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - 60 * m)} s`;
}

function counts(t: { passed: number; failed: number; skipped: number }): string {
  return `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
}

/** The closing lines: one a stage, then the overall one. */
export function summary(results: readonly StageResult[]): string[] {
  const width = Math.max(8, ...results.map((r) => r.name.length)) + 2;
  const lines = ["totals:"];
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results) {
    sum.passed += r.passed;
    sum.failed += r.failed;
    sum.skipped += r.skipped;
    const what = r.counted
      ? counts(r)
      : r.name === "check"
      ? CHECK_STEPS
      : r.skipped > 0
      ? `${r.skipped} skipped`
      : "no totals printed";
    const status = passed(r) ? "ok" : "FAILED";
    const exit = r.code === 0 ? "" : ` (exit status ${r.code})`;
    lines.push(
      `  ${r.name.padEnd(width)}${status.padEnd(8)}${what}${exit}, ${duration(r.seconds)}`,
    );
  }
  const ok = results.filter(passed).length;
  const seconds = results.reduce((s, r) => s + r.seconds, 0);
  lines.push(
    `  ${"overall".padEnd(width)}${(ok === results.length ? "ok" : "FAILED").padEnd(8)}` +
      `${ok} of ${results.length} stages ok: ${counts(sum)}, ${duration(seconds)}`,
  );
  return lines;
}

if (import.meta.main) {
  const asked = Deno.args.length > 0 ? Deno.args : STAGES;
  const unknown = asked.filter((s) => !STAGES.includes(s));
  if (unknown.length > 0) {
    console.error(`test: unknown stage ${unknown[0]} (the stages: ${STAGES.join(", ")})`);
    Deno.exit(2);
  }
  const writeAll = (to: { writeSync(b: Uint8Array): number }) => (b: Uint8Array) => {
    for (let off = 0; off < b.length;) off += to.writeSync(b.subarray(off));
  };
  const sink: Sink = { out: writeAll(Deno.stdout), err: writeAll(Deno.stderr) };
  const results: StageResult[] = [];
  for (const stage of asked) {
    results.push(await runStage(stage, [Deno.execPath(), "task", stage], sink));
  }
  console.log("\n" + summary(results).join("\n"));
  Deno.exit(results.every(passed) ? 0 : 1);
}
