// The entropy pool: every source byte used exactly once and in order, across
// refills, direct draws and failing calls; no views into the pool; health
// tests; nothing drawn at import; never Math.random.
import { createSecrets, EntropyHealthError } from "../../testing.ts";
import { BLOCK_SIZE, Pool } from "../../lib/core/_pool.ts";
import { token_bytes, token_hex } from "../../mod.ts";
import { assert, assertThrows, counterBytes, counterSource } from "../_helpers.ts";

Deno.test("a counter source: token_bytes of mixed sizes returns the stream in order, each byte once", () => {
  const s = createSecrets(counterSource());
  let pos = 0;
  for (const n of [1, 7, 4096, 3, 4095, 1, 5000, 70_000, 65_536, 2, 131_073, 10, 4097]) {
    const t = s.token_bytes(n);
    assert.deepEqual(Array.from(t), counterBytes(pos, n), `draw of ${n} at ${pos}`);
    pos += n;
  }
});

Deno.test("a counter source: integer and float draws read CPython's byte counts, big-endian", () => {
  const s = createSecrets(counterSource());
  const r = new s.SystemRandom();
  let pos = 0;
  const take = (n: number) => {
    const b = counterBytes(pos, n);
    pos += n;
    return b;
  };
  for (let round = 0; round < 700; round++) { // crosses several 4 KiB refills
    const [a] = take(1);
    assert.equal(s.randbits(8), a);
    const [b, c] = take(2);
    assert.equal(r.getrandbits(12), ((b << 8) | c) >> 4);
    const seven = take(7);
    const x = seven.reduce((acc, v) => acc * 256n + BigInt(v), 0n) >> 3n;
    assert.equal(r.random(), Number(x) * 2 ** -53);
    assert.deepEqual(Array.from(s.token_bytes(3)), take(3));
  }
});

Deno.test("a failing source: the call throws the source's error, and the next call continues the stream", () => {
  const inner = counterSource();
  let calls = 0;
  let failOn = 2;
  const s = createSecrets((buf) => {
    calls++;
    if (failOn > 0 && calls >= failOn) throw new Error("source down");
    inner(buf);
  });
  let pos = 0;
  assert.deepEqual(Array.from(s.token_bytes(4000)), counterBytes(pos, 4000)); // call 1 fills 4096
  pos += 4000;
  // 200 bytes need a refill (call 2), which fails: nothing is consumed.
  assertThrows(() => s.token_bytes(200), Error, "source down");
  assertThrows(() => s.randbelow(2n ** 1000n), Error, "source down"); // a bigint draw, same refill
  failOn = -1;
  // The stream resumes where it stopped: the 96 leftover bytes, then fresh ones.
  assert.deepEqual(Array.from(s.token_bytes(200)), counterBytes(pos, 200));
  pos += 200;
  // A direct (large) draw whose second chunk fails leaves the pool untouched too.
  let n = 0;
  const t = createSecrets((buf) => {
    n++;
    if (n === 3) throw new RangeError("chunk failed");
    for (let i = 0; i < buf.length; i++) buf[i] = (n * 7 + i) % 251;
  });
  const first = t.token_bytes(10);
  assertThrows(() => t.token_bytes(200_000), RangeError, "chunk failed");
  const again = t.token_bytes(4086); // the rest of the first block, intact
  assert.deepEqual(Array.from(again.subarray(0, 5)), [17, 18, 19, 20, 21]);
  assert.equal(first[0], 7);
});

Deno.test("tokens are fresh objects: later calls never change an earlier result", () => {
  const kept: [Uint8Array, number[]][] = [];
  for (let i = 0; i < 3000; i++) {
    const t = token_bytes(1 + (i % 40));
    kept.push([t, Array.from(t)]);
    token_hex(17);
  }
  for (const [t, copy] of kept) assert.deepEqual(Array.from(t), copy);
});

