/**
 * Runs conformance cases through `./testing`'s `createSecrets` and compares
 * the answers with CPython's. Shared by the live runner and the test suite
 * that checks the frozen vectors. The schema is in vectors/README.md.
 *
 * @module
 */

import { createSecrets } from "../testing.ts";
import { pythonFunction, SYSTEM_RANDOM_METHODS } from "./_methods.ts";
import {
  type ApiKeyOptions,
  bitsFor,
  checkApiKey,
  collisionProbability,
  normalizeRecoveryCode,
  otpauthUri,
  type OtpauthUriOptions,
  verifyRecoveryCode,
} from "../recipes.ts";

/** A value in a case or result file. */
export type Value =
  | null
  | boolean
  | string
  | Value[]
  | { int: string }
  | { bigint: string }
  | { float: string }
  | { bytes: string }
  | { str: string }
  | { set: Value[] };

/** One call in a case. */
export interface Call {
  fn: string;
  args?: Value[];
  kwargs?: Record<string, Value>;
  /** Index of the argument to report instead of the return value (shuffle). */
  mutate?: number;
}

/** A case: a byte stream and the calls made on one generator. */
export interface Case {
  id: string;
  stream: { seed?: string; hex?: string };
  calls: Call[];
}

/** What one call gave: a value or an error. */
export type Outcome = { ok: Value } | { error: { type: string; message: string } };

/** A case's results. */
export interface CaseResult {
  id: string;
  results: Outcome[];
  next: string;
}

const MASK = (1n << 64n) - 1n;

/** The case's byte stream: the hex prefix, then splitmix64(seed) words, little-endian. */
export function streamSource(spec: Case["stream"]): (buf: Uint8Array) => void {
  const prefix = spec.hex ?? "";
  const pre = new Uint8Array(prefix.length / 2);
  for (let i = 0; i < pre.length; i++) pre[i] = parseInt(prefix.slice(2 * i, 2 * i + 2), 16);
  let state = BigInt(spec.seed ?? "0") & MASK;
  let used = 0;
  const word = new Uint8Array(8);
  let wordPos = 8;
  return (buf) => {
    for (let i = 0; i < buf.length; i++) {
      if (used < pre.length) {
        buf[i] = pre[used++];
        continue;
      }
      if (wordPos === 8) {
        state = (state + 0x9E3779B97F4A7C15n) & MASK;
        let z = state;
        z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & MASK;
        z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & MASK;
        z = z ^ (z >> 31n);
        for (let j = 0; j < 8; j++) word[j] = Number((z >> BigInt(8 * j)) & 0xffn);
        wordPos = 0;
      }
      buf[i] = word[wordPos++];
    }
  };
}

/** Parses Python's `float.hex()` output exactly. */
export function parseFloatHex(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  const m = /^(-?)0x([01])\.?([0-9a-f]*)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`bad float hex ${s}`);
  const mant = BigInt("0x" + m[2] + m[3]);
  let v = Number(mant) * 2 ** (Number(m[4]) - 4 * m[3].length);
  if (v === 0 && mant !== 0n) {
    // Subnormal: scale in two steps so the intermediate stays exact.
    v = Number(mant) * 2 ** (Number(m[4]) + 600 - 4 * m[3].length) * 2 ** -600;
  }
  return m[1] ? -v : v;
}

/** Turns a case value into the JS argument it stands for. */
export function decode(v: Value): unknown {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(decode);
  if ("int" in v) return Number(v.int);
  if ("bigint" in v) return BigInt(v.bigint);
  if ("float" in v) return parseFloatHex(v.float);
  if ("bytes" in v) {
    const out = new Uint8Array(v.bytes.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(v.bytes.slice(2 * i, 2 * i + 2), 16);
    return out;
  }
  if ("str" in v) return v.str;
  if ("set" in v) return new Set(v.set.map(decode));
  throw new Error(`unknown value ${JSON.stringify(v)}`);
}

/**
 * The JS arguments for a Python call: keyword arguments go to their
 * positions, keyword-only ones into the trailing options object.
 */
function jsArgs(module: string, name: string, call: Call): unknown[] {
  const args = (call.args ?? []).map(decode);
  const kwargs = call.kwargs ?? {};
  const signature = pythonFunction(module, name);
  const params = signature?.params ?? [];
  const options: Record<string, unknown> = {};
  let hasOptions = false;
  for (const [k, v] of Object.entries(kwargs)) {
    const i = params.indexOf(k);
    if (i >= 0) {
      while (args.length < i) args.push(undefined);
      args[i] = decode(v);
    } else if (signature?.keywordOnly.includes(k)) {
      options[k] = decode(v);
      hasOptions = true;
    } else {
      throw new Error(`unknown keyword ${k} for ${name}`);
    }
  }
  if (hasOptions) {
    while (args.length < params.length) args.push(undefined);
    args.push(options);
  }
  // Python's None for an optional positional is JS's undefined.
  return args.map((a, i) => (a === null && i > 0 && name !== "choice" ? undefined : a));
}

/**
 * The recipes take one options object: the keyword names of the Python
 * recipes (driver.py), in camelCase, except the passphrase recipe's
 * `words` (the list) and `count`, which the JS API calls `wordlist` and `words`.
 */
const RECIPE_NAMES: Record<string, string> = { words: "wordlist", count: "words" };

function recipeOptions(name: string, call: Call): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(call.kwargs ?? {})) {
    const js = name === "passphrase" ? RECIPE_NAMES[k] ?? k : k;
    options[js.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = decode(v);
  }
  return options;
}

