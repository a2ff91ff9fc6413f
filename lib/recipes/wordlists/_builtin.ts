/**
 * The mark of the package's own word lists. A built-in list may leave out
 * the words that an option cannot use (a word holding the separator, say),
 * where a caller's list is refused instead. The mark is module-private: a
 * `WeakSet` that only this module can add to, so no caller's list can carry
 * it (a property, even a symbol one, could be read and copied onto any
 * array, which would then skip every word check).
 *
 * @module
 */

/** The built-in lists: frozen arrays that only {@linkcode markBuiltin} adds. */
const BUILTIN = new WeakSet<readonly string[]>();

/** Marks `words` as a built-in list and freezes it. */
export function markBuiltin(words: string[]): readonly string[] {
  const list = Object.freeze(words);
  BUILTIN.add(list);
  return list;
}

/** Whether `list` is one of the package's own word lists (never a caller's array). */
export function isBuiltin(list: readonly unknown[]): boolean {
  return BUILTIN.has(list as readonly string[]);
}
