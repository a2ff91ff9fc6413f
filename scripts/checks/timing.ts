/**
 * `deno task timing`: a dudect-style constant-time test of `compare_digest`.
 *
 * Each measurement times a batch of calls comparing a secret with a guess
 * that is either equal to it (class A) or differs in its first byte (class
 * B). The class is chosen at random for every measurement and written into
 * the same buffer, so allocation and memory addresses cannot fake a
 * difference. Strings cannot be rewritten in place: there the class picks one
 * of two fixed guesses by index, with the same code for both. The JIT warms
 * up on both classes alternately, so that neither is compiled as the rare
 * path (warmed up on one class only, two equal strings, one per class, gave
 * |t| = 20 to 30 in more than a third of the runs, whatever the comparison).
 * The slowest 5% of measurements (GC pauses, preemption) are dropped, and
 * Welch's t-test compares the classes.
 *
 * Four controls run every time, on bytes and on strings:
 * - A/A: both classes equal; |t| must stay below 4.5, or the machine is too
 *   noisy for the run to mean anything (the run is retried once, then fails);
 * - a naive early-exit comparison must be flagged, |t| > 10, or the test is
 *   not sensitive enough to mean anything.
 * `compare_digest` passes below |t| = 10; between 4.5 and 10 it is measured
 * again with four times as many measurements and must then stay below 10.
 *
 * @module
 */

import { compare_digest, randbits, token_bytes } from "../../mod.ts";

const LENGTH = 512;
const BATCH = 16;

type Compare = (a: Uint8Array, b: Uint8Array) => boolean;

function naive(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

let sink = 0;

/** Welch's t between class A and class B timings of `compare`. */
function tStatistic(compare: Compare, n: number, aa: boolean): number {
  const secret = token_bytes(LENGTH);
  const guess = new Uint8Array(LENGTH);
  const times = new Float64Array(n);
  const classes = new Uint8Array(n);
  // Warm up the JIT on both classes, so that neither is compiled as a rare path.
  for (let i = 0; i < 50_000; i++) {
    guess.set(secret);
    guess[0] = secret[0] ^ ((i & 1) === 1 && !aa ? 0xff : 0);
    sink += +compare(secret, guess);
  }
  for (let i = 0; i < n; i++) {
    const cls = randbits(1);
    // Both classes do the same writes; only the value of the first byte differs.
    guess.set(secret);
    guess[0] = secret[0] ^ (cls === 1 && !aa ? 0xff : 0);
    const t0 = performance.now();
    for (let j = 0; j < BATCH; j++) sink += +compare(secret, guess);
    times[i] = performance.now() - t0;
    classes[i] = cls;
  }
  const cutoff = Float64Array.from(times).sort()[Math.floor(n * 0.95)];
  const s = [[0, 0, 0], [0, 0, 0]]; // count, sum, sum of squares per class
  for (let i = 0; i < n; i++) {
    if (times[i] > cutoff) continue;
    const c = s[classes[i]];
    c[0]++;
    c[1] += times[i];
    c[2] += times[i] * times[i];
  }
  const [m0, m1] = [s[0][1] / s[0][0], s[1][1] / s[1][0]];
  const v0 = (s[0][2] - s[0][0] * m0 * m0) / (s[0][0] - 1);
  const v1 = (s[1][2] - s[1][0] * m1 * m1) / (s[1][0] - 1);
  return (m0 - m1) / Math.sqrt(v0 / s[0][0] + v1 / s[1][0]);
}

function naiveStrings(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Two fixed guesses built the same way (flat strings): equal to the secret,
 * and differing in the first character (or also equal, for the A/A control).
 * The class in the buffer picks one by index: the same code for both.
 */
function stringCase(n: number, aa: boolean, compare: (a: string, b: string) => boolean): number {
  const codes = Array.from(token_bytes(LENGTH), (b) => 33 + (b % 90));
  const secretText = String.fromCharCode(...codes);
  const first = aa ? codes[0] : codes[0] === 33 ? 35 : 33;
  const guesses = [String.fromCharCode(...codes), String.fromCharCode(first, ...codes.slice(1))];
  return tStatistic((a, b) => compare(secretText, guesses[+(a[0] !== b[0])]), n, false);
}

const N = 40_000;

// Each measurement runs in a fresh process, so that the JIT state of one
// (a call site made polymorphic by another comparison function) cannot bias
// the next.
const CASES: Record<string, (n: number) => number> = {
  aa: (n) => tStatistic(compare_digest, n, true),
  naive: (n) => tStatistic(naive, n, false),
  bytes: (n) => tStatistic(compare_digest, n, false),
  strings: (n) => stringCase(n, false, compare_digest),
  "strings-aa": (n) => stringCase(n, true, compare_digest),
  "strings-naive": (n) => stringCase(n, false, naiveStrings),
};

async function measure(name: string, n: number): Promise<number> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      import.meta.filename ?? new URL(import.meta.url).pathname,
      "--case",
      name,
      String(n),
    ],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  if (!out.success) throw new Error(`timing case ${name} failed`);
  return Number(new TextDecoder().decode(out.stdout).trim());
}

if (Deno.args[0] === "--case") {
  const t = CASES[Deno.args[1]](Number(Deno.args[2]));
  console.log(sink === 0.5 ? 0 : t); // keeps the calls observable
} else {
  const results: string[] = [];
  let failed = 0;
  const report = (name: string, t: number, rule: string, pass: boolean) => {
    results.push(
      `${pass ? "ok  " : "FAIL"} ${name.padEnd(32)} |t| = ${
        Math.abs(t).toFixed(2).padStart(7)
      }   ${rule}`,
    );
    if (!pass) failed++;
  };
  for (const [kind, suffix] of [["", "bytes"], ["strings-", "strings"]]) {
    let aa = await measure(`${kind}aa`, N);
    if (Math.abs(aa) >= 4.5) aa = await measure(`${kind}aa`, N); // one retry for a noisy moment
    report(`A/A control (${suffix})`, aa, "must be < 4.5", Math.abs(aa) < 4.5);
    const early = await measure(`${kind}naive`, N);
    report(
      `naive early-exit compare (${suffix})`,
      early,
      "must be > 10 (flagged)",
      Math.abs(early) > 10,
    );
  }
  for (
    const [name, label] of [["bytes", "compare_digest (bytes)"], [
      "strings",
      "compare_digest (ASCII strings)",
    ]]
  ) {
    let t = await measure(name, N);
    let rule = "must be < 10";
    if (Math.abs(t) >= 4.5 && Math.abs(t) < 10) {
      t = await measure(name, 4 * N);
      rule = "was between 4.5 and 10: re-measured with 4x as many, must be < 10";
    }
    report(label, t, rule, Math.abs(t) < 10);
  }
  console.log(
    `${N} measurements per run, ${BATCH} calls each, ${LENGTH}-byte inputs, each run in its own process`,
  );
  console.log(results.join("\n"));
  console.log(`timing: ${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) Deno.exit(1);
}
