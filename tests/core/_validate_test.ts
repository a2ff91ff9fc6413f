// Known answers for lib/core/_validate.ts: bit lengths (CPython's int.bit_length) at the edges, and
// every argument check with its error class and message.
import { bigBitLength, bitLength } from "../../lib/core/_math.ts";
import {
  checkFloat,
  checkInt,
  checkNumberInt,
  checkSize,
  CONTROL,
  cutText,
  describe,
  escapeUnprinted,
  INVISIBLE,
  MAX_NBYTES,
  quoteText,
  sameKind,
} from "../../lib/core/_validate.ts";
import { assert, assertThrows } from "../_helpers.ts";

// [n, n.bit_length()] from CPython 3.13.0 (`PYENV_VERSION=3.13.0 python3 -c "print([(n,
// n.bit_length()) for n in ns])"` over these n), pasted. bitLength's domain is 0 < n <= 2**53 - 1
// (0 is in the table because it also gives Python's answer).
const NUMBER_BIT_LENGTHS: [number, number][] = [
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 2],
  [4, 3],
  [7, 3],
  [8, 4],
  [255, 8],
  [256, 9],
  [2147483647, 31],
  [2147483648, 32],
  [4294967295, 32],
  [4294967296, 33],
  [4294967297, 33],
  [8589934591, 33],
  [4503599627370496, 53],
  [9007199254740990, 53],
  [9007199254740991, 53],
];

// Same source; the two large ones are 2**1000 - 1, 2**1000 and 10**100.
const BIGINT_BIT_LENGTHS: [bigint, number][] = [
  [0n, 0],
  [1n, 1],
  [15n, 4],
  [16n, 5],
  [17n, 5],
  [4294967295n, 32],
  [4294967296n, 33],
  [9007199254740991n, 53],
  [9007199254740992n, 54],
  [18446744073709551615n, 64],
  [18446744073709551616n, 65],
  [18446744073709551617n, 65],
  [2n ** 1000n - 1n, 1000],
  [2n ** 1000n, 1001],
  [10n ** 100n, 333],
];

Deno.test("bitLength() equals CPython's int.bit_length() around 2**32 and up to 2**53 - 1", () => {
  for (const [n, bits] of NUMBER_BIT_LENGTHS) assert.equal(bitLength(n), bits, `bitLength(${n})`);
});

Deno.test("bigBitLength() equals CPython's int.bit_length() around 2**32, 2**53, 2**64 and beyond", () => {
  for (const [n, bits] of BIGINT_BIT_LENGTHS) {
    assert.equal(bigBitLength(n), bits, `bigBitLength(${n}n)`);
  }
});

Deno.test("MAX_NBYTES is 128 MiB", () => {
  assert.equal(MAX_NBYTES, 134217728);
});

Deno.test("describe() describes every kind of value briefly", () => {
  const table: [unknown, string][] = [
    [0, "0"],
    [-0, "-0"],
    [1.5, "1.5"],
    [NaN, "NaN"],
    [-Infinity, "-Infinity"],
    [2 ** 64, "18446744073709551616"],
    [10n, "10n"],
    [-(2n ** 64n), "-18446744073709551616n"],
    ["", '""'],
    ['say "hi"', '"say \\"hi\\""'],
    // Every control escaped, as JSON escapes C0: DEL, C1 and the line separators too.
    ["a\nb\x1b", '"a\\nb\\u001b"'],
    ["a\x7fb", '"a\\u007fb"'],
    ["\x80\x85\x9b\x9f", '"\\u0080\\u0085\\u009b\\u009f"'],
    ["line\u2028para\u2029", '"line\\u2028para\\u2029"'],
    ["\xa0é€", '"\xa0é€"'], // no-break space and what follows C1: printed as they are
    // Invisible characters too (format characters, default ignorables): bidi controls, zero-width
    // characters, the byte order mark, the soft hyphen, variation selectors, fillers, tags.
    ["hex\u202e", '"hex\\u202e"'],
    ["\u200b\u200c\u200d\u2060", '"\\u200b\\u200c\\u200d\\u2060"'],
    ["\u200e\u200f\u061c\u2066\u2069", '"\\u200e\\u200f\\u061c\\u2066\\u2069"'],
    ["\ufeff\u00ad", '"\\ufeff\\u00ad"'],
    ["\ufe0f\u034f\u3164\u115f", '"\\ufe0f\\u034f\\u3164\\u115f"'],
    ["a\u{E0041}", '"a\\udb40\\udc41"'], // a tag, beyond U+FFFF: its two UTF-16 escapes
    ["\ud800x\udc00", '"\\ud800x\\udc00"'], // lone surrogates (JSON's own escapes)
    ["👍 \u{1F600} 東京 é", '"👍 \u{1F600} 東京 é"'], // pairs that print stay whole
    ["x".repeat(40), JSON.stringify("x".repeat(40))],
    ["x".repeat(41), "a string"],
    [true, "true"],
    [false, "false"],
    [undefined, "undefined"],
    [Symbol("s"), "a symbol"],
    [() => 1, "a function"],
    [null, "null"],
    [[1, 2], "an array"],
    [{}, "an object"],
    [Object.create(null), "an object"],
    [new Map(), "a Map"],
    [new Uint8Array(1), "a Uint8Array"],
    [new (class Foo {})(), "an instance of Foo"],
    [Object.create({}), "an object that inherits from another object"],
  ];
  for (const [value, text] of table) assert.equal(describe(value), text);
});

