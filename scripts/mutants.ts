/**
 * `deno task mutants`: mutation testing of `lib/`. Plants one mechanical
 * change at a time (a flipped comparison, an off-by-one constant, `&&`/`||`,
 * `true`/`false`, `+`/`-`, a dropped `!`) in a copy of the repository, runs the
 * unit suite on it, and reports which changes no test noticed.
 *
 *     deno task mutants                          # 50 mutants, a fresh seed
 *     deno task mutants --seed 7 --count 100     # repeat or widen a run
 *     deno task mutants --file lib/core/_math.ts      # one file (or lib/core/_math.ts:48, one line)
 *     deno task mutants --list                   # the candidate mutants, nothing run
 *
 * The real tree is never written (except `reports/mutants.md`). Mutants are
 * drawn with a seeded SplitMix64, so `--seed` repeats a run exactly on the
 * same source. Survivors listed in `scripts/mutants_equivalent.json` (with
 * the reason the change cannot alter behaviour) are reported as such and left
 * out of the adjusted score. Exit status: 0 when every survivor is explained,
 * 1 when some are not, 2 on a usage error or a unit suite that fails unmutated.
 *
 * @module
 */

import ts from "typescript";
import { parseArgs } from "node:util";

// ---- The seeded generator ----------------------------------------------------

/** SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator, enough to pick mutants. */
export class SplitMix64 {
  #state: bigint;

  constructor(seed: bigint) {
    this.#state = BigInt.asUintN(64, seed);
  }

  /** The next 64-bit output. */
  next(): bigint {
    this.#state = BigInt.asUintN(64, this.#state + 0x9e3779b97f4a7c15n);
    let z = this.#state;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  }

  /** A uniform integer in [0, n), by rejection (no modulo bias). */
  below(n: number): number {
    if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`below(${n})`);
    const m = BigInt(n);
    const limit = (1n << 64n) - ((1n << 64n) % m);
    for (;;) {
      const x = this.next();
      if (x < limit) return Number(x % m);
    }
  }
}

/** `count` distinct indices out of `n`, in draw order (a partial Fisher-Yates shuffle). */
export function sampleIndices(rng: SplitMix64, n: number, count: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  const k = Math.min(count, n);
  for (let i = 0; i < k; i++) {
    const j = i + rng.below(n - i);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k);
}

// ---- Finding the mutants -----------------------------------------------------

/** One planted change: replace `text.slice(start, end)` of `file` with `replacement`. */
export interface Mutant {
  /** Path from the repository root, with forward slashes. */
  file: string;
  start: number;
  end: number;
  replacement: string;
  /** 1-based line and column of the change. */
  line: number;
  col: number;
  /** What changed, e.g. `< → <=`. */
  kind: string;
  /** The whole line before and after the change. */
  original: string;
  mutated: string;
}

const FLIP: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: "<=",
  [ts.SyntaxKind.LessThanEqualsToken]: "<",
  [ts.SyntaxKind.GreaterThanToken]: ">=",
  [ts.SyntaxKind.GreaterThanEqualsToken]: ">",
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: "!==",
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: "===",
  [ts.SyntaxKind.EqualsEqualsToken]: "!=",
  [ts.SyntaxKind.ExclamationEqualsToken]: "==",
  [ts.SyntaxKind.AmpersandAmpersandToken]: "||",
  [ts.SyntaxKind.BarBarToken]: "&&",
  [ts.SyntaxKind.MinusToken]: "+",
  [ts.SyntaxKind.MinusEqualsToken]: "+=",
};
// `+` and `+=` only where they add numbers: on strings, `-` is a type error, not a mutant.
const PLUS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.PlusToken]: "-",
  [ts.SyntaxKind.PlusEqualsToken]: "-=",
};

const OPERATOR_CHARS = "+-*/%=<>!&|^~?:";
const IDENT = /[A-Za-z0-9_$]/;

