/**
 * Site password rules in Apple's `passwordrules` syntax (the WHATWG
 * proposal, whatwg/html#3518, with `max-repeating` and `max-sequential` from
 * apple/password-manager-resources#1255): parsed strictly, checked when
 * parsed, counted exactly, and drawn uniformly over every string that
 * satisfies them.
 *
 * Counting is a dynamic programme over (which `required` lines are met, the
 * last character, the run it ends), exact in doubles (see `_rules_count.ts`). A
 * password is drawn by rejection (uniform candidates until one is valid)
 * when at least 1 candidate in `REJECT_ODDS` is valid, else as one
 * `randbelow(count)` unranked position by position; either way every valid
 * string is exactly equally likely.
 *
 * @module
 */

import { describe, type DrawsAndBelow, log2Big, optionError } from "../core/mod.ts";
import {
  MAX_PASSWORD_LENGTH,
  type PasswordRules,
  registerRules,
  REJECT_ODDS,
  type RulesPlan,
  type RulesRequest,
} from "./_rules_engine.ts";
import { allowedChars, type ParsedRules, parsePasswordRules } from "./_rules_parse.ts";
import {
  codeStep,
  counterKey,
  counterLayout,
  countRow,
  countValid,
  lineSignature,
  programCounter,
  type RulesCounter,
  unrank,
} from "./_rules_count.ts";
import { charTable, drawText, textOfCodes } from "./_text.ts";

export { type ParsedRules, parsePasswordRules };
export type { PasswordRules, RulesPlan, RulesRequest };

/** The strength the default length reaches. */
const TARGET_BITS = 128;
/**
 * The most `required` lines counted (after dropping lines implied by another
 * or always met): real sites use up to five.
 */
export const MAX_RULE_LINES = 12;
/**
 * Counting states a character above which rules are refused: the masks of
 * `required` lines met, times the characters counted apart (every character
 * with a sequence neighbour, under `max-sequential`) or in groups, times the
 * runs they may end (real sites need at most 3,968).
 */
export const MAX_RULE_STATES = 32_768;
/**
 * Bits of counting table above which rules are refused (8 MiB): the table
 * grows with the states times the square of the length.
 */
export const MAX_RULE_TABLE_BITS = 67_108_864; // 2**26, written out so bundlers can drop it

/** A `RangeError` about `option` (the rules, by default; and `property`), `fn: option detail`. */
function rulesError(fn: string, detail: string, property?: string, option = "rules"): RangeError {
  const error = optionError(RangeError, fn, option, detail);
  if (property !== undefined) Object.assign(error, { property });
  return error;
}

/**
 * The `required` lines that constrain: within `allowed`, without lines that
 * hold every allowed character or contain another line. Linear in the lines:
 * they are taken by size, and each is compared with the at most
 * {@linkcode MAX_RULE_LINES} kept so far; one more is refused at once.
 */
function minimalLines(rules: ParsedRules, allowed: ReadonlySet<string>, fn: string) {
  const bySize: { set: Set<string>; index: number }[][] = [];
  rules.required.forEach((line, index) => {
    const set = new Set<string>();
    for (const c of line.chars) if (allowed.has(c)) set.add(c);
    if (set.size === 0) {
      throw rulesError(
        fn,
        `leaves no usable character in '${line.text}', so the rules cannot be met`,
        "required",
        "exclude",
      );
    }
    if (set.size < allowed.size) (bySize[set.size] ??= []).push({ set, index });
  });
  const kept: { set: Set<string>; index: number }[] = [];
  for (const lines of bySize) {
    for (const line of lines ?? []) {
      const implied = kept.some(({ set }) => {
        for (const c of set) if (!line.set.has(c)) return false;
        return true;
      });
      if (implied) continue;
      kept.push(line);
      if (kept.length > MAX_RULE_LINES) {
        throw rulesError(
          fn,
          `cannot be counted quickly: more than ${MAX_RULE_LINES} required lines, none ` +
            `containing another (at most ${MAX_RULE_LINES})`,
          "required",
        );
      }
    }
  }
  // In the order written, so that a rule set draws as it always has.
  return kept.sort((a, b) => a.index - b.index).map(({ set }) => set);
}

