/**
 * Counting and unranking the strings that satisfy password rules: every
 * `required` line met, no more than `max-repeating` identical characters in
 * a row, and no more than `max-sequential` characters in a row that step by
 * one code, ascending or descending, within `a-z`, `A-Z` or `0-9`.
 *
 * The count is a dynamic programme over (which required lines are met, the
 * last character, the run it ends), exact in doubles: plain numbers while
 * every sum of a row stays within 2**53, then base-2**44 digits (bigints
 * only to read a count or unrank). Characters that are interchangeable are
 * counted as one unit: those without an allowed neighbour one code away in
 * their range (only when sequences are limited) by the required lines they
 * meet; the others by their place in a chain of such neighbours, chains
 * that meet the same lines place by place together (`a-z` with `A-Z`). The
 * state's run is one of: fresh, the last `j` steps were repeats, the last
 * `j` steps went up, the last `j` steps went down. From a state, the next
 * character either repeats the last, steps up or down from it (continuing
 * or starting a sequence), or is any other character (the run starts
 * afresh). So a row is filled in constant work a state: the completions
 * through a fresh start, summed once a mask, minus the characters that are
 * not fresh from this one, plus their own completions.
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
 * The step from code `x` to code `y`: 1 if `y` is the code after `x` in one
 * of `a-z`, `A-Z`, `0-9`, -1 if the code before, else 0.
 */
export function codeStep(x: number, y: number): number {
  const r = rangeOf(x);
  return r !== 0 && rangeOf(y) === r && (y - x === 1 || y - x === -1) ? y - x : 0;
}

/** The `required` lines `c` is in, as bits (bit j: line j). */
export function lineSignature(c: string, lines: readonly ReadonlySet<string>[]): number {
  let sig = 0;
  for (let j = 0; j < lines.length; j++) if (lines[j].has(c)) sig |= 1 << j;
  return sig;
}

/**
 * Characters counted together: the characters at one place of sequence
 * chains that look alike (the same required lines at every place), or the
 * characters without a sequence neighbour that meet the same required lines.
 */
export interface RulesUnit {
  /** Bit j set: the characters meet required line j. */
  readonly sig: number;
  /** The characters: one a chain, in the chains' order (else in code point order). */
  readonly chars: readonly string[];
  /** The unit one code up in each chain (-1: none allowed). */
  readonly up: number;
  /** The unit one code down in each chain (-1: none allowed). */
  readonly down: number;
  /** Number of run states. */
  readonly runs: number;
  /** Where the unit's entries start in a row. */
  readonly base: number;
  /** Each mask's slot among the masks that contain `sig` (-1: unreachable). */
  readonly slot: readonly number[];
}

/** The counting state of a rule set: its units, how a row follows from the last, the rows. */
export interface RulesCounter {
  /** What the counter depends on besides the lines: {@linkcode counterKey}. */
  readonly key: string;
  /** The units. */
  readonly units: readonly RulesUnit[];
  /** The unranking order of fresh candidates: (unit, index) pairs, index -1 for a whole unit. */
  readonly order: readonly number[];
  /** Number of required lines. */
  readonly lines: number;
  /** Repeats allowed in a row (`max-repeating` - 1), or -1 if repeats are not limited. */
  readonly repeats: number;
  /** Sequence steps allowed in a row (`max-sequential` - 1), or 0 if sequences are not limited. */
  readonly steps: number;
  /** Entries in a row (a row holds one more: a zero, where absent terms point). */
  readonly width: number;
  /** Number of characters. */
  readonly size: number;
  /** How the counts are held. */
  readonly digits: CounterDigits;
  /** Each unit's number of characters. */
  readonly sizes: readonly number[];
  /** For each mask and unit: the entry of a fresh start on that unit's characters. */
  readonly freshFrom: readonly number[];
  /** For each mask slot, in entry order: its mask, its first entry and its runs. */
  readonly slots: readonly number[];
  /** For each slot: the three entries that do not start afresh (self, up, down). */
  readonly notFresh: readonly number[];
  /** For each entry: the three entries that continue its run (repeat, up, down). */
  readonly continues: readonly number[];
  /** `rows[i]`: completions of `i` characters from each state, `limbs[i]` numbers an entry. */
  readonly rows: number[][];
  /** Per row: 1 (plain numbers), or its digits an entry, low first ({@linkcode limbsOf}). */
  readonly limbs: number[];
  /** Entries of `rows` read as bigints so far (by unranking), by row. */
  readonly bigints: (bigint | undefined)[][];
}

