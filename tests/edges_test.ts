// Edges of lib/ that the rest of the suite did not reach: lines `deno task coverage` found
// unrun, and mutants `deno task mutants` found alive. Tested through the public API where there
// is one. Expected values are CPython 3.13.0's where Python has the same call (the same subclass
// or the same bytes, run by hand), else the package's documented behaviour.
import { compare_digest, MAX_NBYTES, SystemRandom } from "../mod.ts";
import { entropyBits, passphrase, password } from "../recipes.ts";
import { createSecrets, EntropyHealthError } from "../testing.ts";
import { mutableElementsOf } from "../lib/core/_sequence.ts";
import { assert, assertThrows, counterBytes, counterSource } from "./_helpers.ts";

/** A SystemRandom whose random() returns the given values, in order, and counts its calls. */
class ScriptedFloats extends SystemRandom {
  calls = 0;
  constructor(private readonly values: number[]) {
    super();
  }
  override random(): number {
    this.calls++;
    const v = this.values.shift();
    assert.ok(v !== undefined, "random() called more often than scripted");
    return v;
  }
}

/** A SystemRandom whose getrandbits() returns the given values, in order, and records each k. */
class ScriptedBits extends SystemRandom {
  ks: (number | bigint)[] = [];
  constructor(private readonly values: bigint[]) {
    super();
  }
  override getrandbits(k: number): number;
  override getrandbits(k: bigint): bigint;
  override getrandbits(k: number | bigint): number | bigint;
  override getrandbits(k: number | bigint): number | bigint {
    this.ks.push(k);
    const v = this.values.shift();
    assert.ok(v !== undefined, "getrandbits() called more often than scripted");
    return typeof k === "bigint" ? v : Number(v);
  }
}

Deno.test("a subclass's random() drives randrange's rejection loop, as CPython's _randbelow_without_getrandbits", () => {
  // n = 3: limit = (2**53 - 2**53 % 3) / 2**53 = 1 - 2**-52, so 1 - 2**-53 is rejected.
  // CPython 3.13.0, same subclass: randrange(3) = 1 after 2 calls of random().
  const r = new ScriptedFloats([1 - 2 ** -53, 0.5]);
  assert.equal(r.randrange(3), 1);
  assert.equal(r.calls, 2);
});

Deno.test("a subclass's random() draws bigints too: below 2**53 by rejection, above by scaling, as CPython", () => {
  // CPython 3.13.0, same subclass: randrange(10) = 6 for random() = 0.5; randrange(2**60) =
  // 576460752303423488 for 0.5 and 345876451382054080 for 0.3 (int(random() * n), with a warning).
  assert.equal(new ScriptedFloats([0.5]).randrange(10n), 6n);
  assert.equal(new ScriptedFloats([0.5]).randrange(2n ** 60n), 576460752303423488n);
  assert.equal(new ScriptedFloats([0.3]).randrange(2n ** 60n), 345876451382054080n);
});

Deno.test("a subclass's getrandbits() drives the bigint rejection loop, as CPython's _randbelow_with_getrandbits", () => {
  // CPython 3.13.0, same subclass: randrange(2**69 + 10) = 590295810358705651717 (2**69 + 5),
  // calling getrandbits(70) twice (the first draw, 2**70 - 1, is out of range).
  const r = new ScriptedBits([2n ** 70n - 1n, 2n ** 69n + 5n]);
  assert.equal(r.randrange(2n ** 69n + 10n), 590295810358705651717n);
  assert.deepEqual(r.ks.map(Number), [70, 70]);
  // And with a number: randrange(5) = 2, getrandbits(3) three times.
  const s = new ScriptedBits([7n, 6n, 2n]);
  assert.equal(s.randrange(5), 2);
  assert.deepEqual(s.ks, [3, 3, 3]);
  // A draw equal to n is out of range too (r >= n), for both kinds.
  assert.equal(new ScriptedBits([5n, 4n]).randrange(5), 4);
  assert.equal(new ScriptedBits([2n ** 69n + 10n, 3n]).randrange(2n ** 69n + 10n), 3n);
});

