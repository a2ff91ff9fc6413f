/**
 * The benchmark table: every row the Deno bench registers, the report times
 * (on Deno, on Node.js and, for the library's own functions, on CPython),
 * and every target the report checks. Nothing else lists benchmarks.
 *
 * A row is a callee path and an argument text; its name is `fn(args)`, and
 * bench/_harness.ts generates the call from exactly that text, so a row
 * cannot time anything but what it is named. The CPython statement is built
 * from the same callee (`token_hex` is `secrets.token_hex`,
 * `SystemRandom.m` is `rng.m` on `rng = random.SystemRandom()`), with the
 * row's Python argument text; bench/cpython.py checks that it resolves to
 * that function before timing it. tests/bench_table_test.ts runs every row
 * once against spies.
 *
 * `SystemRandom.m(...)` calls the method on one shared instance, as Python's
 * `rng.m(...)` does. `floor.*` are the cheapest correct code for the same
 * work, `peer.*` what people use instead; both are defined below.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { randomBytes, randomInt } from "node:crypto";
import { customAlphabet, nanoid } from "nanoid";
import cryptoRandomString from "crypto-random-string";
import generatePassword from "generate-password";
import niceware from "niceware";
import * as securePasswordUtilities from "secure-password-utilities";
import * as secrets from "../mod.ts";
import { passphrase, password, passwordRules, tokenText } from "../recipes.ts";

// eff-diceware-passphrase loads a native addon (sodium-native) that a bundle
// cannot carry: its row runs on Deno only, given --allow-ffi (`deno task bench`
// and `bench:report` give it; the unit tests do not, and leave the row out),
// and the Node.js bundle never evaluates it (a dynamic import in a bundle runs
// only when reached).
const denoNs = (globalThis as { Deno?: typeof Deno }).Deno;
const effDiceware: ((count: number) => string[]) | undefined =
  denoNs && (await denoNs.permissions.query({ name: "ffi" })).state === "granted"
    ? (await import("eff-diceware-passphrase")).default
    : undefined;

/** Where a row runs. */
export type Runtime = "deno" | "node";

/** The comparator of a target measured on CPython. */
export const CPYTHON = "CPython";

/**
 * A performance goal of a row. Ratio targets compare ops/s of the row with
 * ops/s of `vs` (another row in the same runtime, or CPython's statement of
 * the same row); time targets bound the median time of a call.
 */
export interface Target {
  /** The runtime whose measurement of this row the target applies to. */
  readonly runtime: Runtime;
  /** The other row's name, or {@linkcode CPYTHON}. */
  readonly vs?: string;
  /** The ratio to reach; 0 means information only. */
  readonly min?: number;
  /** The median time a call must stay under, in nanoseconds. */
  readonly maxNs?: number;
  /** Where the target comes from. */
  readonly source: string;
  /** Why it is missed, when it is: the mechanism, in a sentence. */
  readonly why?: string;
  /**
   * A floor row of the same runtime, the cheapest code for the same work:
   * on a miss the report prints the floor's own ratio against `vs`, and
   * `limit` or `extra` depending on whether the floor itself reaches the target.
   */
  readonly floor?: string;
  /** Why even the floor misses: what bounds this work on this runtime. */
  readonly limit?: string;
  /** What this row does that the floor does not: the gap when the floor alone would meet the target. */
  readonly extra?: string;
}

/** The CPython side of a row. */
export interface PythonCall {
  /** The statement timed: `callee(args)`. */
  readonly stmt: string;
  /** The callee expression as written in the statement. */
  readonly callee: string;
  /** The object it must resolve to: a dotted path from a module. */
  readonly expect: string;
}

/** A row of the table. */
export interface Row {
  /** `fn(args)`: the call, as written. */
  readonly name: string;
  /** The callee: a path from the bench scope (`token_hex`, `SystemRandom.randrange`). */
  readonly fn: string;
  /** The TypeScript argument text, evaluated once in the bench scope. */
  readonly args: string;
  /** The `deno bench` group. */
  readonly group: string;
  /** The `deno bench` baseline of its group. */
  readonly baseline: boolean;
  /** The runtimes it runs in. */
  readonly runtimes: readonly Runtime[];
  /** What a floor or peer is, for the report. */
  readonly about?: string;
  /** The CPython statement, for the library's own functions. */
  readonly python?: PythonCall;
  /** The goals this row is checked against. */
  readonly targets: readonly Target[];
}

/** The module-level functions of CPython's `secrets`, by the same names here. */
const SECRETS = [
  "token_bytes",
  "token_hex",
  "token_urlsafe",
  "randbelow",
  "randbits",
  "choice",
  "compare_digest",
];

/** The CPython call of `fn` with the Python argument text `args`. */
export function pythonCall(fn: string, args: string): PythonCall {
  if (SECRETS.includes(fn)) {
    return { stmt: `${fn}(${args})`, callee: fn, expect: `secrets.${fn}` };
  }
  const method = /^SystemRandom\.([a-z_]+)$/.exec(fn)?.[1];
  if (method !== undefined) {
    return {
      stmt: `rng.${method}(${args})`,
      callee: `rng.${method}`,
      expect: `random.SystemRandom.${method}`,
    };
  }
  throw new Error(`${fn} has no CPython equivalent`);
}

interface Fixture {
  readonly name: string;
  readonly about: string;
  /** Earlier fixtures it is built from. */
  readonly needs?: readonly string[];
  readonly ts: () => unknown;
  readonly py: string;
}

