/**
 * Passwords uniform over every string that meets their constraints, with
 * the exact number of such strings.
 *
 * The draw is the recipe of Python's `secrets` documentation: whole
 * candidates of `choice(alphabet)` characters, rejected until one meets the
 * minimums. Rejection keeps every valid string equally likely (inserting the
 * required characters and shuffling does not), and with the same bytes it
 * returns what the Python recipe returns.
 *
 * @module
 */

import {
  atLoad,
  describe,
  type DrawsAndBelow,
  log2Big,
  optionError,
  readOptionList,
} from "../core/mod.ts";
import { flagOption, intOption, textOption } from "./_check.ts";
import {
  AMBIGUOUS,
  characterSet,
  checkDistinct,
  DIGITS,
  LOWER,
  SYMBOLS,
  UPPER,
} from "./_charset.ts";
import { type CharTable, charTable, drawText, textOfChars, textOfCodes } from "./_text.ts";
import {
  engineOf,
  MAX_PASSWORD_LENGTH,
  type PasswordRules,
  type RulesPlan,
} from "./_rules_engine.ts";
import type { Recipe } from "./_recipe.ts";

/**
 * Options of `password()` and `entropyBits("password")`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { password, type PasswordOptions } from "@secrets/secrets/recipes";
 * const options: PasswordOptions = { length: 12, minDigits: 2 };
 * assert(password(options).length === 12);
 * ```
 */
export interface PasswordOptions {
  /**
   * Number of characters (default: the fewest that give at least 128 bits, at
   * most 1024; with `rules`, at least `minlength` and at most `maxlength`).
   */
  length?: number;
  /**
   * Characters to draw from (default: the 62 letters and digits): at least 2
   * that print distinctly, as `tokenText`'s alphabet (none repeated, no
   * control, invisible character or combining mark, no two forms of one
   * character), checked again once `symbols` has added its characters.
   */
  alphabet?: string;
  /** Add the 32 ASCII punctuation characters (Python's `string.punctuation`) to the alphabet. */
  symbols?: boolean;
  /** Remove look-alike characters: `B8G6I1l0OQDS5Z2|` (pwgen's `-B` set, and `|`). */
  excludeAmbiguous?: boolean;
  /** Characters to remove from the alphabet. */
  exclude?: string;
  /** At least this many of `a-z` (default 0). */
  minLower?: number;
  /** At least this many of `A-Z` (default 0). */
  minUpper?: number;
  /** At least this many of `0-9` (default 0). */
  minDigits?: number;
  /** At least this many ASCII punctuation characters (default 0). */
  minSymbols?: number;
  /**
   * A site's rules in Apple's `passwordrules` syntax, compiled by
   * `passwordRules()` (see `password()` for the language, the length chosen
   * and the limits), e.g. `passwordRules("minlength: 12; required: lower;
   * required: upper; required: digit; max-consecutive: 2")`. Replaces
   * `alphabet`, `symbols` and the minimums (combining them is a `TypeError`);
   * `length`, `exclude` and `excludeAmbiguous` still apply.
   */
  rules?: PasswordRules;
  /**
   * The least entropy accepted, in bits: a whole number from 1 to 8192.
   * Without `length`, the length chosen is the fewest characters reaching
   * `minBits` (or 128, if more); options or rules that cannot reach it are a
   * `RangeError` saying the most they allow.
   */
  minBits?: number;
}

const KEYS = [
  "length",
  "alphabet",
  "symbols",
  "excludeAmbiguous",
  "exclude",
  "minLower",
  "minUpper",
  "minDigits",
  "minSymbols",
  "rules",
  "minBits",
] as const;

/** Options that the rules replace. */
const RULES_EXCLUSIVE = [
  "alphabet",
  "symbols",
  "minLower",
  "minUpper",
  "minDigits",
  "minSymbols",
] as const;

/** The character classes that minimums apply to, in the order of the options. */
const CLASSES = [
  ["minLower", LOWER, "lowercase letter"],
  ["minUpper", UPPER, "uppercase letter"],
  ["minDigits", DIGITS, "digit"],
  ["minSymbols", SYMBOLS, "ASCII punctuation character (turn on symbols)"],
] as const;

/** The default alphabet: `A-Za-z0-9`, as in the Python docs' recipe. */
const DEFAULT_ALPHABET = /* @__PURE__ */ atLoad(() => LOWER + UPPER + DIGITS);

export { MAX_PASSWORD_LENGTH };
/** The strength the default length reaches. */
export const DEFAULT_PASSWORD_BITS = 128;
/**
 * Expected characters drawn per password (candidates times length) above
 * which constraints are refused as too tight: about 50 ms of drawing.
 */