/**
 * How a counter's numbers are held: plain numbers while every sum of a row
 * is at most `2 ** flat`, else digits of base `2 ** limb`. The defaults are
 * the widest exact ones; tests give small ones to check the digits on
 * counts that can be enumerated.
 */
export interface CounterDigits {
  /** Bits of a plain row's sums: at most 53 (every integer up to 2**53 is a double). */
  readonly flat: number;
  /** Bits of a digit: `(characters + 4) * 2 ** limb` must stay within 2**53. */
  readonly limb: number;
}

/** The exact widest: 2**53 for plain rows; 2**44 digits (128 characters times one, under 2**52). */
export const DIGITS: CounterDigits = { flat: 53, limb: 44 };

/**
 * The numbers an entry of row `n` takes for `size` characters: 1 (a plain
 * number) if every sum that counting it makes, at most `(size + 3) *
 * size ** (n - 1)`, is at most `2 ** digits.flat`; else enough digits for
 * `size ** n`, the most strings of `n` characters. Decided in logarithms
 * more than a bit away from the bound (their error is under 1e-12 here),
 * in bigints within it; a digit too many would only be slower.
 */
export function limbsOf(size: number, n: number, digits: CounterDigits = DIGITS): number {
  if (n === 0) return 1;
  const bits = Math.log2(size + 3) + (n - 1) * Math.log2(size);
  const flat = bits < digits.flat - 1 ||
    (bits < digits.flat + 1 &&
      BigInt(size + 3) * BigInt(size) ** BigInt(n - 1) <= 1n << BigInt(digits.flat));
  return flat ? 1 : Math.floor((n * Math.log2(size) + 1e-6) / digits.limb) + 1;
}

/**
 * What a counter for `chars` depends on besides the required lines (which
 * follow from the characters, for one rule set): the characters and the run
 * limits that bind at `longest`.
 */
export function counterKey(
  chars: readonly string[],
  maxRepeating: number,
  maxSequential: number,
  longest: number,
): string {
  const repeats = maxRepeating >= longest ? "-" : maxRepeating;
  return `${repeats}|${maxSequential >= longest ? "-" : maxSequential}|${chars.join("")}`;
}

/** What a counter is made from: its units and their states, before any table. */
export type CounterLayout = Pick<
  RulesCounter,
  "key" | "units" | "order" | "lines" | "repeats" | "steps" | "width" | "size" | "digits"
>;

/**
 * The layout of the counter for `chars` (distinct, in code point order, at
 * most 128) under `lines` (subsets of `chars`, at most 12) and the run
 * limits; a limit at least `longest` (the most characters counted) cannot
 * bind and is dropped. Cheap (a few entries per character and mask), so that
 * its `width` (states a row) can be checked against the work bounds before
 * {@linkcode programCounter} builds tables of about three entries a state.
 */
