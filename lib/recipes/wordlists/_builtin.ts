/**
 * The mark of the package's own word lists. A built-in list may leave out
 * the words that an option cannot use (a word holding the separator, say),
 * where a caller's list is refused instead; the mark is a symbol that only
 * this package holds, so no caller's list can carry it.
 *
 * @module
 */

/** Own property of the built-in lists. */
export const BUILTIN_LIST: unique symbol = /* @__PURE__ */ Symbol(
  "@secrets/secrets built-in word list",
);

/** Marks `words` as a built-in list and freezes it. */
export function markBuiltin(words: string[]): readonly string[] {
  Object.defineProperty(words, BUILTIN_LIST, { value: true });
  return Object.freeze(words);
}
