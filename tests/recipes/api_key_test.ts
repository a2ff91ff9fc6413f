// API keys: CRC-32 known answers from CPython's zlib, the key format, the
// checksum catching every single-character change and truncation, the
// scanning pattern, the byte stream, and clear errors.
import fc from "fast-check";
import {
  ALPHABETS,
  API_KEY_BITS,
  API_KEY_MAX_BITS,
  API_KEY_MIN_BITS,
  apiKey,
  apiKeyPattern,
  checkApiKey,
  entropyBits,
} from "../../recipes.ts";
import { apiKeyChecksum, checksumDigits } from "../../lib/recipes/api_key.ts";
import { errorFields } from "../../lib/core/mod.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert, assertThrows } from "../_helpers.ts";

const B62 = ALPHABETS.base62;

/** A key made from a splitmix64 stream (deterministic for a seed). */
function keyFrom(seed: bigint, prefix: string, bits?: number): string {
  return createSecrets(streamSource({ seed: String(seed) })).recipes.apiKey({ prefix, bits });
}

const prefixArb = fc.stringMatching(/^[A-Za-z](?:[A-Za-z0-9_]{0,14}[A-Za-z0-9])?$/);
const seedArb = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

Deno.test("checksum: 6 base62 digits 0-9A-Za-z, most significant first, zero-padded", () => {
  const digits: [number, string][] = [
    [0, "000000"],
    [61, "00000z"],
    [62, "000010"],
    [62 ** 5 - 1, "0zzzzz"],
    [62 ** 5, "100000"],
    [2 ** 32 - 1, "4gfFC3"],
  ];
  for (const [v, s] of digits) assert.equal(checksumDigits(v), s, String(v));
  // Bodies and checksums computed by CPython: zlib.crc32(body) in the same base62.
  const bodies: [string, string][] = [
    ["", "000000"],
    ["a", "4GEHKN"],
    ["acme_000000000000000000000000000", "3WelpI"],
    ["acme_000000000000000000000000002", "0qumcm"], // CRC below 62**5: a leading 0
    ["acme_zzzzzzzzzzzzzzzzzzzzzzzzzzz", "2CRjhY"],
    ["x_" + B62, "3wJDHV"],
  ];
  for (const [body, sum] of bodies) assert.equal(apiKeyChecksum(body), sum, body);
  assert.ok(checkApiKey("acme_0000000000000000000000000003WelpI", { prefix: "acme" }));
  assert.ok(checkApiKey("acme_0000000000000000000000000020qumcm", { prefix: "acme" }));
});

Deno.test("apiKey() format: prefix, _, ceil(bits / log2 62) base62 characters, 6 checksum characters", () => {
  const table: [number | undefined, number][] = [
    [undefined, 27], // 160 bits by default: 27 characters, 160.76 bits
    [128, 22],
    [160, 27],
    [161, 28],
    [192, 33],
    [256, 43],
    [1024, 172],
  ];
  for (const [bits, n] of table) {
    const key = apiKey({ prefix: "acme", bits });
    assert.match(key, new RegExp(`^acme_[0-9A-Za-z]{${n}}[0-9A-Za-z]{6}$`), `bits ${bits}`);
    assert.equal(key.slice(-6), apiKeyChecksum(key.slice(0, -6)));
    assert.ok(checkApiKey(key, { prefix: "acme", bits }));
    assert.ok(/^[0-4]/.test(key.slice(-6))); // 2**32 - 1 is 4gfFC3
  }
  assert.equal(apiKey({ prefix: "a" }).length, 1 + 1 + 27 + 6);
  assert.equal(apiKey({ prefix: "Acme2024LiveKeys" }).length, 16 + 1 + 27 + 6);
});

Deno.test("API_KEY_MIN_BITS and API_KEY_MAX_BITS are the bounds of bits; API_KEY_BITS the default", () => {
  assert.deepEqual([API_KEY_MIN_BITS, API_KEY_BITS, API_KEY_MAX_BITS], [128, 160, 1024]);
  for (const bits of [API_KEY_MIN_BITS, API_KEY_MAX_BITS]) {
    assert.ok(checkApiKey(apiKey({ prefix: "a", bits }), { prefix: "a", bits }));
    assert.ok(apiKeyPattern({ prefix: "a", bits }).test(apiKey({ prefix: "a", bits })));
  }
  assert.equal(apiKey({ prefix: "a" }).length, apiKey({ prefix: "a", bits: API_KEY_BITS }).length);
  for (const bits of [API_KEY_MIN_BITS - 1, API_KEY_MAX_BITS + 1]) {
    for (const f of [apiKey, (o: { prefix: string; bits: number }) => checkApiKey("a_", o)]) {
      assertThrows(() => f({ prefix: "a", bits }), RangeError, /bits must be at (least|most)/);
    }
  }
});

