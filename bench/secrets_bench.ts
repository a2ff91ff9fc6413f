// Each function next to the floor for the same work (the cheapest correct
// inline code) and next to its peers, in one run: compare ratios within a
// group, never absolute times. `deno task bench`; scripts/bench_report.ts
// turns the JSON output into the README's table.
import { nanoid } from "nanoid";
import { randomBytes, randomInt } from "node:crypto";
import {
  choice,
  randbelow,
  randbits,
  SystemRandom,
  token_bytes,
  token_hex,
  token_urlsafe,
} from "../mod.ts";

type Native = { toHex(): string; toBase64(o: object): string };
const B64 = { alphabet: "base64url", omitPadding: true };

// The floor: getRandomValues into a reused 4 KiB block, native encoders, no checks.
const block = new Uint8Array(4096);
let off = block.length;
function floorBytes(n: number): Uint8Array {
  if (off + n > block.length) {
    crypto.getRandomValues(block);
    off = 0;
  }
  const v = block.subarray(off, off + n);
  off += n;
  return v;
}
let sink: unknown;

Deno.bench("token_hex(16)", { group: "token_hex(16)", baseline: true }, () => {
  sink = token_hex(16);
});
Deno.bench("floor: pooled getRandomValues + toHex", { group: "token_hex(16)" }, () => {
  sink = (floorBytes(16) as unknown as Native).toHex();
});
Deno.bench("nanoid()", { group: "token_hex(16)" }, () => {
  sink = nanoid();
});
Deno.bench("crypto.randomUUID()", { group: "token_hex(16)" }, () => {
  sink = crypto.randomUUID();
});
Deno.bench("node:crypto randomBytes(16).toString('hex')", { group: "token_hex(16)" }, () => {
  sink = randomBytes(16).toString("hex");
});

Deno.bench("token_urlsafe(32)", { group: "token_urlsafe(32)", baseline: true }, () => {
  sink = token_urlsafe(32);
});
Deno.bench("floor: pooled getRandomValues + toBase64", { group: "token_urlsafe(32)" }, () => {
  sink = (floorBytes(32) as unknown as Native).toBase64(B64);
});
Deno.bench("nanoid(43)", { group: "token_urlsafe(32)" }, () => {
  sink = nanoid(43);
});

Deno.bench("randbelow(1000)", { group: "randbelow(1000)", baseline: true }, () => {
  sink = randbelow(1000);
});
Deno.bench("node:crypto randomInt(0, 1000)", { group: "randbelow(1000)" }, () => {
  sink = randomInt(0, 1000);
});

const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
Deno.bench("choice(62 characters)", { group: "choice", baseline: true }, () => {
  sink = choice(ALNUM);
});
Deno.bench("ALNUM[randomInt(0, 62)]", { group: "choice" }, () => {
  sink = ALNUM[randomInt(0, 62)];
});

const rng = new SystemRandom();
Deno.bench("randbits(32)", { group: "32 bits", baseline: true }, () => {
  sink = randbits(32);
});
Deno.bench("SystemRandom.random()", { group: "32 bits" }, () => {
  sink = rng.random();
});
Deno.bench("node:crypto randomInt(0, 2**32)", { group: "32 bits" }, () => {
  sink = randomInt(0, 2 ** 32);
});

const BIG = 2n ** 256n;
Deno.bench("randbelow(2n ** 256n)", { group: "bigint" }, () => {
  sink = randbelow(BIG);
});

const MIB = new Uint8Array(1 << 20);
Deno.bench("token_bytes(1 << 20)", { group: "1 MiB", baseline: true }, () => {
  sink = token_bytes(1 << 20);
});
Deno.bench("floor: raw getRandomValues, 64 KiB chunks, fresh buffer", { group: "1 MiB" }, () => {
  const out = new Uint8Array(1 << 20);
  for (let i = 0; i < out.length; i += 65536) crypto.getRandomValues(out.subarray(i, i + 65536));
  sink = out;
});
Deno.bench("raw getRandomValues, 64 KiB chunks, reused buffer", { group: "1 MiB" }, () => {
  for (let i = 0; i < MIB.length; i += 65536) crypto.getRandomValues(MIB.subarray(i, i + 65536));
  sink = MIB;
});