export function counterLayout(
  chars: readonly string[],
  lines: readonly ReadonlySet<string>[],
  maxRepeating: number,
  maxSequential: number,
  longest: number,
  digits: CounterDigits = DIGITS,
): CounterLayout {
  if (digits.flat > 53 || (chars.length + 4) * 2 ** digits.limb > 2 ** 53) {
    throw new RangeError("the counter's digits would not be exact");
  }
  const k = lines.length;
  const repeats = maxRepeating >= longest ? -1 : maxRepeating - 1;
  const sequences = maxSequential < longest;
  const steps = sequences ? maxSequential - 1 : 0;
  const key = counterKey(chars, maxRepeating, maxSequential, longest);
  const allowed = new Set(chars);
  const linked = (c: string, d: number) => {
    const x = c.charCodeAt(0);
    return sequences && allowed.has(String.fromCharCode(x + d)) && codeStep(x, x + d) === d;
  };
  // Chains: the characters joined by sequence steps, from the lowest code up.
  // Chains with the same required lines place by place are counted together.
  const chains = new Map<string, string[][]>();
  // The old units' order (by lines met, then first character) orders the unranking.
  const pieces: { sig: number; first: string; chain?: string[]; pos: number }[] = [];
  const bySig = new Map<number, string[]>();
  for (const c of chars) {
    const sig = lineSignature(c, lines);
    if (linked(c, 1) || linked(c, -1)) {
      if (linked(c, -1)) continue; // not a chain's first character
      const chain = [c];
      while (linked(chain[chain.length - 1], 1)) {
        chain.push(String.fromCharCode(chain[chain.length - 1].charCodeAt(0) + 1));
      }
      const key = chain.map((x) => lineSignature(x, lines)).join();
      const list = chains.get(key);
      if (list === undefined) chains.set(key, [chain]);
      else list.push(chain);
      continue;
    }
    const list = bySig.get(sig);
    if (list === undefined) {
      const fresh = [c];
      bySig.set(sig, fresh);
      pieces.push({ sig, first: c, pos: -1 });
    } else list.push(c);
  }
  const found: { sig: number; chars: string[]; chain: number; at: number }[] = [];
  for (const group of chains.values()) {
    const start = found.length;
    for (let at = 0; at < group[0].length; at++) {
      const sig = lineSignature(group[0][at], lines);
      found.push({ sig, chars: group.map((chain) => chain[at]), chain: start, at });
      group.forEach((chain) => pieces.push({ sig, first: chain[at], chain, pos: at }));
    }
  }
  for (const [sig, list] of bySig) found.push({ sig, chars: list, chain: -1, at: 0 });
  const repeatRuns = repeats < 0 ? 0 : repeats;
  const units: RulesUnit[] = [];
  let width = 0;
  for (let u = 0; u < found.length; u++) {
    const f = found[u];
    const chained = f.chain >= 0;
    const slot = filled(1 << k, -1);
    let n = 0;
    for (let mask = 0; mask < 1 << k; mask++) if ((mask & f.sig) === f.sig) slot[mask] = n++;
    const runs = 1 + repeatRuns + (chained ? 2 * steps : 0);
    const up = chained && u + 1 < found.length && found[u + 1].chain === f.chain ? u + 1 : -1;
    const down = chained && f.at > 0 ? u - 1 : -1;
    units.push({ sig: f.sig, chars: f.chars, up, down, runs, base: width, slot });
    width += n * runs;
  }
  const unitOf = new Map<string, [number, number]>();
  units.forEach((unit, u) => unit.chars.forEach((c, i) => unitOf.set(c, [u, i])));
  pieces.sort((a, b) => a.sig - b.sig || (a.first < b.first ? -1 : 1));
  const order = filled(2 * pieces.length, 0);
  pieces.forEach((p, i) => {
    const [u, index] = unitOf.get(p.first)!;
    order[2 * i] = u;
    order[2 * i + 1] = p.pos < 0 ? -1 : index;
  });
  const size = chars.length;
  return { key, units, order, lines: k, repeats, steps, width, size, digits };
}

/**
 * The counter's tables of how a row follows from the last (a pure function of
 * its units): about three entries a state, so its width is checked first.
 */
