// Statistical tests with fixed sample sizes. Every check's false-alarm rate
// is about 1e-7 (|z| < 5.3 two-sided; chi-square at the 1e-7 upper tail) and
// no test makes more than eight such checks, so a healthy generator fails a
// test less than once in a million runs, while a biased draw, a lost bit or a
// skewed shuffle fails every time.
import { randbelow, SystemRandom } from "../mod.ts";
import { createSecrets } from "../testing.ts";
import { assert, assertChiSquare, assertMean, assertVariance } from "./_helpers.ts";

const gen = new SystemRandom();
const N = 100_000;
const sample = (f: () => number, n = N) => Float64Array.from({ length: n }, f);

// ---- Distributions: means and variances against their formulas -------------

const lgamma = (x: number) => {
  // Stirling series; accurate to 1e-10 for x >= 2 (only used below with x >= 2).
  let shift = 0;
  while (x < 10) shift -= Math.log(x++);
  return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) -
    1 / (360 * x ** 3);
};
const gammaFn = (x: number) => Math.exp(lgamma(x));

const distributions: [string, () => number, number, number][] = [
  ["random()", () => gen.random(), 0.5, 1 / 12],
  ["uniform(2, 5)", () => gen.uniform(2, 5), 3.5, 9 / 12],
  ["triangular(0, 10, 8)", () => gen.triangular(0, 10, 8), 6, (100 + 64 - 0 - 0 - 80) / 18],
  // Mode 0.5 on [0, 1]: (0 + 1 + 0.25 - 0 - 0 - 0.5) / 18.
  ["triangular()", () => gen.triangular(), 0.5, 0.75 / 18],
  ["normalvariate(3, 2)", () => gen.normalvariate(3, 2), 3, 4],
  ["gauss(-1, 0.5)", () => gen.gauss(-1, 0.5), -1, 0.25],
  [
    "lognormvariate(0, 0.25)",
    () => gen.lognormvariate(0, 0.25),
    Math.exp(0.03125),
    (Math.exp(0.0625) - 1) * Math.exp(0.0625),
  ],
  ["expovariate(2)", () => gen.expovariate(2), 0.5, 0.25],
  ["gammavariate(0.5, 2)", () => gen.gammavariate(0.5, 2), 1, 2],
  ["gammavariate(1, 3)", () => gen.gammavariate(1, 3), 3, 9],
  ["gammavariate(4.5, 0.5)", () => gen.gammavariate(4.5, 0.5), 2.25, 1.125],
  ["betavariate(2, 5)", () => gen.betavariate(2, 5), 2 / 7, 10 / (49 * 8)],
  ["betavariate(0.5, 0.5)", () => gen.betavariate(0.5, 0.5), 0.5, 0.125],
  ["paretovariate(5)", () => gen.paretovariate(5), 1.25, 5 / (16 * 3)],
  [
    "weibullvariate(2, 1.5)",
    () => gen.weibullvariate(2, 1.5),
    2 * gammaFn(1 + 1 / 1.5),
    4 * (gammaFn(1 + 2 / 1.5) - gammaFn(1 + 1 / 1.5) ** 2),
  ],
  ["binomialvariate(1, 0.3)", () => gen.binomialvariate(1, 0.3), 0.3, 0.21],
  ["binomialvariate(20, 0.2)", () => gen.binomialvariate(20, 0.2), 4, 3.2],
  ["binomialvariate(100, 0.5)", () => gen.binomialvariate(100, 0.5), 50, 25],
  ["binomialvariate(1000, 0.9)", () => gen.binomialvariate(1000, 0.9), 900, 90],
];

for (const [name, draw, mean, variance] of distributions) {
  Deno.test(`${name} has mean ${mean.toPrecision(4)} and variance ${variance.toPrecision(4)} (n = ${N})`, () => {
    const xs = sample(draw);
    assertMean(xs, mean, variance, name);
    assertVariance(xs, mean, variance, name);
  });
}

Deno.test("vonmisesvariate(0, 4) concentrates around 0 with E[cos] = I1(4)/I0(4)", () => {
  // I1(4)/I0(4) = 0.863596...; cos(theta) is bounded, so its variance is below 1.
  const xs = sample(() => Math.cos(gen.vonmisesvariate(0, 4)));
  assertMean(xs, 0.8635998192, 0.0617, "E[cos(theta)]");
  const ys = sample(() => gen.vonmisesvariate(0, 0)); // uniform angle
  assertMean(ys, Math.PI, (2 * Math.PI) ** 2 / 12, "vonmisesvariate(0, 0)");
});