export const MAX_EXPECTED_DRAWS = 1_048_576; // 2**20, written out so that bundlers can drop it

/** What a password is drawn from: a pure function of the validated options. */
export interface PasswordPlan {
  /** The alphabet, as code points. */
  readonly chars: readonly string[];
  /** The alphabet, ready to build a password from drawn indices. */
  readonly table: CharTable;
  /** Minimum count of each class (lower, upper, digits, symbols). */
  readonly mins: readonly number[];
  /** Number of characters. */
  readonly length: number;
  /** Number of strings of `length` characters that meet the minimums. */
  readonly valid: bigint;
  /** Number of strings of `length` characters over the alphabet. */
  readonly total: bigint;
  /** With `rules`: the rules' plan, which the draw follows instead of the recipe. */
  readonly rules?: RulesPlan;
}

/** Validated options: primitives only, so that they can key the plan cache. */
interface Checked {
  length: number | undefined;
  alphabet: string;
  symbols: boolean;
  excludeAmbiguous: boolean;
  exclude: string;
  mins: number[];
  rules: PasswordRules | undefined;
  minBits: number | undefined;
}

/** The most `minBits` may be: more than 1024 characters of any alphabet here give. */
export const MAX_MIN_BITS = 8192;

/** Checks the values read by `readOptionList`, in the order of {@linkcode KEYS}. */
function check(v: readonly unknown[], fn: string): Checked {
  const o = Object.fromEntries(KEYS.map((k, i) => [k, v[i]])) as Record<
    (typeof KEYS)[number],
    unknown
  >;
  const length = o.length === undefined
    ? undefined
    : intOption(o.length, fn, "length", 1, MAX_PASSWORD_LENGTH);
  const rules = o.rules;
  if (rules !== undefined) {
    if (typeof rules === "string") {
      throw optionError(
        TypeError,
        fn,
        "rules",
        `must be compiled: write rules: passwordRules(${
          describe(rules.length > 30 ? rules.slice(0, 30) + "…" : rules)
        }) (so that bundles that never use rules leave the parser out)`,
        rules,
      );
    }
    if (engineOf(rules) === undefined) {
      throw optionError(
        TypeError,
        fn,
        "rules",
        `must be made by passwordRules(), got ${describe(rules)}`,
        rules,
      );
    }
    for (const key of RULES_EXCLUSIVE) {
      if (o[key] !== undefined) {
        throw optionError(
          TypeError,
          fn,
          "rules",
          `cannot be combined with ${key}: the rules say which characters are allowed and required`,
          undefined,
          { other: key },
        );
      }
    }
  }
  return {
    rules: rules as PasswordRules | undefined,
    minBits: o.minBits === undefined
      ? undefined
      : intOption(o.minBits, fn, "minBits", 1, MAX_MIN_BITS),
    length,
    alphabet: textOption(o.alphabet, fn, "alphabet", DEFAULT_ALPHABET),
    symbols: flagOption(o.symbols, fn, "symbols"),
    excludeAmbiguous: flagOption(o.excludeAmbiguous, fn, "excludeAmbiguous"),
    exclude: textOption(o.exclude, fn, "exclude", ""),
    mins: [
      o.minLower === undefined ? 0 : intOption(o.minLower, fn, "minLower", 0, MAX_PASSWORD_LENGTH),
      o.minUpper === undefined ? 0 : intOption(o.minUpper, fn, "minUpper", 0, MAX_PASSWORD_LENGTH),
      o.minDigits === undefined
        ? 0
        : intOption(o.minDigits, fn, "minDigits", 0, MAX_PASSWORD_LENGTH),
      o.minSymbols === undefined
        ? 0
        : intOption(o.minSymbols, fn, "minSymbols", 0, MAX_PASSWORD_LENGTH),
    ],
  };
}

/**
 * `log2` of an upper bound on the chance that `n` draws, each in a class with
 * chance `p`, give at least `m` of the class: Chernoff's `exp(-n D(m/n || p))`
 * when `m/n > p`, else 1 (so 0 is returned).
 */
function chernoffTail(n: number, p: number, m: number): number {
  const a = m / n;
  if (a <= p) return 0;
  const d = a * Math.log(a / p) + (a < 1 ? (1 - a) * Math.log((1 - a) / (1 - p)) : 0);
  return -n * d / Math.LN2; // log2 of the bound
}

