// bitsFor never understates, checked against the exact chance of a collision in rational
// arithmetic, and collisionProbability's stated error bound. The exact chance among n tokens
// of b bits is 1 - prod(1 - i / 2**b, i < n); here it is held as an interval of fixed-point
// integers with 256 fraction bits (the product rounded down and up at every step), which
// decides every comparison below (an undecided one fails the test).
import { bitsFor, collisionProbability } from "../../recipes.ts";
import { collisionAtMost, dyadic } from "../../lib/recipes/_collision_bound.ts";
import { assert } from "../_helpers.ts";

const K = 256n;
const ONE = 1n << K;

/** Bounds `[lo, hi]` on `prod(1 - i / 2**b, i < n) * 2**256`, one row per b, grown with n. */
class Products {
  readonly lo: bigint[];
  readonly hi: bigint[];
  n = 1;
  constructor(readonly maxBits: number) {
    this.lo = new Array(maxBits + 1).fill(ONE);
    this.hi = new Array(maxBits + 1).fill(ONE);
  }
  /** One more token: multiply every row by (1 - n / 2**b). */
  grow(): void {
    const i = BigInt(this.n++);
    for (let b = 0; b <= this.maxBits; b++) {
      const values = 1n << BigInt(b);
      if (i >= values) {
        this.lo[b] = this.hi[b] = 0n;
        continue;
      }
      this.lo[b] = (this.lo[b] * (values - i)) >> BigInt(b);
      this.hi[b] = -((-this.hi[b] * (values - i)) >> BigInt(b)); // rounded up
    }
  }
  /** 1 if the exact chance at b bits is at most p, -1 if above, 0 if the interval cannot tell. */
  compare(b: number, p: number): number {
    const [m, k] = dyadic(p);
    const limit = m << K; // p * 2**256 * 2**k
    if ((ONE - this.lo[b]) << BigInt(k) <= limit) return 1;
    if ((ONE - this.hi[b]) << BigInt(k) > limit) return -1;
    return 0;
  }
}

const GRID = [
  1 - 2 ** -53,
  0.999,
  0.9,
  0.75,
  0.5,
  0.4,
  0.25,
  0.1,
  0.01,
  1e-3,
  1e-4,
  1e-6,
  1e-9,
  1e-12,
  1e-15,
];

Deno.test("bitsFor() never understates: every count up to 2**12 and a grid of probabilities, exactly", () => {
  const products = new Products(90);
  let checked = 0;
  const loose: string[] = [];
  for (let n = 2; n <= 4096; n++) {
    products.grow();
    for (const p of GRID) {
      const b = bitsFor({ count: n, probability: p });
      const at = products.compare(b, p);
      assert.equal(at, 1, `${n} tokens, p = ${p}: ${b} bits give a chance above p`);
      if (b > 0 && products.compare(b - 1, p) !== -1) {
        // One bit more than needed: allowed only past the exact range (256 tokens), where
        // the bound's slack can cost a bit at a near tie; never two.
        assert.ok(n > 256 && b > 1 && products.compare(b - 2, p) === -1, `${n}, ${p}`);
        loose.push(`${n}:${p}`);
      }
      checked++;
    }
  }
  assert.equal(checked, 4095 * GRID.length);
  assert.ok(loose.length <= 10, `${loose.length} results one bit above the least: ${loose}`);
});

/** The exact chance at b bits for a few tokens, as an exact comparison with p (true: at most p). */
function exactAtMost(n: bigint, b: number, p: number): boolean {
  const values = 1n << BigInt(b);
  if (n > values) return false;
  let product = 1n;
  for (let i = 1n; i < n; i++) product *= values - i;
  const [m, k] = dyadic(p);
  return product << BigInt(k) >= ((1n << BigInt(k)) - m) << (BigInt(b) * (n - 1n));
}