const MILLION = Array.from({ length: 1_000_000 }, (_, i) => i);
Deno.bench("shuffle(1,000,000 numbers)", { group: "shuffle" }, () => {
  rng.shuffle(MILLION);
});

// The other public functions, for the CPython comparison.
const POP = Array.from({ length: 100 }, (_, i) => i);
const W = POP.map((i) => i + 1);
Deno.bench("token_bytes(32)", { group: "vs CPython" }, () => void (sink = token_bytes(32)));
Deno.bench("token_hex(32)", { group: "vs CPython" }, () => void (sink = token_hex(32)));
Deno.bench("token_urlsafe(16)", { group: "vs CPython" }, () => void (sink = token_urlsafe(16)));
Deno.bench("randbits(64n)", { group: "vs CPython" }, () => void (sink = randbits(64n)));
Deno.bench(
  "compare_digest(32 chars)",
  { group: "vs CPython" },
  () => void (sink = ALNUM.slice(0, 32) === ALNUM.slice(0, 32)),
);
Deno.bench(
  "SystemRandom.randrange(0, 1000, 7)",
  { group: "vs CPython" },
  () => void (sink = rng.randrange(0, 1000, 7)),
);
Deno.bench(
  "SystemRandom.randint(1, 6)",
  { group: "vs CPython" },
  () => void (sink = rng.randint(1, 6)),
);
Deno.bench(
  "SystemRandom.uniform(0, 10)",
  { group: "vs CPython" },
  () => void (sink = rng.uniform(0, 10)),
);
Deno.bench(
  "SystemRandom.triangular()",
  { group: "vs CPython" },
  () => void (sink = rng.triangular()),
);
Deno.bench(
  "SystemRandom.choices(100, weights, k=10)",
  { group: "vs CPython" },
  () => void (sink = rng.choices(POP, W, { k: 10 })),
);
Deno.bench(
  "SystemRandom.sample(100, 10)",
  { group: "vs CPython" },
  () => void (sink = rng.sample(POP, 10)),
);
Deno.bench("SystemRandom.shuffle(100)", { group: "vs CPython" }, () => rng.shuffle(POP));
Deno.bench(
  "SystemRandom.getrandbits(32)",
  { group: "vs CPython" },
  () => void (sink = rng.getrandbits(32)),
);
Deno.bench(
  "SystemRandom.randbytes(16)",
  { group: "vs CPython" },
  () => void (sink = rng.randbytes(16)),
);
Deno.bench("SystemRandom.gauss()", { group: "vs CPython" }, () => void (sink = rng.gauss()));
Deno.bench(
  "SystemRandom.normalvariate()",
  { group: "vs CPython" },
  () => void (sink = rng.normalvariate()),
);
Deno.bench(
  "SystemRandom.lognormvariate(0, 1)",
  { group: "vs CPython" },
  () => void (sink = rng.lognormvariate(0, 1)),
);
Deno.bench(
  "SystemRandom.expovariate()",
  { group: "vs CPython" },
  () => void (sink = rng.expovariate()),
);
Deno.bench(
  "SystemRandom.vonmisesvariate(0, 4)",
  { group: "vs CPython" },
  () => void (sink = rng.vonmisesvariate(0, 4)),
);
Deno.bench(
  "SystemRandom.gammavariate(2.5, 1)",
  { group: "vs CPython" },
  () => void (sink = rng.gammavariate(2.5, 1)),
);
Deno.bench(
  "SystemRandom.betavariate(2, 5)",
  { group: "vs CPython" },
  () => void (sink = rng.betavariate(2, 5)),
);
Deno.bench(
  "SystemRandom.paretovariate(3)",
  { group: "vs CPython" },
  () => void (sink = rng.paretovariate(3)),
);
Deno.bench(
  "SystemRandom.weibullvariate(1, 1.5)",
  { group: "vs CPython" },
  () => void (sink = rng.weibullvariate(1, 1.5)),
);
Deno.bench(
  "SystemRandom.binomialvariate(100, 0.5)",
  { group: "vs CPython" },
  () => void (sink = rng.binomialvariate(100, 0.5)),
);

addEventListener("unload", () => void sink);
