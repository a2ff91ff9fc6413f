/**
 * The conformance cases: edge tables for every function and method, plus
 * thousands of generated ones (fast-check with a fixed seed, so the case
 * file is the same on every run).
 *
 * @module
 */

import { sampleSetSize } from "../lib/core/_sequence.ts";
import fc from "fast-check";
import { type Call, type Case, streamSource, type Value } from "./_harness.ts";
import { createSecrets } from "../testing.ts";

/** Python's `float.hex()` of a number. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const sign = hi >>> 31 ? "-" : "";
  const e = (hi >>> 20) & 0x7ff;
  const mant = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  if (e === 0) return `${sign}0x0.${mant}p${mant === "0000000000000" ? "+0" : "-1022"}`;
  const exp = e - 1023;
  return `${sign}0x1.${mant}p${exp >= 0 ? "+" : ""}${exp}`;
}

const int = (n: number | bigint): Value =>
  typeof n === "bigint" ? { bigint: String(n) } : { int: String(n) };
const flt = (x: number): Value => ({ float: floatHex(x) });
const str = (s: string): Value => ({ str: s });
const list = (xs: unknown[]): Value => xs.map(val);
const bytes = (hex: string): Value => ({ bytes: hex });

function val(x: unknown): Value {
  if (typeof x === "number") return Number.isInteger(x) ? int(x) : flt(x);
  if (typeof x === "bigint") return int(x);
  if (typeof x === "string") return str(x);
  if (x === null || x === undefined) return null;
  if (typeof x === "boolean") return x;
  if (Array.isArray(x)) return list(x);
  return x as Value;
}

/** Builds the full case list. */
export function buildCases(): Case[] {
  const cases: Case[] = [];
  let seed = 1;
  const add = (id: string, calls: Call[]) => {
    cases.push({ id, stream: { seed: String(seed++ * 7919) }, calls });
  };
  const one = (fn: string, args: unknown[] = [], kwargs?: Record<string, unknown>): Call => {
    const call: Call = { fn, args: args.map(val) };
    if (kwargs) {
      call.kwargs = Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k, val(v)]));
    }
    return call;
  };

  // ---- secrets -----------------------------------------------------------
  for (const fn of ["token_bytes", "token_hex", "token_urlsafe"]) {
    for (let n = 0; n <= 100; n++) add(`secrets.${fn}/${n}`, [one(`secrets.${fn}`, [n])]);
    add(`secrets.${fn}/default`, [one(`secrets.${fn}`)]);
    add(`secrets.${fn}/None`, [one(`secrets.${fn}`, [null])]);
    add(`secrets.${fn}/5000`, [one(`secrets.${fn}`, [5000])]);
    for (const bad of [-1, 1.5, "3"]) {
      add(`secrets.${fn}/error/${bad}`, [one(`secrets.${fn}`, [bad])]);
    }
  }
  const bounds: (number | bigint)[] = [];
  for (let e = 0; e <= 70; e++) {
    for (const d of [-1n, 0n, 1n]) {
      const b = (1n << BigInt(e)) + d;
      if (b <= 0n) continue;
      bounds.push(b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);
      if (b <= BigInt(Number.MAX_SAFE_INTEGER)) bounds.push(b); // bigint form too
    }
  }
  bounds.push(Number.MAX_SAFE_INTEGER, 2n ** 256n, 10n ** 30n, 3 * 2 ** 51);
  for (const b of bounds) {
    add(`secrets.randbelow/${typeof b}/${b}`, [
      one("secrets.randbelow", [b]),
      one("secrets.randbelow", [b]),
    ]);
  }
  for (const bad of [0, -1, -(2n ** 70n), 0n]) {
    add(`secrets.randbelow/error/${bad}`, [one("secrets.randbelow", [bad])]);
  }
  for (let k = 0; k <= 70; k++) {
    add(`secrets.randbits/${k}`, [one("secrets.randbits", [k <= 53 ? k : BigInt(k)])]);
    if (k <= 53) add(`secrets.randbits/bigint/${k}`, [one("secrets.randbits", [BigInt(k)])]);
  }
  add("secrets.randbits/error/-1", [one("secrets.randbits", [-1])]);
  add("secrets.randbits/error/1.5", [one("secrets.randbits", [1.5])]);
  const seqs: unknown[][] = [[1], [1, 2], ["a", "b", "c"], Array.from({ length: 62 }, (_, i) => i)];
  for (const s of seqs) {
    add(`secrets.choice/list/${s.length}`, [
      one("secrets.choice", [s]),
      one("secrets.choice", [s]),
    ]);
  }
  for (
    const s of [
      "x",
      "abc",
      "a😀b𝄞c",
      "😀",
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    ]
  ) {
    add(`secrets.choice/str/${s}`, [
      one("secrets.choice", [s]),
      one("secrets.choice", [s]),
      one("secrets.choice", [s]),
    ]);
  }
  add("secrets.choice/error/empty-list", [one("secrets.choice", [[]])]);
  add("secrets.choice/error/empty-str", [one("secrets.choice", [""])]);
  const digestPairs: [Value, Value][] = [
    [str("abc"), str("abc")],
    [str("abc"), str("abd")],
    [str("abc"), str("abcd")],
    [str(""), str("")],
    [bytes("00ff"), bytes("00ff")],
    [bytes("00ff"), bytes("00fe")],
    [bytes(""), bytes("00")],
    [str("é"), str("é")],
    [str("abc"), bytes("616263")],
    [bytes("616263"), str("abc")],
  ];
  digestPairs.forEach(([a, b], i) =>
    add(`secrets.compare_digest/${i}`, [{ fn: "secrets.compare_digest", args: [a, b] }])
  );

  // ---- SystemRandom: integers, bytes, sequences --------------------------
  add("SystemRandom.random/x5", Array.from({ length: 5 }, () => one("SystemRandom.random")));
  for (let k = 0; k <= 66; k++) {
    add(`SystemRandom.getrandbits/${k}`, [
      one("SystemRandom.getrandbits", [k <= 53 ? k : BigInt(k)]),
    ]);
  }
  add("SystemRandom.getrandbits/error/-1", [one("SystemRandom.getrandbits", [-1])]);
  for (let n = 0; n <= 40; n++) {
    add(`SystemRandom.randbytes/${n}`, [one("SystemRandom.randbytes", [n])]);
  }
  add("SystemRandom.randbytes/error/-1", [one("SystemRandom.randbytes", [-1])]);
  add("SystemRandom.randbytes/error/1.0", [one("SystemRandom.randbytes", [1.5])]);
  const ranges: unknown[][] = [
    [10],
    [1],
    [0],
    [-721],
    [3, 3],
    [0, 10],
    [-5, 5],
    [0, 10, 2],
    [0, 2, 2],
    [10, 0, -1],
    [10, 0, -3],
    [0, 100, -12],
    [0, 42, 0],
    [-(2 ** 53) + 1, 2 ** 53 - 1],
    [0, 2 ** 53 - 1, 7],
    [5, 6],
    [-2, 0],
    [2n ** 60n, 2n ** 60n + 2n],
    [-(2n ** 60n) - 2n, -(2n ** 60n)],
    [0n, 2n ** 500n],
    [2n ** 500n],
    [0n, 10n ** 30n, 3n],
    [10n ** 30n, 0n, -7n],
    [3.0],
    [0, 2.5],
    [0, 42, 1.5],
  ];
  for (const r of ranges) {
    add(`SystemRandom.randrange/${r.map(String).join(",")}`, [
      one("SystemRandom.randrange", r),
      one("SystemRandom.randrange", r),
    ]);
  }
  add("SystemRandom.randrange/error/step-without-stop", [
    one("SystemRandom.randrange", [1000], { step: 100 }),
  ]);
  add("SystemRandom.randrange/step1-without-stop", [
    one("SystemRandom.randrange", [1000], { step: 1 }),
  ]);
  for (
    const [a, b] of [[1, 6], [0, 0], [5, 4], [-10, 10], [0, 2 ** 53 - 2], [0n, 2n ** 64n], [
      2 ** 53 - 2,
      2 ** 53 - 1,
    ]]
  ) {
    add(`SystemRandom.randint/${a},${b}`, [one("SystemRandom.randint", [a, b])]);
  }
  for (const s of [...seqs, "abc", "a😀b"]) {
    add(`SystemRandom.choice/${s.length}`, [one("SystemRandom.choice", [s])]);
  }
  add("SystemRandom.choice/error/empty", [one("SystemRandom.choice", [[]])]);
  for (const n of [0, 1, 2, 3, 5, 10, 30, 100, 1000]) {
    add(`SystemRandom.shuffle/${n}`, [{
      ...one("SystemRandom.shuffle", [Array.from({ length: n }, (_, i) => i)]),
      mutate: 0,
    }]);
  }
  // sample: around the switch from the pool to the set strategy.
  for (const k of [0, 1, 2, 5, 6, 7, 10, 21, 22, 50]) {
    const setsize = sampleSetSize(k);
    for (const n of new Set([k, k + 1, setsize - 1, setsize, setsize + 1, 1000])) {
      if (n < k) continue;
      add(`SystemRandom.sample/n=${n},k=${k}`, [
        one("SystemRandom.sample", [Array.from({ length: n }, (_, i) => i), k]),
      ]);
    }
  }
  add("SystemRandom.sample/str", [one("SystemRandom.sample", ["a😀bcdef", 3])]);
  add("SystemRandom.sample/counts", [
    one("SystemRandom.sample", [["red", "blue"], 5], { counts: [4, 2] }),
  ]);
  add("SystemRandom.sample/counts-big", [
    one("SystemRandom.sample", [["a", "b", "c", "d", "e", "f", "g"], 700], {
      counts: [500, 200, 20, 10, 5, 0, 1],
    }),
  ]);
  add("SystemRandom.sample/counts-negative-part", [
    one("SystemRandom.sample", [["a", "b"], 2], { counts: [5, -3] }),
  ]);
  const sampleErrors: [unknown[], Record<string, unknown>?][] = [
    [[[1, 2], 3]],
    [[[1, 2], -1]],
    [[[1, 2], 1], { counts: [1] }],
    [[[1, 2], 1], { counts: [0, 0] }],
    [[[1, 2], 1], { counts: [1.5, 1] }],
    [[[1, 2], 3], { counts: [1, 1] }],
    [[[1, 2], 1], { counts: [-3, -7] }],
    [[{ set: [int(1), int(2)] }, 1]],
    [[[], 0]],
    [[[], 1]],
  ];
  sampleErrors.forEach(([args, kw], i) =>
    add(`SystemRandom.sample/error/${i}`, [one("SystemRandom.sample", args, kw)])
  );
  const pop = ["red", "green", "blue", "yellow"];
  const choicesCalls: [unknown[], Record<string, unknown>?][] = [
    [[pop], { k: 5 }],
    [[pop]],
    [[pop, [15, 10, 25, 30]], { k: 10 }],
    [[pop, [0, 0, 1, 0]], { k: 3 }],
    [[pop, [15.1, 10.2, 25.2, 30.3]], { k: 10 }],
    [[pop], { cum_weights: [1, 2, 3, 4], k: 10 }],
    [[pop, null], { k: 3 }],
    [[pop], { k: 0 }],
    [[pop], { k: -1 }],
    [["abcd", [1, 0, 0, 0]]],
    [["a😀c"], { k: 4 }],
    [[[1, 2], [1e-323, 1e-323]], { k: 50 }],
    [[pop, [1, 2]], { k: 5 }],
    [[pop, [0, 0, 0, 0]]],
    [[["A", "B", "C"], [3, -5, 1]]],
    [[["A"], [Infinity]]],
    [[["A", "B"], [0, NaN]]],
    [[pop, 2]],
    [[pop, [1, 2, 3, 4]], { cum_weights: [1, 2, 3, 4] }],
    [[[]], { k: 1 }],
    [[[]], { k: 2 }],
    [[[], []], { k: 1 }],
    [[[]], { cum_weights: [], k: 5 }],
    [[[]], { k: 0 }],
  ];
  choicesCalls.forEach(([args, kw], i) =>
    add(`SystemRandom.choices/${i}`, [one("SystemRandom.choices", args, kw)])
  );

  // ---- SystemRandom: distributions -----------------------------------------
  const dist: [string, unknown[]][] = [
    ["uniform", [0, 1]],
    ["uniform", [-5, 5]],
    ["uniform", [3, 3]],
    ["triangular", []],
    ["triangular", [0, 10, 8]],
    ["triangular", [1, 1]],
    ["triangular", [5, 0, 1]],
    ["normalvariate", []],
    ["normalvariate", [100, 15]],
    ["gauss", []],
    ["gauss", [5, 2]],
    ["lognormvariate", [0, 1]],
    ["expovariate", []],
    ["expovariate", [2.5]],
    ["expovariate", [-1]],
    ["vonmisesvariate", [0, 0]],
    ["vonmisesvariate", [1, 4]],
    ["vonmisesvariate", [0, 1e-7]],
    ["gammavariate", [0.5, 1]],
    ["gammavariate", [1, 2]],
    ["gammavariate", [2.5, 3]],
    ["gammavariate", [100, 0.5]],
    ["betavariate", [2, 5]],
    ["betavariate", [0.5, 0.5]],
    ["paretovariate", [3]],
    ["weibullvariate", [1, 1.5]],
    ["binomialvariate", []],
    ["binomialvariate", [10, 0.3]],
    ["binomialvariate", [100, 0.5]],
    ["binomialvariate", [1000, 0.7]],
    ["binomialvariate", [5, 0]],
    ["binomialvariate", [5, 1]],
    ["binomialvariate", [10000, 0.001]],
    ["binomialvariate", [0, 0.5]],
    ["expovariate", [0]],
    ["paretovariate", [0]],
    ["weibullvariate", [1, 0]],
    ["gammavariate", [0, 1]],
    ["gammavariate", [1, -1]],
    ["betavariate", [0, 1]],
    ["binomialvariate", [-1]],
    ["binomialvariate", [1, 2]],
    ["binomialvariate", [3, -0.5]],
  ];
  dist.forEach(([fn, args], i) =>
    add(`SystemRandom.${fn}/${i}`, [
      one(`SystemRandom.${fn}`, args),
      one(`SystemRandom.${fn}`, args),
    ])
  );
  add("SystemRandom.gauss/cache", [
    one("SystemRandom.gauss"),
    one("SystemRandom.gauss"),
    one("SystemRandom.gauss"),
    one("SystemRandom.random"),
  ]);
  add("SystemRandom.seed", [one("SystemRandom.seed", [42]), one("SystemRandom.random")]);
  add("SystemRandom.getstate", [one("SystemRandom.getstate")]);
  add("SystemRandom.setstate", [one("SystemRandom.setstate", [null])]);

  // ---- Recipes (the secrets documentation's, with their constraints) --------
  const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const passwords: Record<string, unknown>[] = [
    { length: 8, alphabet: ALNUM },
    { length: 10, alphabet: ALNUM, min_lower: 1, min_upper: 1, min_digits: 3 },
    { length: 16, alphabet: ALNUM + "!#$%&*+-=?@^_", min_symbols: 2, min_digits: 2 },
    { length: 6, alphabet: "aB1!", min_lower: 1, min_upper: 1, min_digits: 1, min_symbols: 1 },
    { length: 12, alphabet: "0123456789abcdef" },
  ];
  passwords.forEach((kw, i) => {
    for (let j = 0; j < 5; j++) {
      add(`recipes.password/${i}/${j}`, [one("recipes.password", [], kw)]);
    }
  });
  const words = Array.from({ length: 50 }, (_, i) => `word${i}`);
  for (let j = 0; j < 10; j++) {
    add(`recipes.passphrase/${j}`, [one("recipes.passphrase", [], { words, count: 4 })]);
    add(`recipes.passphrase/sep/${j}`, [
      one("recipes.passphrase", [], { words: words.slice(0, 7), count: 9, separator: "-" }),
    ]);
  }

  // ---- Generated -----------------------------------------------------------
  const gen = <T>(arb: fc.Arbitrary<T>, n: number, seed: number): T[] =>
    fc.sample(arb, { numRuns: n, seed });
  const f64 = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const pos = fc.double({ min: 0.01, max: 100, noNaN: true });
  const prob = fc.double({ min: 0.0001, max: 0.9999, noNaN: true });
  for (const n of gen(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), 500, 1)) {
    add(`gen/randbelow/${n}`, [one("secrets.randbelow", [n])]);
  }
  for (const n of gen(fc.bigInt({ min: 1n, max: 2n ** 300n }), 300, 2)) {
    add(`gen/randbelow/bigint/${n}`, [one("secrets.randbelow", [n])]);
  }
  for (const n of gen(fc.integer({ min: 0, max: 300 }), 200, 3)) {
    add(`gen/token/${n}`, [
      one("secrets.token_bytes", [n]),
      one("secrets.token_hex", [n]),
      one("secrets.token_urlsafe", [n]),
    ]);
  }
  for (
    const [a, b, s] of gen(
      fc.tuple(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -50, max: 50 }),
      ),
      600,
      4,
    )
  ) {
    add(`gen/randrange/${a},${b},${s}`, [one("SystemRandom.randrange", [a, b, s])]);
  }
  for (
    const [a, b] of gen(
      fc.tuple(
        fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }),
        fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }),
      ),
      200,
      5,
    )
  ) {
    add(`gen/randint/${a},${b}`, [one("SystemRandom.randint", [a, b])]);
  }
  for (
    const [n, k] of gen(
      fc.integer({ min: 0, max: 400 }).chain((n) =>
        fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))
      ),
      400,
      6,
    )
  ) {
    add(`gen/sample/${n},${k}`, [
      one("SystemRandom.sample", [Array.from({ length: n }, (_, i) => i), k]),
    ]);
  }
  for (const xs of gen(fc.array(fc.integer(), { maxLength: 60 }), 200, 7)) {
    add(`gen/shuffle/${xs.length}`, [{ ...one("SystemRandom.shuffle", [xs]), mutate: 0 }]);
  }
  for (
    const [w, k] of gen(
      fc.tuple(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 30 }),
      ),
      300,
      8,
    )
  ) {
    add(`gen/choices/${w.length},${k}`, [
      one("SystemRandom.choices", [w.map((_, i) => i), w], { k }),
    ]);
  }
  for (const s of gen(fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }), 200, 9)) {
    add(`gen/choice/str`, [one("secrets.choice", [s]), one("SystemRandom.sample", [s, 1])]);
  }
  for (const [a, b] of gen(fc.tuple(f64, f64), 200, 10)) {
    add(`gen/uniform`, [one("SystemRandom.uniform", [a, b])]);
  }
  for (const [a, b, c] of gen(fc.tuple(f64, f64, f64), 200, 11)) {
    add(`gen/triangular`, [one("SystemRandom.triangular", [a, b, c])]);
  }
  for (const [m, s] of gen(fc.tuple(f64, pos), 200, 12)) {
    add(`gen/normal`, [
      one("SystemRandom.normalvariate", [m, s]),
      one("SystemRandom.gauss", [m, s]),
      one("SystemRandom.gauss", [m, s]),
    ]);
  }
  for (
    const [m, s] of gen(
      fc.tuple(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
      ),
      150,
      13,
    )
  ) {
    add(`gen/lognorm`, [one("SystemRandom.lognormvariate", [m, s])]);
  }
  for (const l of gen(pos, 150, 14)) add(`gen/expo`, [one("SystemRandom.expovariate", [l])]);
  for (
    const [m, k] of gen(
      fc.tuple(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
      ),
      200,
      15,
    )
  ) {
    add(`gen/vonmises`, [one("SystemRandom.vonmisesvariate", [m, k])]);
  }
  for (const [a, b] of gen(fc.tuple(pos, pos), 300, 16)) {
    add(`gen/gamma`, [one("SystemRandom.gammavariate", [a, b])]);
  }
  for (const [a, b] of gen(fc.tuple(pos, pos), 200, 17)) {
    add(`gen/beta`, [one("SystemRandom.betavariate", [a, b])]);
  }
  for (const a of gen(pos, 150, 18)) add(`gen/pareto`, [one("SystemRandom.paretovariate", [a])]);
  for (const [a, b] of gen(fc.tuple(pos, fc.double({ min: 0.1, max: 10, noNaN: true })), 150, 19)) {
    add(`gen/weibull`, [one("SystemRandom.weibullvariate", [a, b])]);
  }
  for (const [n, p] of gen(fc.tuple(fc.integer({ min: 0, max: 100000 }), prob), 400, 20)) {
    add(`gen/binomial/${n},${p}`, [one("SystemRandom.binomialvariate", [n, p])]);
  }
  for (const k of gen(fc.integer({ min: 0, max: 2000 }), 150, 21)) {
    add(`gen/getrandbits/${k}`, [one("SystemRandom.getrandbits", [k <= 53 ? k : BigInt(k)])]);
  }

  // ---- Tokens sized in bits, API keys, collision math ------------------------
  // (Last, so that the cases above keep their streams.)
  const names = [
    "hex",
    "base32",
    "crockford",
    "base58",
    "base62",
    "base64url",
    "numeric",
    "lowercase",
  ];
  for (const alphabet of names) {
    for (const bits of [1, 5, 6, 64, 128, 130, 256]) {
      add(`recipes.token_text/${alphabet}/${bits}`, [
        one("recipes.token_text", [], { bits, alphabet }),
        one("recipes.token_text", [], { bits, alphabet }),
      ]);
    }
  }
  add("recipes.token_text/default", [one("recipes.token_text")]);
  add("recipes.token_text/bits-only", [one("recipes.token_text", [], { bits: 100 })]);
  add("recipes.token_text/alphabet-only", [one("recipes.token_text", [], { alphabet: "base58" })]);
  const cjk = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join("");
  const customs: [string, number[]][] = [
    ["ab", [1, 2, 64]],
    ["abc", [1, 2, 64]],
    ["😀é𝄞", [1, 10, 64]],
    ["01234567", [126, 127, 128, 129]],
    [ALNUM + "!#$%", [64, 128]],
    [cjk, [64, 128, 256]],
  ];
  for (const [alphabet, bitsList] of customs) {
    for (const bits of bitsList) {
      add(`recipes.token_text/custom/${[...alphabet].length}/${bits}`, [
        one("recipes.token_text", [], { bits, alphabet }),
      ]);
    }
  }
  // Custom alphabets of characters that print distinctly, as the package
  // requires (no surrogates, combining marks, joining Hangul jamo or invisible
  // characters, each in its NFKC form); CPython would take any string.
  const printable = (c: number) => {
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if ((c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff)) return false;
    const ch = String.fromCodePoint(c);
    return !/[\p{M}\p{Default_Ignorable_Code_Point}]/u.test(ch) && ch.normalize("NFKC") === ch;
  };
  const alphabetArb = fc.uniqueArray(
    fc.integer({ min: 0x21, max: 0x10ffff }).filter(printable),
    { minLength: 2, maxLength: 200 },
  ).map((cps) => cps.map((c) => String.fromCodePoint(c)).join(""));
  for (
    const [bits, alphabet] of gen(
      fc.tuple(fc.integer({ min: 1, max: 512 }), fc.oneof(fc.constantFrom(...names), alphabetArb)),
      200,
      22,
    )
  ) {
    add(`gen/token_text/${bits}`, [one("recipes.token_text", [], { bits, alphabet })]);
  }
  const prefixes = ["acme", "a", "ACME9", "x123456789abcdef"];
  for (const prefix of prefixes) {
    for (const bits of [undefined, 128, 160, 161, 192, 256, 1024]) {
      add(`recipes.api_key/${prefix}/${bits ?? "default"}`, [
        one("recipes.api_key", [], bits === undefined ? { prefix } : { prefix, bits }),
        one("recipes.api_key", [], bits === undefined ? { prefix } : { prefix, bits }),
      ]);
    }
  }
  const prefixArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,15}$/);
  for (
    const [prefix, bits] of gen(fc.tuple(prefixArb, fc.integer({ min: 128, max: 1024 })), 100, 23)
  ) {
    add(`gen/api_key/${prefix}/${bits}`, [one("recipes.api_key", [], { prefix, bits })]);
  }
  // Checking keys: valid ones, and every kind of damage, offline.
  const checks: Call[] = [];
  for (
    const [seed, prefix, bits] of [[1, "acme", 160], [2, "a", 128], [3, "Live2", 256]] as const
  ) {
    const key = createSecrets(streamSource({ seed: String(seed) })).recipes.apiKey({
      prefix,
      bits,
    });
    const at = prefix.length + 3;
    const swap = (i: number, c: string) => key.slice(0, i) + c + key.slice(i + 1);
    const variants = [
      key,
      swap(at, key[at] === "x" ? "y" : "x"), // the random part
      swap(key.length - 1, key.at(-1) === "0" ? "1" : "0"), // the checksum
      swap(key.length - 6, "5"), // a checksum digit above the largest CRC's
      swap(prefix.length, "-"),
      swap(at, "-"),
      key.slice(0, -1),
      key + "0",
      key.slice(0, at) + key[at + 1] + key[at] + key.slice(at + 2),
      key.toUpperCase(),
    ];
    for (const k of variants) {
      checks.push(
        one("recipes.check_api_key", [], { key: k, prefix, bits }),
      );
    }
    checks.push(one("recipes.check_api_key", [], { key, prefix: prefix + "x", bits }));
    checks.push(one("recipes.check_api_key", [], { key, prefix, bits: bits + 6 }));
  }
  add("recipes.check_api_key", checks);
  // Collision math: no randomness, CPython's -math.expm1 on the same numbers.
  const counts: (number | bigint)[] = [
    0,
    1,
    2,
    3,
    23,
    100,
    1e6,
    1e9,
    2 ** 32,
    2n ** 64n,
    10n ** 30n,
  ];
  const collisions: Call[] = [];
  for (const count of counts) {
    for (const bits of [0, 1, 8.5, 32, 64, 100.5, 128, 256]) {
      collisions.push(one("recipes.collision_probability", [], { count, bits }));
    }
  }
  add("recipes.collision_probability", collisions);
  const bitsFors: Call[] = [];
  for (const count of counts) {
    for (const probability of [1e-12, 1e-6, 0.01, 0.5, 1]) {
      bitsFors.push(one("recipes.bits_for", [], { count, probability }));
    }
  }
  add("recipes.bits_for", bitsFors);
  pinCodeOtpCases(add, one, (id, hex, calls) => {
    cases.push({ id, stream: { hex, seed: String(seed++ * 7919) }, calls });
  });
  // ---- API keys: both checksum scopes, prefixes with "_" ----------------------
  // (After the rest, so that every case above keeps its stream.)
  const scopes = ["prefixAndRandom", "random"] as const;
  for (const prefix of ["acme", "sk_live", "a_b", "ghp", "a__b9"]) {
    for (const checksumCovers of scopes) {
      for (const bits of [128, 160, 178, 256]) {
        add(`recipes.api_key/${checksumCovers}/${prefix}/${bits}`, [
          one("recipes.api_key", [], { prefix, bits, checksum_covers: checksumCovers }),
          one("recipes.api_key", [], { prefix, bits, checksum_covers: checksumCovers }),
        ]);
      }
    }
  }
  const scopedPrefixArb = fc.stringMatching(/^[A-Za-z](?:[A-Za-z0-9_]{0,14}[A-Za-z0-9])?$/);
  for (
    const [prefix, bits, checksumCovers] of gen(
      fc.tuple(scopedPrefixArb, fc.integer({ min: 128, max: 1024 }), fc.constantFrom(...scopes)),
      100,
      24,
    )
  ) {
    add(`gen/api_key/${checksumCovers}/${prefix}/${bits}`, [
      one("recipes.api_key", [], { prefix, bits, checksum_covers: checksumCovers }),
    ]);
  }
  // Checking keys in both scopes: each key under its own scope and the other; damaged keys.
  const scopedChecks: Call[] = [];
  const made = [[4, "sk_live", 160], [5, "ghp", 178], [6, "a_1", 256]] as const;
  for (const [seed, prefix, bits] of made) {
    for (const checksumCovers of scopes) {
      const key = createSecrets(streamSource({ seed: String(seed) })).recipes.apiKey({
        prefix,
        bits,
        checksumCovers,
      });
      const at = prefix.length + 3;
      const swap = (i: number, c: string) => key.slice(0, i) + c + key.slice(i + 1);
      const variants = [
        key,
        swap(at, key[at] === "x" ? "y" : "x"),
        swap(key.length - 1, key.at(-1) === "0" ? "1" : "0"),
        swap(0, key[0] === "x" ? "y" : "x"), // the prefix: outside the random scope's CRC
        swap(prefix.length, "-"),
        key.slice(0, -1),
        key.toUpperCase(),
      ];
      for (const k of variants) {
        for (const covers of scopes) {
          scopedChecks.push(
            one("recipes.check_api_key", [], { key: k, prefix, bits, checksum_covers: covers }),
          );
        }
      }
    }
  }
  add("recipes.check_api_key/scopes", scopedChecks);
  return cases;
}