Deno.test("no repeated 16-byte window over 1 MiB of mixed-size draws", () => {
  const parts: Uint8Array[] = [];
  let total = 0;
  const sizes = [1, 2, 3, 5, 8, 13, 16, 31, 64, 100, 4095, 4097, 9000];
  for (let i = 0; total < 1 << 20; i++) {
    const t = token_bytes(sizes[i % sizes.length]);
    parts.push(t);
    total += t.length;
  }
  const all = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    all.set(p, off);
    off += p.length;
  }
  // Key each window by two 26-bit hashes; confirm any key collision byte by byte.
  const seen = new Map<number, number>();
  for (let i = 0; i + 16 <= all.length; i++) {
    let h1 = 0, h2 = 0x9e3779b9;
    for (let j = 0; j < 16; j++) {
      h1 = Math.imul(h1 ^ all[i + j], 0x01000193);
      h2 = Math.imul(h2 ^ all[i + j], 0x85ebca77);
    }
    const key = (h1 >>> 6) * 2 ** 26 + (h2 >>> 6);
    const prev = seen.get(key);
    if (prev !== undefined) {
      const same = all.subarray(prev, prev + 16).every((v, j) => v === all[i + j]);
      assert.ok(!same, `16-byte window at ${i} repeats the one at ${prev}`);
    }
    seen.set(key, i);
  }
});

Deno.test("bytes handed out are wiped from the pool, on every path", () => {
  // The buffer is private; a reader sees it, so a reader can check the wipe.
  const pool = new Pool(counterSource(1));
  let buf: Uint8Array | undefined;
  let at = -1;
  pool.read(16, (b, start) => {
    buf = b;
    at = start;
    assert.ok(b.subarray(start, start + 16).some((v) => v !== 0));
  }, undefined);
  assert.ok(buf!.subarray(at, at + 16).every((v) => v === 0));
  // A reader that throws: the bytes are wiped and consumed all the same.
  assertThrows(
    () =>
      pool.read(8, () => {
        throw new Error("reader failed");
      }, undefined),
    Error,
    "reader failed",
  );
  assert.ok(buf!.subarray(at + 16, at + 24).every((v) => v === 0));
  // take(): a fresh copy, and the pool's bytes wiped, for small and large draws.
  assert.equal(pool.take(100).length, 100);
  const big = pool.take(BLOCK_SIZE * 3);
  assert.equal(big.length, BLOCK_SIZE * 3);
  assert.ok(buf!.every((v) => v === 0), "the tail taken by a large draw is wiped");
});

Deno.test("health tests: a stuck or zero source is refused with EntropyHealthError", () => {
  const zeros = createSecrets((buf) => buf.fill(0));
  assertThrows(() => zeros.token_hex(16), EntropyHealthError, /zero bytes in a row/);
  assertThrows(() => zeros.token_bytes(100_000), EntropyHealthError, /zero bytes in a row/);
  const block = Uint8Array.from({ length: BLOCK_SIZE }, (_, i) => (i * 31 + 7) % 251);
  const stuck = createSecrets((buf) => buf.set(block.subarray(0, buf.length)));
  stuck.token_bytes(BLOCK_SIZE); // the first block is fine
  assertThrows(() => stuck.token_bytes(1), EntropyHealthError, /same block twice/);
  const big = createSecrets((buf) => buf.fill(7));
  assertThrows(() => big.token_bytes(200_000), EntropyHealthError, /same block twice/);
  // A zero run of 64 bytes anywhere in a block.
  let n = 0;
  const holey = createSecrets((buf) => {
    for (let i = 0; i < buf.length; i++) buf[i] = ((i + n) % 251) + 1;
    if (n++ === 1) buf.fill(0, 1000, 1064);
  });
  holey.token_bytes(BLOCK_SIZE);
  assertThrows(() => holey.token_bytes(1), EntropyHealthError);
  // A deliberately degenerate test source can opt out.
  const off = createSecrets((buf) => buf.fill(0), { healthTests: false });
  assert.equal(off.token_hex(2), "0000");
});

