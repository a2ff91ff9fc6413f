/**
 * `deno task conformance`: proves, against real CPython, that the same bytes
 * give the same answers.
 *
 * Generates the cases (conformance/_cases.ts), runs them through CPython
 * (embedded Pyodide by default, or any interpreter with `--python "<cmd>"`)
 * and through `./testing`'s `createSecrets` with the same byte streams, and
 * compares every result, error kind, error message and the next 8 unused
 * bytes. Prints a table per function, writes it to reports/conformance.md,
 * and exits non-zero on any mismatch that is not a named, known difference
 * between Python versions.
 *
 *     deno task conformance                                   # Pyodide (CPython 3.13 in WebAssembly)
 *     deno task conformance --python "python3"                # a system interpreter
 *     deno task conformance --python "env PYENV_VERSION=3.12.1 python3"
 *     deno task conformance --python python3 --write-vectors  # refresh conformance/vectors/
 *     deno task conformance --pyodide npm:pyodide@314.0.7     # another Pyodide (CPython 3.14)
 *
 * @module
 */

import { parseArgs } from "node:util";
import { buildCases } from "./_cases.ts";
import { type Case, type CaseResult, compareOutcome, type Outcome, runCase } from "./_harness.ts";

const HERE = new URL(".", import.meta.url);
const DRIVER = new URL("driver.py", HERE);
/** Pyodide 0.29 embeds CPython 3.13, the version this package follows. */
const PYODIDE = "npm:pyodide@0.29.3";

interface PythonRun {
  python: string;
  implementation: string;
  results: CaseResult[];
}

