// SystemRandom: Lib/test/test_random.py's SystemRandom tests, properties of
// every method (fast-check), and every error with its kind and message.
import fc from "fast-check";
import { NotImplementedError, SystemRandom } from "../../mod.ts";
import { assert, assertThrows } from "../_helpers.ts";

const gen = new SystemRandom();

// ---- Lib/test/test_random.py: SystemRandom_TestBasicOps --------------------

Deno.test("test_random: autoseed, seedargs and gauss_next survive seed()", () => {
  assert.equal(gen.seed(), undefined);
  assert.equal(gen.seed(100), undefined);
  gen.gauss_next = null;
  gen.seed(100);
  assert.equal(gen.gauss_next, null);
});

Deno.test("test_random: getstate and setstate raise NotImplementedError", () => {
  assertThrows(
    () => gen.getstate(),
    NotImplementedError,
    "System entropy source does not have state.",
  );
  assertThrows(
    () => gen.setstate(null),
    NotImplementedError,
    "System entropy source does not have state.",
  );
  // The name Python prints, not just the class.
  assert.throws(() => gen.getstate(), { name: "NotImplementedError" });
});

Deno.test("test_random: 53 bits per float", () => {
  let cum = 0n;
  // Each bit is set in at least one of 100 draws, except with probability 53 * 2**-100.
  for (let i = 0; i < 100; i++) cum |= BigInt(gen.random() * 2 ** 53);
  assert.equal(cum, 2n ** 53n - 1n);
});

Deno.test("test_random: bigrand (all 500 bit positions active)", () => {
  const span = 2n ** 500n;
  let cum = 0n;
  for (let i = 0; i < 100; i++) {
    const r = gen.randrange(span);
    assert.ok(r >= 0n && r < span);
    cum |= r;
  }
  assert.equal(cum, span - 1n);
});

Deno.test("test_random: bigrand ranges", () => {
  for (const i of [40, 80, 160, 200, 211, 250, 375, 512, 550]) {
    const start = gen.randrange(2n ** BigInt(i - 2));
    const stop = gen.randrange(2n ** BigInt(i));
    if (stop <= start) continue;
    const r = gen.randrange(start, stop);
    assert.ok(start <= r && r < stop);
  }
});

Deno.test("test_random: range limits (every value seen)", () => {
  for (
    const [start, stop] of [[-2n, 0n], [-(2n ** 60n) - 2n, -(2n ** 60n)], [
      2n ** 60n,
      2n ** 60n + 2n,
    ]]
  ) {
    const seen = new Set<bigint>();
    for (let i = 0; i < 100; i++) seen.add(gen.randrange(start, stop));
    assert.equal(seen.size, 2); // each missed with probability 2**-100
  }
  const seen = new Set<number>();
  for (let i = 0; i < 100; i++) seen.add(gen.randrange(-2, 0));
  assert.deepEqual([...seen].sort((a, b) => a - b), [-2, -1]);
});

Deno.test("test_random: randrange with a non-unit step", () => {
  assert.ok([0, 2, 4, 6, 8].includes(gen.randrange(0, 10, 2)));
  assert.equal(gen.randrange(0, 2, 2), 0);
});

