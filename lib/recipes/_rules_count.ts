/**
 * Counting and unranking the strings that satisfy password rules: every
 * `required` line met, no more than `max-repeating` identical characters in
 * a row, and no more than `max-sequential` characters in a row that step by
 * one code, ascending or descending, within `a-z`, `A-Z` or `0-9`.
 *
 * The count is a dynamic programme in bigints over (which required lines are
 * met, the last character, the run it ends). A character with an allowed
 * neighbour one code away in its range (only when sequences are limited) is
 * counted on its own; every other character is grouped with those that meet
 * the same required lines, as they are interchangeable. The state's run is
 * one of: fresh, the last `j` steps were repeats, the last `j` steps went up,
 * the last `j` steps went down. From a state, the next character either
 * repeats the last, steps up or down from it (continuing or starting a
 * sequence), or is any other character (the run starts afresh). So a row is
 * filled in constant work a state: the completions through a fresh start,
 * summed once a mask, minus the characters that are not fresh from this one,
 * plus their own completions.
 *
 * @module
 */

/** The sequence range of a code: 1 digits, 2 upper, 3 lower, 0 none. */
function rangeOf(code: number): number {
  if (code >= 48 && code <= 57) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code >= 97 && code <= 122) return 3;
  return 0;
}

/**
 * The step from `a` to `b` (one character each): 1 if `b` is the code after
 * `a` in one of `a-z`, `A-Z`, `0-9`, -1 if the code before, else 0.
 */
export function sequenceStep(a: string, b: string): number {
  return codeStep(a.charCodeAt(0), b.charCodeAt(0));
}

/** {@linkcode sequenceStep} of two UTF-16 codes. */
function codeStep(x: number, y: number): number {
  const r = rangeOf(x);
  return r !== 0 && rangeOf(y) === r && (y - x === 1 || y - x === -1) ? y - x : 0;
}

/**
 * Whether a candidate meets the rules, read directly from their definitions
 * (not from the counting states): `at` are indices into the allowed
 * characters, whose UTF-16 codes are `codes` (every allowed character is
 * ASCII) and whose `required` lines are the bits of `sigAt`; every line met
 * (`full`), no run of one character longer than `maxRepeating`, no ascending
 * or descending sequence longer than `maxSequential`.
 */
export function meetsRules(
  at: readonly number[],
  codes: readonly number[],
  sigAt: readonly number[],
  full: number,
  maxRepeating: number,
  maxSequential: number,
): boolean {
  let mask = 0, repeat = 0, sequence = 0, direction = 0, last = -1;
  for (let p = 0; p < at.length; p++) {
    const i = at[p];
    mask |= sigAt[i];
    if (i === last) {
      if (++repeat > maxRepeating) return false;
      sequence = 1;
      direction = 0;
    } else {
      repeat = 1;
      const d = last < 0 ? 0 : codeStep(codes[last], codes[i]);
      if (d === 0) [sequence, direction] = [1, 0];
      else if (d === direction) sequence++;
      else [sequence, direction] = [2, d];
      if (sequence > maxSequential) return false;
    }
    last = i;
  }
  return mask === full;
}

/** The `required` lines `c` is in, as bits (bit j: line j). */
export function lineSignature(c: string, lines: readonly ReadonlySet<string>[]): number {
  let sig = 0;
  for (let j = 0; j < lines.length; j++) if (lines[j].has(c)) sig |= 1 << j;
  return sig;
}

/** Characters counted together: one character with a sequence neighbour, or a group. */
export interface RulesUnit {
  /** Bit j set: the characters meet required line j. */
  readonly sig: number;
  /** The characters, in code point order. */
  readonly chars: readonly string[];
  /** The unit of the character one code up, in sequence (-1: none allowed). */
  readonly up: number;
  /** The unit of the character one code down, in sequence (-1: none allowed). */
  readonly down: number;
  /** Number of run states. */
  readonly runs: number;
  /** Where the unit's entries start in a row. */
  readonly base: number;
  /** Each mask's slot among the masks that contain `sig` (-1: unreachable). */
  readonly slot: Int32Array;
}

/** The counting state of a rule set: its units and the rows counted so far. */
export interface RulesCounter {
  /** The units, in order of drawing. */
  readonly units: readonly RulesUnit[];
  /** Number of required lines. */
  readonly lines: number;
  /** Repeats allowed in a row (`max-repeating` - 1), or -1 if repeats are not limited. */
  readonly repeats: number;
  /** Sequence steps allowed in a row (`max-sequential` - 1), or 0 if sequences are not limited. */
  readonly steps: number;
  /** Entries in a row. */
  readonly width: number;
  /** `rows[i]`: completions of `i` characters from each state. */
  readonly rows: bigint[][];
}