const ALNUM_TEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** The named values rows pass as arguments, built the same way on both sides. */
export const FIXTURES: readonly Fixture[] = [
  {
    name: "ALNUM",
    about: "the 62 ASCII letters and digits",
    ts: () => ALNUM_TEXT,
    py: JSON.stringify(ALNUM_TEXT),
  },
  { name: "BIG", about: "2 ** 256", ts: () => 2n ** 256n, py: "2 ** 256" },
  {
    name: "MILLION",
    about: "the numbers 0 to 999,999 in a list",
    ts: () => Array.from({ length: 1_000_000 }, (_, i) => i),
    py: "list(range(1_000_000))",
  },
  {
    name: "POP",
    about: "the numbers 0 to 99 in a list",
    ts: () => Array.from({ length: 100 }, (_, i) => i),
    py: "list(range(100))",
  },
  {
    name: "W",
    about: "weights 1 to 100",
    ts: () => Array.from({ length: 100 }, (_, i) => i + 1),
    py: "[i + 1 for i in range(100)]",
  },
  {
    name: "HEX_A",
    about: "a 32-character token_hex(16)",
    ts: () => secrets.token_hex(16),
    py: "token_hex(16)",
  },
  {
    name: "HEX_B",
    needs: ["HEX_A"],
    about: "a distinct string equal to HEX_A, built character by character (flat, not a slice)",
    // Both sides rebuild the string from its characters: equal, not the same object.
    ts: () => [...(fixtureValue("HEX_A") as string)].join(""),
    py: "''.join(list(HEX_A))",
  },
  {
    name: "BYTES_A",
    about: "32 bytes of token_bytes(32)",
    ts: () => secrets.token_bytes(32),
    py: "token_bytes(32)",
  },
  {
    name: "BYTES_B",
    needs: ["BYTES_A"],
    about: "a distinct copy of BYTES_A",
    ts: () => (fixtureValue("BYTES_A") as Uint8Array).slice(),
    py: "bytes(bytearray(BYTES_A))",
  },
];

// Fixtures may refer to earlier ones while a scope is being built.
let building: Map<string, unknown> | undefined;
function fixtureValue(name: string): unknown {
  if (!building?.has(name)) throw new Error(`fixture ${name} used before it is built`);
  return building.get(name);
}

/** The Python that defines the names every CPython statement uses. */
export const PYTHON_SETUP = [
  "import random, secrets",
  `from secrets import ${SECRETS.join(", ")}`,
  "rng = random.SystemRandom()",
  ...FIXTURES.map((f) => `${f.name} = ${f.py}`),
].join("\n");

type Native = {
  toHex(): string;
  toBase64(o: { alphabet: "base64url"; omitPadding: boolean }): string;
};
const B64 = { alphabet: "base64url", omitPadding: true } as const;

/** The floors: the cheapest correct code for the same work, with no checks. */
function createFloor() {
  // A pooled getRandomValues into a reused 4 KiB block, as the library's pool.
  const block = new Uint8Array(4096);
  const view = new DataView(block.buffer);
  let off = block.length;
  const reserve = (n: number) => {
    if (off + n > block.length) {
      crypto.getRandomValues(block);
      off = 0;
    }
    const at = off;
    off += n;
    return at;
  };
  const take = (n: number) => {
    const at = reserve(n);
    return block.subarray(at, at + n);
  };
  const reused = new Map<number, Uint8Array>();
  const below = new Map<bigint, { nb: number; shift: bigint; limit: bigint }>();
  const fill = (out: Uint8Array) => {
    for (let i = 0; i < out.length; i += 65536) {
      crypto.getRandomValues(out.subarray(i, Math.min(i + 65536, out.length)));
    }
    return out;
  };
  return {
    hex: (n: number): string => (take(n) as unknown as Native).toHex(),
    base64url: (n: number): string => (take(n) as unknown as Native).toBase64(B64),
    bufferHex: (n: number): string => Buffer.from(block.buffer, reserve(n), n).toString("hex"),
    bufferBase64url: (n: number): string =>
      Buffer.from(block.buffer, reserve(n), n).toString("base64url"),
    freshChunks: (n: number): Uint8Array => fill(new Uint8Array(n)),
    reusedChunks: (n: number): Uint8Array => {
      let out = reused.get(n);
      if (out === undefined) reused.set(n, out = new Uint8Array(n));
      return fill(out);
    },
    alloc: (n: number): Uint8Array => new Uint8Array(n),
    bigUint64: (): bigint => view.getBigUint64(reserve(8)),
    bigBelow: (n: bigint): bigint => {
      let plan = below.get(n);
      if (plan === undefined) {
        const k = n.toString(2).length;
        const nb = Math.ceil(k / 8);
        below.set(n, plan = { nb, shift: BigInt(nb * 8 - k), limit: n << BigInt(nb * 8 - k) });
      }
      let x = BigInt("0x" + (take(plan.nb) as unknown as Native).toHex());
      while (x >= plan.limit) x = BigInt("0x" + (take(plan.nb) as unknown as Native).toHex());
      return x >> plan.shift;
    },
    xorChars: (a: string, b: string): boolean => {
      let r = 0;
      for (let i = 0; i < b.length; i++) r |= a.charCodeAt(i) ^ b.charCodeAt(i);
      return r === 0;
    },
    xorBytes: (a: Uint8Array, b: Uint8Array): boolean => {
      let r = 0;
      for (let i = 0; i < b.length; i++) r |= a[i] ^ b[i];
      return r === 0;
    },
  };
}

/** What people write instead, where it is not a single library call. */
function createPeer() {
  return {
    randomBytesHex: (n: number): string => randomBytes(n).toString("hex"),
    indexRandomInt: (s: string): string => s[randomInt(0, s.length)],
  };
}

/** Real sites' published password rules (apple/password-manager-resources), compiled. */
const SITE_RULES = {
  activision:
    "minlength: 8; maxlength: 20; max-consecutive: 2; required: lower, upper; required: digit;",
  apple:
    "minlength: 8; maxlength: 63; required: lower; required: upper; required: digit; allowed: ascii-printable;",
} as const;

function createSites() {
  return {
    activision: passwordRules(SITE_RULES.activision),
    apple: passwordRules(SITE_RULES.apple),
    /** The texts, for the first-call rows. */
    text: SITE_RULES,
  };
}

/**
 * The first call of rules never seen before: `password(text)` compiles `text`
 * plus a whitespace suffix unique to the call (whitespace may end the rules),
 * so that every call parses, plans and counts anew (the plan cache is keyed by
 * the text), then draws one password.
 */
function createFirstCall() {
  let calls = 0;
  return {
    password: (text: string): string => {
      let suffix = "";
      for (let k = ++calls; k > 0; k >>= 1) suffix += k & 1 ? "\t" : " ";
      return password({ rules: passwordRules(text + suffix) });
    },
  };
}

/**
 * A fresh bench scope: the identifiers the rows' calls and arguments may
 * use. Each scope has its own SystemRandom, floor pool and fixtures.
 *
 * @param names Build only the fixtures these identifiers name (and those they
 * are built from); default: all.
 */
