// PINs: the kinds of weak PINs checked against their definitions on every PIN
// of 4 and 6 digits, the exact count of the union, uniform draws (chi-square),
// the bytes consumed (the Python recipe's), and clear errors with their fields.
import { entropyBits, pin, PIN_KINDS, type PinKind, type PinOptions } from "../../recipes.ts";
import { pinPlan, pinsOfKind } from "../../lib/recipes/pin.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert, assertThrows, chi2Critical, chiSquare } from "../_helpers.ts";

// The definitions, written again from the documentation, digit by digit.
const digitsOf = (p: string) => Array.from(p, Number);
const DEFINITIONS: Record<PinKind, (p: string) => boolean> = {
  repeated: (p) => digitsOf(p).every((d, _, ds) => d === ds[0]),
  sequential: (p) => {
    const ds = digitsOf(p);
    const up = ds.every((d, i) => i === 0 || d === ds[i - 1] + 1);
    const down = ds.every((d, i) => i === 0 || d === ds[i - 1] - 1);
    return up || down;
  },
  "repeating-pairs": (p) => digitsOf(p).every((d, i, ds) => i < 2 || d === ds[i - 2]),
};

/** Every non-empty subset of the kinds. */
const SUBSETS: PinKind[][] = Array.from(
  { length: 2 ** PIN_KINDS.length - 1 },
  (_, m) => PIN_KINDS.filter((_, i) => ((m + 1) >> i) & 1),
);

for (const length of [4, 6]) {
  Deno.test(`pin: every PIN of ${length} digits is excluded exactly when a definition says so`, () => {
    const plans = SUBSETS.map((kinds) => pinPlan({ length, exclude: kinds }, "pin()"));
    const counts = SUBSETS.map(() => 0);
    const total = 10 ** length;
    for (let n = 0; n < total; n++) {
      const p = String(n).padStart(length, "0");
      const is = PIN_KINDS.map((k) => DEFINITIONS[k](p));
      SUBSETS.forEach((kinds, s) => {
        const expected = kinds.some((k) => is[PIN_KINDS.indexOf(k)]);
        if (expected) counts[s]++;
        if (plans[s].excluded.has(p) !== expected) {
          assert.fail(`${p} with ${kinds.join("+")}: excluded ${!expected}, defined ${expected}`);
        }
      });
    }
    SUBSETS.forEach((kinds, s) => {
      assert.equal(plans[s].excluded.size, counts[s], kinds.join("+"));
      assert.equal(plans[s].allowed, total - counts[s]);
      assert.equal(entropyBits("pin", { length, exclude: kinds }), Math.log2(total - counts[s]));
    });
    // The counts the documentation gives, and the union of all three.
    const all = counts[SUBSETS.length - 1];
    assert.deepEqual(counts.slice(0, 3), [10, 2 * (11 - length), 10 + 2 * (11 - length)]);
    assert.equal(all, length === 4 ? 114 : 110);
  });
}

Deno.test("pin: each kind has its documented size and only members at every length", () => {
  for (let length = 4; length <= 12; length++) {
    const sizes = {
      repeated: 10,
      sequential: Math.max(0, 2 * (11 - length)),
      "repeating-pairs": 100,
    };
    for (const kind of PIN_KINDS) {
      const members = pinsOfKind(kind, length);
      assert.equal(new Set(members).size, sizes[kind], `${kind} ${length}`);
      for (const p of members) {
        assert.match(p, new RegExp(`^\\d{${length}}$`));
        assert(DEFINITIONS[kind](p), `${p} is not ${kind}`);
      }
    }
    const union = 100 + Math.max(0, 2 * (11 - length)); // repeated PINs are repeating pairs
    assert.equal(pinPlan({ length, exclude: [...PIN_KINDS] }, "pin()").excluded.size, union);
  }
});

Deno.test("pin: a deny-list joins the kinds as a union, duplicates counted once", () => {
  const exclude = ["repeated", "sequential", "1234", "9999", "2580", "2580", "0852"];
  // 1234 is sequential, 9999 repeated: only 2580 and 0852 are new.
  assert.equal(entropyBits("pin", { length: 4, exclude }), Math.log2(10_000 - 10 - 14 - 2));
  assert.equal(entropyBits("pin", { length: 4, exclude: ["2580"] }), Math.log2(9999));
  assert.equal(entropyBits("pin"), Math.log2(1e6));
  assert.equal(entropyBits("pin", { length: 12 }), Math.log2(1e12));
  assert.equal(entropyBits("pin", { length: 12, exclude: [...PIN_KINDS] }), Math.log2(1e12 - 100));
});

Deno.test("pin: uniform over the PINs left (chi-square over 9,886 cells, 1e-7 tail)", () => {
  // Four digits without the 114 weak ones: 9,886 PINs, 400,000 draws (about
  // 40 a cell). chi2Critical has a false-alarm rate of 1e-7.
  const options: PinOptions = { length: 4, exclude: [...PIN_KINDS] };
  const { excluded } = pinPlan(options, "pin()");
  const counts = new Float64Array(10_000);
  const draws = 400_000;
  for (let i = 0; i < draws; i++) counts[Number(pin(options))]++;
  const observed: number[] = [];
  for (let n = 0; n < 10_000; n++) {
    const p = String(n).padStart(4, "0");
    if (excluded.has(p)) assert.equal(counts[n], 0, `${p} was drawn`);
    else observed.push(counts[n]);
  }
  assert.equal(observed.length, 9886);
  const expected = observed.map(() => draws / 9886);
  const stat = chiSquare(observed, expected);
  assert(stat < chi2Critical(9885), `chi-square ${stat} over 9,885 degrees of freedom`);
});