Deno.test("bitsFor(): the reproductions, and the least bits for a few tokens at every extreme, exactly", () => {
  // The birthday bound said 1, 2 and 1077 bits; their exact chances are 0.5, 0.906 and
  // 1.25 * 2**-1074, each above the probability asked.
  assert.equal(bitsFor({ count: 2, probability: 0.4 }), 2);
  assert.equal(bitsFor({ count: 4, probability: 0.9 }), 3);
  assert.equal(bitsFor({ count: 5, probability: 5e-324 }), 1078);
  const tiny = [5e-324, 2 ** -1022, 1e-300, 1e-100, 1e-20, 1e-9, 0.3, 0.5, 0.99, 1 - 2 ** -53];
  for (const n of [2n, 3n, 5n, 17n, 100n, 256n]) {
    for (const p of tiny) {
      const b = bitsFor({ count: n, probability: p });
      assert.ok(exactAtMost(n, b, p), `${n}, ${p}: ${b} bits are too few`);
      assert.ok(b === 0 || !exactAtMost(n, b - 1, p), `${n}, ${p}: ${b - 1} bits would do`);
    }
  }
});

Deno.test("bitsFor(): huge counts, by rational bounds independent of the code", () => {
  // The chance is at most pairs / 2**b (a union over pairs) and at least x - x**2 / 2 for
  // x = pairs / 2**b (as 1 - exp(-x) >= x - x**2 / 2 and the chance is above 1 - exp(-x)).
  for (const n of [2n ** 53n, 2n ** 64n + 1n, 10n ** 30n, 2n ** 300n]) {
    const pairs = n * (n - 1n) / 2n;
    for (const p of [5e-324, 1e-300, 1e-100, 1e-20, 1e-9]) {
      const b = BigInt(bitsFor({ count: n, probability: p }));
      const [m, k] = dyadic(p);
      assert.ok(pairs << BigInt(k) <= m << b, `${n}, ${p}: ${b} bits are too few`);
      // One bit fewer: x = pairs / 2**(b-1); x - x**2/2 > p, times 2**(2(b-1)) * 2**k * 2.
      const d = 1n << (b - 1n);
      assert.ok(
        (2n * pairs * d - pairs * pairs) << BigInt(k) > 2n * m * d * d,
        `${n}, ${p}: ${b - 1n} bits would do`,
      );
    }
  }
});

Deno.test("collisionProbability() is within its stated bound of the exact chance", () => {
  // Stated: for count <= 2**(bits-1), the exact chance lies between p * (1 - 2**-50) and
  // p * (1 + (2 * count - 1) / (3 * 2**bits)) * (1 + 2**-50), p the value returned.
  const maxBits = 40;
  const products = new Products(maxBits);
  let checked = 0;
  for (let n = 2; n <= 2048; n++) {
    products.grow();
    for (let b = 1; b <= maxBits; b++) {
      if (2 ** (b - 1) < n) continue;
      const p = collisionProbability({ count: n, bits: b });
      const low = p * (1 - 2 ** -50);
      const high = Math.min(1, p * (1 + (2 * n - 1) / (3 * 2 ** b)) * (1 + 2 ** -50));
      assert.equal(products.compare(b, low), -1, `${n} tokens, ${b} bits: below ${p}`);
      assert.equal(products.compare(b, high), 1, `${n} tokens, ${b} bits: above the bound`);
      checked++;
    }
  }
  assert.ok(checked > 50000, `${checked}`);
  // The two reproductions: the bound itself is below the exact chance (that is why bitsFor
  // does not use it), and by the stated margin at most.
  const half = collisionProbability({ count: 2, bits: 1 }); // exact: 0.5; count > 2**(bits-1)
  assert.ok(half < 0.5);
});

Deno.test("collisionAtMost(): true is always right, also at the edges of its cases", () => {
  // Certain collisions, and a chance of exactly p (1/2 for 2 tokens of 1 bit) is at most p.
  assert.equal(collisionAtMost(3n, 1, 0.99), false);
  assert.equal(collisionAtMost(2n, 1, 0.5), true);
  assert.equal(collisionAtMost(2n, 1, 0.5 - 2 ** -54), false);
  assert.equal(collisionAtMost(1n, 0, 1e-300), true);
  // Past 256 tokens with more than half as many values: above every double below 1.
  assert.equal(collisionAtMost(300n, 9, 1 - 2 ** -53), false);
});
