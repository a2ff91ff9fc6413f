// The batch draw behind the recipes (belowMany, and draws over a pool): the
// same values from the same bytes as that many below() / choice() calls in a
// row, and not a byte more or less; and the pool's bulk copy of token bytes.
import { below, belowMany } from "../../lib/core/_draw.ts";
import { Pool } from "../../lib/core/_pool.ts";
import { choiceFor, drawsFor } from "../../lib/core/_secrets.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert, counterSource } from "../_helpers.ts";

const pools = (seed: number) => [
  new Pool(streamSource({ seed: String(seed) }), false),
  new Pool(streamSource({ seed: String(seed) }), false),
];

Deno.test("belowMany(n, count) is count calls of below(n): same values, same bytes used", () => {
  // Bounds of 1 to 4 bytes a try, powers of two and their neighbours (acceptance
  // from just over 1/2 to 1), counts that span several batches and a whole block.
  const bounds = [1, 2, 3, 10, 62, 64, 65, 129, 255, 256, 257, 7776, 65535, 65536, 65537];
  const more = [
    (1 << 24) - 1,
    1 << 24,
    (1 << 24) + 1,
    2 ** 31 + 5,
    2 ** 32,
    2 ** 32 + 1,
    2 ** 40,
    2 ** 48,
    2 ** 48 + 1,
    2 ** 52 + 3,
  ];
  let seed = 0;
  for (const n of [...bounds, ...more]) {
    for (const count of [0, 1, 2, 7, 22, 300, 5000]) {
      const [a, b] = pools(++seed);
      const expected = Array.from({ length: count }, () => below(a, n));
      const got = new Array<number>(count);
      belowMany(b, n, count, got);
      assert.deepEqual(got, expected, `n = ${n}, count = ${count}`);
      // The next bytes are the same: nothing read ahead, nothing skipped.
      assert.equal(below(b, 2 ** 48), below(a, 2 ** 48), `next bytes after n = ${n}, ${count}`);
    }
  }
});

Deno.test("draws(seq, count) is count calls of choice(seq), then the same stream", () => {
  for (let seed = 0; seed < 40; seed++) {
    const [a, b] = pools(seed + 1000);
    const choice = choiceFor(a), draws = drawsFor(b);
    const seq = Array.from({ length: 2 + seed * 37 }, (_, i) => `c${i}`);
    const count = seed * 3;
    const expected = Array.from({ length: count }, () => choice(seq));
    assert.deepEqual(draws(seq, count), expected);
    assert.equal(draws(seq, 1)[0], choice(seq));
  }
});

Deno.test("draws() of up to 256 elements (one byte a try): choice() calls, across blocks", () => {
  // Sizes with every shift of a one-byte try, and counts of one batch, several batches
  // (rejected tries redrawn) and more than a block of bytes.
  let seed = 5000;
  for (const size of [1, 2, 3, 10, 16, 62, 64, 65, 200, 256]) {
    const seq = Array.from({ length: size }, (_, i) => 1000 + i);
    for (const count of [1, 22, 4095, 4097, 9000]) {
      const [a, b] = pools(++seed);
      const choice = choiceFor(a), draws = drawsFor(b);
      const expected = Array.from({ length: count }, () => choice(seq));
      assert.deepEqual(draws(seq, count), expected, `size ${size}, count ${count}`);
      assert.equal(below(b, 2 ** 48), below(a, 2 ** 48), `next bytes after ${size}, ${count}`);
    }
  }
});

Deno.test("draws() refuses what choice() refuses, and a bad count", () => {
  const draws = drawsFor(new Pool(counterSource(), false));
  assert.throws(() => draws([], 3), { name: "RangeError", message: /empty sequence/ });
  assert.throws(() => draws("abc" as never, 3), { name: "TypeError", message: /must be an array/ });
  for (const count of [-1, 1.5, NaN, 2 ** 53]) {
    assert.throws(() => draws(["a", "b"], count), { name: "RangeError", message: /count/ });
  }
  assert.deepEqual(draws(["a", "b"], 0), []);
});

Deno.test("token bytes are copied from the pool in order, at every size", () => {
  // A counter source: the bytes handed out are 0, 1, 2, ... (mod 251), whatever the
  // sizes asked for, inside a block, across a refill, and larger than a block.
  const pool = new Pool(counterSource(), false);
  let next = 0;
  for (const n of [1, 31, 4000, 100, 4096, 5000, 9000, 3, 70_000]) {
    const got = pool.take(n);
    assert.equal(got.length, n);
    for (let i = 0; i < n; i++) {
      if (got[i] !== (next + i) % 251) assert.fail(`take(${n}): byte ${i} is ${got[i]}`);
    }
    next += n;
  }
});
