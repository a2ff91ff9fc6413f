/**
 * `deno task batteries`: statistical batteries over the package's own output.
 *
 * Streams (scripts/checks/stream.ts, always fed through a pipe, never a rewound file):
 * the raw `token_bytes` stream and bit streams derived from `randbelow`,
 * `randbits`, `choice` and `randbelow` at odd bounds. Each goes through
 * Debian's `rngtest` (FIPS 140-2), `ent`, a compression check and a chosen
 * `dieharder` subset. The tools are installed with apt-get if missing
 * (scripts/checks/_need.sh: outside CI, a machine that cannot install them skips
 * this step with a SKIPPED line).
 *
 * Verdict rules (a healthy generator fails single tests by chance, so none
 * of these trusts one test at face value; each rule's false-alarm rate is
 * below one in a million):
 * - rngtest: its exit code is ignored (any one bad block fails it). A healthy
 *   source fails about 0.08% of 20,000-bit blocks; the stream fails only if
 *   the failed-block count is improbably high for a Poisson mean of
 *   0.0008 * blocks (upper tail p < 1e-6).
 * - ent: fails only if the chi-square of the byte counts has upper-tail
 *   p < 1e-6 (255 degrees of freedom).
 * - compression: 4 MB must not deflate (level 9) below 99% of its size.
 * - dieharder: PASSED passes. WEAK or FAILED is re-run on a fresh stream; the
 *   test fails only if FAILED comes twice in a row.
 *
 * @module
 */

import { deflateSync } from "node:zlib";

const root = new URL("../..", import.meta.url).pathname;
const deno = Deno.execPath();
const STREAM = `${deno} run --quiet ${root}scripts/checks/stream.ts`;

async function sh(cmd: string): Promise<{ code: number; out: string }> {
  const r = await new Deno.Command("sh", { args: ["-c", cmd], stdout: "piped", stderr: "piped" })
    .output();
  return {
    code: r.code,
    out: new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr),
  };
}

/**
 * Makes sure rngtest, ent and dieharder are there: scripts/checks/_need.sh installs
 * Debian's packages when it can, and says why when it cannot. Outside CI, a
 * machine that cannot install them skips this step (SKIPPED, exit status 0).
 */
