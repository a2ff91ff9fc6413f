/**
 * CRC-32 as zlib computes it (Python's `zlib.crc32`, PNG, gzip, Ethernet):
 * the reflected polynomial 0xEDB88320, initial value and final XOR
 * 0xFFFFFFFF.
 *
 * @module
 */

/**
 * Returns the CRC-32 of `bytes`, an unsigned 32-bit integer, as Python's
 * `zlib.crc32(bytes)`. Bitwise, without a table: API keys are a few dozen
 * bytes, and there is no table to build or keep.
 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    crc ^= bytes[i];
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
