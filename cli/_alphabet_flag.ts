/**
 * `--alphabet`'s value: the characters, written out. A hyphen between two
 * characters (`a-f`) reads as a range, which the flag does not support: it
 * is refused with the characters written out, never taken as the three
 * characters `a`, `-` and `f`. A hyphen first or last is a hyphen.
 *
 * @module
 */

import { UsageError } from "./_grammar.ts";

/**
 * `value` unchanged, if no hyphen stands between two characters.
 *
 * @throws {UsageError} If one does (`a-f`), saying how to write the characters out.
 */
export function literalAlphabet(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  const chars = Array.from(value);
  for (let i = 1; i < chars.length - 1; i++) {
    if (chars[i] !== "-") continue;
    const [from, to] = [chars[i - 1].codePointAt(0)!, chars[i + 1].codePointAt(0)!];
    const span = to - from + 1;
    const written = from < to && to < 0x7f && span <= 26
      ? `write ${chars[i - 1]}-${chars[i + 1]} as ${
        Array.from({ length: span }, (_, k) => String.fromCodePoint(from + k)).join("")
      }`
      : "write the characters out";
    throw new UsageError(
      `${command}: --alphabet takes characters, not ranges: ${written} (a hyphen first or last is a hyphen)`,
    );
  }
  return value;
}