async function ensureTools(): Promise<void> {
  const { code } = await new Deno.Command("bash", {
    args: [
      `${root}scripts/checks/_need.sh`,
      "batteries",
      "rngtest:rng-tools5",
      "ent:ent",
      "dieharder:dieharder",
    ],
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  if (code === 3) Deno.exit(0); // skipped: _need.sh printed the SKIPPED line
  if (code !== 0) Deno.exit(1); // _need.sh printed the reason
}

/** Upper tail of the Poisson distribution, P(X >= k). */
function poissonTail(k: number, lambda: number): number {
  let term = Math.exp(-lambda), cdf = 0;
  for (let i = 0; i < k; i++) {
    cdf += term;
    term *= lambda / (i + 1);
  }
  return Math.max(0, 1 - cdf);
}

/** Upper tail of chi-square with df degrees of freedom (Wilson-Hilferty). */
function chi2Tail(x: number, df: number): number {
  const z = ((x / df) ** (1 / 3) - (1 - 2 / (9 * df))) / Math.sqrt(2 / (9 * df));
  return 0.5 * erfc(z / Math.SQRT2);
}

function erfc(x: number): number {
  // Numerical Recipes' erfc (relative error below 1.2e-7).
  const z = Math.abs(x), t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(
    -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628288 +
                      t *
                        (0.27886807 +
                          t *
                            (-1.13520398 +
                              t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
  );
  return x >= 0 ? r : 2 - r;
}

interface Verdict {
  stream: string;
  test: string;
  result: string;
  pass: boolean;
}
const verdicts: Verdict[] = [];
const record = (v: Verdict) => {
  verdicts.push(v);
  console.log(
    `${v.pass ? "ok  " : "FAIL"} ${v.stream.padEnd(12)} ${v.test.padEnd(22)} ${v.result}`,
  );
};

async function rngtest(kind: string, blocks = 2000): Promise<void> {
  const r = await sh(`${STREAM} ${kind} --bytes ${2500 * (blocks + 1)} | rngtest -c ${blocks}`);
  const failures = Number(/FIPS 140-2 failures: (\d+)/.exec(r.out)?.[1] ?? NaN);
  if (Number.isNaN(failures)) throw new Error(`rngtest gave no count:\n${r.out}`);
  const p = poissonTail(failures, 0.0008 * blocks);
  record({
    stream: kind,
    test: "rngtest FIPS 140-2",
    result: `${failures} of ${blocks} blocks failed (P = ${p.toPrecision(2)})`,
    pass: p >= 1e-6,
  });
}

async function entAndCompression(kind: string): Promise<void> {
  const r = await new Deno.Command("sh", {
    args: ["-c", `${STREAM} ${kind} --bytes 4000000`],
    stdout: "piped",
  }).output();
  const data = r.stdout;
  const ent = new Deno.Command("ent", { args: ["-t"], stdin: "piped", stdout: "piped" }).spawn();
  const w = ent.stdin.getWriter();
  await w.write(data);
  await w.close();
  const line = new TextDecoder().decode((await ent.output()).stdout).trim().split("\n")[1].split(
    ",",
  );
  const [entropy, chi2, mean, pi, serial] = line.slice(2).map(Number);
  const p = chi2Tail(chi2, 255);
  record({
    stream: kind,
    test: "ent chi-square",
    result: `chi2 ${chi2.toFixed(1)} (p = ${p.toPrecision(2)}), entropy ${entropy} bits/byte, ` +
      `mean ${mean}, pi ${pi}, serial ${serial}`,
    pass: p >= 1e-6,
  });
  const ratio = deflateSync(data, { level: 9 }).length / data.length;
  record({
    stream: kind,
    test: "deflate -9 of 4 MB",
    result: `${(ratio * 100).toFixed(3)}% of the input`,
    pass: ratio >= 0.99,
  });
}

async function dieharder(kind: string, test: number): Promise<void> {
  const once = async () => {
    const r = await sh(`${STREAM} ${kind} | dieharder -g 200 -d ${test}`);
    const rows = r.out.split("\n").filter((l) => /PASSED|WEAK|FAILED/.test(l));
    if (rows.length === 0) throw new Error(`dieharder -d ${test} gave no result:\n${r.out}`);
    const name = rows[0].split("|")[0].trim();
    const worst = rows.some((l) => l.includes("FAILED"))
      ? "FAILED"
      : rows.some((l) => l.includes("WEAK"))
      ? "WEAK"
      : "PASSED";
    const ps = rows.map((l) => l.split("|")[4].trim()).join(", ");
    return { name, worst, ps };
  };
  const first = await once();
  let result = `${first.worst} (p ${first.ps})`;
  let pass = first.worst === "PASSED";
  if (!pass) {
    const again = await once();
    result += `; re-run: ${again.worst} (p ${again.ps})`;
    pass = !(first.worst === "FAILED" && again.worst === "FAILED");
  }
  record({ stream: kind, test: `dieharder ${first.name}`, result, pass });
}

await ensureTools();
const started = performance.now();
for (const kind of ["token_bytes", "randbelow", "randbits", "choice", "mixed"]) {
  await rngtest(kind);
  await entAndCompression(kind);
  for (const d of kind === "token_bytes" ? [0, 2, 3, 100, 101] : [0, 3, 100, 101]) {
    await dieharder(kind, d);
  }
}
const failed = verdicts.filter((v) => !v.pass).length;
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const table = "| stream | test | result | verdict |\n|---|---|---|---|\n" +
  verdicts.map((v) => `| ${v.stream} | ${v.test} | ${v.result} | ${v.pass ? "pass" : "**FAIL**"} |`)
    .join("\n");
await Deno.mkdir(`${root}reports`, { recursive: true });
await Deno.writeTextFile(
  `${root}reports/batteries.md`,
  `# Statistical batteries\n\nRun ${
    new Date().toISOString().slice(0, 10)
  } in ${seconds} s.\n\n${table}\n`,
).catch(() => {});
console.log(`batteries: ${verdicts.length - failed} passed, ${failed} failed`);
if (failed > 0) Deno.exit(1);