Deno.test("test_random: randrange errors", () => {
  assertThrows(() => gen.randrange(3, 3), RangeError, "empty range in randrange(3, 3)");
  assertThrows(() => gen.randrange(-721), RangeError, "empty range for randrange()");
  assertThrows(
    () => gen.randrange(0, 100, -12),
    RangeError,
    "empty range in randrange(0, 100, -12)",
  );
  assertThrows(() => gen.randrange(0, 42, 0), RangeError, "zero step for randrange()");
  for (
    const args of [[0, 42, 0.5], [3.14159], [0, 2.71827], [0, "2"], [2.71827, 5], ["2", 5], [
      0,
      42,
      "3",
    ], [0, 42, 1.5]]
  ) {
    assertThrows(
      () => (gen.randrange as (...a: unknown[]) => unknown)(...args),
      TypeError,
      /must be an integer/,
    );
  }
  assertThrows(
    () => gen.randrange(1000, undefined, 100),
    TypeError,
    "Missing a non-None stop argument",
  );
  assertThrows(() => gen.randrange(1000, null, 100), TypeError, "Missing a non-None stop argument");
  assertThrows(
    () => (gen.randrange as (...a: unknown[]) => unknown)(0, 10n),
    TypeError,
    /all numbers or all bigints/,
  );
  assertThrows(
    () => (gen.randrange as (...a: unknown[]) => unknown)(0n, 10n, 1),
    TypeError,
    /all numbers or all bigints/,
  );
});

Deno.test("test_random: shuffle", () => {
  const empty: number[] = [];
  gen.shuffle(empty);
  assert.deepEqual(empty, []);
  const one = [37];
  gen.shuffle(one);
  assert.deepEqual(one, [37]);
  for (let n = 0; n < 10; n++) {
    const xs = Array.from({ length: n }, (_, i) => i);
    gen.shuffle(xs);
    assert.deepEqual([...xs].sort((a, b) => a - b), Array.from({ length: n }, (_, i) => i));
  }
  // 1000 elements left in place by a real shuffle: probability 1/1000!.
  const lst = Array.from({ length: 1000 }, (_, i) => i);
  const shuffled = [...lst];
  gen.shuffle(shuffled);
  assert.notDeepEqual(lst, shuffled);
  assertThrows(() => gen.shuffle("abc" as never), TypeError, /strings are immutable/);
  assertThrows(() => gen.shuffle(Object.freeze([1, 2, 3]) as never), TypeError, /frozen/);
});

Deno.test("test_random: choice", () => {
  assertThrows(() => gen.choice([]), RangeError, "Cannot choose from an empty sequence");
  assert.equal(gen.choice([50]), 50);
  assert.ok([25, 75].includes(gen.choice([25, 75])));
});

Deno.test("test_random: sample (every k from 0 to N), and its errors", () => {
  const N = 100;
  const population = Array.from({ length: N }, (_, i) => i);
  for (let k = 0; k <= N; k++) {
    const s = gen.sample(population, k);
    assert.equal(s.length, k);
    assert.equal(new Set(s).size, k);
    assert.ok(s.every((x) => x >= 0 && x < N));
  }
  assert.deepEqual(gen.sample([], 0), []);
  assertThrows(
    () => gen.sample(population, N + 1),
    RangeError,
    "Sample larger than population or is negative",
  );
  assertThrows(
    () => gen.sample([], -1),
    RangeError,
    "Sample larger than population or is negative",
  );
  assertThrows(() => gen.sample(new Set([1, 2, 3]) as never, 2), TypeError, /make an array first/);
  assertThrows(() => gen.sample(new Map() as never, 2), TypeError, /make an array first/);
  assertThrows(() => gen.sample([1, 2], 1.5), TypeError, /must be an integer/);
  assertThrows(
    () => gen.sample([1, 2], 1n as never),
    TypeError,
    "sample(): k must be an integer number, got 1n",
  );
});

Deno.test("test_random: sample distribution (every permutation seen)", () => {
  const n = 5;
  const factorial = (m: number): number => (m <= 1 ? 1 : m * factorial(m - 1));
  for (let k = 0; k < n; k++) {
    const expected = factorial(n) / factorial(n - k);
    const perms = new Set<string>();
    for (let i = 0; i < 10000 && perms.size < expected; i++) {
      perms.add(gen.sample([0, 1, 2, 3, 4], k).join());
    }
    assert.equal(perms.size, expected);
  }
});

