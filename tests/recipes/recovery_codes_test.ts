// Recovery codes: the format and lengths, distinct codes (the redraw, byte for
// byte), the exact entropy of the list, Crockford's decoding rules checked
// against two independent npm implementations, and a verification that reads
// every code whichever matches.
import base32Decode from "base32-decode";
import {
  ALPHABETS,
  entropyBits,
  normalizeRecoveryCode,
  recoveryCodes,
  type RecoveryCodesOptions,
  verifyRecoveryCode,
} from "../../recipes.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert, assertChiSquare, assertThrows } from "../_helpers.ts";

// Imported by a name the type checker does not follow: the package's own types
// pull in @types/node 14, which would hide the Node.js types the suite uses.
const CROCKFORD_BASE32 = "npm:crockford-base32@2.1.0";
const { CrockfordBase32 } = (await import(CROCKFORD_BASE32)) as {
  CrockfordBase32: { decode(text: string, options: { variant: "ulid"; asNumber: true }): bigint };
};

const CROCKFORD = ALPHABETS.crockford;
const CODE = /^[0-9A-HJKMNP-TV-Z]+$/;

Deno.test("recoveryCodes: ten distinct codes of 16 characters in groups of 4 by default", () => {
  const codes = recoveryCodes();
  assert.equal(codes.length, 10);
  assert.equal(new Set(codes).size, 10);
  for (const c of codes) assert.match(c, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  assert.equal(entropyBits("recoveryCodes", { count: 1 }), 80);
});

Deno.test("recoveryCodes: the fewest whole groups that reach bits, and the separators", () => {
  const table: [RecoveryCodesOptions, string][] = [
    [{ bits: 40 }, "XXXX-XXXX"],
    [{ bits: 41 }, "XXXX-XXXX-XXXX"], // 9 characters: 3 groups
    [{ bits: 80 }, "XXXX-XXXX-XXXX-XXXX"],
    [{ bits: 81 }, "XXXX-XXXX-XXXX-XXXX-XXXX"],
    [{ groupSize: 5 }, "XXXXX-XXXXX-XXXXX"], // 13 characters for 64 bits: 15
    [{ groupSize: 5, bits: 50, separator: " " }, "XXXXX XXXXX"],
    [{ groupSize: 1, bits: 40, separator: "" }, "XXXXXXXX"],
    [{ groupSize: 13 }, "XXXXXXXXXXXXX"],
    [{ groupSize: 64 }, "X".repeat(64)],
    [{ bits: 1024, groupSize: 64 }, Array(4).fill("X".repeat(64)).join("-")],
  ];
  for (const [options, shape] of table) {
    const codes = recoveryCodes({ count: 3, ...options });
    assert.equal(codes.length, 3);
    for (const c of codes) {
      assert.equal(c.replace(/[^- ]/g, "X"), shape, JSON.stringify(options));
      assert.match(c.replace(/[- ]/g, ""), CODE);
    }
    const n = shape.replace(/[- ]/g, "").length;
    assert.equal(entropyBits("recoveryCodes", { ...options, count: 1 }), 5 * n);
  }
});

Deno.test("recoveryCodes: every character uniform over the 32 (chi-square, 1e-7 tail each)", () => {
  // 2,000 lists of 10 codes: 320,000 characters, 10,000 a cell; and the first
  // character of each list's first code apart (2,000 draws, 62.5 a cell).
  const all = new Array(32).fill(0), first = new Array(32).fill(0);
  for (let i = 0; i < 2000; i++) {
    const codes = recoveryCodes({ separator: "" });
    first[CROCKFORD.indexOf(codes[0][0])]++;
    for (const code of codes) for (const c of code) all[CROCKFORD.indexOf(c)]++;
  }
  assertChiSquare(all, all.map(() => 320_000 / 32), "every character");
  assertChiSquare(first, first.map(() => 2000 / 32), "the first character");
});

Deno.test("recoveryCodes: the list's entropy counts ordered lists of distinct codes", () => {
  // 8 characters: N = 2**40 codes; two distinct ones: N * (N - 1) lists.
  const two = entropyBits("recoveryCodes", { count: 2, bits: 40 });
  assert.equal(two, Math.log2(2 ** 80 - 2 ** 40));
  assert(two < 80 && two > 80 - 1e-11);
  // The default: 10 codes of 80 bits; the loss to distinctness is far below a float's step.
  assert.equal(entropyBits("recoveryCodes"), 800);
  // 1000 codes of 208 characters (52 groups of 4 for 1024 bits): 1040 bits each.
  const most = entropyBits("recoveryCodes", { count: 1000, bits: 1024 });
  assert(most <= 1000 * 1040 && most > 1000 * 1040 - 1e-6, String(most));
});

Deno.test("recoveryCodes: each code is choice() of the 32 characters; a repeated code is drawn again", () => {
  for (const seed of ["3", "7919"]) {
    const a = createSecrets(streamSource({ seed })).recipes;
    const b = createSecrets(streamSource({ seed })).recipes;
    const codes = a.recoveryCodes({ count: 3, separator: "" });
    const tokens = [0, 1, 2].map(() => b.tokenText({ bits: 80, alphabet: "crockford" }));
    assert.deepEqual(codes, tokens);
  }
  // choice(32) is randbelow(32): getrandbits(6), one byte's top 6 bits, drawn
  // again from 32 up. Bytes 4 * v give v: 16 of them make a code; the same 16
  // again make the same code, which is drawn again from the next 16.
  const block = (start: number) =>
    Array.from({ length: 16 }, (_, i) => (4 * (start + i)).toString(16).padStart(2, "0")).join("");
  const hex = block(0) + block(0) + block(16);
  const codes = createSecrets(streamSource({ hex, seed: "1" })).recipes.recoveryCodes({
    count: 2,
    groupSize: 16,
  });
  assert.deepEqual(codes, ["0123456789ABCDEF", "GHJKMNPQRSTVWXYZ"]);
  assert.notEqual(codes[0], codes[1]);
});

Deno.test("normalizeRecoveryCode: Crockford's decoding rules, character by character", () => {
  assert.equal(normalizeRecoveryCode("7k3q 9mzd-4tlx-b8wo"), "7K3Q9MZD4T1XB8W0");
  assert.equal(normalizeRecoveryCode(""), "");
  assert.equal(normalizeRecoveryCode("- -"), "");
  assert.equal(normalizeRecoveryCode("iIlLoO"), "111100");
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    const expected = ch === "-" || ch === " "
      ? ""
      : "IL".includes(up)
      ? "1"
      : up === "O"
      ? "0"
      : CROCKFORD.includes(up) && /[0-9A-Za-z]/.test(ch)
      ? up
      : undefined;
    if (expected === undefined) {
      assertThrows(
        () => normalizeRecoveryCode(`AB${ch}`),
        RangeError,
        /^normalizeRecoveryCode\(\): code has .* at index 2, not a character/,
      );
    } else {
      assert.equal(normalizeRecoveryCode(ch), expected, JSON.stringify(ch));
    }
  }
});

