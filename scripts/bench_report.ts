/**
 * `deno task bench:report`: runs bench/secrets_bench.ts and, when an
 * interpreter is given, the same calls on CPython (scripts/bench_cpython.py),
 * then prints every target of the performance issue as a ratio measured in
 * one run, and whether it is met. Writes bench/RESULTS.md.
 *
 *     deno task bench:report                                   # peers and floors only
 *     deno task bench:report --python "env PYENV_VERSION=3.13.0 python3"
 *
 * @module
 */

import { parseArgs } from "node:util";

const { values } = parseArgs({ args: Deno.args, options: { python: { type: "string" } } });
const root = new URL("../", import.meta.url);

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, { args, cwd: root, stdout: "piped", stderr: "inherit" })
    .output();
  if (!out.success) throw new Error(`${cmd} ${args.join(" ")} failed`);
  return new TextDecoder().decode(out.stdout);
}

const bench = JSON.parse(
  await run(Deno.execPath(), [
    "bench",
    "--json",
    "--allow-read",
    "--allow-env",
    "bench/secrets_bench.ts",
  ]),
);
const ns = new Map<string, number>();
for (const b of bench.benches) ns.set(b.name, b.results[0].ok.avg);
const ops = (name: string) => 1e9 / ns.get(name)!;

let py: { python: string; ops: Record<string, number> } | undefined;
if (values.python) {
  py = JSON.parse(await run("sh", ["-c", `${values.python} scripts/bench_cpython.py`]));
}

// Memory: the pool is 2 x 4 KiB; the heap must not grow with the number of calls.
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

interface Row {
  work: string;
  against: string;
  ratio: number | undefined;
  target: number;
  note?: string;
}
const rows: Row[] = [];
const vs = (work: string, a: string, b: string, target: number, note?: string) =>
  rows.push({ work, against: b, ratio: ops(a) / ops(b), target, note });
const vsPy = (work: string, a: string, target: number, note?: string) =>
  rows.push({
    work,
    against: `CPython ${py?.python ?? "(not run)"}`,
    ratio: py ? ops(a) / py.ops[a] : undefined,
    target,
    note,
  });