Deno.test('entropyBits("apiKey") is n * log2(62), n the random characters, for every bits', () => {
  for (let bits = API_KEY_MIN_BITS; bits <= API_KEY_MAX_BITS; bits++) {
    let n = 0; // the smallest n with 62**n >= 2**bits, in bigints
    while (62n ** BigInt(n) < 1n << BigInt(bits)) n++;
    const e = entropyBits("apiKey", { prefix: "acme", bits });
    assert.equal(e, n * Math.log2(62), `bits ${bits}`);
    assert.ok(e >= bits && e < bits + Math.log2(62), `bits ${bits}: ${e}`);
    // The prefix adds nothing: the same for every prefix.
    assert.equal(entropyBits("apiKey", { prefix: "Acme2024LiveKeys", bits }), e);
  }
  assert.equal(entropyBits("apiKey", { prefix: "acme" }), 27 * Math.log2(62)); // 160.76
});

Deno.test("apiKey() draws the random part as CPython's ''.join(choice(base62) for _ in range(n))", () => {
  fc.assert(
    fc.property(seedArb, prefixArb, fc.integer({ min: 128, max: 1024 }), (seed, prefix, bits) => {
      const key = keyFrom(seed, prefix, bits);
      const s = createSecrets(streamSource({ seed: String(seed) }));
      let n = 0; // the smallest n with 62**n >= 2**bits, counted up in bigints
      while (62n ** BigInt(n) < 1n << BigInt(bits)) n++;
      const random = Array.from({ length: n }, () => s.choice(B62)).join("");
      assert.equal(key, `${prefix}_${random}${apiKeyChecksum(`${prefix}_${random}`)}`);
    }),
    { numRuns: 100 },
  );
});

Deno.test("checkApiKey() accepts every key apiKey() makes (property)", () => {
  fc.assert(
    fc.property(seedArb, prefixArb, fc.integer({ min: 128, max: 1024 }), (seed, prefix, bits) => {
      const key = keyFrom(seed, prefix, bits);
      assert.ok(checkApiKey(key, { prefix, bits }));
      // 6 bits more or fewer than the key was made with: a different length, refused.
      assert.equal(checkApiKey(key, { prefix, bits: bits <= 1018 ? bits + 6 : bits - 6 }), false);
    }),
    { numRuns: 200 },
  );
});

Deno.test("checkApiKey() refuses EVERY single-character change and every truncation (property)", () => {
  const others = [...B62, "_", "-", " ", ".", "é", "😀", "\0"];
  fc.assert(
    fc.property(seedArb, prefixArb, fc.integer({ min: 128, max: 256 }), (seed, prefix, bits) => {
      const key = keyFrom(seed, prefix, bits);
      const check = (k: string) => checkApiKey(k, { prefix, bits });
      for (let i = 0; i < key.length; i++) {
        // Every position (prefix, separator, random part, checksum), every other character.
        for (const c of others) {
          if (c === key[i]) continue;
          const changed = key.slice(0, i) + c + key.slice(i + 1);
          assert.equal(check(changed), false, `${key}: ${changed}`);
        }
        // Deleting a character, or inserting one.
        assert.equal(check(key.slice(0, i) + key.slice(i + 1)), false);
        assert.equal(check(key.slice(0, i) + "x" + key.slice(i)), false);
      }
      for (let i = 0; i < key.length; i++) {
        assert.equal(check(key.slice(0, i)), false, `truncated to ${i}`);
        assert.equal(check(key.slice(i + 1)), false, `first ${i + 1} cut`);
      }
      assert.equal(check(key + "0"), false);
      assert.equal(check(key), true);
    }),
    { numRuns: 60 },
  );
});

Deno.test("the CRC-32 checksum alone catches every single-byte change and adjacent swap (property)", () => {
  // With the prefix and length right, the checksum is all that stands between a typo and
  // a valid-looking key: CRC-32 detects every error burst of up to 32 bits, so any one
  // changed character, or two adjacent ones swapped, always changes it.
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
        minLength: 1,
        maxLength: 80,
      }),
      fc.nat(),
      fc.integer({ min: 1, max: 127 }),
      (body, at, delta) => {
        const i = at % body.length;
        const sum = apiKeyChecksum(body);
        const changed = body.slice(0, i) + String.fromCharCode((body.charCodeAt(i) + delta) % 128) +
          body.slice(i + 1);
        assert.notEqual(apiKeyChecksum(changed), sum);
        if (i + 1 < body.length && body[i] !== body[i + 1]) {
          const swapped = body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
          assert.notEqual(apiKeyChecksum(swapped), sum);
        }
      },
    ),
    { numRuns: 2000 },
  );
});

