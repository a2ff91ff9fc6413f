// OTP secrets and otpauth URIs: whole bytes in canonical base32 (the last
// character's unused bits zero, uniformly drawn), the bytes of the Python
// recipe, the URI's percent-encoding and defaults, and clear errors.
import fc from "fast-check";
import {
  ALPHABETS,
  entropyBits,
  otpauthUri,
  type OtpauthUriOptions,
  otpSecret,
} from "../../recipes.ts";
import { createSecrets } from "../../testing.ts";
import { unprinted } from "../../lib/recipes/_charset.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert, assertChiSquare, assertThrows } from "../_helpers.ts";

const B32 = ALPHABETS.base32;

/** RFC 4648 base32 without padding, decoded to bytes; the unused bits returned apart. */
function decode(text: string): { bytes: number[]; rest: number } {
  let acc = 0, n = 0;
  const bytes: number[] = [];
  for (const c of text) {
    acc = (acc << 5) | B32.indexOf(c);
    n += 5;
    if (n >= 8) {
      bytes.push((acc >> (n - 8)) & 255);
      n -= 8;
    }
    acc &= (1 << n) - 1;
  }
  return { bytes, rest: acc };
}

Deno.test("otpSecret: whole bytes, canonical base32: the unused bits are zero", () => {
  // bits -> bytes, characters, the characters the last one is drawn from
  const table: [number | undefined, number, number, string][] = [
    [undefined, 20, 32, B32],
    [128, 16, 26, "AEIMQUY4"],
    [129, 17, 28, "AQ"],
    [160, 20, 32, B32],
    [168, 21, 34, "AEIMQUY4"],
    [256, 32, 52, "AQ"],
    [1024, 128, 205, "ACEGIKMOQSUWY246"],
  ];
  for (const [bits, bytes, length, last] of table) {
    const options = bits === undefined ? undefined : { bits };
    assert.equal(entropyBits("otpSecret", options), 8 * bytes);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const s = otpSecret(options);
      assert.equal(s.length, length);
      assert.match(s, /^[A-Z2-7]+$/);
      assert(last.includes(s.at(-1)!), `${s.at(-1)} ends a ${bytes}-byte secret`);
      const { bytes: key, rest } = decode(s);
      assert.equal(key.length, bytes);
      assert.equal(rest, 0);
      seen.add(s.at(-1)!);
    }
    if (last.length <= 16) assert.equal(seen.size, last.length); // each is drawn: 200 draws
  }
});

Deno.test("otpSecret: every character uniform (chi-square, 1e-7 tail each)", () => {
  // 16,000 secrets of 128 bits: 25 characters of 32 (400,000 in all) and a last of 8.
  const all = new Array(32).fill(0), last = new Array(8).fill(0);
  for (let i = 0; i < 16_000; i++) {
    const s = otpSecret({ bits: 128 });
    for (let j = 0; j < 25; j++) all[B32.indexOf(s[j])]++;
    last["AEIMQUY4".indexOf(s[25])]++;
  }
  assertChiSquare(all, all.map(() => 400_000 / 32), "characters 1 to 25");
  assertChiSquare(last, last.map(() => 16_000 / 8), "the last character");
});

Deno.test("otpSecret: the bytes of choice(BASE32) n - 1 times, then choice of the last's", () => {
  for (const seed of ["1", "99"]) {
    for (const [bits, last] of [[160, B32], [128, "AEIMQUY4"], [256, "AQ"]] as const) {
      const s = createSecrets(streamSource({ seed }));
      const length = Math.ceil(Math.ceil(bits / 8) * 8 / 5);
      let expected = "";
      for (let i = 0; i < length - 1; i++) expected += s.choice(B32);
      expected += s.choice(last);
      const next = s.token_hex(8);
      const r = createSecrets(streamSource({ seed }));
      assert.equal(r.recipes.otpSecret({ bits }), expected);
      assert.equal(r.token_hex(8), next, "the same bytes used");
    }
  }
});

