/**
 * "Did you mean ...?" for option keys and command names.
 *
 * @module
 */

/** Lowercase, without `_` and `-`: `min_digits`, `min-digits` and `minDigits` are one name. */
function normalize(word: string): string {
  return word.toLowerCase().replace(/[-_]/g, "");
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent
 * transpositions, so `lenght` is one edit from `length`).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/**
 * The candidate closest to `word`, if it is close enough to be the name the
 * user meant: the same name in another case or separator style, or at most
 * one edit away (two for names of six or more characters). `undefined`
 * otherwise, or when two candidates are equally close.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined; // no distance table for a pasted essay
  const w = normalize(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(w, normalize(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  const limit = w.length >= 6 ? 2 : 1;
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}