Deno.test("gammavariate(alpha > 1) skips u1 outside (1e-7, 0.9999999) without drawing u2, as CPython", () => {
  // CPython 3.13.0, same subclass: 3.273268353539886 after 4 calls of random() (0.0 and
  // 0.99999995 are skipped), and the same value after 2 calls when nothing is skipped.
  const skipped = new ScriptedFloats([0.0, 0.99999995, 0.3, 0.6]);
  assert.equal(skipped.gammavariate(2.5, 2.0), 3.273268353539886);
  assert.equal(skipped.calls, 4);
  const direct = new ScriptedFloats([0.3, 0.6]);
  assert.equal(direct.gammavariate(2.5, 2.0), 3.273268353539886);
  assert.equal(direct.calls, 2);
});

Deno.test("getrandbits() beyond one pool block: the source's bytes, big-endian, each used once", () => {
  // 40,000 bits = 5,000 bytes > the 4 KiB block; Python: int.from_bytes(urandom(5000), "big").
  const s = createSecrets(counterSource());
  const r = new s.SystemRandom();
  const x = r.getrandbits(40_000n);
  let expected = 0n;
  for (const b of counterBytes(0, 5000)) expected = (expected << 8n) | BigInt(b);
  assert.equal(x, expected);
  assert.deepEqual(Array.from(s.token_bytes(3)), counterBytes(5000, 3));
});

Deno.test("sample(): counts that are not numbers, or whose total is not a safe integer, are refused", () => {
  const gen = new SystemRandom();
  assertThrows(
    () => gen.sample(["a", "b"], 1, { counts: [1, "2" as never] }),
    TypeError,
    'sample(): counts must hold numbers, got "2" at index 1',
  );
  assertThrows(
    () => gen.sample(["a", "b"], 1, { counts: [null as never, 1] }),
    TypeError,
    "sample(): counts must hold numbers, got null at index 0",
  );
  assertThrows(
    () => gen.sample(["a", "b"], 1, { counts: [2 ** 53 - 1, 1] }),
    RangeError,
    "sample(): the total of counts must be a safe integer",
  );
});

Deno.test("compare_digest() reads a SharedArrayBuffer, and names a hostile object without throwing", () => {
  const shared = new SharedArrayBuffer(4);
  new Uint8Array(shared).set([1, 2, 3, 4]);
  assert.equal(compare_digest(shared, new Uint8Array([1, 2, 3, 4])), true);
  assert.equal(compare_digest(new Uint8Array([1, 2, 3, 5]), shared), false);
  const hostile = {
    get constructor(): never {
      throw new Error("boom");
    },
  };
  assertThrows(
    () => compare_digest(hostile as never, "abc"),
    TypeError,
    "compare_digest() needs two strings or two byte sources (Uint8Array, typed array, DataView, ArrayBuffer), got object and string",
  );
});

Deno.test("entropyBits() of a password beyond 1000 bits, and recipe option errors", () => {
  // 62**200 valid strings (no minimums by default) have 1191 bits: log2 is taken from the top
  // 64 bits plus the shift.
  const bits = entropyBits("password", { length: 200 });
  assert.ok(Math.abs(bits - 200 * Math.log2(62)) < 1e-9, String(bits));
  assertThrows(
    () => password({ exclude: 5 as never }),
    TypeError,
    /exclude must be a string, got 5/,
  );
  assertThrows(
    () => passphrase(null as never),
    TypeError,
    /options must be a plain object, got null/,
  );
  assertThrows(
    () => passphrase({ separator: 0 as never }),
    TypeError,
    /separator must be a string, got 0/,
  );
  assertThrows(
    () => passphrase({ words: -1 }),
    RangeError,
    "passphrase(): words must be at least 1, got -1",
  );
});

