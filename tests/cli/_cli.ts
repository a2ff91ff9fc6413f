// Running the command line as a user runs it: a subprocess, on Deno (the
// source, with no permission), on Node.js and on Bun (a `deno bundle` of it).
// SECRETS_CLI=path/to/cli.ts runs the Deno cases against another version
// (e.g. 0.1.0's, to see which cases it fails).
import { assert } from "../_helpers.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const CLI = Deno.env.get("SECRETS_CLI") ?? `${ROOT}cli.ts`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  bytes: Uint8Array;
}

export interface RunOptions {
  stdin?: string | Uint8Array;
  /** Deno permission flags, e.g. `--allow-read=FILE` (ignored on Node and Bun). */
  permissions?: string[];
}

/** A way to start the CLI: the command and the arguments before the CLI's own. */
export interface Runtime {
  name: string;
  command: string;
  prefix: string[];
  /** Flags that cap the JS heap, where the runtime has them. */
  heapCap?: string[];
  /** Deno flags go before the script. */
  deno?: boolean;
}

export function argv(rt: Runtime, args: string[], opts: RunOptions = {}, extra: string[] = []) {
  return rt.deno
    ? [...rt.prefix.slice(0, -1), ...extra, ...(opts.permissions ?? []), rt.prefix.at(-1)!, ...args]
    : [...extra, ...rt.prefix, ...args];
}

export async function run(rt: Runtime, args: string[], opts: RunOptions = {}): Promise<Run> {
  const child = new Deno.Command(rt.command, {
    args: argv(rt, args, opts),
    stdin: opts.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
  const input = opts.stdin;
  const writing = input === undefined ? Promise.resolve() : (async () => {
    const w = child.stdin.getWriter();
    try {
      await w.write(typeof input === "string" ? new TextEncoder().encode(input) : input);
      await w.close();
    } catch {
      // The CLI stopped reading (it refused the input early): what it printed says why.
    }
  })();
  const [out] = await Promise.all([child.output(), writing]);
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
    bytes: out.stdout,
  };
}

export const DENO: Runtime = {
  name: "deno",
  command: Deno.execPath(),
  prefix: ["run", "--no-prompt", CLI],
  heapCap: ["--v8-flags=--max-old-space-size=48"],
  deno: true,
};

/** Bundles the CLI for Node.js and Bun (once per test module). */
export async function bundle(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "secrets-cli-" });
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["bundle", "--quiet", "--platform", "node", "-o", `${dir}/cli.mjs`, `${ROOT}cli.ts`],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
  return `${dir}/cli.mjs`;
}

/** Node.js from the PATH, if there is one. */
export async function nodeRuntime(script: string): Promise<Runtime | string> {
  try {
    const out = await new Deno.Command("node", { args: ["--version"], stdout: "piped" }).output();
    if (!out.success) return "node --version failed";
  } catch (e) {
    return `no node on the PATH (${(e as Error).message})`;
  }
  return { name: "node", command: "node", prefix: [script], heapCap: ["--max-old-space-size=48"] };
}

/** Bun from the npm registry (its binary, found once, then run directly). */
export async function bunRuntime(script: string): Promise<Runtime | string> {
  try {
    const out = await new Deno.Command("npx", {
      args: ["-y", "bun@1", "-e", "console.log(process.execPath)"],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const path = new TextDecoder().decode(out.stdout).trim();
    if (!out.success || !path) {
      return `npx -y bun@1 failed: ${new TextDecoder().decode(out.stderr).trim().slice(0, 200)}`;
    }
    return { name: "bun", command: path, prefix: [script] };
  } catch (e) {
    return `npx is not available (${(e as Error).message})`;
  }
}

/** Runs `tasks` with at most `limit` at a time. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit = 4): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Starts the CLI with stdout piped, reads its first line, then closes the pipe. */
export async function firstLineThenClose(rt: Runtime, args: string[]) {
  const child = new Deno.Command(rt.command, {
    args: argv(rt, args),
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const reader = child.stdout.getReader();
  let text = "";
  while (!text.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  await reader.cancel(); // the reader goes away, as `head -1` does
  const [status, stderr] = await Promise.all([
    child.status,
    new Response(child.stderr).text(),
  ]);
  return { code: status.code, signal: status.signal, first: text.split("\n")[0], stderr };
}

/** Runs the CLI with stdout sent to /dev/full (a disk that is always full). */
export async function toDevFull(rt: Runtime, args: string[]) {
  const out = await new Deno.Command("sh", {
    args: ["-c", 'exec "$@" > /dev/full', "sh", rt.command, ...argv(rt, args)],
    stdout: "null",
    stderr: "piped",
  }).output();
  return { code: out.code, stderr: new TextDecoder().decode(out.stderr) };
}

/**
 * Runs the CLI with the heap capped and counts its output without keeping
 * it: the output's length, its first and last bytes, and whether every byte
 * is in `allowed`.
 */
export async function streamed(rt: Runtime, args: string[], allowed: RegExp) {
  const child = new Deno.Command(rt.command, {
    args: argv(rt, args, {}, rt.heapCap ?? []),
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const table = new Uint8Array(256);
  for (let b = 0; b < 256; b++) table[b] = allowed.test(String.fromCharCode(b)) ? 1 : 0;
  let length = 0;
  let bad = 0;
  let head = "";
  let last = 0;
  const stderr = new Response(child.stderr).text();
  for await (const chunk of child.stdout) {
    if (head.length < 8) head += new TextDecoder().decode(chunk.subarray(0, 8));
    for (let i = 0; i < chunk.length; i++) bad += 1 - table[chunk[i]];
    length += chunk.length;
    last = chunk[chunk.length - 1];
  }
  const status = await child.status;
  return { code: status.code, length, bad, head, last, stderr: await stderr };
}
