/**
 * Word list files for `passphrase --wordlist`: UTF-8 text, one word or
 * phrase a line, CR, LF or CRLF line endings. Surrounding white space and
 * a leading dice number (digits, then white space, as in the EFF lists) are
 * dropped; blank lines are skipped. Invalid UTF-8 and repeated words are
 * refused with their line numbers.
 *
 * @module
 */

import { cutText, quoteText } from "../lib/core/_validate.ts";

/** The words of a file, with the line each came from. */
export interface WordFile {
  /** The words, in file order. */
  readonly words: string[];
  /** The line number (from 1) of each word. */
  readonly lines: number[];
}

const DICE = /^[0-9]+\s+/;

/**
 * Parses a word list file.
 *
 * @throws {RangeError} If a line is not valid UTF-8, or a word repeats.
 */
export function parseWordFile(bytes: Uint8Array): WordFile {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new RangeError(`line ${badLine(bytes)} is not valid UTF-8`);
  }
  const words: string[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  const all = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < all.length; i++) {
    const word = all[i].trim().replace(DICE, "");
    if (word === "") continue;
    const first = seen.get(word);
    if (first !== undefined) {
      throw new RangeError(
        `line ${i + 1} repeats ${quoteText(cutText(word, 40))} (first on line ${first})`,
      );
    }
    seen.set(word, i + 1);
    words.push(word);
    lines.push(i + 1);
  }
  return { words, lines };
}

/**
 * The number of the first line that is not valid UTF-8. CR and LF bytes
 * never occur inside a multi-byte sequence, so lines can be cut as bytes.
 */
function badLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0x0a;
    if (b !== 0x0a && b !== 0x0d) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return line; // not reached: some line failed to decode
}
