// Collision math: known answers computed by CPython, tiny probabilities kept
// precise, saturation, bitsFor's boundary, and clear errors.
import fc from "fast-check";
import { bitsFor, collisionProbability, entropyBits } from "../../recipes.ts";
import { parseFloatHex } from "../../conformance/_harness.ts";
import { assert, assertThrows } from "../_helpers.ts";

const close = (actual: number, expected: number, label: string) =>
  assert.ok(
    Math.abs(actual - expected) <= 1e-12 * Math.abs(expected),
    `${label}: ${actual} vs ${expected}`,
  );

Deno.test("collisionProbability() known answers, from CPython's -math.expm1(-n*(n-1)/2/2**bits)", () => {
  // PYENV_VERSION=3.13.0 python3 -c "import math; n, b = 2**32, 64;
  //   print((-math.expm1(-n*(n-1)/2/2**b)).hex())"
  const table: [number | bigint, number, string][] = [
    [2 ** 32, 64, "0x1.92e9a070d6b39p-2"], // 1 - e**-0.5, about 0.3935
    [1e6, 128, "0x1.d1a92b9b80000p-90"], // about 1.47e-27
    [1e9, 128, "0x1.bc16d66d7926cp-70"], // about 1.47e-21
    [1e9, 64, "0x1.b61feba4d7f57p-6"],
    [2, 1, "0x1.92e9a0720d3ecp-2"],
    [2, 2, "0x1.c5041854df7d4p-3"],
    [100, 32, "0x1.355ff450f92b5p-20"],
    [2n ** 64n, 128, "0x1.92e9a0720d3ecp-2"],
    [1e12, 96, "0x1.a783e008dd9a2p-18"],
    [23, Math.log2(365), "0x1.00003acb22876p-1"], // the birthday paradox, approximated
  ];
  for (const [count, bits, hex] of table) {
    close(collisionProbability({ count, bits }), parseFloatHex(hex), `${count}, ${bits}`);
  }
  const p = collisionProbability({ count: 2 ** 32, bits: 64 });
  assert.ok(Math.abs(p - (1 - Math.exp(-0.5))) < 1e-9 && p > 0.3934 && p < 0.3936);
});

Deno.test("collisionProbability() keeps tiny probabilities precise (expm1, not 1 - exp)", () => {
  const x = (1e6 * (1e6 - 1)) / 2 / 2 ** 128;
  assert.equal(1 - Math.exp(-x), 0); // the naive formula loses everything
  close(collisionProbability({ count: 1e6, bits: 128 }), x, "1e6 tokens of 128 bits");
  // For tiny x the answer is x itself, pairs / 2**bits, to full precision.
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 2 ** 26 }),
      fc.integer({ min: 120, max: 1000 }),
      (n, bits) => {
        const pairs = (n * (n - 1)) / 2; // exact: below 2**53
        close(collisionProbability({ count: n, bits }), pairs * 2 ** -bits, `${n}, ${bits}`);
      },
    ),
  );
  // Below the smallest double: 0, not NaN.
  assert.equal(collisionProbability({ count: 2, bits: 1200 }), 0);
  assert.equal(collisionProbability({ count: 2n ** 200n, bits: 1e6 }), 0);
});

Deno.test("collisionProbability() edge cases: no pairs, pigeonhole, saturation, bigints", () => {
  for (const count of [0, 1, 0n, 1n]) assert.equal(collisionProbability({ count, bits: 0 }), 0);
  assert.equal(collisionProbability({ count: 2, bits: 0 }), 1); // one possible value
  assert.equal(collisionProbability({ count: 3, bits: 1 }), 1); // 3 tokens, 2 values
  assert.equal(collisionProbability({ count: 9, bits: 3 }), 1); // 9 tokens, 8 values
  close(collisionProbability({ count: 8, bits: 3 }), -Math.expm1(-3.5), "8 tokens, 8 values");
  assert.equal(collisionProbability({ count: 2n ** 200n, bits: 128 }), 1);
  assert.equal(collisionProbability({ count: 2n ** 5000n, bits: 4000 }), 1); // pairs beyond doubles
  assert.equal(collisionProbability({ count: 1e300, bits: 900 }), 1);
  // A number and a bigint of the same value agree; integers above 2**53 are taken exactly.
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }),
      fc.double({ min: 0, max: 200, noNaN: true }),
      (n, bits) => {
        assert.equal(
          collisionProbability({ count: n, bits }),
          collisionProbability({ count: Number(n), bits }),
        );
      },
    ),
  );
  assert.equal(
    collisionProbability({ count: 1e20, bits: 140 }),
    collisionProbability({ count: 100000000000000000000n, bits: 140 }),
  );
  // Monotone: more tokens, more risk; more bits, less.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 200 }), (n, bits) => {
      const p = collisionProbability({ count: n, bits });
      assert.ok(p >= 0 && p <= 1);
      assert.ok(collisionProbability({ count: n + 1, bits }) >= p);
      assert.ok(collisionProbability({ count: n, bits: bits + 1 }) <= p);
    }),
  );
  // Fractional bits: the entropy of a real token.
  const bits = entropyBits("tokenText", { bits: 64, alphabet: "base58" }); // 11 characters
  assert.ok(
    collisionProbability({ count: 1e6, bits }) < collisionProbability({ count: 1e6, bits: 64 }),
  );
});