Deno.test("normalizeRecoveryCode: the same values as crockford-base32 and base32-decode (npm)", () => {
  // Each decodes one character to its 5-bit value (crockford-base32 2.1.0's ulid
  // variant as a number; base32-decode 1.0.0's low 5 bits after 7 zeros), or refuses it.
  const theirs = (ch: string) => {
    let a: number | undefined, b: number | undefined;
    try {
      a = Number(CrockfordBase32.decode(ch, { variant: "ulid", asNumber: true }));
    } catch { /* refused */ }
    try {
      b = new Uint8Array(base32Decode(`0000000${ch}`, "Crockford"))[4] & 31;
    } catch { /* refused */ }
    return [a, b];
  };
  let compared = 0;
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (ch === "-" || ch === " ") continue; // below: both are ignored here
    let ours: number | undefined;
    try {
      ours = CROCKFORD.indexOf(normalizeRecoveryCode(ch));
    } catch (e) {
      assert(e instanceof RangeError);
    }
    assert.deepEqual(theirs(ch), [ours, ours], JSON.stringify(ch));
    compared++;
  }
  assert.equal(compared, 126);
  // Hyphens: crockford-base32 ignores them, as Crockford says (base32-decode refuses them).
  assert.equal(
    String(CrockfordBase32.decode("7K3Q-9MZD", { variant: "ulid", asNumber: true })),
    String(
      CrockfordBase32.decode(normalizeRecoveryCode("7K3Q-9MZD"), {
        variant: "ulid",
        asNumber: true,
      }),
    ),
  );
  // Beyond ASCII, the package upper-cases first, so U+0131 (dotless i) reads as 1 there;
  // here every non-ASCII character is refused, as the alphabet is ASCII.
  assert.equal(Number(CrockfordBase32.decode("\u0131", { variant: "ulid", asNumber: true })), 1);
  for (const ch of ["\u0131", "\u017f", "\uff10", "\u00e9", "😀", "\ud800"]) {
    assertThrows(() => normalizeRecoveryCode(ch), RangeError);
  }
});