Deno.test("test_random: sample inputs (strings, typed arrays, array-likes)", () => {
  assert.equal(gen.sample("abcdefghijklmnopqrst", 2).length, 2);
  assert.equal(gen.sample(new Int32Array(20), 2).length, 2);
  assert.equal(gen.sample({ length: 3, 0: "a", 1: "b", 2: "c" }, 3).length, 3);
  assert.deepEqual(gen.sample("😀", 1), ["😀"]);
});

Deno.test("test_random: sample with counts", () => {
  const colors = ["red", "green", "blue", "orange", "black", "brown", "amber"];
  const counts = [500, 200, 20, 10, 5, 0, 1];
  for (const k of [700, counts.reduce((a, b) => a + b)]) {
    const s = gen.sample(colors, k, { counts });
    assert.equal(s.length, k);
    colors.forEach((c, i) => assert.ok(s.filter((x) => x === c).length <= counts[i]));
    assert.ok(!s.includes("brown"));
  }
  assert.deepEqual(gen.sample(["x"], 8, { counts: [10] }), Array(8).fill("x"));
  const all = gen.sample(colors, 70, { counts: Array(7).fill(10) });
  colors.forEach((c) => assert.equal(all.filter((x) => x === c).length, 10));
  assertThrows(
    () => gen.sample(["red", "green", "blue"], 10, { counts: 10 as never }),
    TypeError,
    /counts must be a sequence/,
  );
  assertThrows(
    () => gen.sample(["red", "green", "blue"], 2, { counts: [-3, -7, -8] }),
    RangeError,
    "Total of counts must be greater than zero",
  );
  assertThrows(
    () => gen.sample(["red", "green", "blue"], 2, { counts: [0, 0, 0] }),
    RangeError,
    "Total of counts must be greater than zero",
  );
  assertThrows(
    () => gen.sample(["red", "green"], 21, { counts: [10, 10] }),
    RangeError,
    "Sample larger than population or is negative",
  );
  assertThrows(
    () => gen.sample(["red", "green", "blue"], 2, { counts: [1, 2] }),
    RangeError,
    "The number of counts does not match the population",
  );
  assertThrows(
    () => gen.sample(["red", "green", "blue"], 2, { counts: [1, 2, 3, 4] }),
    RangeError,
    "The number of counts does not match the population",
  );
  assertThrows(
    () => gen.sample(["red", "green"], 2, { counts: [1.5, 1] }),
    TypeError,
    "Counts must be integers",
  );
});

Deno.test("test_random: choices", () => {
  const data = ["red", "green", "blue", "yellow"];
  for (
    const s of [
      gen.choices(data, { k: 5 }),
      gen.choices(data, [0, 1, 2, 3], { k: 5 }),
      gen.choices(data, null, { cum_weights: [0, 1, 2, 3], k: 5 }),
    ]
  ) {
    assert.equal(s.length, 5);
    assert.ok(Array.isArray(s));
    assert.ok(s.every((x) => data.includes(x)));
  }
  assert.deepEqual(gen.choices(data, { k: 0 }), []);
  assert.deepEqual(gen.choices(data, { k: -1 }), []);
  assertThrows(() => gen.choices(data, { k: 2.5 }), TypeError, /must be an integer/);
  assert.ok(gen.choices("abcd", { k: 5 }).every((c) => "abcd".includes(c)));
  assertThrows(
    () => gen.choices(new Set([1, 2]) as never, { k: 2 }),
    TypeError,
    /make an array first/,
  );
  assertThrows(
    () => gen.choices(data, [1, 2], { k: 5 }),
    RangeError,
    "The number of weights does not match the population",
  );
  assertThrows(
    () => gen.choices(data, 10 as never, { k: 5 }),
    TypeError,
    "The number of choices must be a keyword argument: k=10",
  );
  assertThrows(
    () => gen.choices(data, [null, null, null, null] as never, { k: 5 }),
    TypeError,
    /must hold numbers/,
  );
  for (const w of [[15, 10, 25, 30], [15.1, 10.2, 25.2, 30.3]]) {
    assert.ok(gen.choices(data, w, { k: 5 }).every((x) => data.includes(x)));
    assert.ok(gen.choices(data, null, { cum_weights: w, k: 5 }).every((x) => data.includes(x)));
  }
  assertThrows(
    () => gen.choices(data, null, { cum_weights: [1, 2], k: 5 }),
    RangeError,
    "The number of weights does not match the population",
  );
  assertThrows(
    () => gen.choices(data, [0, 1, 2, 3], { cum_weights: [0, 1, 2, 3], k: 5 }),
    TypeError,
    "Cannot specify both weights and cumulative weights",
  );
  assert.deepEqual(gen.choices("abcd", [1, 0, 0, 0]), ["a"]);
  assert.deepEqual(gen.choices("abcd", [0, 1, 0, 0]), ["b"]);
  assert.deepEqual(gen.choices("abcd", [0, 0, 1, 0]), ["c"]);
  assert.deepEqual(gen.choices("abcd", [0, 0, 0, 1]), ["d"]);
  assertThrows(() => gen.choices([], { k: 1 }), RangeError, "list index out of range");
  assertThrows(() => gen.choices([], [], { k: 1 }), RangeError, "list index out of range");
  assertThrows(
    () => gen.choices([], null, { cum_weights: [], k: 5 }),
    RangeError,
    "list index out of range",
  );
});