Deno.test("otpSecret: bits are checked, with the function, option and value", () => {
  const cases: [unknown, typeof TypeError | typeof RangeError, string][] = [
    [80, RangeError, "bits must be at least 128, got 80"],
    [127, RangeError, "bits must be at least 128, got 127"],
    [1025, RangeError, "bits must be at most 1024, got 1025"],
    [160.5, TypeError, "bits must be an integer number, got 160.5"],
    ["160", TypeError, 'bits must be an integer number, got "160"'],
  ];
  for (const [bits, kind, message] of cases) {
    try {
      otpSecret({ bits } as never);
      assert.fail("no error");
    } catch (e) {
      assert(e instanceof kind);
      const f = e as Error & Record<string, unknown>;
      assert.equal(f.message, `otpSecret(): ${message}`);
      assert.deepEqual([f.function, f.option, f.value], ["otpSecret", "bits", bits]);
    }
  }
  assertThrows(() => entropyBits("otpSecret", { bits: 64 }), RangeError, /^entropyBits\(\): bits/);
  assertThrows(
    () => otpSecret({ length: 32 } as never),
    TypeError,
    /^otpSecret\(\): unknown option 'length'/,
  );
});

const SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890", RFC 6238's key

Deno.test("otpauthUri: the Key Uri Format, defaults left out", () => {
  const table: [OtpauthUriOptions, string][] = [
    [
      { secret: SECRET, issuer: "Example", account: "alice@google.com" },
      `otpauth://totp/Example:alice%40google.com?secret=${SECRET}&issuer=Example`,
    ],
    [
      { secret: SECRET, issuer: "ACME Co", account: "john.doe@email.com", digits: 6, period: 30 },
      `otpauth://totp/ACME%20Co:john.doe%40email.com?secret=${SECRET}&issuer=ACME%20Co`,
    ],
    [{ secret: SECRET, account: "alice" }, `otpauth://totp/alice?secret=${SECRET}`],
    [
      { secret: SECRET, account: "a", algorithm: "SHA512", digits: 8, period: 60 },
      `otpauth://totp/a?secret=${SECRET}&algorithm=SHA512&digits=8&period=60`,
    ],
    [
      { secret: SECRET, account: "a", algorithm: "SHA1", period: 1 },
      `otpauth://totp/a?secret=${SECRET}&period=1`,
    ],
    [
      { secret: SECRET, issuer: "Big Corp & Co.", account: "Zoë (ops)/α+β=γ?#%" },
      `otpauth://totp/Big%20Corp%20%26%20Co.:Zo%C3%AB%20%28ops%29%2F%CE%B1%2B%CE%B2%3D%CE%B3%3F%23%25?secret=${SECRET}&issuer=Big%20Corp%20%26%20Co.`,
    ],
    [
      { secret: SECRET, issuer: "x", account: "it's-ok_~!*😀" },
      `otpauth://totp/x:it%27s-ok_~%21%2A%F0%9F%98%80?secret=${SECRET}&issuer=x`,
    ],
  ];
  for (const [options, uri] of table) assert.equal(otpauthUri(options), uri);
  // The shortest secrets allowed: 26 characters (16 bytes) and more.
  // (28 characters end in A or Q: 4 bits past the 17th byte, zero.)
  const s28 = SECRET.slice(0, 27) + "Q";
  for (const s of [SECRET.slice(0, 26), s28, SECRET.slice(0, 29), otpSecret()]) {
    assert(otpauthUri({ secret: s, account: "a" }).includes(`secret=${s}`));
  }
});

