// Shared test helpers: assertions on error kind and message, and the
// statistical thresholds (each check's false-alarm rate is about 1e-7).
import assert from "node:assert/strict";

export { assert };
import {
  SECRETS_FUNCTIONS,
  SYSTEM_RANDOM_METHODS,
  VALUE_METHODS,
} from "../conformance/_methods.ts";

/** The names of `secrets`' functions and of SystemRandom's methods that return values. */
export const SECRETS_NAMES: readonly string[] = SECRETS_FUNCTIONS.map((f) => f.name);
export { SECRETS_FUNCTIONS, SYSTEM_RANDOM_METHODS, VALUE_METHODS };

/** Asserts that `fn` throws an error of class `kind` whose message matches. */
export function assertThrows(
  fn: () => unknown,
  // deno-lint-ignore no-explicit-any
  kind: new (...args: any[]) => Error,
  message?: string | RegExp,
): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) {
    throw new assert.AssertionError({ message: `expected ${kind.name}, nothing thrown` });
  }
  assert.ok(
    thrown instanceof kind,
    `expected ${kind.name}, got ${(thrown as Error)?.name}: ${(thrown as Error)?.message}`,
  );
  if (typeof message === "string") assert.equal((thrown as Error).message, message);
  else if (message) assert.match((thrown as Error).message, message);
}

/** A deterministic source: bytes 0, 1, 2, ... 250, 0, 1, ... (never a zero run or a repeated block). */
export function counterSource(start = 0): (buf: Uint8Array) => void {
  let next = start;
  return (buf) => {
    for (let i = 0; i < buf.length; i++) buf[i] = next++ % 251;
  };
}

/** The counter stream's bytes from position `from`, `n` of them. */
export function counterBytes(from: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (from + i) % 251);
}

/**
 * Two-sided normal threshold: P(|Z| > 5.3) = 1.2e-7 per check. No test makes
 * more than eight checks, so a healthy generator fails any one test less
 * than once in a million runs.
 */
export const Z_LIMIT = 5.3;

/**
 * Upper critical value of chi-square with `df` degrees of freedom at tail
 * probability 1e-7 per check (Wilson-Hilferty; z = 5.199). The approximation
 * errs on the high side in the far tail for small df, which only lowers the
 * false-alarm rate further.
 */
export function chi2Critical(df: number): number {
  const z = 5.199;
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** Pearson's chi-square statistic of observed counts against expected counts. */
export function chiSquare(observed: ArrayLike<number>, expected: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < observed.length; i++) {
    const d = observed[i] - expected[i];
    s += (d * d) / expected[i];
  }
  return s;
}

/** Asserts that counts are consistent with the expected ones (chi-square, 1e-7 tail). */
export function assertChiSquare(
  observed: ArrayLike<number>,
  expected: ArrayLike<number>,
  label: string,
): void {
  const stat = chiSquare(observed, expected);
  const crit = chi2Critical(observed.length - 1);
  assert.ok(
    stat < crit,
    `${label}: chi-square ${stat.toFixed(1)} >= ${crit.toFixed(1)} (df ${observed.length - 1})`,
  );
}

/** Asserts that the sample mean is within Z_LIMIT standard errors of `mean`. */
export function assertMean(
  xs: ArrayLike<number>,
  mean: number,
  variance: number,
  label: string,
): void {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  const m = s / xs.length;
  const z = (m - mean) / Math.sqrt(variance / xs.length);
  assert.ok(Math.abs(z) < Z_LIMIT, `${label}: mean ${m} vs ${mean}, z = ${z.toFixed(2)}`);
}

/**
 * Asserts that the sample variance is consistent with `variance`: the mean of
 * (x - mean)^2 is tested with its own standard error, estimated from the
 * sample (valid for distributions with a finite fourth moment).
 */
export function assertVariance(
  xs: ArrayLike<number>,
  mean: number,
  variance: number,
  label: string,
): void {
  const n = xs.length;
  let s = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] - mean) ** 2;
    s += d;
    s2 += d * d;
  }
  const m = s / n;
  const sd = Math.sqrt((s2 / n - m * m) / n);
  const z = (m - variance) / sd;
  assert.ok(Math.abs(z) < Z_LIMIT, `${label}: variance ${m} vs ${variance}, z = ${z.toFixed(2)}`);
}

/**
 * A `draws` made of `choice` calls, one a draw (the same bytes as the batch draw reads), for
 * random interfaces built by hand in tests.
 */
export function eachChoice(
  choice: <T>(seq: ArrayLike<T>) => T,
): <T>(seq: readonly T[], count: number) => T[] {
  return <T>(seq: readonly T[], count: number) => Array.from({ length: count }, () => choice(seq));
}