Deno.test("escapeUnprinted(): the one rule of what messages escape, CONTROL and INVISIBLE", () => {
  const table: [string, string][] = [
    ["", ""],
    ["plain 'text' \"as is\" \\", "plain 'text' \"as is\" \\"], // no quoting, no JSON escapes
    ["\b\t\n\f\r", "\\b\\t\\n\\f\\r"], // JSON's short escapes
    ["\0\x0b\x1b[2J", "\\u0000\\u000b\\u001b[2J"],
    ["\x7f\x80\x9f", "\\u007f\\u0080\\u009f"],
    ["a\u2028b\u2029", "a\\u2028b\\u2029"],
    ["\u202a\u202b\u202c\u202d\u202e", "\\u202a\\u202b\\u202c\\u202d\\u202e"],
    ["\u{E0001}\u{E007F}", "\\udb40\\udc01\\udb40\\udc7f"],
    ["\ud83d", "\\ud83d"],
    ["\xa0\u3000 ", "\xa0\u3000 "], // spaces print (as space)
  ];
  for (const [text, shown] of table) assert.equal(escapeUnprinted(text), shown);
  // Every code point: escaped exactly when CONTROL or INVISIBLE matches it (or it is a surrogate).
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const c = String.fromCodePoint(cp);
    const escaped = escapeUnprinted(c) !== c;
    const rule = CONTROL.test(c) || INVISIBLE.test(c) || (cp >= 0xd800 && cp <= 0xdfff);
    if (escaped !== rule) assert.fail(`U+${cp.toString(16)}: escaped ${escaped}, rule ${rule}`);
  }
});

Deno.test("quoteText(): JSON's quotes, whole; cutText() cuts with '…', never inside a pair", () => {
  assert.equal(quoteText('say "hi"\u202e'), '"say \\"hi\\"\\u202e"');
  assert.equal(quoteText("x".repeat(100)), `"${"x".repeat(100)}"`);
  assert.equal(cutText("abc", 3), "abc");
  assert.equal(cutText("abcd", 3), "abc…");
  assert.equal(cutText("ab👍", 3), "ab…"); // not the high half of 👍
  assert.equal(cutText("a👍b", 3), "a👍…");
});

Deno.test("checkInt() accepts safe integers and bigints, unchanged", () => {
  for (const v of [0, 1, -1, 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), 0n, 2n ** 64n, -(2n ** 64n)]) {
    assert.equal(checkInt(v, "n"), v);
  }
  assert.ok(Object.is(checkInt(-0, "n"), -0));
});