/** `2**log2` for a message: exact below a million, else "about 4.98e+42". */
function about(log2: number): string {
  if (log2 < Math.log2(1_000_000)) return String(Math.floor(2 ** log2 + 1e-9));
  const log10 = log2 * Math.log10(2);
  const exponent = Math.floor(log10);
  return `about ${(10 ** (log10 - exponent)).toFixed(2)}e+${exponent}`;
}

/**
 * Number of strings of `n` characters over an alphabet of `size` that hold
 * at least `min` characters of each class, by inclusion and exclusion over
 * the classes that fall short: for each set S of classes, the strings in
 * which every class of S has fewer than its minimum are counted exactly
 * (choose the positions of S's characters, count the short strings over S's
 * classes, fill the rest from outside S). The work grows with the sum of
 * the minimums, not with `n` squared.
 */
export function countValid(
  n: number,
  size: number,
  classes: readonly { size: number; min: number }[],
): bigint {
  const req = classes.filter((c) => c.min > 0);
  if (req.length === 0) return BigInt(size) ** BigInt(n);
  // short[mask][m]: strings of m characters over the classes in mask, each
  // class used fewer than its minimum times (so m < the sum of minimums).
  const short: bigint[][] = [[1n]];
  const width = [0];
  for (let mask = 1; mask < 1 << req.length; mask++) {
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & (mask - 1);
    const base = short[rest];
    const { size: s, min } = req[i];
    const out = new Array<bigint>(base.length + min - 1).fill(0n);
    for (let m = 0; m < out.length; m++) {
      // Choose k of the m positions for class i: C(m, k) * s**k * base[m - k].
      let binom = 1n, power = 1n, sum = 0n;
      for (let k = 0; k < min && k <= m; k++) {
        if (m - k < base.length) sum += binom * power * base[m - k];
        binom = binom * BigInt(m - k) / BigInt(k + 1);
        power *= BigInt(s);
      }
      out[m] = sum;
    }
    short[mask] = out;
    width[mask] = width[rest] + s;
  }
  let valid = 0n;
  for (let mask = 0; mask < short.length; mask++) {
    const others = BigInt(size - width[mask]);
    const top = Math.min(n, short[mask].length - 1);
    // Sum over m of C(n, m) * short[m] * others**(n - m), from m = top down.
    let binom = 1n;
    for (let m = 0; m < top; m++) binom = binom * BigInt(n - m) / BigInt(m + 1);
    let power = others ** BigInt(n - top);
    let sum = 0n;
    for (let m = top; m >= 0; m--) {
      sum += binom * short[mask][m] * power;
      binom = binom * BigInt(m) / BigInt(n - m + 1);
      power *= others;
    }
    valid += popcount(mask) % 2 === 0 ? sum : -sum;
  }
  return valid;
}

function popcount(x: number): number {
  let c = 0;
  for (; x !== 0; x &= x - 1) c++;
  return c;
}

function makeRulesPlan(c: Checked & { rules: PasswordRules }, fn: string): PasswordPlan {
  const exclude = new Set(Array.from(c.exclude + (c.excludeAmbiguous ? AMBIGUOUS : "")));
  const rules = engineOf(c.rules)!.plan({
    length: c.length,
    exclude,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
    minBits: c.minBits,
  }, fn);
  return {
    chars: rules.chars,
    table: charTable(rules.chars),
    mins: [0, 0, 0, 0],
    length: rules.length,
    valid: rules.valid,
    total: BigInt(rules.chars.length) ** BigInt(rules.length),
    rules,
  };
}