/** The Python exception kind that a JS error stands for. */
function jsErrorType(e: unknown): string {
  if (e instanceof TypeError) return "TypeError";
  if (e instanceof RangeError) return "RangeError";
  if (e instanceof Error) return e.name;
  return typeof e;
}

/** Encodes a JS result as a case value. */
export function encode(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") {
    return Number.isInteger(v) && !Object.is(v, -0) ? { int: String(v) } : { float: String(v) };
  }
  if (typeof v === "bigint") return { int: String(v) };
  if (typeof v === "string") return { str: v };
  if (v instanceof Uint8Array) {
    return { bytes: hex(v) };
  }
  if (Array.isArray(v) || ArrayBuffer.isView(v)) {
    return Array.from(v as ArrayLike<unknown>, encode);
  }
  throw new Error(`cannot encode ${typeof v}`);
}

/** Lowercase hex of bytes. */
function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Runs one case through createSecrets with the case's stream. */
export function runCase(
  c: Case,
): { results: { value?: unknown; error?: unknown }[]; next: string } {
  const s = createSecrets(streamSource(c.stream));
  const gen = new s.SystemRandom();
  const recipes = {
    password: s.recipes.password,
    passphrase: s.recipes.passphrase,
    token_text: s.recipes.tokenText,
    api_key: s.recipes.apiKey,
    check_api_key: ({ key, ...options }: { key: string } & ApiKeyOptions) =>
      checkApiKey(key, options),
    collision_probability: collisionProbability,
    bits_for: bitsFor,
    pin: s.recipes.pin,
    recovery_codes: s.recipes.recoveryCodes,
    normalize_recovery_code: ({ code }: { code: string }) => normalizeRecoveryCode(code),
    verify_recovery_code: ({ code, codes }: { code: string; codes: string[] }) =>
      verifyRecoveryCode(code, codes),
    otp_secret: s.recipes.otpSecret,
    otpauth_uri: (options: OtpauthUriOptions) => otpauthUri(options),
  };
  const results: { value?: unknown; error?: unknown }[] = [];
  for (const call of c.calls) {
    const [mod, name] = call.fn.split(".");
    const target = mod === "secrets" ? s : mod === "recipes" ? recipes : gen;
    const f = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    const args = mod === "recipes" ? [recipeOptions(name, call)] : jsArgs(mod, name, call);
    try {
      let value = f.apply(target, args);
      if (call.mutate !== undefined) value = args[call.mutate];
      results.push({ value });
    } catch (error) {
      results.push({ error });
    }
  }
  const next = hex(s.token_bytes(8));
  return { results, next };
}

/** Python exception kinds and the JS kinds they map to. */
const KINDS: Record<string, string> = {
  ValueError: "RangeError",
  IndexError: "RangeError",
  ZeroDivisionError: "RangeError",
  OverflowError: "RangeError",
  TypeError: "TypeError",
  NotImplementedError: "NotImplementedError",
};

/**
 * TypeErrors that random.py and secrets.py raise with a message of their
 * own; the JS message must match these exactly. Other TypeErrors come from
 * Python's C type checks, whose wording JS has no equivalent for: for those
 * only the kind is compared.
 */
const OWN_TYPE_ERRORS = [
  /^Missing a non-None stop argument$/,
  /^Cannot specify both weights and cumulative weights$/,
  /^Counts must be integers$/,
  /^The number of choices must be a keyword argument: k=/,
  /^comparing strings with non-ASCII characters is not supported$/,
  /^a bytes-like object is required, not 'str'$/,
];