/** The longest length, up to `hi`, whose table stays within MAX_RULE_TABLE_BITS. */
function mostCountable(width: number, size: number, hi: number): number {
  const perChar = Math.log2(size);
  let bits = width; // row 0
  let n = 1;
  while (n < hi && bits + width * (n * perChar + 1) <= MAX_RULE_TABLE_BITS) {
    bits += width * (n * perChar + 1);
    n++;
  }
  return n;
}

/** A length and its count, or (`most`) the longest length counted, short of the target. */
type Count =
  | {
    readonly length: number;
    readonly valid: bigint;
    readonly counter: RulesCounter | undefined;
    /** The largest count at any length from `lo`, and that length. */
    readonly best?: { readonly length: number; readonly valid: bigint };
  }
  | { readonly most: number };

/**
 * The counter a rules object keeps for its plans: the one `passwordRules()`
 * checked the rules with. Its rows are a pure function of the rules' values
 * (and its key), so a plan with the same key goes on from them.
 */
export interface CounterCache {
  counter?: RulesCounter;
}

/**
 * Counts lengths from 1 up: the first from `lo` whose count reaches
 * `target`, or `hi`; or the longest length the table bound allows, if it
 * stops the count first. The bounds (states, the longest length countable)
 * are checked before any table is made. The counter of `cache` is used if
 * its key matches; else the counter made is kept there if it is empty.
 */
function countUp(
  chars: readonly string[],
  lines: readonly ReadonlySet<string>[],
  rules: ParsedRules,
  lo: number,
  hi: number,
  target: bigint,
  asked: number | undefined,
  fn: string,
  cache: CounterCache,
): Count {
  const R = rules.maxRepeating ?? Infinity, S = rules.maxSequential ?? Infinity;
  if (lines.length === 0 && R >= hi && S >= hi) {
    // Every string over the allowed characters is valid: no table needed.
    const size = BigInt(chars.length);
    let length = lo;
    while (length < hi && size ** BigInt(length) < target) length++;
    return { length, valid: size ** BigInt(length), counter: undefined };
  }
  const cached = cache.counter;
  const reuse = cached !== undefined && cached.key === counterKey(chars, R, S, hi);
  // The width is checked on the layout, before any table is made: hostile
  // rules (a dozen lines and long run limits) would otherwise build tables of
  // hundreds of millions of entries before being refused.
  const layout = reuse ? cached : counterLayout(chars, lines, R, S, hi);
  if (layout.width > MAX_RULE_STATES) {
    throw rulesError(
      fn,
      `cannot be counted quickly: ${lines.length} required line${
        lines.length === 1 ? "" : "s"
      } and the run limits make ${layout.width} counting states a character (at most ` +
        `${MAX_RULE_STATES})`,
    );
  }
  const counter = reuse ? cached : programCounter(layout);
  const most = mostCountable(counter.width, chars.length, hi);
  if (asked !== undefined && asked > most) {
    throw rulesError(
      fn,
      `must be at most ${most} for these rules (the longest they can be counted at ` +
        `quickly), got ${asked}`,
      undefined,
      "length",
    );
  }
  if (lo > most) {
    throw rulesError(
      fn,
      `cannot be counted quickly: minlength must be at most ${most} (the longest these rules ` +
        `can be counted at), got ${lo}`,
      "minlength",
    );
  }
  cache.counter ??= counter; // kept once within the work bounds
  let best = { length: lo, valid: 0n }; // the largest count from lo, for messages
  for (let n = 1; n <= most; n++) {
    while (counter.rows.length < n) countRow(counter);
    const valid = countValid(counter, n);
    if (n >= lo && valid > best.valid) best = { length: n, valid };
    if (n >= lo && (valid >= target || n === hi)) return { length: n, valid, counter, best };
  }
  return { most };
}

/**
 * Makes the plan: the allowed set (the union of `allowed` and `required`
 * values, or `ascii-printable` if there are neither, minus excluded
 * characters), the `required` lines that constrain, the length, and the
 * exact count.
 *
 * @throws {RangeError} If the rules allow fewer than two passwords, fewer
 * than `minBits`, or cannot be counted quickly.
 */