Deno.test("apiKeyPattern() matches generated keys, in text, and refuses malformed ones", () => {
  assert.equal(
    apiKeyPattern({ prefix: "acme" }).source,
    "\\bacme_[0-9A-Za-z]{27}[0-4][0-9A-Za-z]{5}\\b",
  );
  assert.equal(apiKeyPattern({ prefix: "acme" }).flags, "");
  assert.equal(apiKeyPattern({ prefix: "acme", global: false }).flags, "");
  assert.equal(apiKeyPattern({ prefix: "acme", global: true }).flags, "g");
  assert.equal(
    apiKeyPattern({ prefix: "x9", bits: 256 }).source,
    "\\bx9_[0-9A-Za-z]{43}[0-4][0-9A-Za-z]{5}\\b",
  );
  // checksumCovers does not change the expression.
  assert.equal(
    apiKeyPattern({ prefix: "sk_live", checksumCovers: "random" }).source,
    apiKeyPattern({ prefix: "sk_live" }).source,
  );
  fc.assert(
    fc.property(seedArb, prefixArb, fc.integer({ min: 128, max: 512 }), (seed, prefix, bits) => {
      const key = keyFrom(seed, prefix, bits);
      const pattern = apiKeyPattern({ prefix, bits });
      assert.ok(pattern.test(key));
      // In text: quoted, after "=", in JSON, at line ends, between dashes; found exactly,
      // once each, by the global form.
      const text = `API_KEY=${key}\n{"key":"${key}"}\n'${key}' (${key}).\n-${key}-\n${key}`;
      const found = [...text.matchAll(apiKeyPattern({ prefix, bits, global: true }))];
      assert.deepEqual(found.map((m) => m[0]), [key, key, key, key, key, key]);
      // Malformed: truncated, lengthened, glued to a word (an "_" included: a key
      // inside a longer name), another prefix or separator, a character outside base62,
      // a checksum no CRC-32 has (first digit 5 or more: the placeholders).
      const malformed = [
        key.slice(0, -1),
        key.slice(0, prefix.length + 1) + key.slice(prefix.length + 2),
        key + "a",
        key + "0",
        key + "_",
        "x" + key,
        "7" + key,
        "_" + key,
        "OLD_" + key,
        key.slice(0, prefix.length) + "-" + key.slice(prefix.length + 1),
        (prefix[0] === "Z" ? "Y" : "Z") + key.slice(1),
        key.slice(0, -3) + "-" + key.slice(-2),
        key.slice(0, -3) + "é" + key.slice(-2),
        key.slice(0, -6) + "5" + key.slice(-5),
        key.slice(0, -6) + "z" + key.slice(-5),
      ];
      for (const m of malformed) assert.equal(pattern.test(m), false, m);
    }),
    { numRuns: 100 },
  );
});

Deno.test("apiKeyPattern(): a prefix is never found inside a longer prefix that ends with it", () => {
  // With "_" allowed in prefixes, "live" is the end of "sk_live": the "\b" before the
  // prefix keeps a "live" scanner from reporting "sk_live" keys, in either scope.
  for (const checksumCovers of ["prefixAndRandom", "random"] as const) {
    const long = apiKey({ prefix: "sk_live", checksumCovers });
    const short = apiKeyPattern({ prefix: "live", global: true });
    assert.deepEqual([...`${long} "${long}"`.matchAll(short)], []);
    assert.equal(apiKeyPattern({ prefix: "sk_live" }).test(long), true);
  }
});

