// The distributions of random.py that use nothing but random(), as functions of the
// generator: the same results as CPython 3.13, and the same number of random() calls, for a
// fixed stream of floats. Expected values: CPython 3.13.0, a random.Random subclass whose
// random() returns the same stream (u_i = (i * 0.6180339887498949) % 1, i from `start`),
// three draws in a row; `calls` is how many random() calls CPython made for the three.
// Integers and call counts must be identical; floats that go through log, exp, cos or pow may
// differ from CPython in the last bit (C's and JavaScript's libm round differently, as
// README.md says), so they are compared within 1e-12, relative, as conformance does: for
// gammavariate(0.5, 1.0) from u_1, V8's Math.log(0.34546895462470895) is one ulp below
// glibc's, and the second draw is 1.0628524961801633 here, 1.0628524961801635 in CPython.
import {
  binomialvariate,
  gammavariate,
  normalvariate,
  type RandomSource,
  vonmisesvariate,
} from "../../lib/core/_distributions.ts";
import { assert, assertThrows } from "../_helpers.ts";

/** The golden-ratio stream from index `start`, counting its calls. */
function stream(start: number): RandomSource & { calls: number } {
  let i = start - 1;
  return {
    calls: 0,
    random() {
      this.calls++;
      i++;
      return (i * 0.6180339887498949) % 1;
    },
  };
}

type Fn = (rng: RandomSource, a: number, b: number) => number;
const TABLE: [string, Fn, number, number, number, number[], number][] = [
  // name, function, a, b, start, three results, random() calls
  ["normalvariate", normalvariate, 1.0, 2.0, 1, [
    1.5301272352278719,
    3.3016220264997416,
    1.2608093230443178,
  ], 10],
  ["normalvariate", normalvariate, 0.0, 1.0, 7, [
    0.13040466152215888,
    0.8771000152750188,
    0.012890753542874729,
  ], 12],
  ["vonmisesvariate", vonmisesvariate, 1.0, 2.0, 1, [
    1.9477759193066926,
    1.6219815103010815,
    1.3897704643391628,
  ], 9],
  ["vonmisesvariate", vonmisesvariate, 0.5, 1e-7, 1, [
    3.883222077450933,
    1.4832588477222806,
    5.366480925173214,
  ], 3],
  ["vonmisesvariate", vonmisesvariate, 3.0, 50.0, 1, [
    3.205985086952996,
    3.129371185631555,
    3.1717894372709843,
  ], 11],
  ["vonmisesvariate", vonmisesvariate, 1.0, 2.0, 7, [
    1.3897704643391628,
    0.7964287169300477,
    0.9620031939922867,
  ], 9],
  ["gammavariate", gammavariate, 2.5, 2.0, 1, [
    6.360098247570345,
    1.5740581193421657,
    3.479236437015662,
  ], 8],
  ["gammavariate", gammavariate, 2.5, 2.0, 7, [
    3.479236437015662,
    5.667231809747516,
    9.949465783711434,
  ], 6],
  ["gammavariate", gammavariate, 1.0, 3.0, 1, [
    2.887270950357621,
    0.8078294086777851,
    5.774541900715245,
  ], 3],
  ["gammavariate", gammavariate, 0.5, 1.0, 1, [
    0.5354068235951019,
    1.0628524961801635,
    0.011396796138089759,
  ], 6],
  ["gammavariate", gammavariate, 0.5, 1.0, 7, [
    0.4432048060236892,
    0.0016627701476005427,
    0.10257116524280781,
  ], 10],
  ["gammavariate", gammavariate, 0.01, 1.0, 1, [
    1.8226816790855783e-21,
    2.043840590895262e-7,
    4.630786177002276e-105,
  ], 6],
  ["binomialvariate", binomialvariate, 10, 0.3, 1, [3, 2, 4], 12],
  ["binomialvariate", binomialvariate, 100, 0.4, 1, [42, 46, 32], 6],
  ["binomialvariate", binomialvariate, 100, 0.4, 7, [41, 45, 40], 12],
  ["binomialvariate", binomialvariate, 1000, 0.5, 7, [503, 515, 489], 10],
  ["binomialvariate", binomialvariate, 2, 0.5, 7, [1, 1, 1], 6],
];

Deno.test("the distributions give CPython's results from the same random() stream, with as many calls", () => {
  for (const [name, fn, a, b, start, expected, calls] of TABLE) {
    const rng = stream(start);
    const got = [fn(rng, a, b), fn(rng, a, b), fn(rng, a, b)];
    const what = `${name}(${a}, ${b}) from u_${start}`;
    if (name === "binomialvariate") assert.deepEqual(got, expected, what);
    for (const [i, x] of got.entries()) {
      const y = expected[i];
      assert.ok(Math.abs(x - y) <= 1e-12 * Math.abs(y), `${what}, draw ${i}: ${x}, CPython ${y}`);
    }
    assert.equal(rng.calls, calls, `${what}: random() calls`);
  }
});

Deno.test("vonmisesvariate(): a NaN kappa is refused, as CPython's math.sqrt would", () => {
  assertThrows(
    () => vonmisesvariate(stream(1), 0, NaN),
    RangeError,
    "vonmisesvariate(): kappa must not be NaN",
  );
});

Deno.test("the distributions call random() on the generator passed, so a subclass's random() is used", () => {
  const values = [0.25, 0.75];
  let k = 0;
  const rng = { random: () => values[k++ % 2] };
  // gammavariate(1, beta) is -log(1 - u) * beta: one call, u = 0.25.
  assert.equal(gammavariate(rng, 1.0, 2.0), -Math.log(0.75) * 2.0);
  // vonmisesvariate with kappa <= 1e-6 is 2*pi*u: one call, u = 0.75.
  assert.equal(vonmisesvariate(rng, 0, 0), 2 * Math.PI * 0.75);
  assert.equal(k, 2);
});

Deno.test("gammavariate(alpha > 1): u1 = 0.9995 is inside (1e-7, 0.9999999), so u2 is drawn, as CPython", () => {
  // CPython 3.13.0, random() returning 0.9995, 0.5, 0.3, 0.6: gammavariate(2.5, 2.0) =
  // 3.273268353539886 after 4 calls (0.9995 and 0.5 tried and rejected, then 0.3 and 0.6).
  const values = [0.9995, 0.5, 0.3, 0.6];
  let k = 0;
  const x = gammavariate({ random: () => values[k++] }, 2.5, 2.0);
  assert.ok(Math.abs(x - 3.273268353539886) <= 1e-12 * 3.273268353539886, String(x));
  assert.equal(k, 4);
});
