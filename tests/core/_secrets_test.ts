// The module-level API of mod.ts: lengths, alphabets, types, defaults and
// errors, table-driven; then Lib/test/test_secrets.py, test for test.
import fc from "fast-check";
import {
  choice,
  compare_digest,
  compareDigest,
  DEFAULT_ENTROPY,
  MAX_NBYTES,
  randbelow,
  randbits,
  token_bytes,
  token_hex,
  token_urlsafe,
  tokenBytes,
  tokenHex,
  tokenUrlsafe,
} from "../../mod.ts";
import { assert, assertThrows } from "../_helpers.ts";

const HEX = /^[0-9a-f]*$/;
const URLSAFE = /^[A-Za-z0-9_-]*$/;

Deno.test("DEFAULT_ENTROPY is 32, as in Python", () => {
  assert.equal(DEFAULT_ENTROPY, 32);
});

Deno.test("token_bytes() returns nbytes bytes as a Uint8Array over its own ArrayBuffer", () => {
  for (const n of [0, 1, 8, 17, 100, 4095, 4096, 4097, 65537, 200_000]) {
    const t = token_bytes(n);
    assert.ok(t instanceof Uint8Array);
    assert.equal(t.length, n);
    assert.equal(t.byteOffset, 0);
    assert.equal(t.buffer.byteLength, n, "a fresh buffer, never a view into the pool");
  }
});

Deno.test("token_hex() returns 2 chars per byte, lowercase hex", () => {
  for (let n = 0; n <= 100; n++) {
    const t = token_hex(n);
    assert.equal(t.length, 2 * n);
    assert.match(t, HEX);
  }
});

Deno.test("token_urlsafe() returns ceil(4 * nbytes / 3) chars of base64url, no padding", () => {
  for (let n = 0; n <= 100; n++) {
    const t = token_urlsafe(n);
    assert.equal(t.length, Math.ceil((4 * n) / 3));
    assert.match(t, URLSAFE);
  }
});

Deno.test("token functions use DEFAULT_ENTROPY for undefined and null", () => {
  for (const arg of [undefined, null]) {
    assert.equal(token_bytes(arg).length, 32);
    assert.equal(token_hex(arg).length, 64);
    assert.equal(token_urlsafe(arg).length, 43);
  }
  assert.equal(token_bytes().length, 32);
  assert.equal(token_hex().length, 64);
  assert.equal(token_urlsafe().length, 43);
});

Deno.test("camelCase aliases behave as the Python names", () => {
  assert.equal(tokenBytes(5).length, 5);
  assert.match(tokenHex(5), /^[0-9a-f]{10}$/);
  assert.match(tokenUrlsafe(5), /^[A-Za-z0-9_-]{7}$/);
  assert.equal(compareDigest, compare_digest);
});

const badSizes: [unknown, new (m: string) => Error, RegExp | string][] = [
  [-1, RangeError, "negative argument not allowed"],
  // One rule, one wording: "nbytes must be an integer number, got ...".
  [-0.5, TypeError, /^\w+\(\): nbytes must be an integer number, got -0.5$/],
  [1.5, TypeError, /^\w+\(\): nbytes must be an integer number, got 1.5$/],
  [NaN, TypeError, /^\w+\(\): nbytes must be an integer number, got NaN$/],
  [Infinity, TypeError, /^\w+\(\): nbytes must be an integer number, got Infinity$/],
  [-Infinity, TypeError, /^\w+\(\): nbytes must be an integer number, got -Infinity$/],
  ["16", TypeError, /^\w+\(\): nbytes must be an integer number, got "16"$/],
  [true, TypeError, /^\w+\(\): nbytes must be an integer number, got true$/],
  [16n, TypeError, /^\w+\(\): nbytes must be an integer number, got 16n$/],
  [{ valueOf: () => 3 }, TypeError, /^\w+\(\): nbytes must be an integer number, got an object$/],
  [[3], TypeError, /^\w+\(\): nbytes must be an integer number, got an array$/],
  [2 ** 53, RangeError, /^\w+\(\): nbytes must be a safe integer, got 9007199254740992$/],
  [MAX_NBYTES + 1, RangeError, /must be at most 134217728 \(MAX_NBYTES\), got 134217729$/],
];

