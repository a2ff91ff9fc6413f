/**
 * Strings made from drawn indices: a recipe draws indices into its set of
 * characters with `draws`, checks them if it must, and builds the text here,
 * from character codes in one call where every character is one UTF-16
 * unit (`Array.prototype.join` of one-character strings is several times
 * slower), by concatenation otherwise.
 *
 * @module
 */

import type { DrawsOnly } from "../core/mod.ts";

/** A set of characters, ready to build strings from indices. */
export interface CharTable {
  /** The characters (code points). */
  readonly chars: readonly string[];
  /** `0 .. chars.length - 1`: what `draws` draws from to give indices. */
  readonly indices: readonly number[];
  /** The UTF-16 code of each character, or `undefined` if one is outside the BMP. */
  readonly codes: readonly number[] | undefined;
}

/** The table of `chars` (code points, as a recipe's checks give them). */
export function charTable(chars: readonly string[]): CharTable {
  const single = chars.every((c) => c.length === 1);
  // Not frozen: V8 reads a frozen array's elements several times slower (65 ns
  // against 185 ns for a 22-character token); the arrays never leave the recipes.
  return Object.freeze({
    chars,
    indices: chars.map((_, i) => i),
    codes: single ? chars.map((c) => c.charCodeAt(0)) : undefined,
  });
}

/** Characters per `String.fromCharCode` call: well under every engine's argument limit. */
const CHUNK = 4096;
const fromCharCode = String.fromCharCode;
const apply = Reflect.apply;

/** The text of `at` (indices into `table.chars`), in order. */
export function textAt(table: CharTable, at: readonly number[]): string {
  const { codes, chars } = table;
  const n = at.length;
  if (codes === undefined) {
    let out = "";
    for (let i = 0; i < n; i++) out += chars[at[i]];
    return out;
  }
  let out = "";
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    const part = new Array<number>(to - from);
    for (let i = from; i < to; i++) part[i - from] = codes[at[i]];
    out += apply(fromCharCode, null, part);
  }
  return out;
}

/** The text of `units` (UTF-16 code units), in order: one call up to a chunk, else a call per chunk. */
export function textOfCodes(units: readonly number[]): string {
  const n = units.length;
  if (n <= CHUNK) return apply(fromCharCode, null, units);
  let out = "";
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    const part = new Array<number>(to - from);
    for (let i = from; i < to; i++) part[i - from] = units[i];
    out += apply(fromCharCode, null, part);
  }
  return out;
}

/**
 * `n` characters of `table`, as `n` calls of `choice(chars)` in a row draw
 * them (the same bytes): where every character is one UTF-16 unit, the
 * units themselves are drawn (`choice` of `codes` draws as `choice` of
 * `chars`: the same length, the same order) and made a string in one call.
 */
export function drawText(random: DrawsOnly, table: CharTable, n: number): string {
  const { codes } = table;
  if (codes !== undefined) return textOfCodes(random.draws(codes, n));
  return textOfChars(random.draws(table.chars, n));
}

/** The characters of `drawn`, in order, concatenated (no replaceable method sees them). */
export function textOfChars(drawn: readonly string[]): string {
  let out = "";
  for (let i = 0; i < drawn.length; i++) out += drawn[i];
  return out;
}