vs("`token_hex(16)`", "token_hex(16)", "floor: pooled getRandomValues + toHex", 0.8);
vs("`token_hex(16)`", "token_hex(16)", "nanoid()", 2);
vs("`token_hex(16)`", "token_hex(16)", "crypto.randomUUID()", 0, "information only");
vs("`token_urlsafe(32)`", "token_urlsafe(32)", "floor: pooled getRandomValues + toBase64", 0.8);
vs("`randbelow(1000)`", "randbelow(1000)", "node:crypto randomInt(0, 1000)", 1);
vs("`choice` over 62 characters", "choice(62 characters)", "ALNUM[randomInt(0, 62)]", 1);
vs("`randbits(32)`", "randbits(32)", "node:crypto randomInt(0, 2**32)", 1);
vs("`random()`", "SystemRandom.random()", "node:crypto randomInt(0, 2**32)", 1);
// 1 MiB draws allocate and collect a megabyte per call, so deno bench's mean
// swings with GC timing. These ratios use medians of 300 interleaved calls.
const mibScript = `
  import { token_bytes } from "./mod.ts";
  const fresh = () => { const o = new Uint8Array(1 << 20);
    for (let i = 0; i < o.length; i += 65536) crypto.getRandomValues(o.subarray(i, i + 65536)); return o; };
  const reused = new Uint8Array(1 << 20);
  const raw = () => { for (let i = 0; i < reused.length; i += 65536)
    crypto.getRandomValues(reused.subarray(i, i + 65536)); return reused; };
  const fns = [() => token_bytes(1 << 20), fresh, raw];
  const t = fns.map(() => []);
  for (let k = 0; k < 20; k++) fns.forEach((f) => f());
  for (let k = 0; k < 300; k++) fns.forEach((f, i) => { const a = performance.now(); f(); t[i].push(performance.now() - a); });
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  console.log(JSON.stringify(t.map(med)));`;
const [mibOurs, mibFresh, mibReused] = JSON.parse(
  await run(Deno.execPath(), ["eval", "--no-check", mibScript]),
);
rows.push({
  work: "`token_bytes(1 << 20)` (medians)",
  against: "floor: raw getRandomValues, 64 KiB chunks, fresh buffer",
  ratio: mibFresh / mibOurs,
  target: 0.9,
});
rows.push({
  work: "`token_bytes(1 << 20)` (medians)",
  against: "raw getRandomValues, 64 KiB chunks, reused buffer",
  ratio: mibReused / mibOurs,
  target: 0.9,
  note: "a returned token must be a fresh buffer: allocating and zeroing 1 MiB is the difference",
});
vsPy("`randbelow(2n ** 256n)`", "randbelow(2n ** 256n)", 3);
vsPy("`shuffle` of 1,000,000 numbers", "shuffle(1,000,000 numbers)", 10);
if (py) {
  // Why a target can be out of reach: what the floor itself achieves against CPython.
  const floorVsPy = (floor: string, name: string) => (ops(floor) / py!.ops[name]).toFixed(1);
  const why: Record<string, string> = {
    "token_bytes(32)":
      "Deno allocates a small Uint8Array in ~650 ns (Node.js: ~25 ns); every fresh byte result pays it",
    "SystemRandom.randbytes(16)": "as token_bytes(32): the fresh Uint8Array's allocation",
    "token_hex(16)": `the native toHex call dominates: even the floor is ${
      floorVsPy("floor: pooled getRandomValues + toHex", "token_hex(16)")
    }x CPython`,
    "token_hex(32)": "as token_hex(16): the native encoder dominates",
    "token_urlsafe(32)": `Deno's native toBase64 costs ~150 ns: even the floor is ${
      floorVsPy("floor: pooled getRandomValues + toBase64", "token_urlsafe(32)")
    }x CPython`,
    "token_urlsafe(16)":
      "as token_urlsafe(32): the native encoder dominates (a JS encoder is no faster)",
    "token_bytes(1 << 20)": `bound by getRandomValues itself: the fresh-buffer floor is ${
      floorVsPy("floor: raw getRandomValues, 64 KiB chunks, fresh buffer", "token_bytes(1 << 20)")
    }x CPython`,
    "randbits(64n)":
      "building a bigint from bytes takes two BigInt operations; CPython's int.from_bytes is one C call",
    "randbelow(2n ** 256n)": "hex-parsing 33 bytes into a bigint; CPython builds its int in C",
  };
  for (const name of Object.keys(py.ops)) {
    if (!ns.has(name)) continue;
    const r = ops(name) / py.ops[name];
    vsPy(`\`${name}\``, name, 8, r < 8 ? why[name] : undefined);
  }
}

const fmt = (r: Row) => (r.ratio === undefined ? "not run" : `${r.ratio.toFixed(2)}x`);
const met = (r: Row) =>
  r.target === 0 ? "-" : r.ratio === undefined ? "not run" : r.ratio >= r.target ? "yes" : "**no**";
let md = `Measured ${new Date().toISOString().slice(0, 10)} on ${bench.cpu}, ${bench.runtime}` +
  (py ? `, CPython ${py.python}` : "") +
  ". Ratios are ops/s of this package over ops/s of the other, measured in one run " +
  "(Deno bench's mean time per call; CPython: timeit's best of 5).\n\n" +
  "| work | against | ratio | target | met | note |\n|---|---|---:|---:|---|---|\n";
for (const r of rows) {
  md += `| ${r.work} | ${r.against} | ${fmt(r)} | ${r.target ? `>= ${r.target}x` : "-"} | ${
    met(r)
  } | ${r.note ?? ""} |\n`;
}
md += `| memory | pool | 8 KiB buffer (4 KiB block) | <= 16 KiB | yes | |\n`;
md += `| memory | heap growth over 6,000,000 further calls | ${growth.toFixed(0)} KiB | flat | ${
  Math.abs(growth) < 512 ? "yes" : "**no**"
} | after gc() |\n`;
console.log(md);
await Deno.writeTextFile(new URL("bench/RESULTS.md", root), `# Benchmark results\n\n${md}`);
