/**
 * The EFF short word list, in a module of its own: only code that asks for
 * it carries its 1,296 words.
 *
 * @module
 */

import { EFF_SHORT_WORDS_TEXT } from "./_eff_short_wordlist.ts";
import { markBuiltin } from "./_builtin.ts";

let list: readonly string[] | undefined;

/** The EFF short word list (1,296 words of 3 to 5 letters), split on first use. */
export function effShortWordlist(): readonly string[] {
  return list ??= markBuiltin(EFF_SHORT_WORDS_TEXT.split(" "));
}