Deno.test("token functions refuse bad sizes with TypeError or RangeError, and a message", () => {
  for (const fn of [token_bytes, token_hex, token_urlsafe]) {
    for (const [arg, kind, message] of badSizes) {
      assertThrows(() => fn(arg as number), kind, message);
    }
  }
});

Deno.test("randbelow() returns an integer in [0, n) of n's kind", () => {
  for (
    const n of [1, 2, 3, 7, 255, 256, 257, 1000, 2 ** 31 + 1, 2 ** 32, 3 * 2 ** 51, 2 ** 53 - 1]
  ) {
    for (let i = 0; i < 50; i++) {
      const r = randbelow(n);
      assert.equal(typeof r, "number");
      assert.ok(Number.isInteger(r) && r >= 0 && r < n, `${r} not in [0, ${n})`);
    }
  }
  for (const n of [1n, 2n, 255n, 2n ** 64n, 2n ** 64n + 1n, 2n ** 256n, 10n ** 30n]) {
    for (let i = 0; i < 50; i++) {
      const r = randbelow(n);
      assert.equal(typeof r, "bigint");
      assert.ok(r >= 0n && r < n);
    }
  }
  assert.equal(randbelow(1), 0);
  assert.equal(randbelow(1n), 0n);
});

Deno.test("randbelow() errors: kind and CPython's message", () => {
  const table: [unknown, new (m: string) => Error, RegExp | string][] = [
    [0, RangeError, "Upper bound must be positive."],
    [-1, RangeError, "Upper bound must be positive."],
    [0n, RangeError, "Upper bound must be positive."],
    [-(2n ** 70n), RangeError, "Upper bound must be positive."],
    [
      1.5,
      TypeError,
      "randbelow(): exclusive_upper_bound must be an integer (a number or a bigint), got 1.5",
    ],
    [
      "16",
      TypeError,
      'randbelow(): exclusive_upper_bound must be an integer (a number or a bigint), got "16"',
    ],
    [NaN, TypeError, /got NaN/],
    [Infinity, TypeError, /got Infinity/],
    ["3", TypeError, /got "3"/],
    [null, TypeError, /got null/],
    [undefined, TypeError, /got undefined/],
    [true, TypeError, /got true/],
    [{ valueOf: () => 3 }, TypeError, /got an object/],
    [2 ** 53, RangeError, /pass a bigint/],
    [1e300, RangeError, /pass a bigint/],
  ];
  for (const [arg, kind, message] of table) {
    assertThrows(() => randbelow(arg as number), kind, message);
  }
});

Deno.test("randbits() returns k random bits: a number up to 53, a bigint for a bigint", () => {
  assert.equal(randbits(0), 0);
  assert.equal(randbits(0n), 0n);
  for (const k of [1, 3, 8, 12, 30, 31, 32, 33, 52, 53]) {
    let all = 0;
    for (let i = 0; i < 200; i++) {
      const r = randbits(k);
      assert.ok(Number.isInteger(r) && r >= 0 && r < 2 ** k);
      all = k <= 31 ? all | r : all;
    }
    // 200 draws leave a given bit clear in all of them with probability 2**-200.
    if (k <= 31) assert.equal(all, 2 ** k - 1);
  }
  for (const k of [54n, 64n, 65n, 128n, 1000n]) {
    const r = randbits(k);
    assert.equal(typeof r, "bigint");
    assert.ok(r >= 0n && r < 2n ** k);
  }
});

Deno.test("randbits() errors: kind and CPython's message", () => {
  assertThrows(() => randbits(-1), RangeError, "number of bits must be non-negative");
  assertThrows(() => randbits(-1n), RangeError, "number of bits must be non-negative");
  assertThrows(
    () => randbits(54),
    RangeError,
    "randbits(54) can exceed Number.MAX_SAFE_INTEGER; pass a bigint: randbits(54n)",
  );
  assertThrows(
    () => randbits("16" as never),
    TypeError,
    'randbits(): k must be an integer (a number or a bigint), got "16"',
  );
  assertThrows(() => randbits(1.5), TypeError, /must be an integer/);
  assertThrows(
    () => randbits(2n ** 40n),
    RangeError,
    "randbits(): k must be at most 536870912 (2**29), got 1099511627776n",
  );
});