Deno.test("test_random: choices with subnormal, zero, negative and infinite weights", () => {
  assert.equal(gen.choices([1, 2], [1e-323, 1e-323], { k: 5000 }).length, 5000);
  assertThrows(
    () => gen.choices("AB", [0.0, 0.0]),
    RangeError,
    "Total of weights must be greater than zero",
  );
  assertThrows(
    () => gen.choices("ABC", [3, -5, 1]),
    RangeError,
    "Total of weights must be greater than zero",
  );
  for (const w of [[Infinity], [0, Infinity], [-Infinity, 123], [0, NaN], [-Infinity, Infinity]]) {
    const pop = "AB".slice(0, w.length);
    assertThrows(() => gen.choices(pop, w), RangeError, /Total of weights must be/);
  }
});

Deno.test("test_random: getrandbits (ranges, all bits active, argument checks)", () => {
  for (let k = 1; k <= 53; k++) {
    const r = gen.getrandbits(k);
    assert.ok(r >= 0 && r < 2 ** k);
  }
  for (let k = 54n; k < 1000n; k += 37n) assert.ok(gen.getrandbits(k) < 2n ** k);
  assert.equal(gen.getrandbits(0), 0);
  for (const span of [1, 2, 3, 4, 31, 32, 52, 53, 54, 119, 127, 128, 129]) {
    const all = 2n ** BigInt(span) - 1n;
    let cum = 0n, cpl = 0n;
    for (let i = 0; i < 100; i++) {
      const v = BigInt(span <= 53 ? gen.getrandbits(span) : gen.getrandbits(BigInt(span)));
      cum |= v;
      cpl |= all ^ v;
    }
    assert.equal(cum, all);
    assert.equal(cpl, all);
  }
  assertThrows(() => (gen.getrandbits as unknown as () => number)(), TypeError, /got undefined/);
  assertThrows(() => gen.getrandbits(-1), RangeError, "number of bits must be non-negative");
  assertThrows(() => gen.getrandbits(10.1), TypeError, /must be an integer/);
});

// test_random's bug-9025 check (randrange(6755399441055744) % 3) is in statistics_test.ts, as a chi-square.

Deno.test("test_random: randbytes", () => {
  for (let n = 1; n < 10; n++) {
    const data = gen.randbytes(n);
    assert.ok(data instanceof Uint8Array);
    assert.equal(data.length, n);
  }
  assert.equal(gen.randbytes(0).length, 0);
  assertThrows(() => (gen.randbytes as () => unknown)(), TypeError);
  assertThrows(() => gen.randbytes(-1), RangeError, "negative argument not allowed");
  assertThrows(() => gen.randbytes(1.5), TypeError, /must be an integer/);
});