Deno.test("sample(): counts whose total is 1 are enough for k = 1", () => {
  // CPython 3.13.0: sample(["a", "b"], 1, counts=[0, 1]) == ["b"] (the check is total <= 0).
  assert.deepEqual(new SystemRandom().sample(["a", "b"], 1, { counts: [0, 1] }), ["b"]);
});

Deno.test("binomialvariate() with p = 0 or 1 returns before drawing anything, as CPython", () => {
  const s = createSecrets(counterSource());
  const r = new s.SystemRandom();
  assert.equal(r.binomialvariate(1, 1.0), 1);
  assert.equal(r.binomialvariate(7, 1.0), 7);
  assert.equal(r.binomialvariate(1, 0.0), 0);
  assert.equal(r.binomialvariate(7, 0.0), 0);
  assert.deepEqual(Array.from(s.token_bytes(2)), [0, 1], "no byte was consumed");
});

Deno.test("a draw the pool can serve does not call the source (so it works while the source is down)", () => {
  let calls = 0, down = false;
  const inner = counterSource();
  const s = createSecrets((buf) => {
    calls++;
    if (down) throw new Error("source down");
    inner(buf);
  });
  const r = new s.SystemRandom();
  s.token_bytes(4096 - 7 - 4 - 1); // one 4 KiB block: 12 bytes left
  assert.equal(calls, 1);
  down = true;
  assert.equal(s.randbits(8), counterBytes(4084, 1)[0]); // 1 byte: 11 left
  const bigEndian = (from: number, n: number) =>
    counterBytes(from, n).reduce((a, b) => a * 256n + BigInt(b), 0n);
  assert.equal(r.getrandbits(32), Number(bigEndian(4085, 4))); // 4 bytes: 7 left
  assert.equal(r.random(), Number(bigEndian(4089, 7) >> 3n) * 2 ** -53); // the last 7: none left
  assert.equal(calls, 1);
  assertThrows(() => r.random(), Error, "source down"); // now the pool is empty
});

Deno.test("direct draws: 63 zero bytes in a row pass the health test, 64 do not", () => {
  // A draw larger than the 4 KiB block goes to the source directly; its first 256 bytes are
  // checked for a run of 64 zeros (the sixty-fourth zero is the failure, not the sixty-third),
  // whether the run starts the chunk or follows a non-zero byte.
  const withZeros = (at: number, run: number) =>
    createSecrets((buf) => {
      for (let i = 0; i < buf.length; i++) buf[i] = (i % 251) + 1;
      buf.fill(0, at, at + run);
    });
  for (const at of [0, 1]) {
    const ok = withZeros(at, 63).token_bytes(5000);
    assert.equal(ok.length, 5000);
    assert.deepEqual(
      Array.from(ok.subarray(0, at + 65)),
      [...(at ? [1] : []), ...Array(63).fill(0), at + 64, at + 65],
    );
    assertThrows(
      () => withZeros(at, 64).token_bytes(5000),
      EntropyHealthError,
      "entropy source failed its health test: it returned 64 zero bytes in a row",
    );
  }
});

Deno.test("shuffle(): a frozen sequence of 0 or 1 items is left alone, as CPython shuffles a 1-tuple", () => {
  // CPython 3.13.0: shuffle(()) and shuffle((1,)) return None (no item is assigned).
  const gen = new SystemRandom();
  const one = Object.freeze([1]);
  gen.shuffle(one as never);
  assert.deepEqual(one, [1]);
  gen.shuffle(Object.freeze([]) as never);
  assertThrows(() => gen.shuffle(Object.freeze([1, 2]) as never), TypeError, /frozen/);
});