Deno.test("apiKey(), checkApiKey(), apiKeyPattern() errors: class and message", () => {
  const prefixRule =
    'prefix must be 1 to 16 ASCII letters, digits and "_", starting with a letter and not ending with "_"';
  const key = apiKey({ prefix: "acme" });
  const fns: [string, (o: unknown) => unknown][] = [
    ["apiKey()", (o) => apiKey(o as never)],
    ["checkApiKey()", (o) => checkApiKey(key, o as never)],
    ["apiKeyPattern()", (o) => apiKeyPattern(o as never)],
    ["entropyBits()", (o) => entropyBits("apiKey", o as never)],
  ];
  const table: [unknown, typeof TypeError | typeof RangeError, string][] = [
    [undefined, TypeError, 'prefix is required, e.g. { prefix: "acme" }'],
    [{}, TypeError, 'prefix is required, e.g. { prefix: "acme" }'],
    [{ prefix: 5 }, TypeError, "prefix must be a string, got 5"],
    [{ prefix: "" }, RangeError, `${prefixRule}, got ""`],
    [{ prefix: "1acme" }, RangeError, `${prefixRule}, got "1acme"`],
    [{ prefix: "my_" }, RangeError, `${prefixRule}, got "my_"`],
    [{ prefix: "_app" }, RangeError, `${prefixRule}, got "_app"`],
    [{ prefix: "1_app" }, RangeError, `${prefixRule}, got "1_app"`],
    [{ prefix: "_" }, RangeError, `${prefixRule}, got "_"`],
    [{ prefix: "my_app\n" }, RangeError, `${prefixRule}, got "my_app\\n"`],
    [{ prefix: "a_" + "b".repeat(15) }, RangeError, `${prefixRule}, got "a_${"b".repeat(15)}"`],
    [
      { prefix: "acme", checksumCovers: "prefix" },
      RangeError,
      'checksumCovers must be "prefixAndRandom" or "random", got "prefix"',
    ],
    [
      { prefix: "acme", checksumCovers: "Random" },
      RangeError,
      'checksumCovers must be "prefixAndRandom" or "random", got "Random"',
    ],
    [
      { prefix: "acme", checksumCovers: true },
      TypeError,
      "checksumCovers must be a string, got true",
    ],
    [{ prefix: "my-app" }, RangeError, `${prefixRule}, got "my-app"`],
    [{ prefix: "acmé" }, RangeError, `${prefixRule}, got "acmé"`],
    [{ prefix: "a".repeat(17) }, RangeError, `${prefixRule}, got "${"a".repeat(17)}"`],
    [{ prefix: "acme", bits: 127 }, RangeError, "bits must be at least 128, got 127"],
    [{ prefix: "acme", bits: 1025 }, RangeError, "bits must be at most 1024, got 1025"],
    [{ prefix: "acme", bits: 160.5 }, TypeError, "bits must be an integer number, got 160.5"],
    [{ prefix: "acme", bits: 160n }, TypeError, "bits must be an integer number, got 160n"],
    [{ prefix: "acme", bit: 160 }, TypeError, "unknown option 'bit' (did you mean 'bits'?)"],
    [{ prefix: "acme", length: 30 }, TypeError, "unknown option 'length'"],
    ["acme", TypeError, 'options must be a plain object, got "acme"'],
  ];
  for (const [name, fn] of fns) {
    for (const [options, kind, message] of table) {
      assertThrows(() => fn(options), kind, `${name}: ${message}`);
    }
  }
  for (const bad of [undefined, null, 42, [key]]) {
    assertThrows(
      () => checkApiKey(bad as never, { prefix: "acme" }),
      TypeError,
      /^checkApiKey\(\): key must be a string, got /,
    );
  }
  // A prefix inherited through the prototype is not an option: such an object is refused.
  assertThrows(
    () => apiKey(Object.create({ prefix: "acme" })),
    TypeError,
    "apiKey(): options must be a plain object, got an object that inherits from another object",
  );
  assertThrows(
    () => apiKey({} as never),
    TypeError,
    'apiKey(): prefix is required, e.g. { prefix: "acme" }',
  );
});

Deno.test("API key errors carry their fields: function, option, value", () => {
  const cases: [() => unknown, string, string, unknown][] = [
    [() => apiKey({ prefix: "acme_" }), "apiKey", "prefix", "acme_"],
    [() => apiKey({ prefix: 7 } as never), "apiKey", "prefix", 7],
    [
      () => checkApiKey("k", { prefix: "a", checksumCovers: "all" as never }),
      "checkApiKey",
      "checksumCovers",
      "all",
    ],
    [() => apiKeyPattern({ prefix: "a", global: 1 as never }), "apiKeyPattern", "global", 1],
    [() => checkApiKey(5 as never, { prefix: "a" }), "checkApiKey", "key", 5],
    [() => apiKey({ prefix: "a", bits: 127 }), "apiKey", "bits", 127],
    [() => apiKeyPattern({ prefix: "a", bits: 1.5 }), "apiKeyPattern", "bits", 1.5],
  ];
  for (const [f, fn, option, value] of cases) {
    let e: unknown;
    try {
      f();
    } catch (caught) {
      e = caught;
    }
    const fields = errorFields(e);
    assert.ok(fields, String(e));
    assert.deepEqual([fields.function, fields.option, fields.value], [fn, option, value]);
    assert.equal((e as Error).message, `${fn}(): ${option} ${fields.detail}`);
    assert.ok((e as Error).message.startsWith(`${fn}(): ${option} `), (e as Error).message);
  }
  // The missing prefix names the option, with no value.
  let missing: unknown;
  try {
    apiKey({} as never);
  } catch (caught) {
    missing = caught;
  }
  assert.equal(errorFields(missing)?.option, "prefix");
  assert.equal(Object.hasOwn(missing as object, "value"), false);
});