Deno.test("health tests on a direct chunk: a run of exactly 64 zero bytes in any sample is refused, 63 are not", () => {
  // A 64 KiB draw straight from the source: its first, middle and last 256 bytes are tested.
  const size = 65536;
  const half = size >>> 1;
  /** A source whose direct chunk holds zeros at [from, from + run); nonzero elsewhere. */
  const holed = (from: number, run: number) => {
    let n = 0;
    return createSecrets((buf) => {
      for (let i = 0; i < buf.length; i++) buf[i] = ((i * 7 + n) % 251) + 1;
      n++;
      if (buf.length === size) buf.fill(0, from, from + run);
    });
  };
  const froms = [
    0,
    1,
    5,
    7,
    101,
    102,
    103,
    half - 128,
    half + 61,
    size - 256,
    size - 66,
    size - 64,
  ];
  for (const from of froms) {
    assertThrows(() => holed(from, 64).token_bytes(size), EntropyHealthError, /64 zero bytes/);
    assert.equal(holed(from, 63).token_bytes(size).length, size, `63 zeros at ${from}`);
  }
  // Outside the samples nothing is looked at (the samples bound the cost).
  assert.equal(holed(1000, 500).token_bytes(size).length, size);
});

Deno.test("a 64 KiB block (the default pool's): refills of 4, 16, then 64 KiB; one call serves many draws, in order, wiped", () => {
  const inner = counterSource();
  const calls: number[] = [];
  const pool = new Pool(
    (buf) => {
      calls.push(buf.length);
      inner(buf);
    },
    true,
    65536,
  );
  let pos = 0;
  const expect = (t: Uint8Array, what: string) => {
    assert.deepEqual(Array.from(t), counterBytes(pos, t.length), what);
    pos += t.length;
  };
  // The first refill is 4 KiB, the next 16 KiB: drained exactly, each by two draws.
  expect(pool.take(10), "the first draw");
  expect(pool.take(BLOCK_SIZE - 10), "the rest of the first refill");
  assert.deepEqual(calls, [BLOCK_SIZE]);
  expect(pool.take(1), "the first byte of the second refill");
  expect(pool.take(16383), "a draw above BLOCK_SIZE: the rest of the second refill");
  assert.deepEqual(calls, [BLOCK_SIZE, 16384]);
  const base = pos; // bytes before the first 64 KiB refill
  const grown = [BLOCK_SIZE, 16384];
  expect(pool.take(10), "a small draw");
  assert.deepEqual(calls, [...grown, 65536]);
  // Above BLOCK_SIZE but within what is left: copied from the block, no call.
  expect(pool.take(5000), "a draw above BLOCK_SIZE from the block");
  for (let i = 0; i < 14; i++) expect(pool.take(BLOCK_SIZE), `4 KiB draw ${i}`);
  assert.deepEqual(calls, [...grown, 65536]);
  let bytes: Uint8Array | undefined;
  pool.read(8, (b, start, n) => {
    bytes = b;
    assert.deepEqual(Array.from(b.subarray(start, start + n)), counterBytes(pos, n));
  }, undefined);
  pos += 8;
  // 65536 - 10 - 5000 - 14 * 4096 - 8 = 3174 bytes left: a 4 KiB draw refills.
  const left = 65536 - (pos - base);
  assert.equal(left, 3174);
  expect(pool.take(BLOCK_SIZE), "a draw across a refill");
  assert.deepEqual(calls, [...grown, 65536, 65536]);
  const used = BLOCK_SIZE + (BLOCK_SIZE - left); // the slack, and the new block's used head
  assert.ok(bytes!.subarray(0, used).every((v) => v === 0), "the bytes handed out are wiped");
  assert.ok(bytes!.subarray(used).some((v) => v !== 0), "the rest is still there");
  // A large draw takes the bytes left (more than BLOCK_SIZE), then one direct call for the rest.
  const tail = 65536 - (BLOCK_SIZE - left);
  expect(pool.take(70_000), "a direct draw after a long tail");
  assert.deepEqual(calls, [...grown, 65536, 65536, 70_000 - tail]);
  assert.ok(bytes!.every((v) => v === 0), "every byte handed out is wiped");
  expect(pool.take(1), "the next block");
  assert.deepEqual(calls, [...grown, 65536, 65536, 70_000 - tail, 65536]);
});