Deno.test("triangular() on a range symmetric about 0, and on an empty range, as CPython", () => {
  // CPython 3.13.0, same subclass: triangular(-1.0, 1.0) is -0.2928932188134524 for
  // random() = 0.25 and 0.2928932188134524 for 0.75; triangular(2.0, 2.0, 3.0) is 2.0.
  assert.equal(new ScriptedFloats([0.25]).triangular(-1, 1), -0.2928932188134524);
  assert.equal(new ScriptedFloats([0.75]).triangular(-1, 1), 0.2928932188134524);
  assert.equal(new ScriptedFloats([0.25]).triangular(2, 2, 3), 2);
});

Deno.test("triangular(): u equal to c takes CPython's branch (u > c is false), to the last bit", () => {
  // CPython 3.13.0, same subclass: random() = 7569179904107247 / 2**53, which equals
  // c = (mode - low) / (high - low) here, gives triangular(low, high, mode) =
  // 15.172167564169646; the other branch would give 15.172167564169644.
  const u = 7569179904107247 / 2 ** 53;
  const [low, high, mode] = [-0.6875469124378935, 18.185251755828546, 15.172167564169646];
  assert.equal((mode - low) / (high - low), u);
  assert.equal(new ScriptedFloats([u]).triangular(low, high, mode), 15.172167564169646);
});

Deno.test("shuffle() takes exactly MAX_NBYTES elements, and refuses one more", () => {
  const v = new Uint8Array(MAX_NBYTES);
  assert.equal(mutableElementsOf(v, "x"), v);
  assertThrows(
    () => mutableElementsOf({ length: MAX_NBYTES + 1 }, "x"),
    RangeError,
    /more than MAX_NBYTES/,
  );
});

Deno.test("binomialvariate() (BTRS): a k out of [0, n] is skipped before v is drawn, as CPython", () => {
  // CPython 3.13.0, same subclass: binomialvariate(100, 0.3) = 30 after 3 calls of random()
  // for [1e-10, 0.5, 0.1] and for [1 - 1e-10, 0.5, 0.1] (the first u gives k < 0 or k > n).
  for (const first of [1e-10, 1 - 1e-10]) {
    const r = new ScriptedFloats([first, 0.5, 0.1]);
    assert.equal(r.binomialvariate(100, 0.3), 30);
    assert.equal(r.calls, 3);
  }
});

Deno.test("a source that stops writing is refused: the pool never hands out stale or wiped bytes", () => {
  // After the first call the source leaves the buffer as it gets it. Whatever the pool held
  // before (bytes already handed out, or the unused tail it moved) must not come back.
  for (const [first, second] of [[10, 4096], [4000, 200], [4096, 1], [1, 4096]]) {
    let calls = 0;
    const inner = counterSource(1);
    const s = createSecrets((buf) => {
      if (calls++ === 0) inner(buf);
    });
    s.token_bytes(first);
    assertThrows(() => s.token_bytes(second), EntropyHealthError, /zero bytes in a row/);
  }
});

Deno.test("randrange() with bigints and a step: as many values as CPython counts, and its empty ranges", () => {
  // CPython 3.13.0, same subclass: randrange(0, 5, 3) = 3 and randrange(5, 0, -3) = 2, each
  // from one getrandbits(2) returning 1 (so n = 2 values: {0, 3} and {5, 2}).
  const up = new ScriptedBits([1n]);
  assert.equal(up.randrange(0n, 5n, 3n), 3n);
  assert.deepEqual(up.ks.map(Number), [2]);
  const down = new ScriptedBits([1n]);
  assert.equal(down.randrange(5n, 0n, -3n), 2n);
  assert.deepEqual(down.ks.map(Number), [2]);
  const gen = new SystemRandom();
  assertThrows(() => gen.randrange(3n, 0n, 3n), RangeError, "empty range in randrange(3, 0, 3)");
  assertThrows(() => gen.randrange(0n, 3n, -3n), RangeError, "empty range in randrange(0, 3, -3)");
});