Deno.test("normalizeRecoveryCode: errors name the character and where it is", () => {
  const rules =
    "not a character of a recovery code (Crockford's base32: 0-9 and A-Z but U; I and L read as 1, O as 0; hyphens and spaces ignored)";
  assertThrows(
    () => normalizeRecoveryCode("7K3Q-9MZU"),
    RangeError,
    `normalizeRecoveryCode(): code has "U" at index 8, ${rules}`,
  );
  assertThrows(
    () => normalizeRecoveryCode("ab_c"),
    RangeError,
    `normalizeRecoveryCode(): code has "_" at index 2, ${rules}`,
  );
  assertThrows(
    () => normalizeRecoveryCode("A😀"),
    RangeError,
    `normalizeRecoveryCode(): code has "😀" at index 1, ${rules}`,
  );
  try {
    normalizeRecoveryCode("abcu");
    assert.fail("no error");
  } catch (e) {
    const f = e as RangeError & Record<string, unknown>;
    assert.deepEqual([f.function, f.option, f.index, f.value], [
      "normalizeRecoveryCode",
      "code",
      3,
      "abcu",
    ]);
  }
  assertThrows(
    () => normalizeRecoveryCode(42 as never),
    TypeError,
    "normalizeRecoveryCode(): code must be a string, got 42",
  );
});

Deno.test("verifyRecoveryCode: finds each code however it is typed, else -1", () => {
  const codes = recoveryCodes({ count: 10 });
  codes.forEach((code, i) => {
    const typed = [
      code,
      code.toLowerCase(),
      code.replaceAll("-", ""),
      code.replaceAll("-", " "),
      code.replaceAll("1", "l").replaceAll("0", "o"),
      code.replaceAll("1", "I").replaceAll("0", "O").toLowerCase(),
      ` ${code} `,
    ];
    for (const t of typed) assert.equal(verifyRecoveryCode(t, codes), i, t);
    assert.equal(verifyRecoveryCode(code.slice(0, -1), codes), -1);
    assert.equal(verifyRecoveryCode(code + "0", codes), -1);
    const other = code.slice(0, -1) + (code.at(-1) === "Z" ? "Y" : "Z");
    if (!codes.includes(other)) assert.equal(verifyRecoveryCode(other, codes), -1);
    assert.equal(verifyRecoveryCode(code.slice(0, -1) + "U", codes), -1); // unreadable
  });
  assert.equal(verifyRecoveryCode("", codes), -1);
  assert.equal(verifyRecoveryCode(codes[0], []), -1);
  assert.equal(verifyRecoveryCode("AB", ["AB", "CD", "ab"]), 2); // several: the last
  // Input that reads as nothing matches nothing: a code blanked out once used must not let an
  // empty answer (or one of separators only) through.
  assert.equal(verifyRecoveryCode("", ["AB", "-"]), -1);
  assert.equal(verifyRecoveryCode(" - ", ["AB", ""]), -1);
  assert.equal(verifyRecoveryCode("ab", ["", "AB"]), 1);
});