Deno.test("pin: the bytes of ''.join(choice(digits) for _ in range(n)), redrawn while excluded", () => {
  for (const seed of ["1", "7919", "123456789"]) {
    for (const length of [4, 6, 12]) {
      const a = createSecrets(streamSource({ seed })).recipes;
      const b = createSecrets(streamSource({ seed })).recipes;
      const token = b.tokenText({ bits: Math.floor(Math.log2(10 ** length)), alphabet: "numeric" });
      assert.equal(token.length, length);
      assert.equal(a.pin({ length }), token);
      assert.equal(a.tokenText({ bits: 64 }), b.tokenText({ bits: 64 }), "same bytes used");
    }
  }
  // choice(10) reads one byte and keeps its top 4 bits: 0x00 is "0", so four
  // zero bytes draw "0000", which "repeated" sends back; the PIN is the next draw.
  const first = createSecrets(streamSource({ hex: "00000000", seed: "5" })).recipes;
  const after = createSecrets(streamSource({ seed: "5" })).recipes;
  const expected = after.tokenText({ bits: 13, alphabet: "numeric" });
  assert.notEqual(expected, "0000");
  assert.equal(first.pin({ length: 4, exclude: ["repeated"] }), expected);
  assert.equal(
    createSecrets(streamSource({ hex: "00000000", seed: "5" })).recipes.pin({ length: 4 }),
    "0000",
  );
});

Deno.test("pin: two PINs left are each drawn; one left is refused", () => {
  const all = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, "0"));
  const exclude = all.filter((p) => p !== "0042" && p !== "4200");
  assert.equal(entropyBits("pin", { length: 4, exclude }), 1);
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) seen.add(pin({ length: 4, exclude })); // misses one: 2**-59
  assert.deepEqual([...seen].sort(), ["0042", "4200"]);
  assertThrows(
    () => pin({ length: 4, exclude: [...exclude, "4200"] }),
    RangeError,
    "pin(): exclude leaves 1 PIN of 4 digits; at least 2 must remain",
  );
  assertThrows(
    () => pin({ length: 4, exclude: all }),
    RangeError,
    "pin(): exclude leaves 0 PINs of 4 digits; at least 2 must remain",
  );
});

Deno.test("pin: bad options are refused with the function, option, value and index", () => {
  const kinds = "kinds of PIN (repeated, sequential, repeating-pairs)";
  const cases: [unknown, typeof TypeError | typeof RangeError, string, object][] = [
    [{ length: 3 }, RangeError, "length must be at least 4, got 3", { option: "length", value: 3 }],
    [{ length: 13 }, RangeError, "length must be at most 12, got 13", { value: 13 }],
    [{ length: 4.5 }, TypeError, "length must be an integer number, got 4.5", { value: 4.5 }],
    [{ length: "6" }, TypeError, 'length must be an integer number, got "6"', { value: "6" }],
    [
      { exclude: "repeated" },
      TypeError,
      'exclude must be an array of kinds of PIN and PINs, got "repeated"',
      { option: "exclude", value: "repeated" },
    ],
    [
      { exclude: ["repeated", 123456] },
      TypeError,
      `exclude must hold ${kinds} and PINs of 6 digits as strings, got 123456 at index 1`,
      { option: "exclude", index: 1, value: 123456 },
    ],
    [
      { length: 4, exclude: ["12345"] },
      RangeError,
      `exclude must hold ${kinds} and PINs of 4 digits as strings, got "12345" at index 0`,
      { index: 0, value: "12345" },
    ],
    [
      { exclude: ["Repeated"] },
      RangeError,
      `exclude must hold ${kinds} and PINs of 6 digits as strings, got "Repeated" at index 0 (did you mean "repeated"?)`,
      { index: 0 },
    ],
    [
      { exclude: ["12 34 56"] },
      RangeError,
      `exclude must hold ${kinds} and PINs of 6 digits as strings, got "12 34 56" at index 0`,
      { index: 0 },
    ],
  ];
  for (const [options, kind, message, fields] of cases) {
    const calls: [string, () => unknown][] = [
      ["pin", () => pin(options as PinOptions)],
      ["entropyBits", () => entropyBits("pin", options as PinOptions)],
    ];
    for (const [fn, call] of calls) {
      try {
        call();
        assert.fail(`no error for ${JSON.stringify(options)}`);
      } catch (e) {
        assert(e instanceof kind, String(e));
        assert.equal((e as Error).message, `${fn}(): ${message}`);
        assert.equal((e as unknown as { function: string }).function, fn);
        for (const [k, v] of Object.entries(fields)) {
          assert.deepEqual((e as unknown as Record<string, unknown>)[k], v, `${k} of ${message}`);
        }
      }
    }
  }
  assertThrows(
    () => pin({ lenght: 4 } as never),
    TypeError,
    "pin(): unknown option 'lenght' (did you mean 'length'?)",
  );
});
