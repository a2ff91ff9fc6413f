/**
 * Writes an endless stream of the package's random output to stdout, for
 * the statistical batteries (scripts/checks/batteries.ts). Stops quietly when the
 * reader closes the pipe, or after `--bytes N`.
 *
 *     deno run scripts/checks/stream.ts KIND [--bytes N]
 *
 * KIND: `token_bytes` (the raw stream); `randbelow` (bytes from
 * randbelow(256)); `randbits` (randbits(32), 4 bytes big-endian);
 * `choice` (choice over 16 symbols, two 4-bit draws a byte); `mixed`
 * (randbelow with bounds 3, 7, 255, 257, 2**31 + 1, folded to bits by
 * rejection so the output stays uniform).
 *
 * @module
 */

import { parseArgs } from "node:util";
import { choice, randbelow, randbits, token_bytes } from "../../mod.ts";

const { positionals, values } = parseArgs({
  args: Deno.args,
  allowPositionals: true,
  options: { bytes: { type: "string" } },
});
const kind = positionals[0] ?? "token_bytes";
const limit = values.bytes === undefined ? Infinity : Number(values.bytes);
const CHUNK = 1 << 16;
const HEX = Array.from({ length: 16 }, (_, i) => i);

function fill(buf: Uint8Array): void {
  switch (kind) {
    case "token_bytes":
      buf.set(token_bytes(buf.length));
      return;
    case "randbelow":
      for (let i = 0; i < buf.length; i++) buf[i] = randbelow(256);
      return;
    case "randbits":
      for (let i = 0; i < buf.length; i += 4) {
        const v = randbits(32);
        buf[i] = v >>> 24;
        buf[i + 1] = (v >>> 16) & 255;
        buf[i + 2] = (v >>> 8) & 255;
        buf[i + 3] = v & 255;
      }
      return;
    case "choice":
      for (let i = 0; i < buf.length; i++) buf[i] = (choice(HEX) << 4) | choice(HEX);
      return;
    case "mixed": {
      // Uniform bytes from odd bounds: draw x below n and keep it only when
      // it falls in the largest multiple of 256 below n (rejection again).
      const bounds = [257, 2 ** 31 + 1, 65_537, 3 * 2 ** 20, 1000];
      let b = 0;
      for (let i = 0; i < buf.length;) {
        const n = bounds[b++ % bounds.length];
        const x = randbelow(n);
        if (x < n - (n % 256)) buf[i++] = x & 255;
      }
      return;
    }
    default:
      throw new Error(`unknown stream kind ${kind}`);
  }
}

const buf = new Uint8Array(CHUNK);
let written = 0;
try {
  while (written < limit) {
    fill(buf);
    const part = buf.subarray(0, Math.min(CHUNK, limit - written));
    let off = 0;
    while (off < part.length) off += Deno.stdout.writeSync(part.subarray(off));
    written += part.length;
  }
} catch (e) {
  if (!(e instanceof Deno.errors.BrokenPipe)) throw e;
}