export function createScope(names?: ReadonlySet<string>): Record<string, unknown> {
  const wanted = new Set(names ?? FIXTURES.map((f) => f.name));
  for (const f of [...FIXTURES].reverse()) {
    if (wanted.has(f.name)) { for (const n of f.needs ?? []) wanted.add(n); }
  }
  building = new Map();
  try {
    for (const f of FIXTURES) if (wanted.has(f.name)) building.set(f.name, f.ts());
    return {
      token_bytes: secrets.token_bytes,
      token_hex: secrets.token_hex,
      token_urlsafe: secrets.token_urlsafe,
      randbelow: secrets.randbelow,
      randbits: secrets.randbits,
      choice: secrets.choice,
      compare_digest: secrets.compare_digest,
      password,
      passphrase,
      tokenText,
      SystemRandom: new secrets.SystemRandom(),
      nanoid,
      nanoidCustom: { alnum22: customAlphabet(ALNUM_TEXT, 22) },
      cryptoRandomString,
      generatePassword,
      securePasswordUtilities,
      niceware,
      ...(effDiceware ? { effDiceware } : {}),
      sites: createSites(),
      firstCall: createFirstCall(),
      crypto: globalThis.crypto,
      nodeCrypto: { randomInt, randomBytes },
      floor: createFloor(),
      peer: createPeer(),
      ...Object.fromEntries(building),
    };
  } finally {
    building = undefined;
  }
}

