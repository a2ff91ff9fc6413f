/**
 * The floor of the bundle-size table (`PROGRAMS` in bench/_table.ts): the
 * smallest program that draws a checked number of bytes the way the package
 * must. It keeps what no function that draws may drop (the pool with its
 * wipe and its health tests, and the size check with its messages, which
 * need `describe`) and nothing else: the JavaScript hex encoder alone (no
 * native or Buffer encoder, so no load-time self-test), no default-pool
 * wiring of the other functions. A bundle-size target below this floor
 * cannot be met without dropping one of those.
 *
 * @module
 */

import { getDefaultPool } from "../lib/core/_pool.ts";
import { encoded } from "../lib/core/_draw.ts";
import { hexFallback } from "../lib/core/_encode.ts";
import { checkSize, DEFAULT_ENTROPY } from "../lib/core/_validate.ts";

/** `token_hex` with only what every drawing function must keep. */
export function floorTokenHex(nbytes?: number | null): string {
  const n = nbytes === undefined || nbytes === null
    ? DEFAULT_ENTROPY
    : checkSize(nbytes, "token_hex(): nbytes", "negative argument not allowed");
  return encoded(getDefaultPool(), n, hexFallback);
}