Deno.test("test_random: mu and sigma default arguments", () => {
  assert.equal(typeof gen.normalvariate(), "number");
  assert.equal(typeof gen.gauss(), "number");
});

// ---- Properties of every method ----------------------------------------------

const small = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const positive = fc.double({ min: 0.01, max: 100, noNaN: true });

Deno.test("properties: random, uniform, triangular stay in their ranges", () => {
  for (let i = 0; i < 1000; i++) {
    const x = gen.random();
    assert.ok(x >= 0 && x < 1);
  }
  fc.assert(fc.property(small, small, (a, b) => {
    const x = gen.uniform(a, b);
    assert.ok(x >= Math.min(a, b) && x <= Math.max(a, b));
  }));
  fc.assert(fc.property(small, small, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, t) => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    const x = gen.triangular(lo, hi, lo + (hi - lo) * t);
    assert.ok(x >= lo && x <= hi, `${x} not in [${lo}, ${hi}]`);
  }));
  assert.equal(gen.triangular(1, 1), 1);
});

Deno.test("properties: randrange and randint stay in range, keep the kind, honour the step", () => {
  fc.assert(fc.property(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.integer({ min: 1, max: 1e6 }),
    fc.integer({ min: 1, max: 100 }),
    (start, width, step) => {
      const r = gen.randrange(start, start + width, step);
      assert.ok(
        Number.isSafeInteger(r) && r >= start && r < start + width && (r - start) % step === 0,
      );
      const d = gen.randrange(start + width, start, -step);
      assert.ok(d <= start + width && d > start && (start + width - d) % step === 0);
      const i = gen.randint(start, start + width);
      assert.ok(i >= start && i <= start + width);
    },
  ));
  fc.assert(
    fc.property(
      fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
      fc.bigInt({ min: 1n, max: 2n ** 200n }),
      (a, w) => {
        const r = gen.randint(a, a + w);
        assert.ok(typeof r === "bigint" && r >= a && r <= a + w);
      },
    ),
  );
  // A range wider than 2**53 given as numbers: exact, and a number back.
  const r = gen.randrange(-(2 ** 53 - 1), 2 ** 53 - 1);
  assert.ok(Number.isSafeInteger(r));
  assert.ok(gen.randint(0, 2 ** 53 - 1) <= 2 ** 53 - 1);
});

Deno.test("properties: shuffle permutes; sample has no repeats; choices respects weights", () => {
  fc.assert(fc.property(fc.array(fc.integer()), (xs) => {
    const ys = [...xs];
    gen.shuffle(ys);
    assert.deepEqual([...ys].sort((a, b) => a - b), [...xs].sort((a, b) => a - b));
  }));
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 500 }).chain((n) =>
        fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))
      ),
      ([n, k]) => {
        const s = gen.sample(Array.from({ length: n }, (_, i) => i), k);
        assert.equal(s.length, k);
        assert.equal(new Set(s).size, k);
      },
    ),
  );
  fc.assert(
    fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 10 }), fc.nat(20), (counts, k) => {
      const total = counts.reduce((a, b) => a + b, 0);
      fc.pre(total > 0 && k <= total);
      const pop = counts.map((_, i) => i);
      const s = gen.sample(pop, k, { counts });
      pop.forEach((p) => assert.ok(s.filter((x) => x === p).length <= counts[p]));
    }),
  );
  fc.assert(fc.property(fc.array(fc.nat(3), { minLength: 1, maxLength: 10 }), (w) => {
    fc.pre(w.some((x) => x > 0));
    const pop = w.map((_, i) => i);
    for (const x of gen.choices(pop, w, { k: 20 })) {
      assert.ok(w[x] > 0, "an element of weight 0 was chosen");
    }
  }));
});