/** A numeric literal's text for `value`, in the radix (and digit count) of `like`. */
function formatLike(value: bigint, like: string, suffix: string): string {
  const radix = /^0[xX]/.test(like) ? 16 : /^0[bB]/.test(like) ? 2 : /^0[oO]/.test(like) ? 8 : 10;
  const abs = value < 0n ? -value : value;
  let digits = abs.toString(radix);
  if (radix !== 10) digits = like.slice(0, 2) + digits.padStart(like.length - 2, "0");
  const text = digits + suffix;
  return value < 0n ? `(-${text})` : text;
}

/** Whether a type is a number or a bigint (every member, for a union). */
function isNumericType(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every(isNumericType);
  return (type.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) !== 0;
}

/**
 * Every candidate mutant in `sf`, in source order. Comments, strings and
 * types are never touched (they are not expression nodes); `checker` decides
 * which `+` add numbers.
 */
export function findMutants(sf: ts.SourceFile, file: string, checker: ts.TypeChecker): Mutant[] {
  const text = sf.text;
  const out: Mutant[] = [];

  const add = (start: number, end: number, replacement: string, kind: string) => {
    // Keep neighbouring tokens apart (`a+-b` must not become `a--b`).
    const before = text[start - 1] ?? " ", after = text[end] ?? " ";
    if (replacement !== "") {
      if (OPERATOR_CHARS.includes(before) && OPERATOR_CHARS.includes(replacement[0])) {
        replacement = " " + replacement;
      }
      if (OPERATOR_CHARS.includes(after) && OPERATOR_CHARS.includes(replacement.at(-1)!)) {
        replacement += " ";
      }
    } else if (IDENT.test(before) && IDENT.test(after)) {
      replacement = " ";
    }
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    let lineEnd = text.indexOf("\n", start);
    if (lineEnd < 0) lineEnd = text.length;
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    out.push({
      file,
      start,
      end,
      replacement,
      line: line + 1,
      col: character + 1,
      kind,
      original: text.slice(lineStart, lineEnd),
      mutated: text.slice(lineStart, start) + replacement + text.slice(end, lineEnd),
    });
  };

  const visit = (node: ts.Node): void => {
    if (
      ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) ||
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node) ||
      (ts.isFunctionLike(node) && !("body" in node && node.body)) // overload signatures
    ) {
      return;
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken;
      const start = op.getStart(sf), end = op.getEnd();
      const flip = FLIP[op.kind];
      if (flip !== undefined) add(start, end, flip, `${op.getText(sf)} → ${flip}`);
      const plus = PLUS[op.kind];
      if (plus !== undefined) {
        const typed = op.kind === ts.SyntaxKind.PlusToken ? node : node.left;
        if (isNumericType(checker.getTypeAtLocation(typed))) {
          add(start, end, plus, `${op.getText(sf)} → ${plus}`);
        }
      }
    } else if (
      ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken
    ) {
      const start = node.getStart(sf);
      add(start, start + 1, "", "dropped !");
    } else if (node.kind === ts.SyntaxKind.TrueKeyword) {
      const start = node.getStart(sf);
      add(start, node.getEnd(), "false", "true → false");
    } else if (node.kind === ts.SyntaxKind.FalseKeyword) {
      const start = node.getStart(sf);
      add(start, node.getEnd(), "true", "false → true");
    } else if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) {
      const parent = node.parent as ts.Node & { name?: ts.Node };
      if (parent.name === node) return; // a property name such as `{ 0: x }`
      const raw = node.getText(sf);
      const big = ts.isBigIntLiteral(node);
      const digits = (big ? raw.slice(0, -1) : raw).replaceAll("_", "");
      let value: bigint | undefined;
      if (big) value = BigInt(digits);
      else {
        const v = Number(digits);
        // Off by one only makes sense for whole numbers an exact step away.
        if (Number.isInteger(v) && v < 2 ** 53) value = BigInt(v);
      }
      if (value === undefined) return;
      const start = node.getStart(sf), end = node.getEnd();
      for (const d of [1n, -1n]) {
        const replacement = formatLike(value + d, big ? digits : raw, big ? "n" : "");
        add(start, end, replacement, `${raw} → ${replacement.replace(/^\((.*)\)$/, "$1")}`);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // Source order (a parent operator is found before its operands); the sort is stable.
  return out.sort((a, b) => a.start - b.start);
}

/** Whether applying `m` to `text` still parses (a safety net behind `findMutants`' spacing). */
export function parses(m: Mutant, text: string): boolean {
  const out = ts.transpileModule(applyMutant(text, m), {
    fileName: m.file,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ESNext },
  });
  return (out.diagnostics ?? []).length === 0;
}