export function programCounter(c: CounterLayout): RulesCounter {
  const { units, width } = c;
  const masks = 1 << c.lines;
  const sizes = units.map((u) => u.chars.length);
  const freshFrom = filled(masks * units.length, 0);
  for (let mask = 0; mask < masks; mask++) {
    units.forEach((u, h) => freshFrom[mask * units.length + h] = offset(u, mask | u.sig, 0));
  }
  const slots: number[] = [], notFresh: number[] = [];
  const continues = filled(3 * width, width);
  units.forEach((unit) => {
    const { up, down } = unit;
    const upUnit = units[up] as RulesUnit | undefined,
      downUnit = units[down] as RulesUnit | undefined;
    for (let mask = 0; mask < masks; mask++) {
      if (unit.slot[mask] < 0) continue;
      const first = offset(unit, mask, 0);
      slots.push(mask, first, unit.runs);
      // The last character itself and its neighbours do not start a fresh run.
      notFresh.push(
        first,
        upUnit ? offset(upUnit, mask | upUnit.sig, 0) : width,
        downUnit ? offset(downUnit, mask | downUnit.sig, 0) : width,
      );
      for (let run = 0; run < unit.runs; run++) {
        const e = 3 * (first + run);
        const r = afterRepeat(c.repeats, run);
        if (r >= 0) continues[e] = offset(unit, mask, r);
        const s = upUnit ? afterStep(c.repeats, c.steps, run, 1) : -1;
        if (s >= 0) continues[e + 1] = offset(upUnit!, mask | upUnit!.sig, s);
        const t = downUnit ? afterStep(c.repeats, c.steps, run, -1) : -1;
        if (t >= 0) continues[e + 2] = offset(downUnit!, mask | downUnit!.sig, t);
      }
    }
  });
  return {
    ...c,
    sizes,
    freshFrom,
    slots,
    notFresh,
    continues,
    rows: [],
    limbs: [],
    bigints: [],
  };
}

/**
 * An array of `n` times `value`. Plain arrays, not typed ones: a typed array
 * of more than 64 bytes is allocated outside the engine's heap, which costs
 * more than the counting of a small row; filled by a loop, which V8 runs
 * several times faster than `fill` on a new array.
 */
function filled(n: number, value: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = value;
  return out;
}

/** The entry of `unit` at `mask` (which must contain its lines) and `run`. */
function offset(unit: RulesUnit, mask: number, run: number): number {
  return unit.base + unit.slot[mask] * unit.runs + run;
}

// Run states: 0 fresh; 1..R the last j steps repeated; R+1..R+S the last j
// steps went up; R+S+1..R+2S down (R = repeat states, S = `steps`).

/** The run state after a repeat from `run`, or -1 if a repeat is not allowed. */
function afterRepeat(R: number, run: number): number {
  if (R < 0) return 0;
  if (run >= 1 && run <= R) return run < R ? run + 1 : -1;
  return R >= 1 ? 1 : -1;
}

/** The run state after a step in direction `d` (1 up, -1 down) from `run`, or -1. */
function afterStep(repeats: number, S: number, run: number, d: number): number {
  const R = repeats < 0 ? 0 : repeats;
  const first = d > 0 ? R + 1 : R + S + 1;
  if (run >= first && run < first + S) return run + 1 < first + S ? run + 1 : -1;
  return S >= 1 ? first : -1;
}

/**
 * Counts the next row: completions of `rows.length` characters from every
 * state. An entry is the completions through a fresh start (summed once a
 * mask) minus those that are not fresh from it, plus those that continue its
 * run.
 */
export function countRow(c: RulesCounter): void {
  const n = c.rows.length;
  if (n === 0) {
    // No character left: a state is complete if it met every line.
    const row = filled(c.width + 1, 0);
    const full = (1 << c.lines) - 1;
    for (const u of c.units) row.fill(1, offset(u, full, 0), offset(u, full, u.runs));
    c.rows.push(row);
    c.limbs.push(1);
    return;
  }
  const limbs = limbsOf(c.size, n, c.digits);
  let prev = c.rows[n - 1], from = c.limbs[n - 1];
  if (limbs === 1) c.rows.push(flatRow(c, prev));
  else {
    if (from === 1) [prev, from] = [split(prev, limbs, 2 ** c.digits.limb), limbs];
    c.rows.push(wideRow(c, prev, from, limbs));
  }
  c.limbs.push(limbs);
}

