// lib/core/_sequence.ts: Python's sequences in JS terms, and the helpers of
// choice, choices, sample and shuffle, against known answers.
import {
  bisectRight,
  cumulative,
  cumulativeCounts,
  elementsOf,
  isWeights,
  mutableElementsOf,
  numbersOf,
  StringMemo,
} from "../../lib/core/_sequence.ts";
import { assert, assertThrows } from "../_helpers.ts";

Deno.test("elementsOf() gives Python's elements: code points of strings, the object otherwise", () => {
  assert.equal(elementsOf("abc", "f()"), "abc"); // no surrogates: the string itself
  assert.deepEqual(elementsOf("a😀b", "f()"), ["a", "😀", "b"]);
  const arr = [1, 2];
  assert.equal(elementsOf(arr, "f()"), arr);
  const typed = new Uint16Array(3);
  assert.equal(elementsOf(typed, "f()"), typed);
  const like = { length: 2, 0: "x", 1: "y" };
  assert.equal(elementsOf(like, "f()"), like);
  const memo = new StringMemo();
  assert.deepEqual(memo.elements("x😀"), ["x", "😀"]);
  assert.deepEqual(memo.elements("x😀"), ["x", "😀"]); // remembered: same answer
  assert.equal(memo.elements("plain"), "plain");
  assert.deepEqual(elementsOf("😀😀", "f()", memo), ["😀", "😀"]);
  const long = "😀".repeat(5000); // longer than the memo keeps: still right
  assert.equal(memo.elements(long).length, 5000);
  assert.equal(memo.elements(long).length, 5000);
});

Deno.test("elementsOf() refuses what is not a sequence, with class and message", () => {
  const cases: [unknown, string][] = [
    [5, "f() must be a sequence (an array, typed array, array-like or string), got 5"],
    [null, "f() must be a sequence (an array, typed array, array-like or string), got null"],
    [
      new Set([1]),
      "f() must be a sequence, not a Set: make an array first, e.g. [...set] (Python refuses sets too)",
    ],
    [
      new Map(),
      "f() must be a sequence, not a Map: make an array first, e.g. [...map.values()]",
    ],
    [new ArrayBuffer(2), "f() must be a sequence; wrap the buffer in a Uint8Array first"],
    [
      new DataView(new ArrayBuffer(2)),
      "f() must be a sequence; wrap the buffer in a Uint8Array first",
    ],
    [
      { length: -1 },
      "f() must be a sequence: its length must be a non-negative safe integer, got -1",
    ],
    [
      { length: 1.5 },
      "f() must be a sequence: its length must be a non-negative safe integer, got 1.5",
    ],
    [{}, "f() must be a sequence: its length must be a non-negative safe integer, got undefined"],
  ];
  for (const [value, message] of cases) {
    assertThrows(() => elementsOf(value as never, "f()"), TypeError, message);
  }
});

Deno.test("numbersOf() and cumulative(): itertools.accumulate over numbers only", () => {
  assert.deepEqual(cumulative([1, 2, 3.5, -1], "w"), [1, 3, 6.5, 5.5]);
  assert.deepEqual(cumulative([], "w"), []);
  assert.deepEqual(cumulative(new Float64Array([0.1, 0.2]), "w"), [0.1, 0.1 + 0.2]);
  assert.deepEqual(Array.from(numbersOf([1, NaN], "w")), [1, NaN]);
  assertThrows(
    () => cumulative([1, "2"], "w"),
    TypeError,
    'w must hold numbers, got "2" at index 1',
  );
  assertThrows(() => numbersOf([1n], "w"), TypeError, "w must hold numbers, got 1n at index 0");
});

Deno.test("bisectRight() agrees with Python's bisect.bisect_right", () => {
  // bisect.bisect_right([1, 2, 2, 2, 5], x) for x in (0, 1, 2, 3, 5, 6): 0 1 4 4 5 5
  const a = [1, 2, 2, 2, 5];
  assert.deepEqual([0, 1, 2, 3, 5, 6].map((x) => bisectRight(a, x, 0, a.length)), [
    0,
    1,
    4,
    4,
    5,
    5,
  ]);
  // With hi = len - 1, as choices() calls it: never past the last index.
  assert.equal(bisectRight(a, 99, 0, a.length - 1), 4);
  assert.equal(bisectRight([], 1, 0, 0), 0);
});

Deno.test("isWeights() tells weights from choices()' options object", () => {
  for (const w of ["ab", [1, 2], new Float64Array(2), { length: 2 }]) assert.ok(isWeights(w));
  for (const o of [{ k: 3 }, {}, 5, null, undefined]) assert.ok(!isWeights(o));
});

Deno.test("mutableElementsOf() refuses what shuffle() cannot permute, before any work", () => {
  const cases: [unknown, typeof Error, string][] = [
    ["abc", TypeError, "x: strings are immutable; shuffle an array of its characters instead"],
    [Object.freeze([1, 2]), TypeError, "x: the sequence is frozen and cannot be shuffled in place"],
    [
      { length: 2 ** 27 + 1 },
      RangeError,
      "x has 134217729 elements, more than MAX_NBYTES (134217728) shuffled in one call",
    ],
    [
      { length: 3, 0: 1, 1: 2 },
      TypeError,
      "x claims a length of 3 but has no element at index 2, so it is not a sequence",
    ],
    [
      { length: 3, 1: 1, 2: 2 },
      TypeError,
      "x claims a length of 3 but has no element at index 0, so it is not a sequence",
    ],
  ];
  for (const [value, kind, message] of cases) {
    assertThrows(() => mutableElementsOf(value as never, "x"), kind, message);
  }
  assert.equal(mutableElementsOf(Object.freeze([1]), "x").length, 1); // nothing to move
  assert.equal(mutableElementsOf(new Uint8Array(5), "x").length, 5);
  assert.equal(mutableElementsOf([], "x").length, 0);
});

Deno.test("cumulativeCounts() is sample()'s accumulate(counts), checked as CPython checks it", () => {
  assert.deepEqual(cumulativeCounts([2, 0, 3], 3), [[2, 2], 5]);
  const cases: [unknown, number, typeof Error, string][] = [
    [5, 1, TypeError, "sample(): counts must be a sequence of integers, got 5"],
    [[1.5], 1, TypeError, "Counts must be integers"],
    [[1, 2], 3, RangeError, "The number of counts does not match the population"],
    [[0, 0], 2, RangeError, "Total of counts must be greater than zero"],
    [[-1, 1], 2, RangeError, "Total of counts must be greater than zero"],
    [[2 ** 53 - 1, 1], 2, RangeError, "sample(): the total of counts must be a safe integer"],
  ];
  for (const [counts, n, kind, message] of cases) {
    assertThrows(() => cumulativeCounts(counts, n), kind, message);
  }
});