/** `text` with `m` applied. */
export function applyMutant(text: string, m: Mutant): string {
  return text.slice(0, m.start) + m.replacement + text.slice(m.end);
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  noEmit: true,
  allowImportingTsExtensions: true,
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  skipLibCheck: true,
  types: [],
  lib: ["lib.esnext.d.ts", "lib.dom.d.ts"],
};

/**
 * The candidate mutants of in-memory sources (`name` → text), with a type checker over them;
 * `noLib` skips the standard library's declarations (faster; primitives are typed without it).
 */
export function findMutantsInSources(sources: Map<string, string>, noLib = false): Mutant[] {
  const options = noLib ? { ...COMPILER_OPTIONS, noLib: true, lib: undefined } : COMPILER_OPTIONS;
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const abs = (name: string) => "/" + name.replace(/^\/+/, "");
  const byAbs = new Map([...sources].map(([name, text]) => [abs(name), text]));
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = byAbs.get(fileName);
    return text === undefined
      ? getSourceFile(fileName, languageVersion, ...rest)
      : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => byAbs.has(f) || fileExists(f);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => byAbs.get(f) ?? readFile(f);
  const program = ts.createProgram([...byAbs.keys()], options, host);
  const checker = program.getTypeChecker();
  return [...sources.keys()].flatMap((name) =>
    findMutants(program.getSourceFile(abs(name))!, name, checker)
  );
}

// ---- Equivalent mutants ------------------------------------------------------

/** A survivor explained as equivalent: it cannot change behaviour, for `reason`. */
export interface Equivalent {
  file: string;
  original: string;
  mutated: string;
  reason: string;
}

/** Parses and checks `scripts/mutants_equivalent.json`; throws a clear error on any bad entry. */
export function parseEquivalents(json: string, where: string): Equivalent[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${where}: must be an array of entries`);
  const keys = ["file", "original", "mutated", "reason"];
  return data.map((entry, i) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new Error(`${where}: entry ${i} must be an object`);
    }
    for (const k of Object.keys(entry)) {
      if (!keys.includes(k)) throw new Error(`${where}: entry ${i} has an unknown key "${k}"`);
    }
    for (const k of keys) {
      const v = (entry as Record<string, unknown>)[k];
      if (typeof v !== "string" || v.trim() === "") {
        throw new Error(`${where}: entry ${i} needs a non-empty string "${k}"`);
      }
    }
    return entry as Equivalent;
  });
}

/** The entry that explains `m`, matched on file and on both lines (trimmed), not on line numbers. */
export function equivalentFor(m: Mutant, list: Equivalent[]): Equivalent | undefined {
  return list.find((e) =>
    e.file === m.file && e.original.trim() === m.original.trim() &&
    e.mutated.trim() === m.mutated.trim()
  );
}

// ---- Running the suite -------------------------------------------------------

/** How one run of the unit suite ended. */
export type Outcome = "survived" | "killed" | "typecheck" | "timeout";

/**
 * Classifies a finished run from its exit status and output. `deno test` type-checks every
 * module before it runs any test, so a type error is a failure with no test run (a test that
 * prints a type error of its own, from a subprocess, is an ordinary failure).
 */
export function classify(success: boolean, output: string): Outcome {
  if (success) return "survived";
  const ran = /^(ok|FAILED) \| \d+ passed/m.test(output); // the summary of a run that happened
  return !ran && /Type checking failed/.test(output) ? "typecheck" : "killed";
}

/** The first failing test named in a `deno test` report, if any. */
export function firstFailure(output: string): string | undefined {
  const at = output.search(/^ (ERRORS|FAILURES) $/m);
  const rest = at < 0 ? output : output.slice(at);
  const m = rest.match(/^(.+?) => (\S+:\d+:\d+)$/m);
  return m ? `${m[1].trim()} (${m[2]})` : undefined;
}

/** The unit suite's arguments, read from deno.json's `unit` task (`deno test ...`). */
export function unitArgs(task: string | undefined): string[] {
  if (task === undefined) throw new Error("deno.json has no 'unit' task");
  const words = task.trim().split(/\s+/);
  if (words[0] !== "deno" || words[1] !== "test" || /[;&|<>$`'"()\\]/.test(task)) {
    throw new Error(
      `deno.json's 'unit' task must be a plain "deno test ..." command, got: ${task}`,
    );
  }
  const args = words.slice(1);
  // Stop at the first failing test: a killed mutant costs seconds, not the whole suite.
  if (!args.includes("--fail-fast")) args.splice(1, 0, "--fail-fast");
  return args;
}