Deno.test("a 64 KiB block: the health tests cover all of it", () => {
  let n = 0;
  const holey = new Pool(
    (buf) => {
      for (let i = 0; i < buf.length; i++) buf[i] = ((i + n) % 251) + 1;
      if (n++ === 3) buf.fill(0, 60_001, 60_065);
    },
    true,
    65536,
  );
  // Each refill (4, 16, then 64 KiB) is filled by a 1-byte draw and drained by the next draw.
  const drain = (pool: Pool) => {
    for (const size of [BLOCK_SIZE, 16384, 65536]) {
      pool.take(1);
      pool.take(size - 1);
    }
  };
  drain(holey);
  assertThrows(() => holey.take(1), EntropyHealthError, /zero bytes in a row/);
  const block = Uint8Array.from({ length: 65536 }, (_, i) => (i * 31 + 7) % 251);
  const stuck = new Pool((buf) => buf.set(block.subarray(0, buf.length)), true, 65536);
  drain(stuck);
  assertThrows(() => stuck.take(1), EntropyHealthError, /same block twice/);
});

Deno.test("createSecrets() refuses a source that is not a function", () => {
  assertThrows(() => createSecrets(null as never), TypeError, /source must be a function/);
});

Deno.test("importing the package draws nothing; two processes draw different tokens", async () => {
  const mod = new URL("../../mod.ts", import.meta.url).href;
  const script = `
    let calls = 0;
    const sizes = [];
    const real = crypto.getRandomValues.bind(crypto);
    crypto.getRandomValues = (b) => { calls++; sizes.push(b.length); return real(b); };
    const m = await import(${JSON.stringify(mod)});
    const before = calls;
    const t = m.token_hex(16);
    for (let i = 0; i < 60; i++) m.token_bytes(1000);
    console.log(JSON.stringify({ before, after: calls, t, sizes }));
  `;
  const run = async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["eval", "--no-check", script],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    assert.ok(out.success);
    return JSON.parse(new TextDecoder().decode(out.stdout));
  };
  const [a, b] = await Promise.all([run(), run()]);
  assert.equal(a.before, 0, "crypto.getRandomValues was called during import");
  // The first token fills 4 KiB; the refills grow to the 64 KiB block, whose
  // first one serves the rest of the 60,016 bytes (16 + 60 * 1000).
  assert.deepEqual(a.sizes, [4096, 16384, 65536], "the default pool's refills: 4, 16, 64 KiB");
  assert.equal(a.after, 3);
  assert.notEqual(a.t, b.t);
});

Deno.test("no Math.random anywhere in the library", async () => {
  // Every entry point in deno.json's exports, and every module under lib/ and cli/ (at any depth).
  const root = new URL("../../", import.meta.url);
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root)));
  const files: string[] = Object.values(config.exports as Record<string, string>);
  const walk = async (dir: string) => {
    for await (const e of Deno.readDir(new URL(dir, root))) {
      if (e.isDirectory) await walk(`${dir}/${e.name}`);
      else if (e.name.endsWith(".ts")) files.push(`${dir}/${e.name}`);
    }
  };
  await walk("lib");
  await walk("cli");
  for (const entry of ["./mod.ts", "./testing.ts", "./recipes.ts", "./cli.ts"]) {
    assert.ok(files.includes(entry), `${entry} is not an export any more: update this test`);
  }
  assert.ok(files.length >= 4 + 8, `only ${files.length - 4} modules found under lib/`);
  for (const f of files) {
    const text = await Deno.readTextFile(new URL(f, root));
    assert.ok(!/Math\s*\.\s*random|Math\[["']random/.test(text), `${f} mentions Math.random`);
  }
});
