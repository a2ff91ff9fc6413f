/**
 * The real-valued distributions of `random.py` whose algorithms use nothing
 * but `random()`: CPython's code, line for line, as functions of the
 * generator, so that a subclass's `random()` is used exactly where CPython
 * would call `self.random()`. The methods of `SystemRandom` check their
 * arguments and call these.
 *
 * @module
 */

import * as pymath from "./_math.ts";
import { atLoad } from "./_at_load.ts";

/** What the distributions draw from: a generator's `random()`. */
export interface RandomSource {
  /** A float in `[0, 1)`. */
  random(): number;
}

// Computed at load as random.py computes them, in calls marked pure (atLoad)
// so that a program without these distributions leaves them out of its bundle.
const NV_MAGICCONST = /* @__PURE__ */ atLoad(() => 4 * Math.exp(-0.5) / Math.sqrt(2.0));
const LOG4 = /* @__PURE__ */ atLoad(() => Math.log(4.0));
const SG_MAGICCONST = /* @__PURE__ */ atLoad(() => 1.0 + Math.log(4.5));
const TWOPI = /* @__PURE__ */ atLoad(() => 2 * Math.PI);

/** `normalvariate`: Kinderman and Monahan's ratio of uniforms. */
export function normalvariate(rng: RandomSource, mu: number, sigma: number): number {
  let z: number;
  while (true) {
    const u1 = rng.random();
    const u2 = 1.0 - rng.random();
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -pymath.log(u2)) break;
  }
  return mu + z * sigma;
}

/** `vonmisesvariate`: Best and Fisher's algorithm. */
export function vonmisesvariate(rng: RandomSource, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * rng.random();
  if (Number.isNaN(kappa)) {
    throw new RangeError("vonmisesvariate(): kappa must not be NaN");
  }
  const s = 0.5 / kappa;
  const r = s + pymath.sqrt(1.0 + s * s);
  let z: number;
  while (true) {
    const u1 = rng.random();
    z = Math.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = rng.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * pymath.exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = rng.random();
  return u3 > 0.5 ? pymath.mod(mu + pymath.acos(f), TWOPI) : pymath.mod(mu - pymath.acos(f), TWOPI);
}

/** `gammavariate` (alpha > 0 and finite, beta > 0: checked by the caller). */
export function gammavariate(rng: RandomSource, alpha: number, beta: number): number {
  if (alpha > 1.0) {
    // R.C.H. Cheng, "The generation of Gamma variables with non-integral
    // shape parameters", Applied Statistics (1977), 26, No. 1, p71-74.
    const ainv = pymath.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    while (true) {
      const u1 = rng.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rng.random();
      const v = pymath.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * pymath.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pymath.log(z)) return x * beta;
    }
  } else if (alpha === 1.0) {
    return -pymath.log(1.0 - rng.random()) * beta;
  }
  // alpha in (0, 1): algorithm GS of Statistical Computing, Kennedy & Gentle.
  let x: number;
  while (true) {
    const u = rng.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? pymath.pow(p, 1.0 / alpha) : -pymath.log((b - p) / alpha);
    const u1 = rng.random();
    if (p > 1.0) {
      if (u1 <= pymath.pow(x, alpha - 1.0)) break;
    } else if (u1 <= pymath.exp(-x)) break;
  }
  return x * beta;
}

/** `binomialvariate` for n >= 2 and 0 < p <= 0.5 (the caller handles the rest). */
export function binomialvariate(rng: RandomSource, n: number, p: number): number {
  if (n * p < 10.0) {
    // BG: geometric method by Devroye, running time O(np).
    let x = 0, y = 0;
    const c = pymath.log2(1.0 - p);
    if (!c) return x;
    while (true) {
      y += Math.floor(pymath.log2(rng.random()) / c) + 1;
      if (y > n) return x;
      x += 1;
    }
  }

  // BTRS: transformed rejection with squeeze, by Wolfgang Hörmann.
  let setupComplete = false;
  const spq = pymath.sqrt(n * p * (1.0 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  let alpha = 0, lpq = 0, m = 0, h = 0;
  while (true) {
    let u = rng.random();
    u -= 0.5;
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((pymath.div(2.0 * a, us) + b) * u + c); // us = 0: Python raises
    if (k < 0 || k > n) continue;
    let v = rng.random();
    if (us >= 0.07 && v <= vr) return k;
    if (!setupComplete) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = pymath.log(p / (1.0 - p));
      m = Math.floor((n + 1) * p);
      h = pymath.lgamma(m + 1) + pymath.lgamma(n - m + 1);
      setupComplete = true;
    }
    v *= alpha / (a / (us * us) + b);
    if (pymath.log(v) <= h - pymath.lgamma(k + 1) - pymath.lgamma(n - k + 1) + (k - m) * lpq) {
      return k;
    }
  }
}
