// The encoders: the fallbacks give exactly the platform's output, and
// base64url has the right alphabet, no padding and round-trips at every length.
import fc from "fast-check";
import { Buffer } from "node:buffer";
import {
  base64urlFallback,
  ENCODERS,
  hexFallback,
  hexOf,
  toBase64url,
  toHex,
} from "../../lib/core/_encode.ts";
import { token_urlsafe } from "../../mod.ts";
import { createSecrets } from "../../testing.ts";
import { assert, counterSource } from "../_helpers.ts";

// An independent reference: Node's Buffer (C++), not any of our encoders.
const refHex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const refB64 = (b: Uint8Array) => Buffer.from(b).toString("base64url");

Deno.test("every encoder path equals Node's Buffer on random input and ranges", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), fc.nat(300), (bytes, a, b) => {
      const start = Math.min(a, bytes.length);
      const n = Math.min(b, bytes.length - start);
      const part = bytes.slice(start, start + n);
      for (const [name, encode] of [["in use", toHex], ["fallback", hexFallback]] as const) {
        assert.equal(encode(bytes, start, n), refHex(part), `hex ${name}`);
      }
      for (
        const [name, encode] of [["in use", toBase64url], ["fallback", base64urlFallback]] as const
      ) {
        assert.equal(encode(bytes, start, n), refB64(part), `base64url ${name}`);
      }
    }),
    { numRuns: 2000 },
  );
  // Deno has the native methods: the encoder chosen at load must be theirs.
  assert.deepEqual({ ...ENCODERS }, { hex: "native", base64url: "native" });
});

Deno.test("the fallbacks encode in bounded blocks: long inputs match too", () => {
  const bytes = new Uint8Array(70_001).map((_, i) => (i * 131 + 7) & 255);
  assert.equal(hexFallback(bytes, 0, bytes.length), refHex(bytes));
  assert.equal(base64urlFallback(bytes, 1, 70_000), refB64(bytes.subarray(1)));
  assert.equal(hexOf(bytes), refHex(bytes));
});

// [n, a, c, hex, base64url] for the n bytes (i * a + c) % 256, i = 0 .. n - 1, from CPython 3.13.0:
// PYENV_VERSION=3.13.0 python3 -c "import base64; b = bytes((i * a + c) % 256 for i in range(n));
// print(b.hex(), base64.urlsafe_b64encode(b).rstrip(b'=').decode())", pasted. Every length mod 3,
// the two URL-safe characters, all-zero and all-one bits.
const CPYTHON: [number, number, number, string, string][] = [
  [0, 37, 11, "", ""],
  [1, 37, 11, "0b", "Cw"],
  [2, 37, 11, "0b30", "CzA"],
  [3, 37, 11, "0b3055", "CzBV"],
  [4, 37, 11, "0b30557a", "CzBVeg"],
  [5, 37, 11, "0b30557a9f", "CzBVep8"],
  [6, 37, 11, "0b30557a9fc4", "CzBVep_E"],
  [7, 37, 11, "0b30557a9fc4e9", "CzBVep_E6Q"],
  [1, 1, 0, "00", "AA"],
  [2, 1, 0, "0001", "AAE"],
  [3, 1, 0, "000102", "AAEC"],
  [1, 255, 255, "ff", "_w"],
  [2, 255, 255, "fffe", "__4"],
  [3, 255, 255, "fffefd", "__79"],
  [4, 255, 255, "fffefdfc", "__79_A"],
  [3, 0, 251, "fbfbfb", "-_v7"],
  [
    48,
    97,
    200,
    "c8298aeb4cad0e6fd03192f354b51677d8399afb5cbd1e7fe041a20364c52687e849aa0b6ccd2e8ff051b21374d53697",
    "yCmK60ytDm_QMZLzVLUWd9g5mvtcvR5_4EGiA2TFJofoSaoLbM0uj_BRshN01TaX",
  ],
  [
    47,
    1,
    208,
    "d0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfe",
    "0NHS09TV1tfY2drb3N3e3-Dh4uPk5ebn6Onq6-zt7u_w8fLz9PX29_j5-vv8_f4",
  ],
];

Deno.test("hex and base64url encoders (in use and fallback) give CPython's bytes.hex() and urlsafe_b64encode", () => {
  for (const [n, a, c, hex, b64] of CPYTHON) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * a + c) % 256);
    assert.equal(toHex(bytes, 0, n), hex, `toHex of ${n} bytes`);
    assert.equal(hexFallback(bytes, 0, n), hex, `hexFallback of ${n} bytes`);
    assert.equal(toBase64url(bytes, 0, n), b64, `toBase64url of ${n} bytes`);
    assert.equal(base64urlFallback(bytes, 0, n), b64, `base64urlFallback of ${n} bytes`);
  }
});

/** An independent base64url decoder, for the round trip. */
function decode(s: string): number[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const out: number[] = [];
  let acc = 0, bits = 0;
  for (const ch of s) {
    const v = alphabet.indexOf(ch);
    assert.ok(v >= 0, `character ${ch} is not base64url`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  assert.equal(acc & ((1 << bits) - 1), 0, "leftover bits must be zero (canonical encoding)");
  return out;
}

Deno.test("token_urlsafe at every length 0..256: alphabet, no padding, length, round trip", () => {
  const s = createSecrets(counterSource(5));
  let pos = 5;
  for (let n = 0; n <= 256; n++) {
    const t = s.token_urlsafe(n);
    assert.match(t, /^[A-Za-z0-9_-]*$/);
    assert.equal(t.length, Math.ceil((4 * n) / 3));
    assert.deepEqual(decode(t), Array.from({ length: n }, (_, i) => (pos + i) % 251));
    pos += n;
    assert.match(token_urlsafe(n), /^[A-Za-z0-9_-]*$/);
  }
});

Deno.test("known answers: RFC 4648 test vectors in base64url, and hex", () => {
  const enc = new TextEncoder();
  const table: [string, string][] = [
    ["", ""],
    ["f", "Zg"],
    ["fo", "Zm8"],
    ["foo", "Zm9v"],
    ["foob", "Zm9vYg"],
    ["fooba", "Zm9vYmE"],
    ["foobar", "Zm9vYmFy"],
  ];
  for (const [text, b64] of table) {
    const bytes = enc.encode(text);
    assert.equal(toBase64url(bytes, 0, bytes.length), b64);
    assert.equal(base64urlFallback(bytes, 0, bytes.length), b64);
  }
  const edge = new Uint8Array([0xfb, 0xff, 0xbf]);
  assert.equal(base64urlFallback(edge, 0, 3), "-_-_");
  assert.equal(hexFallback(new Uint8Array([0, 15, 16, 255]), 0, 4), "000f10ff");
});