export function rulesPlan(
  rules: ParsedRules,
  req: RulesRequest,
  fn: string,
  cache: CounterCache = {},
): RulesPlan {
  const allowed = allowedChars(rules);
  for (const c of req.exclude) allowed.delete(c);
  const chars = [...allowed].sort();
  if (chars.length < 2) {
    throw rulesError(
      fn,
      `leaves the rules ${chars.length} usable character${
        chars.length === 1 ? "" : "s"
      }; a password needs at least 2`,
      undefined,
      "exclude",
    );
  }
  const lines = minimalLines(rules, allowed, fn);
  let hi = Math.min(rules.maxLength ?? Infinity, req.maxPasswordLength);
  let lo = Math.max(1, rules.minLength);
  if (req.length !== undefined) {
    if (req.length < lo || req.length > hi) {
      const bound = rules.maxLength === undefined ? `${hi}, the most a password may have` : hi;
      throw rulesError(
        fn,
        `${req.length} is outside the rules' bounds (${lo} to ${bound})`,
        undefined,
        "length",
      );
    }
    lo = hi = req.length;
  }
  const bits = Math.max(TARGET_BITS, req.minBits ?? 0);
  const target = 1n << BigInt(bits);
  const count = countUp(chars, lines, rules, lo, hi, target, req.length, fn, cache);
  if ("most" in count) {
    throw rulesError(
      fn,
      `cannot be counted quickly: reaching ${bits} bits takes more than ${count.most} ` +
        `characters, the longest they can be counted at; give a length of at most ${count.most}`,
    );
  }
  const { length, valid, counter } = count;
  const chars1 = length === 1 ? "character" : "characters";
  // With no length asked for and no maxlength in the rules, the length is the
  // fewest characters for the target; rules whose count stops growing (say,
  // two characters and max-repeating: 1) never get there: refuse rather than
  // return the longest password for a bit or two.
  if (valid < target && req.length === undefined && rules.maxLength === undefined) {
    const best = count.best ?? count;
    throw rulesError(
      fn,
      `cannot reach ${bits} bits: they allow at most ${
        best.valid < 1000000n ? best.valid : `about 2**${best.valid.toString(2).length - 1}`
      } passwords, at ${best.length} character${
        best.length === 1 ? "" : "s"
      }; give a length, or allow more characters`,
    );
  }
  if (valid < 2n) {
    throw rulesError(
      fn,
      valid === 0n
        ? `cannot be met: no password of ${length} ${chars1} satisfies them`
        : `give only one password of ${length} ${chars1}; at least 2 are needed`,
    );
  }
  if (req.minBits !== undefined && valid < 1n << BigInt(req.minBits)) {
    const most = Math.floor(log2Big(valid) * 100) / 100;
    throw rulesError(
      fn,
      `must be at most what the rules allow, ${most} bits at ${length} ${chars1}, got ${req.minBits}`,
      undefined,
      "minBits",
    );
  }
  return {
    chars,
    lines: lines.length,
    maxRepeating: rules.maxRepeating ?? Infinity,
    maxSequential: rules.maxSequential ?? Infinity,
    length,
    valid,
    counter,
    text: charTable(chars),
    sigOf: sigsByCode(chars, lines),
    reject: counter !== undefined &&
      BigInt(chars.length) ** BigInt(length) <= BigInt(REJECT_ODDS) * valid,
    draw: drawRules,
  };
}

/**
 * Draws one password for `plan`, uniform over every valid string: when every
 * string over the allowed characters is valid, with `draws` (the bytes of
 * `length` calls of `choice` in a row); by rejection when the plan says so;
 * else by unranking one `randbelow(valid)`.
 */
export function drawRules(rand: DrawsAndBelow, plan: RulesPlan): string {
  if (plan.counter === undefined) return drawText(rand, plan.text, plan.length);
  if (plan.reject) return rejectRules(rand, plan);
  return unrank(plan.counter, plan.length, rand.randbelow(plan.valid));
}

/**
 * Whether a candidate meets the rules, read directly from their definitions
 * (not from the counting states): `drawn` are UTF-16 codes (every allowed
 * character is ASCII) whose `required` lines are the bits of `sigOf` (by
 * code); every line met (`full`), no run of one character longer than
 * `maxRepeating`, no ascending or descending sequence longer than
 * `maxSequential`.
 */