/**
 * The counter for `chars` (distinct, in code point order) under `lines`
 * (subsets of `chars`, at most 12) and the run limits; a limit at least
 * `longest` (the most characters counted) cannot bind and is dropped.
 */
export function makeCounter(
  chars: readonly string[],
  lines: readonly ReadonlySet<string>[],
  maxRepeating: number,
  maxSequential: number,
  longest: number,
): RulesCounter {
  const k = lines.length;
  const repeats = maxRepeating >= longest ? -1 : maxRepeating - 1;
  const sequences = maxSequential < longest;
  const steps = sequences ? maxSequential - 1 : 0;
  const allowed = new Set(chars);
  const next = (c: string, d: number) => {
    const n = String.fromCharCode(c.charCodeAt(0) + d);
    return sequences && allowed.has(n) && sequenceStep(c, n) === d ? n : undefined;
  };
  // Units: each character with a neighbour on its own, the others by signature.
  const found: { sig: number; chars: string[]; alone: boolean }[] = [];
  const bySig = new Map<number, string[]>();
  for (const c of chars) {
    const sig = lineSignature(c, lines);
    if (next(c, 1) !== undefined || next(c, -1) !== undefined) {
      found.push({ sig, chars: [c], alone: true });
    } else {
      const list = bySig.get(sig);
      if (list === undefined) {
        const fresh = [c];
        bySig.set(sig, fresh);
        found.push({ sig, chars: fresh, alone: false });
      } else list.push(c);
    }
  }
  found.sort((a, b) => a.sig - b.sig || (a.chars[0] < b.chars[0] ? -1 : 1));
  const unitOf = new Map<string, number>();
  found.forEach((u, i) => {
    if (u.alone) unitOf.set(u.chars[0], i);
  });
  const repeatRuns = repeats < 0 ? 0 : repeats;
  const units: RulesUnit[] = [];
  let width = 0;
  for (const u of found) {
    const up = u.alone ? next(u.chars[0], 1) : undefined;
    const down = u.alone ? next(u.chars[0], -1) : undefined;
    const slot = new Int32Array(1 << k).fill(-1);
    let n = 0;
    for (let mask = 0; mask < 1 << k; mask++) if ((mask & u.sig) === u.sig) slot[mask] = n++;
    const runs = 1 + repeatRuns + (u.alone ? 2 * steps : 0);
    units.push({
      sig: u.sig,
      chars: u.chars,
      up: up === undefined ? -1 : unitOf.get(up)!,
      down: down === undefined ? -1 : unitOf.get(down)!,
      runs,
      base: width,
      slot,
    });
    width += n * runs;
  }
  return { units, lines: k, repeats, steps, width, rows: [] };
}

// Run states: 0 fresh; 1..R the last j steps repeated; R+1..R+S the last j
// steps went up; R+S+1..R+2S down (R = repeat states, S = `steps`).

/** The run state after a repeat from `run`, or -1 if a repeat is not allowed. */
function afterRepeat(c: RulesCounter, run: number): number {
  if (c.repeats < 0) return 0;
  const R = c.repeats;
  if (run >= 1 && run <= R) return run < R ? run + 1 : -1;
  return R >= 1 ? 1 : -1;
}

/** The run state after a step in direction `d` (1 up, -1 down) from `run`, or -1. */
function afterStep(c: RulesCounter, run: number, d: number): number {
  const R = c.repeats < 0 ? 0 : c.repeats, S = c.steps;
  const first = d > 0 ? R + 1 : R + S + 1;
  if (run >= first && run < first + S) return run + 1 < first + S ? run + 1 : -1;
  return S >= 1 ? first : -1;
}

function entry(c: RulesCounter, row: readonly bigint[], mask: number, u: number, run: number) {
  const unit = c.units[u];
  return row[unit.base + unit.slot[mask] * unit.runs + run];
}

