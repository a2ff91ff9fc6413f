// CRC-32 (zlib's, the checksum of API keys): known answers and the properties of a CRC.
import { crc32 } from "../../lib/recipes/_crc32.ts";
import { assert } from "../_helpers.ts";

const ascii = (s: string) => new TextEncoder().encode(s);

Deno.test("crc32() gives zlib.crc32's known answers (from CPython 3.13)", () => {
  // python3 -c "import zlib; print(zlib.crc32(b'...'))"
  const table: [Uint8Array, number][] = [
    [ascii(""), 0],
    [ascii("a"), 3904355907],
    [ascii("123456789"), 3421780262], // 0xCBF43926, the CRC-32 check value
    [ascii("The quick brown fox jumps over the lazy dog"), 1095738169],
    [ascii("acme_"), 3904011001],
    [ascii("acme_000000000000000000000000000"), 3230958216],
    [Uint8Array.from({ length: 256 }, (_, i) => i), 688229491],
    [new Uint8Array(32).fill(0xff), 4285311755],
    [new Uint8Array(4).fill(0xff), 0xffffffff],
  ];
  for (const [bytes, crc] of table) assert.equal(crc32(bytes), crc, `${bytes.length} bytes`);
});

Deno.test("crc32(): an unsigned 32-bit value; it detects every one-bit change and every 1-byte burst", () => {
  const base = ascii("acme_0123456789abcdefghijklmnopqrstu");
  const crc = crc32(base);
  assert.ok(Number.isInteger(crc) && crc >= 0 && crc < 2 ** 32);
  for (let i = 0; i < base.length; i++) {
    for (let bit = 0; bit < 8; bit++) {
      const flipped = base.slice();
      flipped[i] ^= 1 << bit;
      assert.notEqual(crc32(flipped), crc, `byte ${i}, bit ${bit}`);
    }
    for (let v = 0; v < 256; v++) {
      if (v === base[i]) continue;
      const changed = base.slice();
      changed[i] = v;
      assert.notEqual(crc32(changed), crc, `byte ${i} set to ${v}`);
    }
  }
});

Deno.test("crc32(): linear over XOR, as a CRC is: crc(a ^ b) ^ crc(0) = crc(a) ^ crc(b) for equal lengths", () => {
  const a = ascii("The quick brown fox jumps over");
  const b = ascii("the lazy dog, 0123456789 ABCDE");
  const zero = new Uint8Array(a.length);
  const x = a.map((v, i) => v ^ b[i]);
  assert.equal((crc32(x) ^ crc32(zero)) >>> 0, (crc32(a) ^ crc32(b)) >>> 0);
  assert.equal(crc32(new Uint8Array(0)), 0);
});