Deno.test("properties: distributions return numbers in their supports", () => {
  fc.assert(fc.property(small, positive, (mu, sigma) => {
    assert.ok(Number.isFinite(gen.normalvariate(mu, sigma)));
    assert.ok(Number.isFinite(gen.gauss(mu, sigma)));
  }));
  fc.assert(
    fc.property(
      fc.double({ min: -3, max: 3, noNaN: true }),
      fc.double({ min: 0.01, max: 2, noNaN: true }),
      (mu, sigma) => {
        assert.ok(gen.lognormvariate(mu, sigma) > 0);
      },
    ),
  );
  fc.assert(fc.property(positive, (l) => assert.ok(gen.expovariate(l) >= 0)));
  fc.assert(fc.property(positive, (l) => assert.ok(gen.expovariate(-l) <= 0)));
  fc.assert(
    fc.property(
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: 0, max: 100, noNaN: true }),
      (mu, kappa) => {
        const a = gen.vonmisesvariate(mu, kappa);
        assert.ok(a >= 0 && a < 2 * Math.PI + 1e-12);
      },
    ),
  );
  fc.assert(fc.property(positive, positive, (a, b) => {
    assert.ok(gen.gammavariate(a, b) >= 0);
    const x = gen.betavariate(a, b);
    assert.ok(x >= 0 && x <= 1);
    assert.ok(gen.weibullvariate(a, b) >= 0);
  }));
  // u ** (-1 / alpha) with u >= 2**-53 stays finite for alpha > 53 / 1024; below that a draw
  // can overflow, and CPython raises (tested in "distribution errors").
  fc.assert(
    fc.property(fc.double({ min: 0.06, max: 100, noNaN: true }), (a) => {
      assert.ok(gen.paretovariate(a) >= 1);
    }),
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 100000 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (n, p) => {
        const k = gen.binomialvariate(n, p);
        assert.ok(Number.isInteger(k) && k >= 0 && k <= n);
      },
    ),
  );
});

Deno.test("distribution errors: CPython's kinds and messages", () => {
  assertThrows(() => gen.expovariate(0), RangeError, "float division by zero");
  assertThrows(() => gen.paretovariate(0), RangeError, "float division by zero");
  assertThrows(() => gen.weibullvariate(1, 0), RangeError, "float division by zero");
  assertThrows(
    () => gen.gammavariate(0, 1),
    RangeError,
    "gammavariate: alpha and beta must be > 0.0",
  );
  assertThrows(
    () => gen.gammavariate(1, -1),
    RangeError,
    "gammavariate: alpha and beta must be > 0.0",
  );
  assertThrows(
    () => gen.betavariate(0, 1),
    RangeError,
    "gammavariate: alpha and beta must be > 0.0",
  );
  assertThrows(() => gen.binomialvariate(-1), RangeError, "n must be non-negative");
  assertThrows(
    () => gen.binomialvariate(1, 2),
    RangeError,
    "p must be in the range 0.0 <= p <= 1.0",
  );
  assertThrows(
    () => gen.binomialvariate(5, NaN),
    RangeError,
    "p must be in the range 0.0 <= p <= 1.0",
  );
  assertThrows(() => gen.binomialvariate(1.5), TypeError, /must be an integer/);
  assertThrows(() => gen.gammavariate(NaN, 1), RangeError, /alpha must be finite/);
  assertThrows(() => gen.gammavariate(Infinity, 1), RangeError, /alpha must be finite/);
  assertThrows(() => gen.gammavariate(Number.MAX_VALUE, 1), RangeError, /alpha must be finite/);
  assertThrows(() => gen.vonmisesvariate(0, NaN), RangeError, /kappa must not be NaN/);
  assertThrows(
    () => (gen.lognormvariate as () => number)(),
    TypeError,
    "lognormvariate() missing required argument 'mu'",
  );
  assertThrows(
    () => (gen.gammavariate as (a: number) => number)(1),
    TypeError,
    "gammavariate() missing required argument 'beta'",
  );
  assertThrows(() => gen.uniform(1, "a" as never), TypeError, /must be a number, got "a"/);
  assertThrows(() => gen.normalvariate(0n as never), TypeError, /must be a number/);
  // The largest u = 1 - random() draws: u ** (-1 / alpha) overflows for a small alpha, as in
  // CPython 3.13 (OverflowError; its value for alpha = 0.06 is 8.125114750026808e+265).
  class High extends SystemRandom {
    override random(): number {
      return 1 - 2 ** -53;
    }
  }
  assertThrows(
    () => new High().paretovariate(0.01),
    RangeError,
    "(34, 'Numerical result out of range')",
  );
  assert.equal(new High().paretovariate(0.06), 8.125114750026808e+265);
  assert.equal(gen.binomialvariate(5, 0), 0);
  assert.equal(gen.binomialvariate(5, 1), 5);
  assert.equal(gen.binomialvariate(0, 0.5), 0);
});