/** Functions whose float results go through log/exp/cos/pow and may differ in the last bits. */
export const TRANSCENDENTAL: ReadonlySet<string> = new Set([
  ...SYSTEM_RANDOM_METHODS.filter((m) => m.transcendental).map((m) => m.name),
  "collision_probability", // expm1, and 2 ** -bits for fractional bits
]);

/** Relative tolerance for transcendental float results. */
export const FLOAT_TOLERANCE = 1e-12;

/** The verdict on one call. */
export interface Verdict {
  status: "exact" | "tolerance" | "mismatch";
  relDiff?: number;
  why?: string;
}

function compareValue(expected: Value, actual: unknown, transcendental: boolean): Verdict {
  const exact: Verdict = { status: "exact" };
  if (expected === null) {
    return actual === undefined || actual === null
      ? exact
      : { status: "mismatch", why: "expected None" };
  }
  if (typeof expected === "boolean") {
    return actual === expected ? exact : { status: "mismatch", why: "bool differs" };
  }
  if (Array.isArray(expected)) {
    const arr = actual as ArrayLike<unknown>;
    if (arr === null || typeof arr !== "object" || arr.length !== expected.length) {
      return { status: "mismatch", why: "list length differs" };
    }
    let worst: Verdict = exact;
    for (let i = 0; i < expected.length; i++) {
      const v = compareValue(expected[i], arr[i], transcendental);
      if (v.status === "mismatch") return { ...v, why: `[${i}]: ${v.why}` };
      if (v.status === "tolerance" && (worst.relDiff ?? 0) <= (v.relDiff ?? 0)) worst = v;
    }
    return worst;
  }
  if (typeof expected === "string") {
    return actual === expected ? exact : { status: "mismatch", why: "string differs" };
  }
  if ("int" in expected) {
    if (typeof actual === "bigint") {
      return actual === BigInt(expected.int) ? exact : { status: "mismatch", why: "int differs" };
    }
    if (typeof actual === "number" && Number.isInteger(actual)) {
      return BigInt(actual) === BigInt(expected.int)
        ? exact
        : { status: "mismatch", why: "int differs" };
    }
    return { status: "mismatch", why: `expected int, got ${typeof actual}` };
  }
  if ("float" in expected) {
    const want = parseFloatHex(expected.float);
    if (typeof actual !== "number") {
      return { status: "mismatch", why: `expected float, got ${typeof actual}` };
    }
    if (Object.is(want, actual)) return exact;
    if (transcendental && Number.isFinite(want)) {
      const rel = Math.abs(actual - want) / Math.max(Math.abs(want), Number.MIN_VALUE);
      if (rel <= FLOAT_TOLERANCE) return { status: "tolerance", relDiff: rel };
      return { status: "mismatch", why: `float differs by ${rel.toExponential(2)}` };
    }
    return { status: "mismatch", why: "float differs" };
  }
  if ("str" in expected) {
    return actual === expected.str ? exact : { status: "mismatch", why: "string differs" };
  }
  if ("bytes" in expected) {
    const got = actual instanceof Uint8Array
      ? (encode(actual) as { bytes: string }).bytes
      : undefined;
    return got === expected.bytes ? exact : { status: "mismatch", why: "bytes differ" };
  }
  return { status: "mismatch", why: "unknown expected value" };
}

/** Compares one call's JS outcome with CPython's. */
export function compareOutcome(
  fn: string,
  expected: Outcome,
  actual: { value?: unknown; error?: unknown },
): Verdict {
  const name = fn.split(".")[1];
  if ("error" in expected) {
    if (!("error" in actual)) {
      return {
        status: "mismatch",
        why: `expected ${expected.error.type}: ${expected.error.message}`,
      };
    }
    const kind = jsErrorType(actual.error);
    const want = KINDS[expected.error.type] ?? expected.error.type;
    if (kind !== want) {
      return {
        status: "mismatch",
        why: `expected ${want} (${expected.error.type}), got ${kind}: ${
          (actual.error as Error)?.message
        }`,
      };
    }
    const ownMessage = expected.error.type !== "TypeError" ||
      OWN_TYPE_ERRORS.some((re) => re.test(expected.error.message));
    const message = (actual.error as Error).message;
    if (ownMessage && message !== expected.error.message) {
      return {
        status: "mismatch",
        why: `message ${JSON.stringify(message)} != ${JSON.stringify(expected.error.message)}`,
      };
    }
    return { status: "exact" };
  }
  if ("error" in actual) {
    const e = actual.error as Error;
    return { status: "mismatch", why: `unexpected ${e?.name}: ${e?.message}` };
  }
  return compareValue(expected.ok, actual.value, TRANSCENDENTAL.has(name));
}