Deno.test("otpauthUri: any name that prints reads back whole, in RFC 3986's characters", () => {
  const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 })
    .filter((s) => !s.includes(":") && unprinted(s) === undefined);
  fc.assert(
    fc.property(name, name, (issuer, account0) => {
      const account = account0.startsWith(" ") ? `x${account0}` : account0;
      const uri = otpauthUri({ secret: SECRET, issuer, account });
      const m = uri.match(/^otpauth:\/\/totp\/([^:?]*):([^:?]*)\?secret=([A-Z2-7]+)&issuer=(.*)$/);
      assert(m, uri);
      for (const part of [m[1], m[2], m[4]]) {
        assert.match(part, /^([A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
      }
      assert.deepEqual(
        [decodeURIComponent(m[1]), decodeURIComponent(m[2]), m[3], decodeURIComponent(m[4])],
        [issuer, account, SECRET, issuer],
      );
    }),
    { seed: 25, numRuns: 500 },
  );
});

Deno.test("otpauthUri: bad options are refused with the function, option and value", () => {
  const base = { secret: SECRET, account: "alice" };
  const b32 = "upper-case RFC 4648 base32 (A-Z, 2-7) of whole bytes, without padding";
  const colon =
    "must not contain ':' (the label's separator; the format forbids it in either part)";
  const cases: [Record<string, unknown>, typeof TypeError | typeof RangeError, string, string][] = [
    [{ account: "a" }, TypeError, "secret is required, e.g. { secret: otpSecret() }", "secret"],
    [{ ...base, secret: 42 }, TypeError, "secret must be a string, got 42", "secret"],
    [
      { ...base, secret: SECRET.toLowerCase() },
      RangeError,
      `secret must be ${b32}, got "${SECRET.toLowerCase()}"`,
      "secret",
    ],
    [
      { ...base, secret: SECRET + "====" },
      RangeError,
      `secret must be ${b32}, got "${SECRET}===="`,
      "secret",
    ],
    [
      { ...base, secret: SECRET.slice(0, 27) },
      RangeError,
      `secret must be ${b32}, got "${SECRET.slice(0, 27)}"`,
      "secret",
    ],
    [
      { ...base, secret: SECRET.slice(0, 25) },
      RangeError,
      `secret must be ${b32}, got "${SECRET.slice(0, 25)}"`,
      "secret",
    ],
    [
      { ...base, secret: SECRET.slice(0, 24) },
      RangeError,
      "secret must hold at least 128 bits (26 base32 characters), got 24 characters (120 bits)",
      "secret",
    ],
    [
      { ...base, secret: "JBSWY3DPEHPK3PXP" },
      RangeError,
      "secret must hold at least 128 bits (26 base32 characters), got 16 characters (80 bits)",
      "secret",
    ],
    // Canonical base32 only: the last character's bits past the last whole byte are zero.
    [
      { ...base, secret: SECRET.slice(0, 25) + "Z" },
      RangeError,
      `secret must be canonical base32: its last character's 2 bits past the last whole byte must be zero (one of A, E, I, M, Q, U, Y, 4), got "${
        SECRET.slice(0, 25)
      }Z"`,
      "secret",
    ],
    [
      { ...base, secret: SECRET.slice(0, 27) + "T" },
      RangeError,
      `secret must be canonical base32: its last character's 4 bits past the last whole byte must be zero (one of A, Q), got "${
        SECRET.slice(0, 27)
      }T"`,
      "secret",
    ],
    [
      { ...base, secret: SECRET.slice(0, 28) + "7" },
      RangeError,
      `secret must be canonical base32: its last character's 1 bits past the last whole byte must be zero (one of A, C, E, G, I, K, M, O, Q, S, U, W, Y, 2, 4, 6), got "${
        SECRET.slice(0, 28)
      }7"`,
      "secret",
    ],
    [
      { ...base, secret: SECRET.slice(0, 30) + "B" },
      RangeError,
      `secret must be canonical base32: its last character's 3 bits past the last whole byte must be zero (one of A, I, Q, Y), got "${
        SECRET.slice(0, 30)
      }B"`,
      "secret",
    ],
    [{ secret: SECRET }, TypeError, 'account is required, e.g. { account: "alice" }', "account"],
    // A control character (C0, DEL, C1, line and paragraph separators) is refused, not encoded.
    ...([
      ["account", "jane\n", "U+000A", '"jane\\n"'],
      ["account", "a\tb", "U+0009", '"a\\tb"'],
      ["issuer", "ACME\x1b[31m", "U+001B", '"ACME\\u001b[31m"'],
      ["issuer", "ACME\x7f", "U+007F", '"ACME\\u007f"'],
      ["account", "a\x85b", "U+0085", '"a\\u0085b"'],
      ["account", "a\u2028b", "U+2028", '"a\\u2028b"'],
      ["issuer", "\u2029", "U+2029", '"\\u2029"'],
      ["issuer", "\0", "U+0000", '"\\u0000"'],
    ] as const).map(([option, value, point, shown]): typeof cases[number] => [
      { ...base, [option]: value },
      RangeError,
      `${option} must not contain a control character (${point}), which does not print, got ${shown}`,
      option,
    ]),
    // An invisible character (format characters, default ignorables), by the rule the other
    // recipes use, is refused too: with one, a label could pass for another in an app.
    ...([
      ["account", "a\u202eb", "U+202E", '"a\\u202eb"'], // Cf: right-to-left override
      ["issuer", "ACME\u200e", "U+200E", '"ACME\\u200e"'], // Cf: left-to-right mark
      ["issuer", "AC\u200bME", "U+200B", '"AC\\u200bME"'], // Cf: zero-width space
      ["account", "jane\u200d", "U+200D", '"jane\\u200d"'], // Cf: zero-width joiner
      ["account", "\ufeffjane", "U+FEFF", '"\\ufeffjane"'], // Cf: byte order mark
      ["issuer", "AC\u00adME", "U+00AD", '"AC\\u00adME"'], // Cf: soft hyphen
      ["account", "a\u2066b", "U+2066", '"a\\u2066b"'], // Cf: left-to-right isolate
      ["issuer", "A\u{E0041}", "U+E0041", '"A\\udb40\\udc41"'], // Cf, beyond U+FFFF: a tag
      ["account", "a\u034fb", "U+034F", '"a\\u034fb"'], // Mn, default ignorable: CGJ
      ["issuer", "ACME\ufe0f", "U+FE0F", '"ACME\\ufe0f"'], // Mn, default ignorable: VS16
      ["account", "\u3164", "U+3164", '"\\u3164"'], // Lo, default ignorable: Hangul filler
    ] as const).map(([option, value, point, shown]): typeof cases[number] => [
      { ...base, [option]: value },
      RangeError,
      `${option} must not contain an invisible character (${point}), which does not print, got ${shown}`,
      option,
    ]),
    [{ ...base, account: 7 }, TypeError, "account must be a string, got 7", "account"],
    [{ ...base, account: "" }, RangeError, 'account must not be empty, got ""', "account"],
    [{ ...base, account: "a:b" }, RangeError, `account ${colon}, got "a:b"`, "account"],
    [{ ...base, issuer: "ACME: EU" }, RangeError, `issuer ${colon}, got "ACME: EU"`, "issuer"],
    [{ ...base, issuer: "" }, RangeError, 'issuer must not be empty, got ""', "issuer"],
    [{ ...base, issuer: null }, TypeError, "issuer must be a string, got null", "issuer"],
    [
      { ...base, account: " alice" },
      RangeError,
      `account must not begin with a space (apps drop spaces after the issuer's colon), got " alice"`,
      "account",
    ],
    [
      { ...base, issuer: "a\ud800" },
      RangeError,
      'issuer must not contain a lone surrogate (it has no UTF-8 form), got "a\\ud800"',
      "issuer",
    ],
    [
      { ...base, algorithm: "sha256" },
      RangeError,
      'algorithm must be "SHA1", "SHA256" or "SHA512", got "sha256" (did you mean "SHA256"?)',
      "algorithm",
    ],
    [
      { ...base, algorithm: "MD5" },
      RangeError,
      'algorithm must be "SHA1", "SHA256" or "SHA512", got "MD5"',
      "algorithm",
    ],
    [
      { ...base, algorithm: 1 },
      TypeError,
      'algorithm must be "SHA1", "SHA256" or "SHA512", got 1',
      "algorithm",
    ],
    [{ ...base, digits: 7 }, RangeError, "digits must be 6 or 8, got 7", "digits"],
    [{ ...base, digits: 5 }, RangeError, "digits must be at least 6, got 5", "digits"],
    [{ ...base, digits: 10 }, RangeError, "digits must be at most 8, got 10", "digits"],
    [{ ...base, period: 0 }, RangeError, "period must be at least 1, got 0", "period"],
    [{ ...base, period: 3601 }, RangeError, "period must be at most 3600, got 3601", "period"],
    [{ ...base, period: 30.5 }, TypeError, "period must be an integer number, got 30.5", "period"],
  ];
  for (const [options, kind, message, option] of cases) {
    try {
      otpauthUri(options as never);
      assert.fail(`no error for ${JSON.stringify(options)}`);
    } catch (e) {
      assert(e instanceof kind, `${e}`);
      const f = e as Error & Record<string, unknown>;
      assert.equal(f.message, `otpauthUri(): ${message}`);
      assert.deepEqual([f.function, f.option], ["otpauthUri", option]);
    }
  }
  assertThrows(
    () => otpauthUri({ ...base, label: "x" } as never),
    TypeError,
    /^otpauthUri\(\): unknown option 'label'/,
  );
});