interface RunResult {
  outcome: Outcome;
  ms: number;
  output: string;
}

const active = new Set<Deno.ChildProcess>();

/** Kills a child's whole process group (the suite spawns deno subprocesses of its own). */
function killGroup(child: Deno.ChildProcess): void {
  try {
    Deno.kill(-child.pid, "SIGKILL");
  } catch { /* already gone */ }
}

async function collect(stream: ReadableStream<Uint8Array>, into: Uint8Array[]): Promise<void> {
  for await (const chunk of stream) into.push(chunk);
}

async function runSuite(dir: string, args: string[], timeoutMs: number): Promise<RunResult> {
  const t0 = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args,
    cwd: dir,
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    detached: true, // its own process group, so a hung grandchild dies with it
  }).spawn();
  active.add(child);
  const chunks: Uint8Array[] = [];
  const reading = Promise.all([collect(child.stdout, chunks), collect(child.stderr, chunks)]);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const status = await Promise.race([
    child.status,
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (status === null) timedOut = true;
  killGroup(child); // also reaps stragglers that outlive a finished suite and hold its pipes
  const final = await child.status;
  await reading;
  active.delete(child);
  const ms = performance.now() - t0;
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.length;
  }
  const output = new TextDecoder().decode(all);
  return { outcome: timedOut ? "timeout" : classify(final.success, output), ms, output };
}

// ---- The repository copy -----------------------------------------------------

async function listFiles(root: string): Promise<string[]> {
  try {
    const out = await new Deno.Command("git", {
      args: ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      cwd: root,
      stdout: "piped",
      stderr: "null",
    }).output();
    if (out.success) {
      const names = new TextDecoder().decode(out.stdout).split("\0").filter((n) => n !== "");
      const present: string[] = [];
      for (const n of names) {
        try {
          if ((await Deno.stat(`${root}/${n}`)).isFile) present.push(n);
        } catch { /* deleted in the work tree */ }
      }
      return present;
    }
  } catch { /* no git: walk the tree */ }
  const files: string[] = [];
  const walk = async (rel: string) => {
    for await (const e of Deno.readDir(`${root}/${rel}`)) {
      const path = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory && ![".git", "node_modules", "reports"].includes(e.name)) await walk(path);
      else if (e.isFile) files.push(path);
    }
  };
  await walk("");
  return files;
}

async function copyTree(root: string, files: string[], dest: string): Promise<void> {
  for (const f of files) {
    const slash = f.lastIndexOf("/");
    if (slash > 0) await Deno.mkdir(`${dest}/${f.slice(0, slash)}`, { recursive: true });
    await Deno.copyFile(`${root}/${f}`, `${dest}/${f}`);
  }
}

// ---- The command ---------------------------------------------------------------

const USAGE = `Usage: deno task mutants [options]

  --seed N       seed of the draw (default: a fresh one, printed so the run can be repeated)
  --count N      number of mutants to run (default 50)
  --file F[:L]   only lib file F (only its line L); repeatable
  --jobs N       mutants run at once (default 2)
  --timeout S    seconds per mutant (default: 4x the unmutated suite, at least 120)
  --list         print the candidate mutants and stop
  --help         this text`;