/** A case whose stream begins with `hex`: a draw the recipe must send back. */
type AddHex = (id: string, hex: string, calls: Call[]) => void;

// ---- PINs, recovery codes, OTP secrets --------------------------------------
function pinCodeOtpCases(
  add: (id: string, calls: Call[]) => void,
  one: (fn: string, args?: unknown[], kwargs?: Record<string, unknown>) => Call,
  addHex: AddHex,
): void {
  const kinds = ["repeated", "sequential", "repeating-pairs"];
  for (let length = 4; length <= 12; length++) {
    for (const exclude of [[], ["repeated"], ["sequential"], ["repeating-pairs"], kinds]) {
      add(`recipes.pin/${length}/${exclude.join("+") || "none"}`, [
        one("recipes.pin", [], { length, exclude }),
        one("recipes.pin", [], { length, exclude }),
      ]);
    }
  }
  add("recipes.pin/default", [one("recipes.pin"), one("recipes.pin")]);
  // A deny-list of 300 four-digit PINs besides the kinds (the redraw itself is
  // forced by the streams below).
  const deny = Array.from({ length: 300 }, (_, i) => String((i * 7) % 10_000).padStart(4, "0"));
  for (let j = 0; j < 3; j++) {
    add(`recipes.pin/deny/${j}`, [
      one("recipes.pin", [], { length: 4, exclude: [...kinds, ...deny] }),
    ]);
  }
  // choice(10) keeps a byte's top 4 bits: zero bytes draw "0000", which is sent back.
  addHex("recipes.pin/redraw", "00000000", [
    one("recipes.pin", [], { length: 4, exclude: ["repeated"] }),
  ]);
  addHex("recipes.pin/deny-redraw", "0010203040506070", [
    one("recipes.pin", [], { length: 4, exclude: ["0123", "4567"] }),
  ]);

  const codeOptions: Record<string, unknown>[] = [
    {},
    { count: 1 },
    { count: 3, bits: 40 },
    { count: 5, bits: 41, group_size: 3 },
    { count: 2, bits: 128, group_size: 5, separator: " " },
    { count: 4, bits: 64, group_size: 1, separator: "" },
    { count: 2, bits: 1024, group_size: 64 },
    { count: 50, bits: 40, group_size: 8 },
  ];
  codeOptions.forEach((kw, i) => {
    for (let j = 0; j < 3; j++) {
      add(`recipes.recovery_codes/${i}/${j}`, [one("recipes.recovery_codes", [], kw)]);
    }
  });
  // choice(32) is getrandbits(6): bytes 4 * v give v. The same 16 bytes twice
  // draw the same code twice: the second is drawn again from the next 16.
  const block = (start: number) =>
    Array.from({ length: 16 }, (_, i) => (4 * (start + i)).toString(16).padStart(2, "0")).join("");
  addHex("recipes.recovery_codes/redraw", block(0) + block(0) + block(16), [
    one("recipes.recovery_codes", [], { count: 2, group_size: 16 }),
  ]);
  const issued = ["7K3Q-9MZD-4T1X-B8W0", "0000-1111-AAAA-ZZZZ", "ABCD-EFGH-JKMN-PQRS", "7K3Q9MZD"];
  const typed = [
    "7k3q 9mzd-4tlx-b8wo",
    "7K3Q9MZD4T1XB8W0",
    "oooo-iiii-aaaa-zzzz",
    " abcd efgh jkmn pqrs ",
    "7K3Q-9MZD",
    "7K3Q-9MZD-4T1X-B8W",
    "7K3Q-9MZD-4T1X-B8WU",
    "",
    "-",
  ];
  add(
    "recipes.normalize_recovery_code",
    typed.filter((t) => !t.includes("U")).map((code) =>
      one("recipes.normalize_recovery_code", [], { code })
    ),
  );
  add("recipes.verify_recovery_code", [
    ...typed.map((code) => one("recipes.verify_recovery_code", [], { code, codes: issued })),
    one("recipes.verify_recovery_code", [], { code: "AB", codes: ["ab", "CD", "AB"] }),
    one("recipes.verify_recovery_code", [], { code: "AB", codes: [] }),
  ]);

  for (const bits of [undefined, 128, 129, 136, 160, 168, 200, 256, 512, 1000, 1024]) {
    const kw = bits === undefined ? undefined : { bits };
    add(`recipes.otp_secret/${bits ?? "default"}`, [
      one("recipes.otp_secret", [], kw),
      one("recipes.otp_secret", [], kw),
    ]);
  }
  const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  const uris: Record<string, unknown>[] = [
    { secret, account: "alice@google.com", issuer: "Example" },
    { secret, account: "john.doe@email.com", issuer: "ACME Co", algorithm: "SHA1", digits: 6 },
    { secret, account: "alice" },
    { secret: secret.slice(0, 26), account: "a", algorithm: "SHA256", digits: 8, period: 60 },
    { secret, account: "Zoë (ops)/α+β=γ?#%&;", issuer: "Big Corp & Co.", algorithm: "SHA512" },
    { secret, account: "it's-ok_~!*😀 x", issuer: "日本", period: 1 },
  ];
  // Names otpauthUri takes: no colon, no leading space, no control character (refused).
  const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 16 })
    .filter((t) => !t.includes(":") && !t.startsWith(" ") && !/[\p{Cc}\p{Zl}\p{Zp}]/u.test(t));
  for (const [issuer, account] of fc.sample(fc.tuple(name, name), { numRuns: 100, seed: 25 })) {
    uris.push({ secret, account, issuer });
  }
  add("recipes.otpauth_uri", uris.map((kw) => one("recipes.otpauth_uri", [], kw)));
}