Deno.test("randrange(): an empty range of bigints is refused like one of numbers, as CPython", () => {
  // CPython 3.13.0: randrange(5, 5) raises ValueError("empty range in randrange(5, 5)").
  // Before drawing anything (a scripted subclass fails fast if it is asked for bits).
  assertThrows(() => new ScriptedBits([]).randrange(5n, 5n), RangeError, /empty range/);
  const gen = new SystemRandom();
  assertThrows(() => gen.randrange(5n, 5n), RangeError, "empty range in randrange(5, 5)");
  assertThrows(() => gen.randrange(5, 5), RangeError, "empty range in randrange(5, 5)");
  assertThrows(() => gen.randrange(6n, 5n), RangeError, "empty range in randrange(6, 5)");
  assert.equal(gen.randrange(5n, 6n), 5n);
});

Deno.test("passphrase(): up to 1000 words, not 1001", () => {
  assert.equal(passphrase({ words: 1000, separator: "|" }).split("|").length, 1000);
  assertThrows(
    () => passphrase({ words: 1001 }),
    RangeError,
    "passphrase(): words must be at most 1000, got 1001",
  );
});

Deno.test("health tests: blocks that differ in one byte are not 'the same block twice', wherever the byte is", () => {
  // Every word offset of the first two 32-byte groups, and the last byte.
  const base = Uint8Array.from({ length: 4096 }, (_, i) => (i % 251) + 1);
  const positions = [...Array.from({ length: 16 }, (_, w) => 4 * w + 1), 4095];
  for (const p of positions) {
    let calls = 0;
    const s = createSecrets((buf) => {
      buf.set(base.subarray(0, buf.length));
      if (calls++ === 1) buf[p] ^= 0x55;
    });
    assert.deepEqual(s.token_bytes(4096), base);
    const second = s.token_bytes(4096);
    assert.equal(second[p], base[p] ^ 0x55, `byte ${p}`);
  }
});

Deno.test("health tests: 28 zero bytes at the end of a block pass; 32 aligned ones do not", () => {
  const block = (zeros: number) =>
    createSecrets((buf) => {
      for (let i = 0; i < buf.length; i++) buf[i] = (i % 251) + 1;
      buf.fill(0, buf.length - zeros);
    });
  assert.equal(block(28).token_bytes(4096).length, 4096);
  assertThrows(() => block(32).token_bytes(4096), EntropyHealthError, /32 or more zero bytes/);
});

Deno.test("gammavariate(): alpha up to where 2 * alpha overflows, as CPython", () => {
  // CPython 3.13.0, same subclass (random() = 0.3, then 0.6): gammavariate(7e307, 1.0) = 7e+307
  // after 2 calls, and likewise 6e307 and 8.98e307; past 2**1023, 2 * alpha overflows.
  for (const alpha of [6e307, 7e307, 8.98e307]) {
    const r = new ScriptedFloats([0.3, 0.6]);
    assert.equal(r.gammavariate(alpha, 1), alpha);
    assert.equal(r.calls, 2);
  }
  assertThrows(
    () => new SystemRandom().gammavariate(2 ** 1023, 1),
    RangeError,
    /alpha must be finite/,
  );
});

Deno.test("gammavariate(): beta of 0 or just below is refused, as CPython", () => {
  // CPython 3.13.0: ValueError("gammavariate: alpha and beta must be > 0.0") for each.
  const gen = new SystemRandom();
  for (const [alpha, beta] of [[1, 0], [2, -0.5], [0.5, -0]]) {
    assertThrows(
      () => gen.gammavariate(alpha, beta),
      RangeError,
      "gammavariate: alpha and beta must be > 0.0",
    );
  }
});

Deno.test("password(): the default length is the shortest with 128 bits, exactly 128 if possible", () => {
  // 16 characters carry 4 bits each: 32 of them are exactly 128 bits (the search stops there).
  const hex = "0123456789abcdef";
  assert.equal(password({ alphabet: hex }).length, 32);
  assert.equal(entropyBits("password", { alphabet: hex }), 128);
  assert.equal(password().length, 22); // 22 * log2(62) = 130.99; 21 would be 125.04
});