function makePlan(c: Checked, fn: string): PasswordPlan {
  if (c.rules !== undefined) return makeRulesPlan(c as Checked & { rules: PasswordRules }, fn);
  let chars = characterSet(c.alphabet, fn, "alphabet");
  if (c.symbols) chars = chars.concat(Array.from(SYMBOLS).filter((s) => !chars.includes(s)));
  const drop = new Set(Array.from(c.exclude + (c.excludeAmbiguous ? AMBIGUOUS : "")));
  chars = chars.filter((ch) => !drop.has(ch));
  // The alphabet drawn from, checked once every option has added its part.
  if (c.symbols) {
    checkDistinct(chars, {
      fn,
      option: "alphabet",
      label: "with symbols added",
      other: "symbols",
      value: c.alphabet,
    });
  }
  if (chars.length < 2) {
    throw optionError(
      RangeError,
      fn,
      "alphabet",
      `has ${chars.length} usable character${
        chars.length === 1 ? "" : "s"
      }; a password needs at least 2`,
    );
  }
  const classes = CLASSES.map(([name, set, noun], k) => {
    const size = chars.filter((ch) => set.includes(ch)).length;
    if (c.mins[k] > 0 && size === 0) {
      throw optionError(
        RangeError,
        fn,
        name,
        `is ${c.mins[k]} but the alphabet has no ${noun}`,
        c.mins[k],
      );
    }
    return { size, min: c.mins[k] };
  });
  const minTotal = c.mins.reduce((a, b) => a + b, 0);
  let length = c.length;
  if (length === undefined) {
    // The fewest characters that reach DEFAULT_PASSWORD_BITS (or minBits), counted exactly.
    const target = 1n << BigInt(Math.max(DEFAULT_PASSWORD_BITS, c.minBits ?? 0));
    const size = BigInt(chars.length);
    length = Math.max(1, minTotal);
    while (length < MAX_PASSWORD_LENGTH && size ** BigInt(length) < target) length++;
    while (length < MAX_PASSWORD_LENGTH && countValid(length, chars.length, classes) < target) {
      length++;
    }
  }
  if (minTotal > length) {
    throw optionError(
      RangeError,
      fn,
      "length",
      `${length} is less than the minimums, which add up to ${minTotal}`,
      length,
    );
  }
  // Before counting exactly (which costs up to a second for long passwords
  // with large minimums), a bound that costs nothing: a candidate meets every
  // minimum less often than it meets any one of them, and Chernoff's bound
  // caps that chance. If even the cap means too many draws, refuse now.
  const tooTight = (odds: string) =>
    optionError(
      RangeError,
      fn,
      "length",
      `${length} is too short for the minimums: ${odds} candidates of ${length} characters meets them; lengthen the password or lower the minimums`,
      length,
    );
  // One password only: exactly when a class's minimum is the whole length
  // (the others are then 0) and that class has one character. A free place
  // has the whole alphabet, at least 2 characters, and two classes sharing
  // the length can swap places. Refused as an alphabet of one character is.
  if (classes.some((k) => k.min === length && k.size === 1)) {
    throw optionError(
      RangeError,
      fn,
      "length",
      `${length} with these minimums allows only one password; at least 2 are needed: lengthen the password or lower the minimums`,
      length,
    );
  }
  for (const { size, min } of classes) {
    const log2Cap = chernoffTail(length, size / chars.length, min);
    if (Math.log2(length) - log2Cap > Math.log2(MAX_EXPECTED_DRAWS)) {
      throw tooTight(`fewer than 1 in ${about(-log2Cap)}`);
    }
  }
  const valid = countValid(length, chars.length, classes);
  const total = BigInt(chars.length) ** BigInt(length);
  // Expected draws: (total / valid) candidates of `length` characters each.
  if (total * BigInt(length) > valid * BigInt(MAX_EXPECTED_DRAWS)) {
    throw tooTight(`only 1 in ${about(log2Big(total) - log2Big(valid))}`);
  }
  if (c.minBits !== undefined && valid < 1n << BigInt(c.minBits)) {
    const most = Math.floor(log2Big(valid) * 100) / 100;
    throw optionError(
      RangeError,
      fn,
      "minBits",
      `must be at most what the options allow, ${most} bits at ${length} characters, got ${c.minBits}`,
      c.minBits,
    );
  }
  return { chars, table: charTable(chars), mins: c.mins, length, valid, total };
}

// Plans are pure functions of the validated options, and passwords are
// usually drawn many times with the same ones: a few are remembered here,
// keyed by the validated values (never by the caller's object, which may
// change). This is the only cache of the recipes.
const PLAN_CACHE_SIZE = 32;
const plans = new Map<string, PasswordPlan>();
// The last plan used, and the option values it was planned from (as read,
// in the order of KEYS), checked before anything else: the same options are
// usually used many times in a row. Those values all passed the checks, so
// each is a primitive or a rules object (frozen, made from its text alone):
// values equal to them (===) make the same plan.
let lastValues: readonly unknown[] | undefined;
let lastPlan: PasswordPlan | undefined;
/** The plan of `password()` with no options: made once. */
let defaultPlan: PasswordPlan | undefined;

/**
 * The plan for `options`: validated first, then looked up or made.
 *
 * @throws {TypeError} If an option has the wrong type or is unknown.
 * @throws {RangeError} If the options cannot make a password (see `password()`).
 */
