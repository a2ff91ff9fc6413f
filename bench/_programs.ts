/**
 * The bundle-size and start-up measurements of bench/report.ts, for the
 * programs of the benchmark table (`PROGRAMS` in bench/_table.ts): each
 * program imports one function and calls it once.
 *
 * - Size: the program bundled alone by `deno bundle --minify` (esbuild),
 *   for the browser (`--platform browser`; a peer that needs Node.js's
 *   modules is bundled for Deno, its built-ins left out),
 *   then gzipped (CompressionStream, default level): what a web page ships.
 * - Start-up: the program's bundle imported in a fresh process, the time from
 *   the `import()` to the first result (module evaluation and the first
 *   call), on Deno and on Node.js; the median of several processes.
 *
 * @module
 */

import type { Program } from "./_table.ts";

/** What was measured of one program. */
export interface ProgramResult {
  readonly program: Program;
  /** Minified bundle, bytes. */
  readonly bytes: number;
  /** The same, gzipped. */
  readonly gzip: number;
  /** Start-up to the first result, ms: median over the processes, per runtime. */
  readonly startMs: { deno?: number; node?: number };
}

async function gzipSize(data: Uint8Array<ArrayBuffer>): Promise<number> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream("gzip"));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function run(cmd: string, args: string[], cwd: URL): Promise<string> {
  const out = await new Deno.Command(cmd, { args, cwd, stdout: "piped", stderr: "piped" }).output();
  if (!out.success) {
    throw new Error(`${cmd} ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
  }
  return new TextDecoder().decode(out.stdout);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A program's bundle: its code, minified, and its size gzipped. */
export interface Bundle {
  /** The minified bundle. */
  readonly code: Uint8Array<ArrayBuffer>;
  /** Its path in the scratch directory. */
  readonly path: string;
  /** Its size gzipped, bytes. */
  readonly gzip: number;
}

/**
 * Bundles `program` alone with `deno bundle --minify` (for the browser, or
 * for Deno when it needs Node.js's modules) into `dir`, as `program_<i>.mjs`.
 *
 * @param root The repository root (its deno.json maps the peers' names).
 */
export async function bundleProgram(
  program: Program,
  i: number,
  root: URL,
  dir: string,
): Promise<Bundle> {
  const spec = program.from.endsWith(".ts") ? new URL(program.from, root).href : program.from;
  const entry = `${dir}/program_${i}.ts`;
  await Deno.writeTextFile(
    entry,
    `import ${program.clause} from ${JSON.stringify(spec)};\n` +
      `export function first(): unknown {\n  return ${program.call};\n}\n`,
  );
  const path = `${dir}/program_${i}.mjs`;
  await run(Deno.execPath(), [
    "bundle",
    "--quiet",
    "--minify",
    "--config",
    new URL("deno.json", root).pathname,
    "--platform",
    program.server ? "deno" : "browser",
    "-o",
    path,
    entry,
  ], root);
  const code = await Deno.readFile(path);
  return { code, path, gzip: await gzipSize(code) };
}

/**
 * Bundles and times every program in `dir` (a scratch directory).
 *
 * @param root The repository root (its deno.json maps the peers' names).
 * @param node The Node.js command, or `""` to skip Node.js.
 * @param processes Fresh processes per program and runtime for the start-up.
 */
export async function measurePrograms(
  programs: readonly Program[],
  root: URL,
  dir: string,
  node: string,
  processes = 7,
): Promise<ProgramResult[]> {
  const results: ProgramResult[] = [];
  for (const [i, program] of programs.entries()) {
    const { code, path: out, gzip } = await bundleProgram(program, i, root, dir);
    const startMs: { deno?: number; node?: number } = {};
    const starter = `${dir}/start_${i}.mjs`;
    await Deno.writeTextFile(
      starter,
      `const t0 = performance.now();\n` +
        `const m = await import(${JSON.stringify(new URL(`file://${out}`).href)});\n` +
        `const r = m.first();\n` +
        `const ms = performance.now() - t0;\n` +
        `console.log(JSON.stringify({ ms, ok: r !== undefined }));\n`,
    );
    for (const runtime of ["deno", "node"] as const) {
      if (runtime === "node" && !node) continue;
      const ms: number[] = [];
      for (let p = 0; p < processes; p++) {
        const text = runtime === "deno"
          ? await run(Deno.execPath(), ["run", "--allow-read", "--allow-env", starter], root)
          : await run("sh", ["-c", `${node} '${starter}'`], root);
        const line = JSON.parse(text.trim().split("\n").at(-1)!);
        if (!line.ok) throw new Error(`${program.name}: no result`);
        ms.push(line.ms);
      }
      startMs[runtime] = median(ms);
    }
    results.push({ program, bytes: code.length, gzip, startMs });
  }
  return results;
}