Deno.test("choice() returns an element; strings are sequences of code points", () => {
  const items = [1, 2, 4, 8, 16, 32, 64];
  for (let i = 0; i < 50; i++) assert.ok(items.includes(choice(items)));
  assert.equal(choice([50]), 50);
  assert.equal(choice("😀"), "😀");
  for (let i = 0; i < 50; i++) assert.ok(["a", "😀", "b"].includes(choice("a😀b")));
  assert.ok([1, 2].includes(choice(new Uint8Array([1, 2]))));
  assert.equal(choice({ length: 1, 0: "x" }), "x");
});

Deno.test("choice() errors: empty sequences and non-sequences", () => {
  assertThrows(() => choice([]), RangeError, "Cannot choose from an empty sequence");
  assertThrows(() => choice(""), RangeError, "Cannot choose from an empty sequence");
  assertThrows(() => choice(new Set([1]) as never), TypeError, /not a Set: make an array first/);
  assertThrows(() => choice(new Map() as never), TypeError, /not a Map/);
  assertThrows(() => choice(5 as never), TypeError, /must be a sequence/);
  assertThrows(() => choice(null as never), TypeError, /must be a sequence/);
  assertThrows(() => choice({ length: -1 } as never), TypeError, /non-negative safe integer/);
  assertThrows(() => choice({ length: 1.5 } as never), TypeError, /non-negative safe integer/);
});

Deno.test("compare_digest() on strings and every kind of byte source", () => {
  assert.equal(compare_digest("abc", "abc"), true);
  assert.equal(compare_digest("abc", "abd"), false);
  assert.equal(compare_digest("abc", "abcd"), false);
  assert.equal(compare_digest("", ""), true);
  const a = new Uint8Array([1, 2, 3, 4]);
  assert.equal(compare_digest(a, new Uint8Array([1, 2, 3, 4])), true);
  assert.equal(compare_digest(a, new Uint8Array([1, 2, 3, 5])), false);
  assert.equal(compare_digest(a, a.buffer), true);
  assert.equal(compare_digest(new DataView(a.buffer), a), true);
  assert.equal(compare_digest(new Uint16Array(a.buffer), a), true);
  assert.equal(compare_digest(a.subarray(1), new Uint8Array([2, 3, 4])), true);
  assert.equal(compare_digest(a, new Uint8Array(0)), false);
});

Deno.test("compare_digest() errors: mixed kinds, non-ASCII strings, other values", () => {
  assertThrows(
    () => compare_digest("a", new Uint8Array([97])),
    TypeError,
    "a bytes-like object is required, not 'str'",
  );
  assertThrows(
    () => compare_digest(new Uint8Array([97]), "a"),
    TypeError,
    "a bytes-like object is required, not 'str'",
  );
  assertThrows(
    () => compare_digest("é", "é"),
    TypeError,
    "comparing strings with non-ASCII characters is not supported",
  );
  assertThrows(
    () => compare_digest("a", "é"),
    TypeError,
    "comparing strings with non-ASCII characters is not supported",
  );
  assertThrows(
    () => compare_digest(1 as never, 1 as never),
    TypeError,
    /needs two strings or two byte sources.*number and number/,
  );
  assertThrows(() => compare_digest([1] as never, [1] as never), TypeError, /Array and Array/);
});

Deno.test("properties: every token function, any size 0..1000", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1000 }), (n) => {
      assert.equal(token_bytes(n).length, n);
      const h = token_hex(n);
      assert.ok(h.length === 2 * n && HEX.test(h));
      const u = token_urlsafe(n);
      assert.ok(u.length === Math.ceil((4 * n) / 3) && URLSAFE.test(u));
    }),
  );
});

Deno.test("properties: randbelow over numbers and bigints stays in range and keeps the kind", () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
    const r = randbelow(n);
    return typeof r === "number" && Number.isSafeInteger(r) && r >= 0 && r < n;
  }));
  fc.assert(fc.property(fc.bigInt({ min: 1n, max: 2n ** 600n }), (n) => {
    const r = randbelow(n);
    return typeof r === "bigint" && r >= 0n && r < n;
  }));
});