export function passwordPlan(options: unknown, fn: string): PasswordPlan {
  if (options === undefined) return defaultPlan ??= passwordPlan({}, fn);
  // Read into an array made here (a getter that calls password() cannot touch it).
  const v = new Array<unknown>(KEYS.length);
  readOptionList(options, KEYS, fn, v);
  if (lastPlan !== undefined && sameValues(v, lastValues!)) return lastPlan;
  const c = check(v, fn);
  // Unambiguous: the strings are length-prefixed, the rest are integers and
  // flags; the rules object stands for its text (frozen, made from the text alone).
  const rules = c.rules === undefined ? "-" : `${c.rules.text.length}:${c.rules.text}`;
  const alphabet = c.alphabet === DEFAULT_ALPHABET ? "-" : `${c.alphabet.length}:${c.alphabet}`;
  const m = c.mins;
  const key = `${c.length ?? ""}|${c.minBits ?? ""}|${m[0]},${m[1]},${m[2]},${m[3]}|` +
    `${+c.symbols}${+c.excludeAmbiguous}|${alphabet}|${rules}|${c.exclude}`;
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = makePlan(c, fn);
    if (plans.size >= PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value!);
    plans.set(key, plan);
  }
  lastValues = v;
  lastPlan = plan;
  return plan;
}

/** Whether the option values `a` and `b` (as read, in the order of KEYS) are the same. */
function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < KEYS.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Counts of a candidate's classes are summed as digits of this base: each is at most 1024. */
const TALLY = 2048;
/**
 * For each ASCII code, `TALLY ** k` for a character of class `k` (0 for
 * none): every character the classes hold is ASCII, so a character's class
 * follows from its code alone, and the sum over a candidate holds its four
 * counts (exact: under `2 ** 44`), added with no branch on the class.
 */
const WEIGHT_OF_CODE: readonly number[] = /* @__PURE__ */ atLoad(() => {
  const out = new Array<number>(128).fill(0);
  CLASSES.forEach(([, set], k) => {
    for (const ch of set) out[ch.charCodeAt(0)] = TALLY ** k;
  });
  return out;
});

// TALLY ** 2 and TALLY ** 3, as literals: an engine may compute `**` at run time.
const TALLY_2 = 4194304;
const TALLY_3 = 8589934592;

/** Whether the counts summed in `tally` (see {@linkcode WEIGHT_OF_CODE}) meet `mins`. */
function meets(tally: number, mins: readonly number[]): boolean {
  const c3 = Math.floor(tally / TALLY_3);
  if (c3 < mins[3]) return false;
  tally -= c3 * TALLY_3;
  const c2 = Math.floor(tally / TALLY_2);
  if (c2 < mins[2]) return false;
  tally -= c2 * TALLY_2;
  const c1 = Math.floor(tally / TALLY);
  return c1 >= mins[1] && tally - c1 * TALLY >= mins[0];
}

/**
 * Draws one password for `plan`: without rules, whole candidates of
 * `choice` characters until one meets the minimums (the Python recipe, byte
 * for byte); with rules, as the rules' plan says (by rejection, or one
 * `randbelow` of the number of valid strings, unranked).
 */
export function drawPassword(rand: DrawsAndBelow, plan: PasswordPlan): string {
  if (plan.rules !== undefined) return plan.rules.draw(rand, plan.rules);
  const { table, mins, length } = plan;
  if (mins[0] === 0 && mins[1] === 0 && mins[2] === 0 && mins[3] === 0) {
    return drawText(rand, table, length);
  }
  // Each candidate is `length` choices in one batch: the same bytes as
  // `length` calls of choice(chars). Where every character is one UTF-16
  // unit, the units are drawn (as drawText does); else the characters. Each
  // is counted by its (first) unit: every class is ASCII.
  const codes = table.codes;
  const seq: readonly (number | string)[] = codes ?? table.chars;
  while (true) {
    const drawn = rand.draws(seq, length);
    let tally = 0;
    for (let i = 0; i < length; i++) {
      const d = drawn[i];
      const code = typeof d === "number" ? d : d.charCodeAt(0);
      tally += code < 128 ? WEIGHT_OF_CODE[code] : 0;
    }
    if (meets(tally, mins)) {
      return codes !== undefined ? textOfCodes(drawn as number[]) : textOfChars(drawn as string[]);
    }
  }
}

/**
 * The `password` recipe: the plan (alphabet, minimums or rules, length and
 * exact count), drawn by {@linkcode drawPassword}; its entropy is `log2` of
 * the number of valid passwords.
 */
export const PASSWORD: Recipe<PasswordOptions, PasswordPlan, string, DrawsAndBelow> = {
  label: "password()",
  plan: passwordPlan,
  draw: drawPassword,
  bits: (plan) => log2Big(plan.valid),
};