export function meetsRules(
  drawn: readonly number[],
  sigOf: readonly number[],
  full: number,
  maxRepeating: number,
  maxSequential: number,
): boolean {
  let mask = 0, repeat = 0, sequence = 0, direction = 0, last = -1;
  for (let p = 0; p < drawn.length; p++) {
    const x = drawn[p];
    mask |= sigOf[x];
    if (x === last) {
      if (++repeat > maxRepeating) return false;
      sequence = 1;
      direction = 0;
      continue;
    }
    repeat = 1;
    // A step of one code continues or starts a sequence only within a range.
    const d = x - last;
    if ((d === 1 || d === -1) && codeStep(last, x) !== 0) {
      if (d === direction) sequence++;
      else {
        sequence = 2;
        direction = d;
      }
      if (sequence > maxSequential) return false;
    } else {
      sequence = 1;
      direction = 0;
    }
    last = x;
  }
  return mask === full;
}

/**
 * Candidates of `length` characters, each a `choice` of the allowed ones,
 * until one meets the rules. Unbiased: every candidate is equally likely and
 * a valid one is kept as drawn, so the password is uniform over the valid
 * strings; the plan takes this path only when at least 1 candidate in
 * `REJECT_ODDS` is valid, so it ends after 8 candidates or fewer on average.
 */
export function rejectRules(rand: DrawsAndBelow, plan: RulesPlan): string {
  const { sigOf, length, maxRepeating, maxSequential } = plan;
  // The codes themselves are drawn: `choice` of the codes draws as `choice`
  // of the characters (the same length, the same order), the same bytes.
  const codes = plan.text.codes!; // the allowed characters are ASCII
  const full = (1 << plan.lines) - 1;
  while (true) {
    const drawn = rand.draws(codes, length);
    if (meetsRules(drawn, sigOf, full, maxRepeating, maxSequential)) return textOfCodes(drawn);
  }
}

/** The required lines each of `chars` (ASCII) meets, by code: {@linkcode RulesPlan.sigOf}. */
function sigsByCode(chars: readonly string[], lines: readonly ReadonlySet<string>[]): number[] {
  const out = new Array<number>(128).fill(0);
  for (const c of chars) out[c.charCodeAt(0)] = lineSignature(c, lines);
  return out;
}

/**
 * Refuses rules that cannot give two passwords of any length they allow:
 * lengths are counted from `minlength` up until one allows two (within the
 * work bounds; rules that need longer are left to `password()`).
 */
function checkFeasible(rules: ParsedRules, fn: string, cache: CounterCache): void {
  const allowed = allowedChars(rules);
  const chars = [...allowed].sort();
  const lines = minimalLines(rules, allowed, fn);
  const lo = Math.max(1, rules.minLength);
  const hi = Math.min(rules.maxLength ?? Infinity, MAX_PASSWORD_LENGTH);
  const count = countUp(chars, lines, rules, lo, hi, 2n, undefined, fn, cache);
  if ("valid" in count && count.valid < 2n) {
    throw rulesError(
      fn,
      `give fewer than 2 passwords at every length from ${lo} to ${hi}`,
    );
  }
}

/**
 * Compiles `passwordrules` text for `password()` and `entropyBits()`.
 *
 * @throws {TypeError} If `text` is not a string or is malformed.
 * @throws {RangeError} If the rules cannot give two passwords.
 */
export function passwordRules(text: unknown, fn = "passwordRules()"): PasswordRules {
  if (typeof text !== "string") {
    throw optionError(
      TypeError,
      fn,
      "rules",
      `must be a string, got ${describe(text)}`,
      text,
    );
  }
  const parsed = parsePasswordRules(text, fn);
  const cache: CounterCache = {};
  checkFeasible(parsed, fn, cache);
  const rules: PasswordRules = {
    text,
    allowed: [...allowedChars(parsed)].sort().join(""),
    required: Object.freeze(parsed.required.map((line) => [...line.chars].sort().join(""))),
    minLength: parsed.minLength,
    maxLength: parsed.maxLength,
    maxRepeating: parsed.maxRepeating,
    maxSequential: parsed.maxSequential,
    maxConsecutive: parsed.maxConsecutive,
  };
  const frozen = Object.freeze(rules);
  registerRules(
    frozen,
    Object.freeze({ plan: (req: RulesRequest, f: string) => rulesPlan(parsed, req, f, cache) }),
  );
  return frozen;
}
