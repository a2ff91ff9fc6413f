// The encoders: the fallbacks give exactly the platform's output, and
// base64url has the right alphabet, no padding and round-trips at every length.
import fc from "fast-check";
import { base64urlFallback, hexFallback, toBase64url, toHex } from "../lib/_encode.ts";
import { token_urlsafe } from "../mod.ts";
import { createSecrets } from "../testing.ts";
import { assert, counterSource } from "./_helpers.ts";

type Native = { toHex(): string; toBase64(o: object): string };
const hasNative = typeof (Uint8Array.prototype as unknown as Partial<Native>).toHex === "function";

Deno.test("hexFallback and base64urlFallback equal the native encoders on random input", {
  ignore: !hasNative,
}, () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const native = bytes as unknown as Native;
      assert.equal(hexFallback(bytes), native.toHex());
      assert.equal(
        base64urlFallback(bytes),
        native.toBase64({ alphabet: "base64url", omitPadding: true }),
      );
    }),
    { numRuns: 2000 },
  );
});

Deno.test("the encoders in use equal the fallbacks (so every runtime gives the same tokens)", () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
    assert.equal(toHex(bytes), hexFallback(bytes));
    assert.equal(toBase64url(bytes), base64urlFallback(bytes));
  }));
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
    assert.equal(toBase64url(enc.encode(text)), b64);
    assert.equal(base64urlFallback(enc.encode(text)), b64);
  }
  assert.equal(base64urlFallback(new Uint8Array([0xfb, 0xff, 0xbf])), "-_-_");
  assert.equal(hexFallback(new Uint8Array([0, 15, 16, 255])), "000f10ff");
});