// ---- Bounded integers: chi-square, low bits, bug 9025 -----------------------

const ADVERSARIAL = [3, 7, 255, 256, 257, 2 ** 31 + 1, 3 * 2 ** 51, 2 ** 53 - 1];

for (const n of ADVERSARIAL) {
  Deno.test(`randbelow(${n}) is flat over 64 equal-width bins, and its low bits vary`, () => {
    const bins = Math.min(64, n);
    const counts = new Float64Array(bins);
    let setBits = 0, clearBits = 0;
    for (let i = 0; i < N; i++) {
      const r = randbelow(n);
      counts[Math.floor((r / n) * bins)]++;
      setBits |= r & 0xff;
      clearBits |= ~r & 0xff;
    }
    // Expected counts: exact bin widths (bins are not all equal when n % bins != 0).
    const expected = Array.from({ length: bins }, (_, b) => {
      const lo = Math.ceil((b * n) / bins), hi = Math.ceil(((b + 1) * n) / bins);
      return (N * (hi - lo)) / n;
    });
    assertChiSquare(counts, expected, `randbelow(${n})`);
    // Every bit below n's top bit is seen set and clear (a miss has probability 2 * 2**-N).
    const mask = Math.min(0xff, 2 ** Math.floor(Math.log2(n)) - 1);
    assert.equal(setBits & mask, mask, "some low bit is never set");
    assert.equal(clearBits & mask, mask, "some low bit is never clear");
  });
}

Deno.test("randbelow(bigint > 2**64): flat over 64 bins", () => {
  for (const n of [2n ** 64n + 1n, 3n * 2n ** 100n, 2n ** 256n - 189n]) {
    const counts = new Float64Array(64);
    for (let i = 0; i < 50_000; i++) counts[Number((randbelow(n) * 64n) / n)]++;
    assertChiSquare(counts, Array(64).fill(50_000 / 64), `randbelow(${n})`);
  }
});

Deno.test("x mod 3 is uniform for x = randbelow(3 * 2**51) and randrange(6755399441055744) (CPython bug 9025)", () => {
  for (const draw of [() => randbelow(3 * 2 ** 51), () => gen.randrange(6755399441055744)]) {
    const counts = [0, 0, 0];
    for (let i = 0; i < N; i++) counts[draw() % 3]++;
    assertChiSquare(counts, [N / 3, N / 3, N / 3], "x mod 3");
  }
});

// ---- The rejection loop, proved by enumeration through ./testing -----------

// 0, 1, 2, ... 250, 0, 1, ...: after the prefix, the byte used next reveals how many were used.
const COUNTER = Uint8Array.from({ length: 8192 }, (_, i) => i % 251);

/** Runs randbelow(n) on a fresh source that starts with `prefix`; returns [result, bytes used]. */
function drawWith(prefix: number[], n: number): [number, number] {
  let offset = 0;
  const s = createSecrets((buf) => {
    buf.set(COUNTER.subarray(offset, offset + buf.length));
    if (offset === 0) {
      buf.set(prefix);
      buf.set(COUNTER.subarray(0, buf.length - prefix.length), prefix.length);
    }
    offset += buf.length % 251;
  });
  const r = s.randbelow(n);
  const next = s.token_bytes(1)[0];
  return [r, prefix.length + next];
}

Deno.test("exhaustive: every 1-byte input, every bound 1..255 (8 bits): accepted outputs in exactly equal counts", () => {
  for (let n = 1; n <= 255; n++) {
    const k = 32 - Math.clz32(n);
    const counts = new Array(n).fill(0);
    let accepted = 0;
    for (let b = 0; b < 256; b++) {
      const [r, used] = drawWith([b], n);
      if (used === 1) {
        counts[r]++;
        accepted++;
        assert.equal(r, b >> (8 - k), "the draw is the top k bits of the byte");
      } else {
        assert.ok(b >> (8 - k) >= n, `byte ${b} was rejected for n = ${n} though it fits`);
      }
    }
    assert.ok(counts.every((c) => c === counts[0]), `unequal counts for n = ${n}: ${counts}`);
    assert.equal(accepted, n * 2 ** (8 - k));
  }
});