Deno.test("properties: arbitrary values are accepted as a size only if they are sizes", () => {
  fc.assert(fc.property(fc.anything(), (x) => {
    let ok: boolean;
    try {
      token_hex(x as number);
      ok = true;
    } catch (e) {
      assert.ok(e instanceof TypeError || e instanceof RangeError, fc.stringify(e));
      assert.ok((e as Error).message.length > 0);
      ok = false;
    }
    const valid = x === undefined || x === null ||
      (typeof x === "number" && Number.isSafeInteger(x) && x >= 0 && x <= MAX_NBYTES);
    assert.equal(ok, valid, `token_hex(${fc.stringify(x)})`);
  }));
});

Deno.test("properties: compare_digest equals ===, for strings and bytes", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "binary-ascii" }),
      fc.string({ unit: "binary-ascii" }),
      (a, b) => {
        assert.equal(compare_digest(a, b), a === b);
        assert.equal(compare_digest(a, a), true);
      },
    ),
  );
  fc.assert(fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
    const same = a.length === b.length && a.every((v, i) => v === b[i]);
    assert.equal(compare_digest(a, b), same);
  }));
});

// ---- Lib/test/test_secrets.py, test for test ------------------------------

Deno.test("test_secrets: Compare_Digest_Tests", () => {
  for (const s of ["a", "bcd", "xyz123"]) {
    const a = s.repeat(100), b = s.repeat(100);
    assert.equal(compare_digest(a, b), true);
    assert.equal(compare_digest(new TextEncoder().encode(a), new TextEncoder().encode(b)), true);
  }
  assert.equal(compare_digest("abc", "abcd"), false);
  assert.equal(
    compare_digest(new TextEncoder().encode("abc"), new TextEncoder().encode("abcd")),
    false,
  );
  for (const s of ["x", "mn", "a1b2c3"]) {
    const a = s.repeat(100) + "q", b = s.repeat(100) + "k";
    assert.equal(compare_digest(a, b), false);
    assert.equal(compare_digest(new TextEncoder().encode(a), new TextEncoder().encode(b)), false);
  }
  const a = "abcde", b = new TextEncoder().encode(a);
  assertThrows(() => compare_digest(a, b), TypeError);
  assertThrows(() => compare_digest(b, a), TypeError);
  assert.equal(typeof compare_digest("abc", "abc"), "boolean");
  assert.equal(typeof compare_digest("abc", "xyz"), "boolean");
});

Deno.test("test_secrets: Random_Tests", () => {
  for (const numbits of [3, 12, 30]) {
    for (let i = 0; i < 6; i++) {
      const n = randbits(numbits);
      assert.ok(0 <= n && n < 2 ** numbits, `randbits(${numbits}) returned ${n}`);
    }
  }
  const items = [1, 2, 4, 8, 16, 32, 64];
  for (let i = 0; i < 10; i++) assert.ok(items.includes(choice(items)));
  for (let i = 2; i < 10; i++) {
    const r = randbelow(i);
    assert.ok(r >= 0 && r < i);
  }
  assertThrows(() => randbelow(0), RangeError);
  assertThrows(() => randbelow(-1), RangeError);
});

Deno.test("test_secrets: Token_Tests", () => {
  for (const fn of [token_bytes, token_hex, token_urlsafe]) {
    fn();
    fn(null);
  }
  assert.equal(token_bytes(null).length, DEFAULT_ENTROPY);
  assert.equal(token_hex(null).length, 2 * DEFAULT_ENTROPY);
  for (const n of [1, 8, 17, 100]) assert.equal(token_bytes(n).length, n);
  for (const n of [1, 12, 25, 90]) {
    const s = token_hex(n);
    assert.equal(s.length, 2 * n);
    assert.match(s, /^[0-9a-fA-F]+$/);
  }
  for (const n of [1, 11, 28, 76]) assert.match(token_urlsafe(n), /^[A-Za-z0-9_-]+$/);
});