Deno.test("gauss() caches its second value in gauss_next, as CPython does", () => {
  const r = new SystemRandom();
  assert.equal(r.gauss_next, null);
  r.gauss();
  const cached = r.gauss_next as number | null; // (not the null narrowed to above)
  assert.ok(typeof cached === "number");
  // The cached value is a standard normal; mu and sigma apply when it is returned.
  assert.equal(r.gauss(10, 2), 10 + cached * 2);
  assert.equal(r.gauss_next, null);
  r.gauss(10, 2); // the cache was empty: a new pair is drawn, and its second half kept
  assert.equal(typeof r.gauss_next, "number");
});

Deno.test("SystemRandom can be subclassed and accepts (and ignores) a seed", () => {
  class Mine extends SystemRandom {}
  const m = new Mine(42);
  assert.ok(m instanceof SystemRandom);
  assert.ok(m.random() < 1);
});

Deno.test("a subclass that overrides getrandbits or random changes the below-n draw, as in CPython", () => {
  // CPython's Random.__init_subclass__ routes _randbelow through an overriding
  // getrandbits, or else random. Expected values: CPython 3.13.0 running the
  // same two subclasses (conformance/driver.py-style, by hand).
  class Bits extends SystemRandom {
    c = 0n;
    override getrandbits(k: number): number;
    override getrandbits(k: bigint): bigint;
    override getrandbits(k: number | bigint): number | bigint;
    override getrandbits(k: number | bigint): number | bigint {
      this.c += 1n;
      const v = (this.c * 2654435761n) % (1n << BigInt(k));
      return typeof k === "bigint" ? v : Number(v);
    }
  }
  class Floats extends SystemRandom {
    c = 0;
    override random(): number {
      this.c += 1;
      return (this.c * 0.6180339887498949) % 1.0;
    }
  }
  const run = (r: SystemRandom) => {
    const xs = [0, 1, 2, 3, 4, 5, 6, 7];
    r.shuffle(xs);
    const c = r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    return [
      c,
      xs,
      r.randrange(100),
      r.sample(Array.from({ length: 20 }, (_, i) => i), 5),
      r.randrange(10n ** 20n),
      r.randint(1, 6),
    ];
  };
  assert.deepEqual(run(new Bits()), [
    0,
    [6, 5, 7, 0, 4, 3, 2, 1],
    65,
    [18, 3, 5, 7, 9],
    69015329786n,
    4,
  ]);
  assert.deepEqual(run(new Floats()), [
    0,
    [1, 2, 3, 5, 7, 4, 6, 0],
    44,
    [8, 9, 4, 0, 16],
    27050983124842352640n,
    5,
  ]);
  // choices() draws through random(): the overriding one for Floats (CPython: [3, 1, 4]).
  assert.deepEqual(new Floats().choices([0, 1, 2, 3, 4], { k: 3 }), [3, 1, 4]);
});