Deno.test("exhaustive: every 2-byte input for 16-bit bounds 256..65535 (a selection): exactly equal counts", () => {
  for (const n of [256, 257, 1000, 32768, 40000, 65535]) {
    const k = 32 - Math.clz32(n);
    const counts = new Uint32Array(n);
    for (let v = 0; v < 65536; v++) {
      const [r, used] = drawWith([v >> 8, v & 0xff], n);
      if (used === 2) counts[r]++;
      else assert.ok(v >> (16 - k) >= n);
    }
    const c0 = counts[0];
    assert.ok(counts.every((c) => c === c0), `unequal counts for n = ${n}`);
    assert.equal(c0, 2 ** (16 - k));
  }
});

// ---- Sequences: shuffle, sample, choices -------------------------------------

function permutationCounts(size: number, trials: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let t = 0; t < trials; t++) {
    const xs = Array.from({ length: size }, (_, i) => i);
    gen.shuffle(xs);
    const key = xs.join();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

for (const [size, perms] of [[3, 6], [4, 24], [5, 120]]) {
  Deno.test(`shuffle is uniform over all ${perms} permutations of ${size}`, () => {
    const trials = 600 * perms;
    const counts = permutationCounts(size, trials);
    assert.equal(counts.size, perms);
    assertChiSquare([...counts.values()], Array(perms).fill(trials / perms), `shuffle(${size})`);
  });
}

Deno.test("shuffle of 10: every element equally likely at every position", () => {
  const trials = 50_000;
  const m = Array.from({ length: 10 }, () => new Float64Array(10));
  for (let t = 0; t < trials; t++) {
    const xs = Array.from({ length: 10 }, (_, i) => i);
    gen.shuffle(xs);
    xs.forEach((x, pos) => m[x][pos]++);
  }
  // One chi-square over all 100 cells (df 99; the true df is 81, so this errs
  // on the side of fewer false alarms).
  assertChiSquare(
    m.flatMap((row) => Array.from(row)),
    Array(100).fill(trials / 10),
    "element x position",
  );
});

Deno.test("sample frequencies: each element chosen k/n of the time; ordered pairs uniform", () => {
  const trials = 50_000;
  const counts = new Float64Array(10);
  const pairs = new Float64Array(20);
  for (let t = 0; t < trials; t++) {
    for (const x of gen.sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3)) counts[x]++;
    const [a, b] = gen.sample([0, 1, 2, 3, 4], 2);
    pairs[a * 4 + (b > a ? b - 1 : b)]++;
  }
  assertChiSquare(counts, Array(10).fill((trials * 3) / 10), "sample(10, 3)");
  assertChiSquare(pairs, Array(20).fill(trials / 20), "sample(5, 2) ordered pairs");
  // The set strategy (n far above k).
  const big = new Float64Array(16);
  const pop = Array.from({ length: 16_000 }, (_, i) => i);
  for (let t = 0; t < 20_000; t++) for (const x of gen.sample(pop, 2)) big[x % 16]++;
  assertChiSquare(big, Array(16).fill(40_000 / 16), "sample(16000, 2)");
});

Deno.test("choices frequencies follow the weights, with and without weights", () => {
  const w = [1, 2, 3, 4, 0, 10];
  const total = 20;
  const counts = new Float64Array(6);
  for (const x of gen.choices([0, 1, 2, 3, 4, 5], w, { k: N })) counts[x]++;
  assert.equal(counts[4], 0);
  const nz = [0, 1, 2, 3, 5];
  assertChiSquare(nz.map((i) => counts[i]), nz.map((i) => (N * w[i]) / total), "weighted choices");
  const flat = new Float64Array(7);
  for (const x of gen.choices([0, 1, 2, 3, 4, 5, 6], { k: N })) flat[x]++;
  assertChiSquare(flat, Array(7).fill(N / 7), "unweighted choices");
});

Deno.test("randrange(0, 100, 7) and choice over 62 characters are flat", () => {
  const c = new Float64Array(15);
  for (let i = 0; i < N; i++) c[gen.randrange(0, 100, 7) / 7]++;
  assertChiSquare(c, Array(15).fill(N / 15), "randrange(0, 100, 7)");
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const counts = new Map<string, number>();
  for (let i = 0; i < N; i++) {
    const ch = gen.choice(alphabet);
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  assert.equal(counts.size, 62);
  assertChiSquare([...counts.values()], Array(62).fill(N / 62), "choice(62 chars)");
});