Deno.test("bitsFor() known answers (CPython: the smallest b with the bound <= p, counted up)", () => {
  const table: [number | bigint, number, number][] = [
    [1e9, 1e-6, 79],
    [2 ** 32, 0.5, 64],
    [1e6, 1e-12, 79],
    [2, 0.5, 1],
    [2, 0.25, 2],
    [1e12, 1e-9, 109],
    [100, 1e-300, 1009],
    [0, 1e-9, 0],
    [1, 1e-9, 0],
    [1e9, 1, 0],
  ];
  for (const [count, probability, bits] of table) {
    assert.equal(bitsFor({ count, probability }), bits, `${count}, ${probability}`);
  }
});

Deno.test("bitsFor() meets the birthday bound, with at most one bit more (property; exactness: collision_bound_test.ts)", () => {
  const count = fc.oneof(
    fc.integer({ min: 2, max: Number.MAX_SAFE_INTEGER }),
    fc.bigInt({ min: 2n, max: 2n ** 300n }),
  );
  const probability = fc.oneof(
    fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
    fc.constantFrom(1e-6, 1e-9, 0.5, 0.01, 1e-300, Number.MIN_VALUE, 1 - 2 ** -53),
  );
  fc.assert(
    fc.property(count, probability, (count, probability) => {
      const bits = bitsFor({ count, probability });
      assert.ok(Number.isInteger(bits) && bits >= 0);
      assert.ok(collisionProbability({ count, bits }) <= probability);
      // The exact chance is above the birthday bound, so bitsFor may need one bit more than
      // the bound alone would, never two.
      if (bits > 1) assert.ok(collisionProbability({ count, bits: bits - 2 }) > probability);
    }),
    { numRuns: 1000 },
  );
});

Deno.test("collisionProbability() and bitsFor() errors: class and message", () => {
  const c = "collisionProbability()";
  const table: [() => unknown, typeof TypeError | typeof RangeError, string][] = [
    [
      () => collisionProbability({ count: -1, bits: 64 }),
      RangeError,
      `${c}: count must be at least 0, got -1`,
    ],
    [
      () => collisionProbability({ count: -1n, bits: 64 }),
      RangeError,
      `${c}: count must be at least 0, got -1n`,
    ],
    [
      () => collisionProbability({ count: 1.5, bits: 64 }),
      TypeError,
      `${c}: count must be an integer (a number or a bigint), got 1.5`,
    ],
    [
      () => collisionProbability({ count: Infinity, bits: 64 }),
      TypeError,
      `${c}: count must be an integer (a number or a bigint), got Infinity`,
    ],
    [
      () => collisionProbability({ count: "1e9" as never, bits: 64 }),
      TypeError,
      `${c}: count must be an integer (a number or a bigint), got "1e9"`,
    ],
    [
      () => collisionProbability({ bits: 64 } as never),
      TypeError,
      `${c}: count is required`,
    ],
    [
      () => collisionProbability({ count: 10 } as never),
      TypeError,
      `${c}: bits is required`,
    ],
    [
      () => collisionProbability({ count: 10, bits: -1 }),
      RangeError,
      `${c}: bits must be a finite number >= 0, got -1`,
    ],
    [
      () => collisionProbability({ count: 10, bits: NaN }),
      RangeError,
      `${c}: bits must be a finite number >= 0, got NaN`,
    ],
    [
      () => collisionProbability({ count: 10, bits: Infinity }),
      RangeError,
      `${c}: bits must be a finite number >= 0, got Infinity`,
    ],
    [
      () => collisionProbability({ count: 10, bits: 64n as never }),
      TypeError,
      `${c}: bits must be a number, got 64n`,
    ],
    [
      () => collisionProbability({ count: 10, bits: 64, probability: 0.5 } as never),
      TypeError,
      `${c}: unknown option 'probability'`,
    ],
    [
      () => collisionProbability({ cuont: 10, bits: 64 } as never),
      TypeError,
      `${c}: unknown option 'cuont' (did you mean 'count'?)`,
    ],
    [
      () => collisionProbability(undefined as never),
      TypeError,
      `${c}: count is required`,
    ],
    [
      () => collisionProbability(5 as never),
      TypeError,
      `${c}: options must be a plain object, got 5`,
    ],
    [
      () => bitsFor({ count: 10, probability: 0 }),
      RangeError,
      "bitsFor(): probability must be greater than 0 and at most 1, got 0",
    ],
    [
      () => bitsFor({ count: 10, probability: 1.5 }),
      RangeError,
      "bitsFor(): probability must be greater than 0 and at most 1, got 1.5",
    ],
    [
      () => bitsFor({ count: 10, probability: NaN }),
      RangeError,
      "bitsFor(): probability must be greater than 0 and at most 1, got NaN",
    ],
    [
      () => bitsFor({ count: 10, probability: "1e-6" as never }),
      TypeError,
      'bitsFor(): probability must be a number, got "1e-6"',
    ],
    [
      () => bitsFor({ count: 10 } as never),
      TypeError,
      "bitsFor(): probability is required",
    ],
    [
      () => bitsFor({ count: -5, probability: 0.1 }),
      RangeError,
      "bitsFor(): count must be at least 0, got -5",
    ],
    [
      () => bitsFor({ count: 10, probabilty: 0.1 } as never),
      TypeError,
      "bitsFor(): unknown option 'probabilty' (did you mean 'probability'?)",
    ],
  ];
  for (const [fn, kind, message] of table) assertThrows(fn, kind, message);
});