/** The identifiers a row's call and arguments use (a superset: words of the text). */
export function identifiersOf(row: Row): Set<string> {
  return new Set(`${row.fn} ${row.args}`.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

interface Spec {
  fn: string;
  args: string;
  group: string;
  baseline?: boolean;
  runtimes?: Runtime[];
  about?: string;
  /** The Python argument text; `true`: the same as `args`. */
  py?: string | true;
  targets?: Target[];
}

/** Every public function: at least 8x CPython 3.13. */
const EIGHT_X = "every public function at least 8x CPython";

function row(s: Spec): Row {
  const python = s.py === undefined ? undefined : pythonCall(s.fn, s.py === true ? s.args : s.py);
  const targets = [...(s.targets ?? [])];
  if (python && !targets.some((t) => t.vs === CPYTHON && t.source === EIGHT_X)) {
    targets.push({ runtime: "deno", vs: CPYTHON, min: 8, source: EIGHT_X });
  }
  return {
    name: `${s.fn}(${s.args})`,
    fn: s.fn,
    args: s.args,
    group: s.group,
    baseline: s.baseline ?? false,
    runtimes: s.runtimes ?? ["deno"],
    about: s.about,
    python,
    targets,
  };
}

const deno = (vs: string, min: number, source: string, more: Partial<Target> = {}): Target => ({
  runtime: "deno",
  vs,
  min,
  source,
  ...more,
});
const node = (vs: string, min: number, source: string, more: Partial<Target> = {}): Target => ({
  runtime: "node",
  vs,
  min,
  source,
  ...more,
});
const py8 = (more: Partial<Target>): Target => ({
  runtime: "deno",
  vs: CPYTHON,
  min: 8,
  source: EIGHT_X,
  ...more,
});

const I6 = "tokens and draws as fast as the platform's own";
const I14 = "Node.js: tokens at least Buffer's and nanoid's speed";
/** What a token function does that its floor does not. */
const POOL_EXTRA = "the size check, the wipe of every byte handed out, and the health tests " +
  "of each 4 KiB refill, which the floor skips";
const NODE_ENCODER = "Node.js 20 has no Uint8Array toHex/toBase64, so the library encodes " +
  "with Buffer's C++ slicers (hexSlice, base64urlSlice) as the floor does, but on a range of its " +
  "pool (lib/core/_encode.ts), behind the size check, the wipe and the health tests; nanoid builds " +
  "its id from its own pool in one tight loop and checks nothing";
const RANDOM_INT = "Deno's node:crypto randomInt is one V8 fast call into Rust (rand's " +
  "thread_rng, op_node_random_int), about 11 ns in a hot loop; the library draws from its pool " +
  "in JavaScript, behind its argument checks, and wipes each byte it uses";
const BIG_WHY = "as CPython, randbelow(2**256) draws 257 bits and retries half the draws; " +
  "each draw parses 33 bytes of hex into a bigint, where CPython builds its int in C";

/** Where the recipes' targets against their peers come from. */
const PEERS = "recipes against their peers";
const TOKEN_TEXT_WHY = "tokenText reads its options object on every call (own keys, unknown " +
  "keys refused; the checks are skipped only for values === the last call's) and draws CPython's " +
  "byte stream exactly (one byte a character, 6 of its 8 bits, 62 of 64 values kept: a second " +
  "pool read for half the tokens, since no byte past the last kept one may be read), through " +
  "the pool's busy guard and wipe, into an array of 22 UTF-16 units made a string by one " +
  "fromCharCode call. A Deno CPU profile (December 2026): fromCharCode about 15%, the pool " +
  "(reads, wipe, refills) about 10%, the options about 10%; building the string directly, " +
  "TextDecoder, += and fromCharCode over a Uint16Array were measured no faster or 2-5x slower. " +
  "nanoid's customAlphabet checks nothing per call, reads its own unwiped pool, and may read " +
  "past the bytes it keeps";
const PASSWORD_WHY = "the options object is read on every call (the checks and the plan " +
  "look-up are skipped only when every value is === the last call's); a candidate is CPython's " +
  "recipe byte for byte (whole candidates of choice until the minimums hold: about 1.07 " +
  "candidates of 16 here), or, with rules, uniform over the valid passwords, drawn through the " +
  "pool's busy guard and wipe; generate-password strict concatenates one character per byte " +
  "of a randomBytes(256) batch and tests each class with a regular expression";
const FIRST_RULES_WHY = "the first call parses the rules and counts the valid passwords " +
  "exactly, a dynamic programme over (required lines met, last character, the run it ends), row " +
  "by row up to the length that reaches 128 bits (Activision: its maxlength, 20): passwordRules() " +
  "counts to minlength to refuse rules that allow fewer than 2 passwords, and the plan goes on " +
  "from those rows. Counts are doubles, exact: plain numbers while every sum stays within 2**53, " +
  "then base-2**44 digits (Activision's reach 2**119: 3 digits). Activision's max-consecutive " +
  "limits sequences as well as repeats, so its letters and digits are counted by their place " +
  "in the chains a-z, A-Z and 0-9 (a-z with A-Z: 36 units, 288 states a row). Each call " +
  "allocates its rows (the plan cache keeps the last 32 plans): about a quarter of the time is " +
  "garbage collection (CPU profile on Deno, December 2026)";
const SPU_ARGS = "16, { symbols: false, digits: { min: 1 }, lowercase: { min: 1 }, " +
  "uppercase: { min: 1 } }";
const SPU_ROW = `securePasswordUtilities.generatePassword(${SPU_ARGS})`;

const NODE_BYTES_WHY = "Node.js's webcrypto getRandomValues, the library's only source, fills " +
  "at most 64 KiB a call behind its own argument checks and a job object a call (about 4 us a " +
  "call, as long as filling 20 KiB), where randomBytes fills any size in one call; above 4 KiB " +
  "the library takes what is left in its pool and fills the rest of the fresh result in 64 KiB " +
  "calls, as the floor (floor.freshChunks) does: on Node.js 20 the floor is 1.0x randomBytes at " +
  "64 KiB and 64 MiB but 0.83-0.90x at 1 MiB, where sixteen calls cost more than one; the " +
  "health tests' three 256-byte samples a call add about 3%; up to 4 KiB it copies from its " +
  "pool (refilled 64 KiB a call), with the size check and the wipe";
const DENO_BYTES_WHY = "the pool's leftover bytes come first, then the source fills the rest in " +
  "64 KiB calls as the floor does; the size check, the wipe and the health tests are the rest";

/** The table. */
export const ROWS: readonly Row[] = [
  // token_hex(16): its floor and peers.
  row({
    fn: "token_hex",
    args: "16",
    group: "token_hex(16)",
    baseline: true,
    runtimes: ["deno", "node"],
    py: true,
    targets: [
      deno("floor.hex(16)", 0.8, I6, { why: POOL_EXTRA }),
      deno("nanoid()", 2, I6),
      deno("crypto.randomUUID()", 0, "information"),
      deno("peer.randomBytesHex(16)", 0, "information"),
      node("floor.bufferHex(16)", 0.9, I14, { why: NODE_ENCODER }),
      node("nanoid()", 1.5, I14, { why: NODE_ENCODER }),
      py8({
        floor: "floor.hex(16)",
        limit: "the native toHex call dominates the floor",
        extra: POOL_EXTRA,
      }),
    ],
  }),
  row({
    fn: "floor.hex",
    args: "16",
    group: "token_hex(16)",
    about: "getRandomValues into a reused 4 KiB block, a subarray, native toHex",
  }),
  row({
    fn: "floor.bufferHex",
    args: "16",
    group: "token_hex(16)",
    runtimes: ["node"],
    about: 'getRandomValues into a reused 4 KiB block, Buffer.from(ab, off, n).toString("hex")',
  }),
  row({ fn: "nanoid", args: "", group: "token_hex(16)", runtimes: ["deno", "node"] }),
  row({ fn: "crypto.randomUUID", args: "", group: "token_hex(16)" }),
  row({
    fn: "peer.randomBytesHex",
    args: "16",
    group: "token_hex(16)",
    about: 'node:crypto randomBytes(n).toString("hex")',
  }),

  // token_urlsafe(32).
  row({
    fn: "token_urlsafe",
    args: "32",
    group: "token_urlsafe(32)",
    baseline: true,
    runtimes: ["deno", "node"],
    py: true,
    targets: [
      deno("floor.base64url(32)", 0.8, I6, { why: POOL_EXTRA }),
      deno("nanoid(43)", 0, "information"),
      node("floor.bufferBase64url(32)", 0.9, I14, { why: NODE_ENCODER }),
      node("nanoid(43)", 1.5, I14, { why: NODE_ENCODER }),
      py8({
        floor: "floor.base64url(32)",
        limit: "the native toBase64 call dominates the floor",
        extra: POOL_EXTRA,
      }),
    ],
  }),
  row({
    fn: "floor.base64url",
    args: "32",
    group: "token_urlsafe(32)",
    about: "getRandomValues into a reused 4 KiB block, a subarray, native toBase64 (base64url)",
  }),
  row({
    fn: "floor.bufferBase64url",
    args: "32",
    group: "token_urlsafe(32)",
    runtimes: ["node"],
    about:
      'getRandomValues into a reused 4 KiB block, Buffer.from(ab, off, n).toString("base64url")',
  }),
  row({ fn: "nanoid", args: "43", group: "token_urlsafe(32)", runtimes: ["deno", "node"] }),

  // Small integers.
  row({
    fn: "randbelow",
    args: "1000",
    group: "randbelow(1000)",
    baseline: true,
    py: true,
    targets: [deno("nodeCrypto.randomInt(0, 1000)", 1, I6, { why: RANDOM_INT })],
  }),
  row({ fn: "nodeCrypto.randomInt", args: "0, 1000", group: "randbelow(1000)" }),
  row({
    fn: "choice",
    args: "ALNUM",
    group: "choice",
    baseline: true,
    py: true,
    targets: [
      deno("peer.indexRandomInt(ALNUM)", 1, I6, {
        why: `${RANDOM_INT}; choice also checks its sequence argument on every call`,
      }),
    ],
  }),
  row({
    fn: "peer.indexRandomInt",
    args: "ALNUM",
    group: "choice",
    about: "s[randomInt(0, s.length)] with node:crypto's randomInt",
  }),
  row({
    fn: "randbits",
    args: "32",
    group: "32 bits",
    baseline: true,
    py: true,
    targets: [
      deno("nodeCrypto.randomInt(0, 2 ** 32)", 1, I6, { why: RANDOM_INT }),
    ],
  }),
  row({
    fn: "SystemRandom.random",
    args: "",
    group: "32 bits",
    py: true,
    targets: [deno("nodeCrypto.randomInt(0, 2 ** 32)", 1, I6, { why: RANDOM_INT })],
  }),
  row({ fn: "nodeCrypto.randomInt", args: "0, 2 ** 32", group: "32 bits" }),

  // Big integers.
  row({
    fn: "randbelow",
    args: "BIG",
    group: "bigint",
    baseline: true,
    py: true,
    targets: [
      deno(CPYTHON, 3, I6, {
        why: BIG_WHY,
        floor: "floor.bigBelow(BIG)",
        limit: "parsing hex into a bigint is the cheapest bulk conversion V8 offers",
        extra: "the argument check and the pool's bookkeeping and wipe",
      }),
      py8({
        why: BIG_WHY,
        floor: "floor.bigBelow(BIG)",
        limit: "parsing hex into a bigint is the cheapest bulk conversion V8 offers",
        extra: "the argument check and the pool's bookkeeping and wipe",
      }),
    ],
  }),
  row({
    fn: "floor.bigBelow",
    args: "BIG",
    group: "bigint",
    about: "CPython's draw inline: 33 pooled bytes, BigInt('0x' + toHex()), retry while >= " +
      "2**263, shift by 7",
  }),
  row({
    fn: "randbits",
    args: "64n",
    group: "bigint",
    py: "64",
    targets: [
      py8({
        floor: "floor.bigUint64()",
        limit: "allocating a 64-bit bigint",
        extra: "randbits checks its bit count, converts it from a bigint, and reads the pool " +
          "behind its re-entrancy guard and wipe; the floor reads 8 bytes of a DataView, no more",
      }),
    ],
  }),
  row({
    fn: "floor.bigUint64",
    args: "",
    group: "bigint",
    about: "DataView getBigUint64 of 8 pooled bytes: the cheapest 64-bit bigint from bytes",
  }),

  // 1 MiB.
  row({
    fn: "token_bytes",
    args: "1 << 20",
    group: "1 MiB",
    baseline: true,
    runtimes: ["deno", "node"],
    py: true,
    targets: [
      node("nodeCrypto.randomBytes(1 << 20)", 0.9, PEERS, { why: NODE_BYTES_WHY }),
      deno("floor.freshChunks(1 << 20)", 0.9, I6, {
        why: "the library adds the pool's leftover bytes and its checks to the same allocation " +
          "and getRandomValues calls",
      }),
      deno("floor.reusedChunks(1 << 20)", 0.9, I6, {
        why: "a returned token must be a fresh buffer: allocating and zeroing 1 MiB is the " +
          "difference",
        floor: "floor.freshChunks(1 << 20)",
        limit: "no fresh buffer comes cheaper",
        extra: "the pool's leftover bytes and the checks",
      }),
      py8({
        floor: "floor.freshChunks(1 << 20)",
        limit: "getRandomValues itself (64 KiB a call) bounds it",
        extra: "the pool's leftover bytes and the checks",
      }),
    ],
  }),
  row({
    fn: "floor.freshChunks",
    args: "1 << 20",
    group: "1 MiB",
    about: "a fresh Uint8Array filled by getRandomValues in 64 KiB chunks",
  }),
  row({
    fn: "floor.reusedChunks",
    args: "1 << 20",
    group: "1 MiB",
    about: "the same into one reused buffer (not a valid token: it is overwritten)",
  }),

  // Shuffle.
  row({
    fn: "SystemRandom.shuffle",
    args: "MILLION",
    group: "shuffle",
    baseline: true,
    py: true,
    targets: [deno(CPYTHON, 10, I6)],
  }),

  // compare_digest: two distinct, equal inputs; the floor is the bare loop.
  row({
    fn: "compare_digest",
    args: "HEX_A, HEX_B",
    group: "compare_digest",
    baseline: true,
    py: true,
    targets: [
      py8({
        floor: "floor.xorChars(HEX_A, HEX_B)",
        limit: "V8 has no bulk read of a string: 64 charCodeAt calls, each checking the " +
          "string's representation, cost about what CPython's whole C call costs",
        extra: "the type dispatch, the unequal-length path and the ASCII check (CPython reads " +
          "ASCII-ness from a flag on the string)",
      }),
    ],
  }),
  row({
    fn: "floor.xorChars",
    args: "HEX_A, HEX_B",
    group: "compare_digest",
    about: "the bare constant-time loop over equal-length strings, without the ASCII check",
  }),
  row({
    fn: "compare_digest",
    args: "BYTES_A, BYTES_B",
    group: "compare_digest",
    py: true,
    targets: [
      py8({
        floor: "floor.xorBytes(BYTES_A, BYTES_B)",
        limit: "a JavaScript loop over 32 bytes against CPython's C loop",
        extra: "the type dispatch (string, typed array, DataView, ArrayBuffer), the check " +
          "for detached or out-of-bounds views, and the unequal-length path",
      }),
    ],
  }),
  row({
    fn: "floor.xorBytes",
    args: "BYTES_A, BYTES_B",
    group: "compare_digest",
    about: "the bare constant-time loop over equal-length byte arrays",
  }),

  // Small byte results: the allocation floor.
  row({
    fn: "token_bytes",
    args: "32",
    group: "small bytes",
    baseline: true,
    runtimes: ["deno", "node"],
    py: true,
    targets: [
      node("nodeCrypto.randomBytes(32)", 0.9, PEERS, { why: NODE_BYTES_WHY }),
      deno("floor.freshChunks(32)", 0.9, PEERS, { why: DENO_BYTES_WHY }),
      py8({
        floor: "floor.alloc(32)",
        limit: "Deno allocates a small Uint8Array slowly (hundreds of ns; Node.js about 25 ns), " +
          "and every fresh byte result pays it",
        extra: "the draw from the pool (a slice), the size check and the wipe",
      }),
    ],
  }),
  row({
    fn: "floor.alloc",
    args: "32",
    group: "small bytes",
    about: "new Uint8Array(32), nothing else",
  }),
  row({
    fn: "SystemRandom.randbytes",
    args: "16",
    group: "small bytes",
    py: true,
    targets: [
      py8({
        floor: "floor.alloc(16)",
        limit: "as token_bytes(32): the fresh Uint8Array's allocation",
        extra: "the draw from the pool (a slice), the size check and the wipe",
      }),
    ],
  }),
  row({
    fn: "floor.alloc",
    args: "16",
    group: "small bytes",
    about: "new Uint8Array(16), nothing else",
  }),

  // The other public functions, for the CPython comparison.
  row({
    fn: "token_hex",
    args: "32",
    group: "vs CPython",
    py: true,
    targets: [
      py8({
        floor: "floor.hex(32)",
        limit: "as token_hex(16): the native toHex call dominates the floor",
        extra: POOL_EXTRA,
      }),
    ],
  }),
  row({
    fn: "floor.hex",
    args: "32",
    group: "vs CPython",
    about: "as floor.hex(16), 32 bytes",
  }),
  row({
    fn: "token_urlsafe",
    args: "16",
    group: "vs CPython",
    py: true,
    targets: [
      deno("floor.base64url(16)", 1, PEERS, {
        why: "below 32 bytes the library encodes in JavaScript, faster than the native " +
          "toBase64 call the floor makes; the size check, the wipe and the health tests cost more",
      }),
      py8({
        floor: "floor.base64url(16)",
        limit: "as token_urlsafe(32): the native toBase64 call dominates the floor",
        extra: POOL_EXTRA,
      }),
    ],
  }),
  row({
    fn: "floor.base64url",
    args: "16",
    group: "vs CPython",
    about: "as floor.base64url(32), 16 bytes",
  }),
  ...[
    ["randrange", "0, 1000, 7"],
    ["randint", "1, 6"],
    ["uniform", "0, 10"],
    ["triangular", ""],
    ["getrandbits", "32"],
    ["gauss", ""],
    ["normalvariate", ""],
    ["lognormvariate", "0, 1"],
    ["expovariate", ""],
    ["vonmisesvariate", "0, 4"],
    ["gammavariate", "2.5, 1"],
    ["betavariate", "2, 5"],
    ["paretovariate", "3"],
    ["weibullvariate", "1, 1.5"],
    ["binomialvariate", "100, 0.5"],
    ["sample", "POP, 10"],
    ["shuffle", "POP"],
  ].map(([m, args]) => row({ fn: `SystemRandom.${m}`, args, group: "vs CPython", py: true })),
  row({
    fn: "SystemRandom.choices",
    args: "POP, W, { k: 10 }",
    group: "vs CPython",
    py: "POP, W, k=10",
  }),

  // token_bytes across sizes: against node:crypto's randomBytes on Node.js, and the
  // fresh-buffer floor on Deno.
  ...(["32", "1 << 20"].map((n) =>
    row({ fn: "nodeCrypto.randomBytes", args: n, group: "token_bytes sizes", runtimes: ["node"] })
  )),
  row({ fn: "floor.freshChunks", args: "32", group: "token_bytes sizes" }),
  ...(["4096", "65536", "1 << 26"].flatMap((n) => [
    row({
      fn: "token_bytes",
      args: n,
      group: "token_bytes sizes",
      runtimes: ["deno", "node"],
      py: true,
      targets: [
        deno(`floor.freshChunks(${n})`, 0.9, PEERS, { why: DENO_BYTES_WHY }),
        node(`nodeCrypto.randomBytes(${n})`, 0.9, PEERS, { why: NODE_BYTES_WHY }),
        py8({
          floor: `floor.freshChunks(${n})`,
          limit: "getRandomValues itself (64 KiB a call) bounds it, where CPython's os.urandom " +
            "is one getrandom() call in C",
          extra: "the pool's leftover bytes, the size check, the wipe and the health tests",
        }),
      ],
    }),
    row({ fn: "floor.freshChunks", args: n, group: "token_bytes sizes" }),
    row({ fn: "nodeCrypto.randomBytes", args: n, group: "token_bytes sizes", runtimes: ["node"] }),
  ])),

  // Recipes against the packages people use instead (no CPython function to compare with).
  row({ fn: "password", args: "", group: "recipes", baseline: true }),
  row({
    fn: "passphrase",
    args: "",
    group: "passphrase",
    baseline: true,
    runtimes: ["deno", "node"],
    targets: [
      {
        runtime: "deno",
        maxNs: 5000,
        source: "strict options cost little",
        why: "a passphrase is six draws below 7,776 from the pool, six look-ups and a join; " +
          "the list's checks run once per list and options, and are remembered",
      },
      {
        runtime: "node",
        maxNs: 1000,
        source: PEERS,
        why: "six words drawn in one batch from the pool, the options read and checked, the plan " +
          "looked up by list and shape, and a join; on a loaded machine the median includes waits",
      },
      deno("niceware.generatePassphrase(10)", 0, "information"),
      ...(effDiceware ? [deno("effDiceware(6)", 0, "information")] : []),
      node("niceware.generatePassphrase(10)", 0, "information"),
    ],
  }),
  row({
    fn: "niceware.generatePassphrase",
    args: "10",
    group: "passphrase",
    runtimes: ["deno", "node"],
    about: "niceware 4: 10 random bytes as 5 words of a 65,536-word list (80 bits)",
  }),
  ...(effDiceware
    ? [row({
      fn: "effDiceware",
      args: "6",
      group: "passphrase",
      about: "eff-diceware-passphrase 3: 6 distinct EFF words, sampled without replacement and " +
        "shuffled (not uniform over all 7,776**6 phrases); Deno only: its native addon " +
        "(sodium-native) cannot be bundled for Node.js",
    })]
    : []),

  // tokenText against nanoid's customAlphabet and crypto-random-string.
  row({
    fn: "tokenText",
    args: '{ bits: 128, alphabet: "base62" }',
    group: "tokenText(128 bits of base62)",
    baseline: true,
    runtimes: ["deno", "node"],
    targets: [
      deno("nanoidCustom.alnum22()", 1.5, PEERS, { why: TOKEN_TEXT_WHY }),
      node("nanoidCustom.alnum22()", 1.5, PEERS, { why: TOKEN_TEXT_WHY }),
      deno("cryptoRandomString({ length: 22, characters: ALNUM })", 0, "information"),
      node("cryptoRandomString({ length: 22, characters: ALNUM })", 0, "information"),
    ],
  }),
  row({
    fn: "tokenText",
    args: "{ bits: 128, alphabet: ALNUM }",
    group: "tokenText(128 bits of base62)",
    runtimes: ["deno", "node"],
    targets: [
      deno("nanoidCustom.alnum22()", 1.5, PEERS, { why: TOKEN_TEXT_WHY }),
      node("nanoidCustom.alnum22()", 1.5, PEERS, { why: TOKEN_TEXT_WHY }),
    ],
  }),
  row({
    fn: "nanoidCustom.alnum22",
    args: "",
    group: "tokenText(128 bits of base62)",
    runtimes: ["deno", "node"],
    about: "nanoid 5's customAlphabet(ALNUM, 22), made once: 22 characters of its own byte " +
      "pool, masked and rejected per character",
  }),
  row({
    fn: "cryptoRandomString",
    args: "{ length: 22, characters: ALNUM }",
    group: "tokenText(128 bits of base62)",
    runtimes: ["deno", "node"],
    about: "crypto-random-string 5 with a custom character set",
  }),

  // password() against generate-password (strict: each class at least once) and
  // secure-password-utilities.
  row({
    fn: "password",
    args: "{ length: 16 }",
    group: "password(16)",
    baseline: true,
    runtimes: ["deno", "node"],
    targets: [
      deno("generatePassword.generate({ length: 16, numbers: true })", 0, "information"),
      node("generatePassword.generate({ length: 16, numbers: true })", 0, "information"),
    ],
  }),
  row({
    fn: "password",
    args: "{ length: 16, minLower: 1, minUpper: 1, minDigits: 1 }",
    group: "password(16)",
    runtimes: ["deno", "node"],
    targets: [
      deno("generatePassword.generate({ length: 16, numbers: true, strict: true })", 1.5, PEERS, {
        why: PASSWORD_WHY,
      }),
      node("generatePassword.generate({ length: 16, numbers: true, strict: true })", 1.5, PEERS, {
        why: PASSWORD_WHY,
      }),
      deno(SPU_ROW, 0, "information"),
      node(SPU_ROW, 0, "information"),
    ],
  }),
  row({
    fn: "generatePassword.generate",
    args: "{ length: 16, numbers: true }",
    group: "password(16)",
    runtimes: ["deno", "node"],
    about: "generate-password 1.7: 16 of A-Za-z0-9",
  }),
  row({
    fn: "generatePassword.generate",
    args: "{ length: 16, numbers: true, strict: true }",
    group: "password(16)",
    runtimes: ["deno", "node"],
    about: "generate-password 1.7 strict: redrawn until each class appears",
  }),
  row({
    fn: "securePasswordUtilities.generatePassword",
    args: SPU_ARGS,
    group: "password(16)",
    runtimes: ["deno", "node"],
    about: "secure-password-utilities 0.2: the required characters placed, the rest drawn, " +
      "then shuffled (not uniform over the valid passwords)",
  }),
  row({
    fn: "password",
    args: "{ rules: sites.activision }",
    group: "password(rules)",
    baseline: true,
    runtimes: ["deno", "node"],
    targets: [
      deno("generatePassword.generate({ length: 20, numbers: true, strict: true })", 1.5, PEERS, {
        why: PASSWORD_WHY,
      }),
      node("generatePassword.generate({ length: 20, numbers: true, strict: true })", 1.5, PEERS, {
        why: PASSWORD_WHY,
      }),
    ],
  }),
  row({
    fn: "password",
    args: "{ rules: sites.apple }",
    group: "password(rules)",
    runtimes: ["deno", "node"],
  }),
  row({
    fn: "generatePassword.generate",
    args: "{ length: 20, numbers: true, strict: true }",
    group: "password(rules)",
    runtimes: ["deno", "node"],
    about: "generate-password 1.7 strict, 20 characters (activision.com's length)",
  }),
  ...(["activision", "apple"] as const).map((site) =>
    row({
      fn: "firstCall.password",
      args: `sites.text.${site}`,
      group: "password(rules)",
      runtimes: ["deno", "node"],
      about: `passwordRules(${site}.com's rules + a whitespace suffix new at each call), then ` +
        "password({ rules }): parse, plan, count and draw, as the first call of new rules does",
      targets: [
        { runtime: "deno", maxNs: 1e6, source: PEERS, why: FIRST_RULES_WHY },
        { runtime: "node", maxNs: 1e6, source: PEERS, why: FIRST_RULES_WHY },
      ],
    })
  ),
];

/**
 * The targets the README's Performance section shows (`deno task bench:report`
 * writes them between its `<!-- bench headline -->` markers): row, what it is
 * set against, runtime. Each must be a target of that row in {@linkcode ROWS}.
 */
export const HEADLINE: readonly (readonly [row: string, vs: string, runtime: Runtime])[] = [
  ["token_hex(16)", CPYTHON, "deno"],
  ["token_hex(16)", "nanoid()", "deno"],
  ["token_hex(16)", "nanoid()", "node"],
  ["compare_digest(HEX_A, HEX_B)", CPYTHON, "deno"],
  ["tokenText({ bits: 128, alphabet: ALNUM })", "nanoidCustom.alnum22()", "node"],
];

/** The rows that run in `runtime`, in table order. */
export function rowsFor(runtime: Runtime): Row[] {
  return ROWS.filter((r) => r.runtimes.includes(runtime));
}

/**
 * A program that calls one function and nothing else: bundled alone (minified,
 * then gzipped) for its size, and run in fresh processes for its start-up
 * (module evaluation and the first call).
 */
export interface Program {
  /** The call, as the table shows it. */
  readonly name: string;
  /** What it imports: an import clause (`{ token_hex }`, `niceware`). */
  readonly clause: string;
  /** From where: a path from the repository root, or a package name of import_map.json. */
  readonly from: string;
  /** The call, on the imported names. */
  readonly call: string;
  /** It needs Node.js's built-in modules: bundled for Deno and Node.js (the built-ins left out), not for a browser. */
  readonly server?: boolean;
  /** The gzip size the bundle must stay under, in bytes (none: information). */
  readonly maxGzip?: number;
  /** Why the size target is missed, when it is. */
  readonly why?: string;
  /**
   * The gzip size the bundle stays under now, in bytes, checked by
   * tests/bundle_size_test.ts (sizes are deterministic, unlike times): its
   * size when its wiring was last tightened, plus about 2% for toolchain
   * drift. Lower it as the bundle shrinks; raise it only for code the program
   * needs, and say why in the commit.
   */
  readonly guardGzip?: number;
  /**
   * Strings the bundle must not hold (checked by the same test): markers of
   * code the program never calls, which wiring that a bundler cannot drop
   * would bring back.
   */
  readonly absent?: readonly string[];
}

/**
 * The floor program's gzip size (bench/_floor.ts), as last measured: 2,518 until describe()
 * escaped every character that does not print (the Unicode-property pattern, about 70 bytes
 * gzip, which every program keeps; the guards below rose by as much); 2,588 until the pool's
 * block size became a constructor argument (64 KiB for the default pool) and its direct-chunk
 * samples were read eight bytes at a time (53 bytes; token_bytes' guard rose by 60); 2,641
 * until its refills grew from 4 KiB to the block's size (28 bytes).
 */
const FLOOR_GZIP = 2669;

const FLOOR_WHY = `the floor is ${FLOOR_GZIP} bytes (floorTokenHex(), bench/_floor.ts): the pool ` +
  "with its wipe and health tests and their messages, and the size check with its messages " +
  "(describe), which every program that draws a byte keeps";

/** Markers of code: the base64url encoder's self-test vector, and the hex one's. */
const BASE64URL_CODE = "AAF_gKvN7_r7_xA-Pw";
const HEX_CODE = "00017f80abcdeffafbff103e3f";
/** Markers of `choice`, `randbelow`, `compare_digest` and `SystemRandom`. */
const CHOICE_CODE = "choice(): seq";
const RANDBELOW_CODE = "Upper bound must be positive.";
const COMPARE_CODE = "compare_digest(): ";
const SYSTEM_RANDOM_CODE = "choices(population, weights";
/** Markers of the rules' parser (passwordRules) and of the EFF word list (passphrase). */
const RULES_PARSER_CODE = "max-consecutive";
const WORD_LIST_CODE = "abacus";
/** Marker of the rules of words and separators (printsDistinctly), which only passphrase reaches. */
const WORD_RULES_CODE = "does not show at the";
/** Marker of the getters compare_digest captures (the typed array's name). */
const COMPARE_GETTERS_CODE = "Symbol.toStringTag";

/** The programs of the bundle-size and start-up tables: one entry point used alone each. */
export const PROGRAMS: readonly Program[] = [
  {
    name: "token_hex()",
    clause: "{ token_hex }",
    from: "mod.ts",
    call: "token_hex()",
    maxGzip: 1536,
    why: FLOOR_WHY +
      "; token_hex adds 428 bytes: the platform's hex encoder (toHex, or Node.js's " +
      "Buffer) in place of the floor's JavaScript one, with the load-time self-test that must pass " +
      "before either is trusted (366 bytes), and the fast path of its size check (24); nanoid has " +
      "none of these",
    guardGzip: 3130,
    absent: [
      BASE64URL_CODE,
      CHOICE_CODE,
      RANDBELOW_CODE,
      COMPARE_CODE,
      COMPARE_GETTERS_CODE,
      SYSTEM_RANDOM_CODE,
    ],
  },
  {
    name: "floorTokenHex()",
    clause: "{ floorTokenHex }",
    from: "bench/_floor.ts",
    call: "floorTokenHex()",
    guardGzip: FLOOR_GZIP + 50,
  },
  {
    name: "token_bytes()",
    clause: "{ token_bytes }",
    from: "mod.ts",
    call: "token_bytes()",
    guardGzip: 2550,
    absent: [HEX_CODE, BASE64URL_CODE, CHOICE_CODE, COMPARE_CODE, COMPARE_GETTERS_CODE],
  },
  { name: "nanoid()", clause: "{ nanoid }", from: "nanoid", call: "nanoid()" },
  {
    name: "tokenText()",
    clause: "{ tokenText }",
    from: "recipes.ts",
    call: "tokenText()",
    maxGzip: 3072,
    why: FLOOR_WHY + "; tokenText keeps the floor but its hex encoder and size check (2,222 " +
      "bytes left when every part below is cut out of its minified bundle) and adds, each measured " +
      "by cutting it out alone: the alphabet checks and their messages (Unicode properties, " +
      "look-alikes; 759 + 27), the batch draw (478), the alphabet option with its messages and " +
      "cache (338), the option reader (311) with its did-you-mean edit distance (224), the plan " +
      "and its binding (282), the aliases and name suggestions (287), the named alphabets and " +
      "their tables (212), the text assembly (198), the length from the bits with its cache " +
      "(144), the integer check (97), optionError (85) and cutText (36): 3,694 bytes together, " +
      "all of it reached by tokenText(options)",
    guardGzip: 6010,
    absent: [HEX_CODE, CHOICE_CODE, RANDBELOW_CODE, WORD_RULES_CODE],
  },
  {
    name: "customAlphabet(ALNUM, 22)()",
    clause: "{ customAlphabet }",
    from: "nanoid",
    call: `customAlphabet(${JSON.stringify(ALNUM_TEXT)}, 22)()`,
  },
  {
    name: "password()",
    clause: "{ password }",
    from: "recipes.ts",
    call: "password()",
    maxGzip: 5120,
    why: FLOOR_WHY + "; password keeps the floor but its hex encoder and size check (2,425 " +
      "bytes left when every part below is cut out of its minified bundle) and adds, each measured " +
      "by cutting it out alone: the alphabet checks and their messages (744 + 31), the alphabet " +
      "plan and its messages (613), the batch draw (444), the reading of its options with the " +
      "rules' messages (360), the exact count (inclusion-exclusion in bigints, 348), the option " +
      "reader (333) with its did-you-mean edit distance (248), the draw that meets the minimums " +
      "(289), the plan cache (263), the text assembly (199), the integer, string and boolean " +
      "checks (148), the recipe and its binding (141), the option names and classes (134), the " +
      "feasibility bound (129), the plan of compiled rules (94, left in: password() reads rules " +
      "it cannot tell are absent), the bigint bit length (84), optionError (84) and cutText (35): " +
      "4,970 bytes together. randbelow over bigints is wired in by passwordRules(), so it is " +
      "not among them",
    guardGzip: 7550,
    absent: [
      CHOICE_CODE,
      RANDBELOW_CODE,
      HEX_CODE,
      RULES_PARSER_CODE,
      WORD_LIST_CODE,
      WORD_RULES_CODE,
    ],
  },
  {
    name: "generatePassword.generate({ length: 16, numbers: true, strict: true })",
    clause: "generatePassword",
    from: "generate-password",
    server: true,
    call: "generatePassword.generate({ length: 16, numbers: true, strict: true })",
  },
  { name: "passphrase()", clause: "{ passphrase }", from: "recipes.ts", call: "passphrase()" },
  {
    name: "niceware.generatePassphrase(10)",
    clause: "niceware",
    from: "niceware",
    server: true,
    call: "niceware.generatePassphrase(10)",
  },
  {
    name: "password({ rules: passwordRules(apple.com's rules) })",
    clause: "{ password, passwordRules }",
    from: "recipes.ts",
    call: `password({ rules: passwordRules(${JSON.stringify(SITE_RULES.apple)}) })`,
  },
];