/** A row in plain numbers, exact: every sum is an integer of at most 2**53 (limbsOf). */
function flatRow(c: RulesCounter, prev: readonly number[]): number[] {
  const { sizes, freshFrom, slots, notFresh, continues } = c;
  const U = sizes.length, masks = 1 << c.lines;
  const fresh = filled(masks, 0);
  for (let mask = 0; mask < masks; mask++) {
    let sum = 0;
    for (let u = 0, at = mask * U; u < U; u++, at++) sum += sizes[u] * prev[freshFrom[at]];
    fresh[mask] = sum;
  }
  // Every entry is written (the slots cover the row), the zero last.
  const row = new Array<number>(c.width + 1);
  for (let s = 0; s < slots.length; s += 3) {
    const first = slots[s + 1], end = first + slots[s + 2];
    const base = fresh[slots[s]] - prev[notFresh[s]] - prev[notFresh[s + 1]] -
      prev[notFresh[s + 2]];
    for (let e = first, t = 3 * first; e < end; e++, t += 3) {
      row[e] = base + prev[continues[t]] + prev[continues[t + 1]] + prev[continues[t + 2]];
    }
  }
  row[c.width] = 0;
  return row;
}

/** A plain row (integers under 2**53) as `limbs` digits of base `limb` an entry. */
function split(row: readonly number[], limbs: number, limb: number): number[] {
  const out = filled(limbs * row.length, 0);
  for (let e = 0; e < row.length; e++) {
    for (let l = 0, v = row[e]; v > 0; l++) {
      const high = Math.floor(v / limb);
      out[e * limbs + l] = v - high * limb;
      v = high;
    }
  }
  return out;
}

/**
 * A row in `limbs` digits an entry, from `prev` in `from` digits (at most
 * `limbs`). Digit by digit the sums stay within `(size + 4) * limb` (the
 * characters times a digit, three more, and a carry), at most 2**53
 * (programCounter), so each is exact; none is negative (each entry taken off a
 * fresh sum is one of its terms). Each entry's carries are then passed up
 * (the entry is at most `size ** n`, under `limb ** limbs`: nothing is
 * carried out).
 */
function wideRow(c: RulesCounter, prev: readonly number[], from: number, limbs: number): number[] {
  const { sizes, freshFrom, slots, notFresh, continues } = c;
  const U = sizes.length, masks = 1 << c.lines, limb = 2 ** c.digits.limb;
  const inverse = 1 / limb; // a power of two: v * inverse is v / limb, exactly
  const fresh = filled(masks * limbs, 0);
  for (let mask = 0; mask < masks; mask++) {
    const to = mask * limbs;
    for (let u = 0, at = mask * U; u < U; u++, at++) {
      const k = sizes[u], src = freshFrom[at] * from;
      for (let l = 0; l < from; l++) fresh[to + l] += k * prev[src + l];
    }
  }
  // Every digit of every entry is written (the slots cover the row), the zero last.
  const row = new Array<number>((c.width + 1) * limbs);
  for (let l = 0; l < limbs; l++) row[c.width * limbs + l] = 0;
  const base = filled(limbs, 0);
  for (let s = 0; s < slots.length; s += 3) {
    const first = slots[s + 1], end = first + slots[s + 2], f = slots[s] * limbs;
    const a = notFresh[s] * from, b = notFresh[s + 1] * from, d = notFresh[s + 2] * from;
    for (let l = 0; l < limbs; l++) base[l] = fresh[f + l];
    for (let l = 0; l < from; l++) base[l] -= prev[a + l] + prev[b + l] + prev[d + l];
    for (let e = first, t = 3 * first; e < end; e++, t += 3) {
      const x = continues[t] * from, y = continues[t + 1] * from, z = continues[t + 2] * from;
      let carry = 0, l = 0, at = e * limbs;
      for (; l < from; l++, at++) {
        const v = base[l] + carry + prev[x + l] + prev[y + l] + prev[z + l];
        carry = Math.floor(v * inverse);
        row[at] = v - carry * limb;
      }
      for (; l < limbs; l++, at++) {
        const v = base[l] + carry;
        carry = Math.floor(v * inverse);
        row[at] = v - carry * limb;
      }
    }
  }
  return row;
}

/** `digits[0 .. n - 1]` (base `2 ** bits`, low first; any integers under 2**53), as a bigint. */
function fromDigits(digits: readonly number[], at: number, n: number, bits: bigint): bigint {
  let v = 0n;
  for (let l = n - 1; l >= 0; l--) v = (v << bits) + BigInt(digits[at + l]);
  return v;
}