async function runSystemPython(cmd: string, input: string): Promise<PythonRun> {
  const child = new Deno.Command("sh", {
    args: ["-c", `${cmd} "$0"`, new URL(DRIVER).pathname],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(input));
  await writer.close();
  const out = await child.output();
  if (!out.success) {
    throw new Error(`${cmd} failed:\n${new TextDecoder().decode(out.stderr)}`);
  }
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

async function runPyodide(input: string, specifier: string): Promise<PythonRun> {
  const { loadPyodide } = await import(specifier);
  const py = await loadPyodide();
  py.runPython(await Deno.readTextFile(DRIVER));
  const run = py.globals.get("run");
  return JSON.parse(run(input));
}

/** A difference between Python versions that is on purpose, not a bug here. */
interface KnownDifference {
  name: string;
  applies: (version: string) => boolean;
  matches: (
    fn: string,
    expected: Outcome,
    args: unknown[],
    kwargs: Record<string, unknown>,
  ) => boolean;
}

const before = (minor: number) => (v: string) => Number(v.split(".")[1]) < minor;
const after = (minor: number) => (v: string) => Number(v.split(".")[1]) > minor;
const errorMessage = (o: Outcome) => ("error" in o ? o.error.message : "");

const KNOWN: KnownDifference[] = [
  {
    name: "binomialvariate() is new in Python 3.12",
    applies: before(12),
    matches: (fn) => fn === "SystemRandom.binomialvariate",
  },
  {
    name: "expovariate()'s default lambd=1.0 is new in Python 3.12",
    applies: before(12),
    matches: (fn, _e, args) => fn === "SystemRandom.expovariate" && args.length === 0,
  },
  {
    name: "Python 3.11 words randrange()'s empty-range errors differently",
    applies: before(12),
    matches: (fn, e) =>
      /randrange|randint/.test(fn) && errorMessage(e).startsWith("empty range for randrange()"),
  },
  {
    name:
      "Python 3.11 accepts integral floats in randrange() (deprecated) and raises ValueError for others",
    applies: before(12),
    matches: (fn, _e, args) =>
      fn === "SystemRandom.randrange" &&
      args.some((a) => typeof a === "object" && a !== null && "float" in a),
  },
  {
    name: "Python 3.14 words randint()'s and randrange()'s empty-range errors differently",
    applies: after(13),
    matches: (fn, e) => /randrange|randint/.test(fn) && errorMessage(e).startsWith("empty range"),
  },
  {
    name: "Python 3.14 changes sample()'s counts rules (and their error messages)",
    applies: after(13),
    matches: (fn, _e, _args, kwargs) => fn === "SystemRandom.sample" && "counts" in kwargs,
  },
  {
    name: 'Python 3.14 says "division by zero" where 3.13 says "float division by zero"',
    applies: after(13),
    matches: (_fn, e) => errorMessage(e) === "division by zero",
  },
];

interface Row {
  calls: number;
  exact: number;
  tolerance: number;
  known: number;
  mismatches: number;
  maxRel: number;
}

/** Compares CPython's results with ours; returns the table and the failures. */
export function compare(cases: Case[], py: PythonRun) {
  const rows = new Map<string, Row>();
  const failures: string[] = [];
  const known = new Map<string, string[]>();
  cases.forEach((c, i) => {
    const expected = py.results[i];
    const actual = runCase(c);
    let explained = false;
    c.calls.forEach((call, j) => {
      const row = rows.get(call.fn) ??
        { calls: 0, exact: 0, tolerance: 0, known: 0, mismatches: 0, maxRel: 0 };
      rows.set(call.fn, row);
      row.calls++;
      const v = compareOutcome(call.fn, expected.results[j], actual.results[j]);
      if (v.status === "exact") row.exact++;
      else if (v.status === "tolerance") {
        row.tolerance++;
        row.maxRel = Math.max(row.maxRel, v.relDiff ?? 0);
      } else {
        const k = KNOWN.find((d) =>
          d.applies(py.python) &&
          d.matches(call.fn, expected.results[j], call.args ?? [], call.kwargs ?? {})
        );
        if (k) {
          row.known++;
          explained = true;
          known.set(k.name, [...(known.get(k.name) ?? []), `${c.id} #${j}`]);
        } else {
          row.mismatches++;
          failures.push(
            `${c.id} call #${j} ${call.fn}(${JSON.stringify(call.args ?? [])}${
              call.kwargs ? ", " + JSON.stringify(call.kwargs) : ""
            }): ${v.why}\n    CPython: ${JSON.stringify(expected.results[j])}`,
          );
        }
      }
    });
    if (actual.next !== expected.next && !explained) {
      failures.push(
        `${c.id}: bytes consumed differ (next bytes ${actual.next}, CPython ${expected.next})`,
      );
    }
  });
  return { rows, failures, known };
}

function table(rows: Map<string, Row>): string {
  const lines = [
    "| function | calls | exact | within tolerance | known version difference | mismatches | largest relative difference |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  const total: Row = { calls: 0, exact: 0, tolerance: 0, known: 0, mismatches: 0, maxRel: 0 };
  for (const [fn, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `| \`${fn}\` | ${r.calls} | ${r.exact} | ${r.tolerance} | ${r.known} | ${r.mismatches} | ${
        r.maxRel ? r.maxRel.toExponential(2) : "-"
      } |`,
    );
    total.calls += r.calls;
    total.exact += r.exact;
    total.tolerance += r.tolerance;
    total.known += r.known;
    total.mismatches += r.mismatches;
    total.maxRel = Math.max(total.maxRel, r.maxRel);
  }
  lines.push(
    `| **all** | **${total.calls}** | **${total.exact}** | **${total.tolerance}** | **${total.known}** | **${total.mismatches}** | ${
      total.maxRel ? total.maxRel.toExponential(2) : "-"
    } |`,
  );
  return lines.join("\n");
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      python: { type: "string" },
      pyodide: { type: "string", default: PYODIDE },
      report: { type: "string", default: new URL("../reports/conformance.md", HERE).pathname },
      "write-vectors": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: deno task conformance [--python "<command>"] [--report FILE] [--write-vectors]',
    );
    Deno.exit(0);
  }
  const cases = buildCases();
  const input = JSON.stringify({ schema: 1, cases });
  const started = performance.now();
  const py = values.python
    ? await runSystemPython(values.python, input)
    : await runPyodide(input, values.pyodide!);
  const via = values.python ? `\`${values.python}\`` : `embedded Pyodide (${values.pyodide})`;
  const { rows, failures, known } = compare(cases, py);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let report = `# Conformance report\n\nAgainst ${py.implementation} ${py.python} via ${via}: ` +
    `${cases.length} cases, ${
      [...rows.values()].reduce((a, r) => a + r.calls, 0)
    } calls, ${seconds} s.\n\n` +
    `${table(rows)}\n`;
  if (known.size > 0) {
    report += "\n## Known version differences\n\nThe package follows CPython 3.13; these calls " +
      "differ on purpose in the version tested, and are neither passes nor failures.\n\n";
    for (const [name, ids] of known) {
      report += `- ${name}: ${ids.length} call(s), e.g. ${ids.slice(0, 3).join(", ")}\n`;
    }
  }
  if (failures.length > 0) {
    report += `\n## Mismatches (${failures.length})\n\n` +
      failures.slice(0, 200).map((f) => `- ${f}`).join("\n") + "\n";
  }
  console.log(report);
  await Deno.mkdir(new URL("../reports", HERE), { recursive: true });
  try {
    await Deno.writeTextFile(values.report!, report);
  } catch (e) {
    // One line, no stack trace: the table is printed above anyway.
    console.error(
      `conformance: cannot write --report ${values.report}: ${(e as Error).message}` +
        (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied
          ? " (deno task conformance may write only under reports/)"
          : ""),
    );
    Deno.exit(2);
  }
  if (values["write-vectors"]) {
    if (!py.python.startsWith("3.13.")) throw new Error("vectors must come from CPython 3.13");
    const vectors = {
      schema: 1,
      generator: "conformance/run.ts --write-vectors",
      python: `${py.implementation} ${py.python}`,
      cases: cases.map((c, i) => ({
        ...c,
        expected: py.results[i].results,
        next: py.results[i].next,
      })),
    };
    const path = new URL("vectors/cpython-3.13.json", HERE);
    await Deno.writeTextFile(path, JSON.stringify(vectors) + "\n");
    console.log(`wrote ${path.pathname}`);
  }
  const totals = [...rows.values()].reduce(
    (a, r) => [a[0] + r.exact + r.tolerance, a[1] + r.known],
    [0, 0],
  );
  // The closing line CI reads: calls that matched, and failures (mismatches and byte-count differences).
  console.log(`conformance: ${totals[0]} passed, ${failures.length} failed, ${totals[1]} skipped`);
  if (failures.length > 0) {
    console.error(`${failures.length} mismatch(es) with CPython ${py.python}`);
    Deno.exit(1);
  }
}