/** Counts the next row: completions of `rows.length` characters from every state. */
export function countRow(c: RulesCounter): void {
  const { units } = c;
  const full = (1 << c.lines) - 1;
  const row = new Array<bigint>(c.width).fill(0n);
  if (c.rows.length === 0) {
    // No character left: a state is complete if it met every line.
    for (const u of units) {
      row.fill(1n, u.base + u.slot[full] * u.runs, u.base + (u.slot[full] + 1) * u.runs);
    }
    c.rows.push(row);
    return;
  }
  const prev = c.rows[c.rows.length - 1];
  // fresh[mask]: completions whose first character starts a fresh run.
  const fresh = new Array<bigint>(full + 1).fill(0n);
  for (let mask = 0; mask <= full; mask++) {
    let sum = 0n;
    for (let u = 0; u < units.length; u++) {
      sum += BigInt(units[u].chars.length) * entry(c, prev, mask | units[u].sig, u, 0);
    }
    fresh[mask] = sum;
  }
  for (let u = 0; u < units.length; u++) {
    const unit = units[u], { up, down } = unit;
    const upMask = up >= 0 ? units[up].sig : 0, downMask = down >= 0 ? units[down].sig : 0;
    for (let mask = 0; mask <= full; mask++) {
      const slot = unit.slot[mask];
      if (slot < 0) continue;
      // The last character itself and its neighbours do not start a fresh run.
      let base = fresh[mask] - entry(c, prev, mask, u, 0);
      if (up >= 0) base -= entry(c, prev, mask | upMask, up, 0);
      if (down >= 0) base -= entry(c, prev, mask | downMask, down, 0);
      for (let run = 0; run < unit.runs; run++) {
        let sum = base;
        const r = afterRepeat(c, run);
        if (r >= 0) sum += entry(c, prev, mask, u, r);
        if (up >= 0) {
          const s = afterStep(c, run, 1);
          if (s >= 0) sum += entry(c, prev, mask | upMask, up, s);
        }
        if (down >= 0) {
          const s = afterStep(c, run, -1);
          if (s >= 0) sum += entry(c, prev, mask | downMask, down, s);
        }
        row[unit.base + slot * unit.runs + run] = sum;
      }
    }
  }
  c.rows.push(row);
}

/** The number of valid strings of `n` characters (rows 0 to `n - 1` counted). */
export function countValid(c: RulesCounter, n: number): bigint {
  const prev = c.rows[n - 1];
  let sum = 0n;
  for (let u = 0; u < c.units.length; u++) {
    sum += BigInt(c.units[u].chars.length) * entry(c, prev, c.units[u].sig, u, 0);
  }
  return sum;
}

/**
 * The valid string of `n` characters of rank `x` (`0 <= x <` the count):
 * a bijection onto the valid strings. At each position the candidates come
 * in a fixed order (a repeat, a step up, a step down, then every other
 * character unit by unit), each taking as many ranks as it has completions.
 */
export function unrank(c: RulesCounter, n: number, x: bigint): string {
  const { units } = c;
  const out = new Array<string>(n);
  let mask = 0, u = -1, index = -1, run = 0;
  for (let p = 0; p < n; p++) {
    const row = c.rows[n - p - 1];
    const unit = units[u] as RulesUnit | undefined;
    if (unit !== undefined) {
      const r = afterRepeat(c, run);
      if (r >= 0) {
        const count = entry(c, row, mask, u, r);
        if (x < count) {
          out[p] = out[p - 1];
          run = r;
          continue;
        }
        x -= count;
      }
      let stepped = false;
      for (const [d, to] of [[1, unit.up], [-1, unit.down]]) {
        const s = to >= 0 ? afterStep(c, run, d) : -1;
        if (s < 0) continue;
        const m = mask | units[to].sig;
        const count = entry(c, row, m, to, s);
        if (x < count) {
          out[p] = units[to].chars[0];
          [mask, u, index, run, stepped] = [m, to, 0, s, true];
          break;
        }
        x -= count;
      }
      if (stepped) continue;
    }
    for (let h = 0; h < units.length; h++) {
      if (unit !== undefined && (h === unit.up || h === unit.down)) continue;
      const chars = units[h].chars;
      const size = chars.length - (h === u ? 1 : 0); // not the last character again
      const m = mask | units[h].sig;
      const per = entry(c, row, m, h, 0);
      const block = BigInt(size) * per;
      if (x < block) {
        let i = Number(x / per);
        x %= per;
        if (h === u && i >= index) i++; // skip the last character itself
        out[p] = chars[i];
        [mask, u, index, run] = [m, h, i, 0];
        break;
      }
      x -= block;
    }
  }
  return out.join("");
}
