/**
 * Turns a row of the benchmark table (bench/_table.ts) into code, and times
 * rows as interleaved rounds. Runs unchanged on Deno and, bundled, on Node.js.
 *
 * A row is a callee path and an argument text, `fn(args)`, and that text is
 * its name. `compile` evaluates the argument text once, in the bench scope,
 * and generates a function whose body is literally `fn(a0, a1, ...)` with
 * the callee's root bound from the same scope: the code cannot call
 * anything but what the name says. Each row gets its own generated code
 * (its own `new Function`), so every call site stays monomorphic, as a
 * hand-written benchmark's would be.
 *
 * @module
 */

/** What a generated row does. */
export interface Compiled {
  /** The row's name, `fn(args)`. */
  readonly name: string;
  /** The argument values, evaluated once from the row's argument text. */
  readonly args: readonly unknown[];
  /** One call; returns a number read from the result (so it is used). */
  once(): number;
  /** `n` calls, each result read; returns the sum of what was read. */
  loop(n: number): number;
}

/** The callee and argument text of a row. */
export interface Callable {
  readonly name: string;
  readonly fn: string;
  readonly args: string;
}

/** Identifiers separated by dots: a path, not an expression. */
export const CALLEE = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

type Factory = (...values: unknown[]) => unknown;

function generate(name: string, params: string[], body: string): Factory {
  // A fresh script per row: its own feedback, its own optimized code. The
  // row's name goes into the source because V8 caches compiled code by
  // source text: two rows with the same text would share call-site feedback
  // (compare_digest on strings slowed 2.5x by the bytes row's calls).
  return new Function(...params, `"use strict";\n// ${JSON.stringify(name)}\n${body}`) as Factory;
}

/**
 * An expression that reads a result of this kind, so that the call cannot
 * be dropped as dead code and a lazily built string (a rope) is flattened,
 * as a caller using it would have to.
 */
function readerFor(result: unknown): string {
  if (typeof result === "string") return "(r.charCodeAt(r.length - 1) | 0)";
  if (typeof result === "number") return "r";
  if (typeof result === "boolean") return "(r ? 1 : 0)";
  if (typeof result === "bigint") return "(r === 0n ? 0 : 1)";
  if (result === undefined) return "0";
  if (ArrayBuffer.isView(result)) return "(r[r.length - 1] | 0)";
  if (Array.isArray(result)) return "r.length";
  throw new TypeError(`no reader for a result of type ${typeof result}`);
}

/**
 * Generates the code of one row in `scope` (a map from identifiers to
 * values: the library's functions, the peers, the fixtures).
 *
 * @throws {Error} If the callee's root is not in the scope, or the callee is
 * not a plain path.
 */
export function compile(row: Callable, scope: Readonly<Record<string, unknown>>): Compiled {
  if (!CALLEE.test(row.fn)) throw new Error(`${row.name}: callee ${row.fn} is not a path`);
  if (row.name !== `${row.fn}(${row.args})`) {
    throw new Error(`${row.name}: a row's name must be its call, ${row.fn}(${row.args})`);
  }
  const names = Object.keys(scope);
  const values = names.map((k) => scope[k]);
  const root = row.fn.split(".")[0];
  if (!Object.hasOwn(scope, root)) {
    throw new Error(`${row.name}: ${root} is not in the bench scope`);
  }
  const args = generate(row.name, names, `return [${row.args}];`)(...values) as unknown[];
  const params = args.map((_, i) => `a${i}`);
  const call = `${row.fn}(${params.join(", ")})`;
  const bind = (body: string) =>
    generate(row.name, [...names, ...params], body)(...values, ...args);
  const raw = bind(`return function raw() { return ${call}; };`) as () => unknown;
  const read = readerFor(raw());
  const code = bind(`return {
    once() { const r = ${call}; return ${read}; },
    loop(n) {
      let acc = 0;
      for (let i = 0; i < n; i++) { const r = ${call}; acc += ${read}; }
      return acc;
    },
  };`) as Pick<Compiled, "once" | "loop">;
  return { name: row.name, args, once: code.once, loop: code.loop };
}

/** Timing parameters. */
export interface Plan {
  /** Interleaved rounds: each round times one batch of every row. */
  rounds: number;
  /** Target duration of one batch, in milliseconds. */
  batchMs: number;
  /** Warm-up time per row before the rounds, in milliseconds. */
  warmupMs: number;
}

/** The default plan of the report. */
export const PLAN: Plan = { rounds: 45, batchMs: 2, warmupMs: 100 };

/** One row's measurements: nanoseconds per call in each round, and the batch size. */
export interface Sample {
  ns: number[];
  n: number;
}

/** Rows ready to be timed round by round. */
export interface Session {
  /** The batch size of each row (calls per timed batch). */
  readonly sizes: readonly number[];
  /**
   * Times one batch of every row, starting at row `r` (modulo the count), so
   * that over the rounds drift and GC land on all rows alike; returns ns per
   * call, in row order.
   */
  round(r: number): number[];
}

/**
 * Warms up every row and sizes its batch so that one batch lasts about
 * `batchMs` (sized on the fastest warm-up batch, so a preempted batch does
 * not shrink it).
 */
export function prepare(list: readonly Compiled[], plan: Plan = PLAN): Session {
  const now = () => performance.now();
  let sink = 0;
  const time = (c: Compiled, n: number) => {
    const t0 = now();
    sink += c.loop(n);
    return now() - t0;
  };
  const sizes = list.map((c) => {
    let n = 1;
    while (n < 2 ** 30 && time(c, n) < plan.batchMs / 8) n *= 2;
    const end = now() + plan.warmupMs;
    let dt = time(c, n);
    while (now() < end) dt = Math.min(dt, time(c, n));
    return Math.max(1, Math.round(n * plan.batchMs / Math.max(dt, 1e-3)));
  });
  return {
    sizes,
    round(r: number): number[] {
      const ns = new Array<number>(list.length);
      for (let j = 0; j < list.length; j++) {
        const i = (r + j) % list.length;
        ns[i] = time(list[i], sizes[i]) * 1e6 / sizes[i];
      }
      if (sink === 0.5) console.error("(unlikely sum)"); // keeps every read observable
      return ns;
    },
  };
}

/** The median of `xs` (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** The `q` quantile of `xs`, interpolated linearly. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at), hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}