class UsageError extends Error {}

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`--${name} must be a positive integer, got "${text}"`);
  }
  return Number(text);
}

function parseSeed(text: string): bigint {
  if (!/^\d+$/.test(text) || BigInt(text) >= 1n << 64n) {
    throw new UsageError(`--seed must be an integer from 0 to 2**64 - 1, got "${text}"`);
  }
  return BigInt(text);
}

/** Whether a generated file (its first comment says "Generated") should be skipped. */
function isGenerated(text: string): boolean {
  return /^\s*(\/\/|\/\*+)\s*Generated\b/.test(text);
}

async function libFiles(root: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [], skipped: string[] = [];
  const walk = async (rel: string) => {
    for await (const e of Deno.readDir(`${root}/${rel}`)) {
      const path = `${rel}/${e.name}`;
      if (e.isDirectory) await walk(path);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") && !/_test\.ts$/.test(e.name)) {
        if (isGenerated(await Deno.readTextFile(`${root}/${path}`))) skipped.push(path);
        else files.push(path);
      }
    }
  };
  await walk("lib");
  return { files: files.sort(), skipped: skipped.sort() };
}

function fmtSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function pct(a: number, b: number): string {
  return b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`;
}

function diff(m: Mutant): string {
  return ["```diff", `- ${m.original.trim()}`, `+ ${m.mutated.trim()}`, "```"].join("\n");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: Deno.args,
    strict: true,
    allowPositionals: false,
    options: {
      seed: { type: "string" },
      count: { type: "string" },
      file: { type: "string", multiple: true },
      jobs: { type: "string" },
      timeout: { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = decodeURIComponent(new URL("../", import.meta.url).pathname).replace(/\/$/, "");
  const seed = values.seed === undefined
    ? BigInt(crypto.getRandomValues(new Uint32Array(1))[0])
    : parseSeed(values.seed);
  const count = positiveInt(values.count, "count", 50);
  const jobs = positiveInt(values.jobs, "jobs", 2);
  const timeoutArg = values.timeout === undefined
    ? undefined
    : positiveInt(values.timeout, "timeout", 0) * 1000;

  const deno = JSON.parse(await Deno.readTextFile(`${root}/deno.json`));
  const args = unitArgs(deno.tasks?.unit);
  const equivalentsPath = "scripts/mutants_equivalent.json";
  const equivalents = parseEquivalents(
    await Deno.readTextFile(`${root}/${equivalentsPath}`),
    equivalentsPath,
  );

  // Candidates, in a fixed order (file, then position), so a seed picks the same ones.
  const { files, skipped } = await libFiles(root);
  const texts = new Map<string, string>();
  for (const f of files) texts.set(f, await Deno.readTextFile(`${root}/${f}`));
  const program = ts.createProgram(files.map((f) => `${root}/${f}`), COMPILER_OPTIONS);
  const checker = program.getTypeChecker();
  const all = files.flatMap((f) => findMutants(program.getSourceFile(`${root}/${f}`)!, f, checker));

  let candidates = all;
  if (values.file) {
    const wanted = values.file.map((spec) => {
      const m = spec.match(/^(?:\.\/)?(.+?)(?::(\d+))?$/)!;
      if (!texts.has(m[1])) {
        throw new UsageError(
          `--file ${spec}: not a file this tool mutates; choose from ${files.join(", ")}`,
        );
      }
      return { file: m[1], line: m[2] === undefined ? undefined : Number(m[2]) };
    });
    candidates = all.filter((c) =>
      wanted.some((w) => w.file === c.file && (w.line === undefined || w.line === c.line))
    );
    if (candidates.length === 0) throw new UsageError(`no candidate mutant in ${values.file}`);
  }

  // Entries that no longer match any candidate (the code moved on): say so, do not guess.
  const stale = equivalents.filter((e) => !all.some((m) => equivalentFor(m, [e]) === e));

  if (values.list) {
    for (const m of candidates) {
      // Tab-separated: where, what, the line before and after (as an equivalents entry needs).
      console.log(
        [`${m.file}:${m.line}:${m.col}`, m.kind, m.original.trim(), m.mutated.trim()].join("\t"),
      );
    }
    const where = new Set(candidates.map((m) => m.file)).size;
    console.log(`${candidates.length} candidate mutants in ${where} of ${files.length} files`);
    return 0;
  }

  // Draw, skipping (and counting) any mutant that would not even parse.
  const rng = new SplitMix64(seed);
  const order = sampleIndices(rng, candidates.length, candidates.length);
  const chosen: Mutant[] = [];
  let unparsable = 0;
  for (const i of order) {
    if (chosen.length === count) break;
    const m = candidates[i];
    if (parses(m, texts.get(m.file)!)) chosen.push(m);
    else unparsable++;
  }

  const started = new Date();
  const t0 = performance.now();
  const tree = await listFiles(root);
  const workers: string[] = [];
  const cleanup = async () => {
    for (const c of active) killGroup(c);
    for (const w of workers) await Deno.remove(w, { recursive: true }).catch(() => {});
  };
  const onSignal = () => {
    cleanup().finally(() => Deno.exit(130));
  };
  Deno.addSignalListener("SIGINT", onSignal);
  Deno.addSignalListener("SIGTERM", onSignal);
  try {
    const nWorkers = Math.min(jobs, chosen.length);
    for (let i = 0; i < nWorkers; i++) {
      const dir = await Deno.makeTempDir({ prefix: "mutants-" });
      workers.push(dir);
      await copyTree(root, tree, dir);
    }
    console.error(
      `mutants: seed ${seed}, ${chosen.length} of ${candidates.length} candidates, ` +
        `${nWorkers} at a time; first the unmutated suite in each copy`,
    );
    // The unmutated suite must pass in every copy; its time (under the same load) sets the timeout.
    const baselines = await Promise.all(workers.map((w) => runSuite(w, args, 30 * 60_000)));
    const bad = baselines.find((b) => b.outcome !== "survived");
    if (bad) {
      console.error(bad.output.slice(-4000));
      console.error(
        `mutants: the unit suite fails (${bad.outcome}) with no mutation; fix that first`,
      );
      return 2;
    }
    const baselineMs = Math.max(...baselines.map((b) => b.ms));
    const timeoutMs = timeoutArg ?? Math.max(120_000, Math.ceil(4 * baselineMs));

    const results: { m: Mutant; r: RunResult }[] = [];
    let next = 0;
    const work = async (dir: string) => {
      while (next < chosen.length) {
        const m = chosen[next++];
        const path = `${dir}/${m.file}`;
        const text = texts.get(m.file)!;
        await Deno.writeTextFile(path, applyMutant(text, m));
        let r: RunResult;
        try {
          r = await runSuite(dir, args, timeoutMs);
        } finally {
          await Deno.writeTextFile(path, text);
        }
        results.push({ m, r });
        const width = String(chosen.length).length;
        const by = r.outcome === "killed" ? firstFailure(r.output) : undefined;
        console.error(
          `[${String(results.length).padStart(width)}/${chosen.length}] ${r.outcome.padEnd(9)} ` +
            `${m.file}:${m.line}:${m.col}  ${m.kind}  (${fmtSeconds(r.ms)})` +
            (by ? `  by: ${by}` : ""),
        );
      }
    };
    await Promise.all(workers.map(work));

    results.sort((a, b) => a.m.file.localeCompare(b.m.file) || a.m.start - b.m.start);
    const by = (o: Outcome) => results.filter((x) => x.r.outcome === o);
    const killed = by("killed"), typecheck = by("typecheck"), timeout = by("timeout");
    const survivors = by("survived");
    const explained = survivors.filter((x) => equivalentFor(x.m, equivalents));
    const unexplained = survivors.filter((x) => !equivalentFor(x.m, equivalents));
    const wronglyListed = [...killed, ...typecheck, ...timeout].filter((x) =>
      equivalentFor(x.m, equivalents)
    );
    const total = results.length;
    const dead = killed.length + typecheck.length + timeout.length;

    const score = pct(dead, total), adjusted = pct(dead, total - explained.length);
    const flags = [`--seed ${seed}`, `--count ${count}`];
    for (const f of values.file ?? []) flags.push(`--file ${f}`);
    const elapsed = fmtSeconds(performance.now() - t0);
    const lines: string[] = [
      "# Mutation testing report",
      "",
      `- Run: ${started.toISOString()}, ${elapsed}, ${nWorkers} at a time`,
      `- Repeat: \`deno task mutants ${flags.join(" ")}\``,
      `- Candidates: ${candidates.length} mutants in ${
        values.file ? values.file.join(", ") : `${files.length} files of lib/`
      }` + (skipped.length ? ` (generated, skipped: ${skipped.join(", ")})` : ""),
      `- Suite: \`deno ${args.join(" ")}\`; unmutated ${
        fmtSeconds(baselineMs)
      }, timeout per mutant ${fmtSeconds(timeoutMs)}`,
    ];
    if (unparsable) lines.push(`- Drawn but not parsable, skipped: ${unparsable}`);
    lines.push(
      "",
      "| Outcome | Mutants |",
      "| --- | ---: |",
      `| killed by a test | ${killed.length} |`,
      `| killed by the type checker | ${typecheck.length} |`,
      `| killed by timeout (the suite hung) | ${timeout.length} |`,
      `| survived, explained as equivalent | ${explained.length} |`,
      `| survived, not explained | ${unexplained.length} |`,
      `| **total** | **${total}** |`,
      "",
      `Killed: ${dead} of ${total} = **${score}**. Leaving out the ${explained.length} explained ` +
        `equivalent mutants: ${dead} of ${total - explained.length} = **${adjusted}**.`,
      "",
    );
    const section = (title: string, items: { m: Mutant; r: RunResult }[], note?: boolean) => {
      if (items.length === 0) return;
      lines.push(`## ${title}`, "");
      for (const { m } of items) {
        lines.push(`### \`${m.file}:${m.line}:${m.col}\` (${m.kind})`, "", diff(m), "");
        const eq = equivalentFor(m, equivalents);
        if (note && eq) lines.push(`Equivalent: ${eq.reason}`, "");
      }
    };
    section("Survivors not explained: add a test, or explain them", unexplained);
    section("Survivors explained as equivalent", explained, true);
    section("Listed as equivalent but killed: remove these entries", wronglyListed, true);
    if (timeout.length) {
      lines.push("## Killed by timeout", "");
      for (const { m } of timeout) lines.push(`- \`${m.file}:${m.line}:${m.col}\` (${m.kind})`);
      lines.push("");
    }
    if (stale.length) {
      lines.push(`## Stale entries in ${equivalentsPath} (they match no candidate any more)`, "");
      for (const e of stale) lines.push(`- ${e.file}: \`${e.original.trim()}\``);
      lines.push("");
    }
    const report = lines.join("\n");
    await Deno.mkdir(`${root}/reports`, { recursive: true });
    await Deno.writeTextFile(`${root}/reports/mutants.md`, report);
    console.log(report);
    console.error("mutants: report written to reports/mutants.md");
    return unexplained.length === 0 ? 0 : 1;
  } finally {
    Deno.removeSignalListener("SIGINT", onSignal);
    Deno.removeSignalListener("SIGTERM", onSignal);
    await cleanup();
  }
}

if (import.meta.main) {
  try {
    Deno.exitCode = await main();
  } catch (e) {
    // A usage mistake or a bad equivalents file: one line, no stack trace.
    const message = e instanceof Error ? e.message : String(e);
    console.error(`mutants: ${message}`);
    const usage = e instanceof UsageError ||
      (e as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS");
    if (usage) console.error("Run with --help for the options.");
    Deno.exitCode = 2;
  }
}