/**
 * Entry `e` of row `i`, as a bigint: made once, kept for the next draws
 * (unranking reads the same few entries again and again).
 */
function valueAt(c: RulesCounter, i: number, e: number): bigint {
  const kept = c.bigints[i] ??= new Array<bigint>(c.width + 1);
  const v = kept[e];
  if (v !== undefined) return v;
  const limbs = c.limbs[i];
  return kept[e] = limbs === 1
    ? BigInt(c.rows[i][e])
    : fromDigits(c.rows[i], e * limbs, limbs, BigInt(c.digits.limb));
}

/** The number of valid strings of `n` characters (rows 0 to `n - 1` counted). */
export function countValid(c: RulesCounter, n: number): bigint {
  const i = n - 1, limbs = c.limbs[i], row = c.rows[i], limb = 2 ** c.digits.limb;
  // Digit by digit (a plain row's values split into digits), the carries left in
  // the sums (each under 128 times a digit: exact).
  const sum = filled(limbs + Math.ceil(53 / c.digits.limb), 0);
  c.units.forEach((u, h) => {
    const e = offset(u, u.sig, 0), k = c.sizes[h];
    if (limbs === 1) {
      for (let l = 0, v = row[e]; v > 0; l++) {
        const high = Math.floor(v / limb);
        sum[l] += k * (v - high * limb);
        v = high;
      }
    } else for (let l = 0; l < limbs; l++) sum[l] += k * row[e * limbs + l];
  });
  return fromDigits(sum, 0, sum.length, BigInt(c.digits.limb));
}

/**
 * The valid string of `n` characters of rank `x` (`0 <= x <` the count):
 * a bijection onto the valid strings. At each position the candidates come
 * in a fixed order (a repeat, a step up, a step down, then every other
 * character in the counter's `order`), each taking as many ranks as it has
 * completions.
 */
export function unrank(c: RulesCounter, n: number, x: bigint): string {
  const { units, order } = c;
  const out = new Array<string>(n);
  let mask = 0, u = -1, index = -1, run = 0;
  for (let p = 0; p < n; p++) {
    const i = n - p - 1;
    const unit = units[u] as RulesUnit | undefined;
    if (unit !== undefined) {
      const r = afterRepeat(c.repeats, run);
      if (r >= 0) {
        const count = valueAt(c, i, offset(unit, mask, r));
        if (x < count) {
          out[p] = out[p - 1];
          run = r;
          continue;
        }
        x -= count;
      }
      let stepped = false;
      for (const [d, to] of [[1, unit.up], [-1, unit.down]]) {
        const s = to >= 0 ? afterStep(c.repeats, c.steps, run, d) : -1;
        if (s < 0) continue;
        const m = mask | units[to].sig;
        const count = valueAt(c, i, offset(units[to], m, s));
        if (x < count) {
          // A step stays on its chain: the same index in the neighbour unit.
          out[p] = units[to].chars[index];
          [mask, u, run, stepped] = [m, to, s, true];
          break;
        }
        x -= count;
      }
      if (stepped) continue;
    }
    for (let o = 0; o < order.length; o += 2) {
      const h = order[o], at = order[o + 1];
      const chars = units[h].chars;
      let size = chars.length;
      if (at >= 0) {
        // One character of a chain: not the last one again, nor its neighbours.
        if (
          (h === u || (unit !== undefined && (h === unit.up || h === unit.down))) && at === index
        ) {
          continue;
        }
        size = 1;
      } else if (h === u) size--; // not the last character again
      const m = mask | units[h].sig;
      const per = valueAt(c, i, offset(units[h], m, 0));
      const block = size === 1 ? per : BigInt(size) * per;
      if (x < block) {
        let j = at;
        if (at < 0) {
          j = Number(x / per);
          x %= per;
          if (h === u && j >= index) j++; // skip the last character itself
        }
        out[p] = chars[j];
        [mask, u, index, run] = [m, h, j, 0];
        break;
      }
      x -= block;
    }
  }
  return out.join("");
}