Deno.test("verifyRecoveryCode: reads every code once, whichever matches (no early exit)", () => {
  const codes = recoveryCodes({ count: 20 });
  for (const typed of [codes[0], codes[7], codes[19], "0000-0000", "bad!"]) {
    const reads: number[] = [];
    const spy = new Proxy(codes, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads.push(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    verifyRecoveryCode(typed, spy);
    assert.deepEqual(reads, codes.map((_, i) => i), typed);
  }
});

Deno.test("verifyRecoveryCode: bad arguments are refused with their fields", () => {
  assertThrows(
    () => verifyRecoveryCode(1 as never, []),
    TypeError,
    "verifyRecoveryCode(): code must be a string, got 1",
  );
  assertThrows(
    () => verifyRecoveryCode("AB", "AB" as never),
    TypeError,
    'verifyRecoveryCode(): codes must be an array of strings, got "AB"',
  );
  assertThrows(
    () => verifyRecoveryCode("AB", ["AB", 3 as never]),
    TypeError,
    "verifyRecoveryCode(): codes must hold strings, got 3 at index 1",
  );
  try {
    verifyRecoveryCode("AB", ["AB", "CD", "C_D"]);
    assert.fail("no error");
  } catch (e) {
    const f = e as RangeError & Record<string, unknown>;
    assert(f instanceof RangeError);
    assert.match(
      f.message,
      /^verifyRecoveryCode\(\): codes has "C_D" at index 2, whose "_" is not a character/,
    );
    assert.deepEqual([f.function, f.option, f.index, f.value], [
      "verifyRecoveryCode",
      "codes",
      2,
      "C_D",
    ]);
  }
});

Deno.test("recoveryCodes: bad options are refused with the function, option and value", () => {
  const cases: [unknown, typeof TypeError | typeof RangeError, string, string][] = [
    [{ count: 0 }, RangeError, "count must be at least 1, got 0", "count"],
    [{ count: 1001 }, RangeError, "count must be at most 1000, got 1001", "count"],
    [{ bits: 39 }, RangeError, "bits must be at least 40, got 39", "bits"],
    [{ bits: 1025 }, RangeError, "bits must be at most 1024, got 1025", "bits"],
    [{ bits: 64.5 }, TypeError, "bits must be an integer number, got 64.5", "bits"],
    [{ groupSize: 0 }, RangeError, "groupSize must be at least 1, got 0", "groupSize"],
    [{ groupSize: 65 }, RangeError, "groupSize must be at most 64, got 65", "groupSize"],
    [{ separator: 1 }, TypeError, "separator must be a string, got 1", "separator"],
    [
      { separator: "_" },
      RangeError,
      'separator must be "-", " " or "" (what normalizeRecoveryCode ignores), got "_"',
      "separator",
    ],
  ];
  for (const [options, kind, message, option] of cases) {
    for (const fn of ["recoveryCodes", "entropyBits"]) {
      try {
        if (fn === "recoveryCodes") recoveryCodes(options as RecoveryCodesOptions);
        else entropyBits("recoveryCodes", options as RecoveryCodesOptions);
        assert.fail(`no error for ${JSON.stringify(options)}`);
      } catch (e) {
        assert(e instanceof kind, String(e));
        const f = e as Error & Record<string, unknown>;
        assert.equal(f.message, `${fn}(): ${message}`);
        assert.deepEqual([f.function, f.option], [fn, option]);
        assert.equal(f.value, Object.values(options as object)[0]);
      }
    }
  }
  assertThrows(
    () => recoveryCodes({ groupsize: 4 } as never),
    TypeError,
    "recoveryCodes(): unknown option 'groupsize' (did you mean 'groupSize'?)",
  );
});