Deno.test("checkInt() refuses non-integers: RangeError beyond 2**53, TypeError otherwise", () => {
  const unsafe = (v: string) =>
    `n must be a safe integer when given as a number, got ${v}; pass a bigint instead`;
  assertThrows(() => checkInt(2 ** 53, "n"), RangeError, unsafe("9007199254740992"));
  assertThrows(() => checkInt(-(2 ** 53), "n"), RangeError, unsafe("-9007199254740992"));
  assertThrows(() => checkInt(2 ** 64, "n"), RangeError, unsafe("18446744073709551616"));
  assertThrows(() => checkInt(1e300, "n"), RangeError, unsafe("1e+300"));
  assertThrows(
    () => checkInt(Number.MAX_VALUE, "n"),
    RangeError,
    unsafe("1.7976931348623157e+308"),
  );
  const table: [unknown, string][] = [
    [0.5, "n must be an integer (a number or a bigint), got 0.5"],
    [2 ** 51 + 0.5, "n must be an integer (a number or a bigint), got 2251799813685248.5"], // ulp is 0.5 below 2**52
    [5e-324, "n must be an integer (a number or a bigint), got 5e-324"],
    [NaN, "n must be an integer (a number or a bigint), got NaN"],
    [Infinity, "n must be an integer (a number or a bigint), got Infinity"],
    [-Infinity, "n must be an integer (a number or a bigint), got -Infinity"],
    ["5", 'n must be an integer (a number or a bigint), got "5"'],
    [null, "n must be an integer (a number or a bigint), got null"],
    [undefined, "n must be an integer (a number or a bigint), got undefined"],
    [true, "n must be an integer (a number or a bigint), got true"],
    [[1], "n must be an integer (a number or a bigint), got an array"],
  ];
  for (const [value, message] of table) {
    assertThrows(() => checkInt(value, "n"), TypeError, message);
  }
});

Deno.test("checkNumberInt() accepts safe integer numbers only: bigints are refused", () => {
  assert.equal(checkNumberInt(2 ** 53 - 1, "k"), 2 ** 53 - 1);
  assertThrows(
    () => checkNumberInt(5n, "k"),
    TypeError,
    "k must be an integer number, got 5n",
  );
  assertThrows(() => checkNumberInt(1.5, "k"), TypeError, "k must be an integer number, got 1.5");
  assertThrows(
    () => checkNumberInt(2 ** 53, "k"),
    RangeError,
    "k must be a safe integer, got 9007199254740992",
  );
});

Deno.test("checkSize() accepts 0 to MAX_NBYTES and refuses the rest with a clear error", () => {
  for (const n of [0, 1, 2 ** 16, MAX_NBYTES - 1, MAX_NBYTES]) {
    assert.equal(checkSize(n, "nbytes", "negative!"), n);
  }
  assertThrows(() => checkSize(-1, "nbytes", "negative!"), RangeError, "negative!");
  assertThrows(() => checkSize(-(2 ** 53 - 1), "nbytes", "negative!"), RangeError, "negative!");
  const tooBig = (n: string) => `nbytes must be at most 134217728 (MAX_NBYTES), got ${n}`;
  assertThrows(() => checkSize(MAX_NBYTES + 1, "nbytes", "-"), RangeError, tooBig("134217729"));
  assertThrows(() => checkSize(2 ** 32, "nbytes", "-"), RangeError, tooBig("4294967296"));
  assertThrows(() => checkSize(2 ** 53 - 1, "nbytes", "-"), RangeError, tooBig("9007199254740991"));
  assertThrows(
    () => checkSize(2 ** 53, "nbytes", "-"),
    RangeError,
    "nbytes must be a safe integer, got 9007199254740992",
  );
  assertThrows(
    () => checkSize(32n, "nbytes", "-"),
    TypeError,
    "nbytes must be an integer number, got 32n",
  );
  assertThrows(
    () => checkSize(1.5, "nbytes", "-"),
    TypeError,
    "nbytes must be an integer number, got 1.5",
  );
});

Deno.test("checkFloat() takes any number (NaN and infinities too) and nothing else", () => {
  for (const x of [0, -0, 1.5, NaN, Infinity, -Infinity, 5e-324, Number.MAX_VALUE]) {
    assert.ok(Object.is(checkFloat(x, "mu"), x));
  }
  assertThrows(() => checkFloat(1n, "mu"), TypeError, "mu must be a number, got 1n");
  assertThrows(() => checkFloat("1", "mu"), TypeError, 'mu must be a number, got "1"');
  assertThrows(() => checkFloat(undefined, "mu"), TypeError, "mu must be a number, got undefined");
});

Deno.test("sameKind() accepts all numbers or all bigints, and refuses a mix at any position", () => {
  sameKind("randrange()", 1, 2, 3);
  sameKind("randrange()", 1n, 2n, 3n);
  sameKind("randrange()");
  const mix = "randrange() arguments must be all numbers or all bigints, not a mix";
  for (const args of [[1, 2n], [1n, 2], [1, 2, 3n], [1n, 2n, 3]] as (number | bigint)[][]) {
    assertThrows(() => sameKind("randrange()", ...args), TypeError, mix);
  }
});
