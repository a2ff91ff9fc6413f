// lib/core/_draw.ts: every byte rule against a counter pool, whose bytes are
// known, so each value is checked against CPython's formula computed here
// independently, and each rule's byte count against the next unused byte.
import * as draw from "../../lib/core/_draw.ts";
import { BLOCK_SIZE, Pool } from "../../lib/core/_pool.ts";
import { base64urlFallback, hexFallback, toHex } from "../../lib/core/_encode.ts";
import { assert, counterBytes, counterSource } from "../_helpers.ts";

/** A pool over the counter stream, and where its next unused byte is. */
function counter(start = 0) {
  const pool = new Pool(counterSource(start));
  let pos = start;
  return {
    pool,
    /** The next `n` stream bytes, as CPython's int.from_bytes(..., "big"). */
    int(n: number): bigint {
      const bytes = counterBytes(pos, n);
      pos += n;
      const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
      return n === 0 ? 0n : BigInt("0x" + hex);
    },
    /** Asserts that the pool's next byte is the stream's next byte (nothing skipped or reused). */
    inStep(label: string) {
      const next = pool.take(1)[0];
      assert.equal(next, counterBytes(pos, 1)[0], `${label}: out of step`);
      pos += 1;
    },
  };
}

Deno.test("float53() reads 7 bytes: (int.from_bytes(b) >> 3) * 2**-53", () => {
  const c = counter();
  for (let i = 0; i < 1200; i++) { // crosses refills at every offset mod 7
    const x = draw.float53(c.pool);
    assert.equal(x, Number(c.int(7) >> 3n) * 2 ** -53);
    assert.ok(x >= 0 && x < 1);
  }
  c.inStep("float53");
});

Deno.test("bits(k) reads ceil(k / 8) bytes and keeps the top k bits, for every k to 53", () => {
  const c = counter(3);
  for (let round = 0; round < 40; round++) {
    for (let k = 0; k <= 53; k++) {
      const nb = Math.ceil(k / 8);
      const expected = nb === 0 ? 0n : c.int(nb) >> BigInt(nb * 8 - k);
      assert.equal(draw.bits(c.pool, k), Number(expected), `k = ${k}`);
    }
  }
  c.inStep("bits");
});

Deno.test("bigBits(k) and bigBytes(n): the same rule at any size, across the block edge", () => {
  const c = counter(11);
  for (const k of [54, 63, 64, 65, 127, 128, 129, 200, 1000, 8 * BLOCK_SIZE + 3, 40_001]) {
    const nb = Math.ceil(k / 8);
    assert.equal(draw.bigBits(c.pool, k), c.int(nb) >> BigInt(nb * 8 - k), `k = ${k}`);
    c.inStep(`bigBits(${k})`);
  }
  for (const nb of [1, 2, 3, 4, 5, 15, 16, 17, 33, BLOCK_SIZE, BLOCK_SIZE + 1, 10_000]) {
    assert.equal(draw.bigBytes(c.pool, nb), c.int(nb), `nb = ${nb}`);
    c.inStep(`bigBytes(${nb})`);
  }
});

Deno.test("below(n) is the rejection loop over n.bit_length() bits", () => {
  const c = counter(5);
  for (const n of [1, 2, 3, 5, 7, 100, 255, 256, 257, 1000, 2 ** 31 + 1, 2 ** 53 - 1]) {
    for (let i = 0; i < 30; i++) {
      const k = n.toString(2).length;
      const nb = Math.ceil(k / 8);
      let r: bigint;
      do r = c.int(nb) >> BigInt(nb * 8 - k); while (r >= BigInt(n));
      assert.equal(draw.below(c.pool, n), Number(r), `n = ${n}`);
    }
  }
  c.inStep("below");
});

Deno.test("belowBig(n) is the same loop for bigints; the memo follows the bound", () => {
  const c = counter(7);
  const memo = new draw.BigBound();
  const bounds = [
    2n ** 53n + 1n,
    10n ** 30n,
    2n ** 256n,
    2n ** 256n - 1n,
    3n,
    10n ** 30n,
    2n ** 64n,
  ];
  for (let round = 0; round < 20; round++) {
    for (const n of bounds) {
      const k = n.toString(2).length;
      const nb = Math.ceil(k / 8);
      let r: bigint;
      do r = c.int(nb) >> BigInt(nb * 8 - k); while (r >= n);
      assert.equal(draw.belowBig(c.pool, n, memo), r, `n = ${n}`);
    }
  }
  c.inStep("belowBig");
});

Deno.test("encoded(n) encodes the next n bytes: from the block, or taken, for any n", () => {
  const c = counter(13);
  for (const n of [0, 1, 2, 3, 31, 32, 33, BLOCK_SIZE - 1, BLOCK_SIZE, BLOCK_SIZE + 1, 70_000]) {
    const expected = c.int(n).toString(16).padStart(2 * n, "0");
    assert.equal(draw.encoded(c.pool, n, toHex), n === 0 ? "" : expected, `hex ${n}`);
  }
  c.inStep("encoded");
  const d = counter(17);
  for (const n of [1, 2, 3, 4, 100, BLOCK_SIZE + 2]) {
    const b = d.int(n).toString(16).padStart(2 * n, "0");
    const bytes = Uint8Array.from(b.match(/../g)!, (h) => parseInt(h, 16));
    assert.equal(draw.encoded(d.pool, n, base64urlFallback), base64urlFallback(bytes, 0, n));
    assert.equal(hexFallback(bytes, 0, n), b);
  }
  d.inStep("encoded base64url");
});

Deno.test("bytes(n) returns the next n bytes in a fresh array", () => {
  const c = counter(19);
  for (const n of [0, 1, 16, BLOCK_SIZE, BLOCK_SIZE + 5, 65_536, 65_537]) {
    const got = draw.bytes(c.pool, n);
    assert.equal(got.length, n);
    assert.equal(got.buffer.byteLength, n, "a fresh buffer, not a view of the pool");
    const hex = n === 0 ? "" : c.int(n).toString(16).padStart(2 * n, "0");
    assert.equal(toHex(got, 0, n), hex);
  }
  c.inStep("bytes");
});
