/**
 * Site password rules in Apple's `passwordrules` syntax (the WHATWG
 * proposal, whatwg/html#3518): parsed strictly, counted exactly, and drawn
 * uniformly over every string that satisfies them.
 *
 * Counting is a dynamic programme over (which `required` lines are met,
 * the group of the last character, its run length), in bigints. A password
 * is drawn by rejection when at least 1 candidate in 8 is valid (candidates
 * of uniform characters until one satisfies the rules), otherwise as one
 * `randbelow(count)` unranked position by position: either way every valid
 * string is exactly equally likely.
 *
 * @module
 */

import { closest, describe, type RecipeRandom } from "../core/mod.ts";
import { ASCII_PRINTABLE, DIGITS, LOWER, RULES_SPECIAL, UPPER } from "./_charset.ts";
import {
  type PasswordRules,
  registerRules,
  REJECT_ODDS,
  type RulesGroup as Group,
  type RulesPlan,
  type RulesRequest,
} from "./_rules_engine.ts";
import { charTable, drawText, textAt } from "./_text.ts";

export type { PasswordRules, RulesPlan, RulesRequest };

/** The properties of the language. */
const PROPERTIES = ["minlength", "maxlength", "required", "allowed", "max-consecutive"] as const;

/** The named character classes, as sets of ASCII characters (`unicode` is refused). */
const NAMED: Readonly<Record<string, string>> = {
  upper: UPPER,
  lower: LOWER,
  digit: DIGITS,
  special: RULES_SPECIAL,
  "ascii-printable": ASCII_PRINTABLE,
};
const CLASS_NAMES = ["upper", "lower", "digit", "special", "ascii-printable", "unicode"];

/** ASCII whitespace, as the proposal's parser skips it. */
const WHITESPACE = " \t\n\f\r";

/** A rule set, parsed: what it says, before any option narrows it. */
export interface ParsedRules {
  /** The union of every `allowed` value, or `undefined` if there is no `allowed` line. */
  readonly allowed: ReadonlySet<string> | undefined;
  /** Each `required` line: its characters and its text, for messages. */
  readonly required: readonly { readonly chars: ReadonlySet<string>; readonly text: string }[];
  /** The largest `minlength` (0 if none). */
  readonly minLength: number;
  /** The smallest `maxlength`, if any. */
  readonly maxLength: number | undefined;
  /** The smallest `max-consecutive`, if any. */
  readonly maxConsecutive: number | undefined;
}

function snippet(text: string): string {
  return JSON.stringify(text.length > 24 ? text.slice(0, 24) + "…" : text);
}

/**
 * Parses `passwordrules` text. Property names and class names are ASCII
 * case-insensitive; whitespace may surround every token; a custom class
 * `[...]` may hold `-` only first and `]` only last (written `]]`); its
 * characters outside ASCII printable are ignored, as the proposal says.
 * Repeated `minlength` keep the largest, `maxlength` and `max-consecutive`
 * the smallest.
 *
 * @throws {TypeError} If the text is malformed: naming the offending part.
 * @throws {RangeError} If it names `unicode`, which cannot be honoured.
 */
export function parsePasswordRules(src: string, fn: string): ParsedRules {
  const n = src.length;
  let i = 0;
  const fail = (message: string): never => {
    throw new TypeError(`${fn}: ${message}`);
  };
  const skip = () => {
    while (i < n && WHITESPACE.includes(src[i])) i++;
  };
  const isName = (c: string | undefined) =>
    c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "-");
  const name = () => {
    const start = i;
    while (isName(src[i])) i++;
    return src.slice(start, i);
  };
  const rest = () => (i < n ? snippet(src.slice(i)) : "the end");

  let allowed: Set<string> | undefined;
  const required: { chars: Set<string>; text: string }[] = [];
  let minLength = 0;
  let maxLength: number | undefined;
  let maxConsecutive: number | undefined;

  const classes = (property: string, into: Set<string>) => {
    while (true) {
      const start = i;
      if (isName(src[i])) {
        const raw = name();
        const id = raw.toLowerCase();
        if (id === "unicode") {
          throw new RangeError(
            `${fn}: '${raw}' (any Unicode character) cannot be honoured: no finite set is ` +
              `named to draw from uniformly; use ascii-printable or [...]`,
          );
        }
        const set = NAMED[id];
        if (set === undefined) {
          const hint = closest(raw, CLASS_NAMES);
          fail(
            `unknown character class '${raw}' in '${property}'${
              hint ? ` (did you mean '${hint}'?)` : ""
            }`,
          );
        }
        for (const c of set) into.add(c);
      } else if (src[i] === "[") {
        i++;
        const first = i;
        const chars: string[] = [];
        let closed = false;
        while (i < n) {
          const c = src[i];
          if (c === "]") {
            // A literal "]" is written last, as "]]".
            if (src[i + 1] === "]") {
              chars.push("]");
              i++;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "-" && i > first) {
            fail(
              `in ${
                snippet(src.slice(start, src.indexOf("]", i) + 1 || n))
              }, '-' may only come first (it is reserved for ranges)`,
            );
          }
          // The proposal: characters outside ASCII printable are ignored.
          if (c >= " " && c <= "~") chars.push(c);
          i++;
        }
        if (!closed) fail(`unterminated character class ${snippet(src.slice(start))}`);
        if (i - start === 2) fail(`empty character class "[]" in '${property}'`);
        for (const c of chars) into.add(c);
      } else {
        fail(`expected a class name or [...] in '${property}', got ${rest()}`);
      }
      skip();
      if (i >= n || src[i] === ";") return;
      if (src[i] !== ",") fail(`expected ',' or ';' in '${property}', got ${rest()}`);
      i++;
      skip();
      if (i >= n || src[i] === ";") fail(`expected a class after ',' in '${property}'`);
    }
  };

  skip();
  while (i < n) {
    if (!isName(src[i])) fail(`expected a property name, got ${rest()}`);
    const raw = name();
    const property = raw.toLowerCase();
    if (!(PROPERTIES as readonly string[]).includes(property)) {
      const hint = closest(raw, PROPERTIES);
      fail(`unknown property '${raw}'${hint ? ` (did you mean '${hint}'?)` : ""}`);
    }
    skip();
    if (src[i] !== ":") fail(`expected ':' after '${raw}', got ${rest()}`);
    i++;
    skip();
    if (i >= n || src[i] === ";") fail(`'${raw}' has no value`);
    const valueStart = i;
    if (property === "required" || property === "allowed") {
      const chars = new Set<string>();
      classes(raw, chars);
      if (property === "allowed") {
        allowed ??= new Set();
        for (const c of chars) allowed.add(c);
      } else {
        required.push({ chars, text: `${raw}: ${src.slice(valueStart, i).trim()}` });
      }
    } else {
      while (i < n && src[i] >= "0" && src[i] <= "9") i++;
      const digits = src.slice(valueStart, i);
      skip();
      if (digits === "" || (i < n && src[i] !== ";")) {
        const end = src.indexOf(";", valueStart);
        fail(
          `'${raw}' must be a non-negative integer, got ${
            snippet(src.slice(valueStart, end < 0 ? n : end).trim())
          }`,
        );
      }
      if (digits.length > 15) fail(`'${raw}' is too large: ${snippet(digits)}`);
      const value = Number(digits); // exact: at most 15 digits
      if (property === "minlength") minLength = Math.max(minLength, value);
      else if (property === "maxlength") maxLength = Math.min(maxLength ?? Infinity, value);
      else maxConsecutive = Math.min(maxConsecutive ?? Infinity, value);
    }
    skip();
    if (i < n) {
      if (src[i] !== ";") fail(`expected ';' after the value of '${raw}', got ${rest()}`);
      i++;
      skip();
    }
  }
  return { allowed, required, minLength, maxLength, maxConsecutive };
}

/** The strength the default length reaches. */
const TARGET_BITS = 128;
/**
 * Counting states a character (2**lines times the groups of characters that
 * meet the same lines) above which rules are refused: eight independent
 * `required` lines at most (real sites use up to five).
 */
export const MAX_RULE_STATES = 4096;
/**
 * Bits of counting table above which rules are refused (2 MiB): the table
 * grows with the states times the square of the length.
 */
export const MAX_RULE_TABLE_BITS = 16_777_216; // 2**24, written out so bundlers can drop it

/**
 * Makes the plan: the allowed set (the union of `allowed` and `required`
 * values, or `ascii-printable` if there are neither, minus excluded
 * characters), the `required` lines that are not implied by another, the
 * length, and the exact count.
 *
 * @throws {RangeError} If no password can satisfy the rules, or counting
 * them would not be quick.
 */
export function rulesPlan(rules: ParsedRules, req: RulesRequest, fn: string): RulesPlan {
  const fail = (message: string): never => {
    throw new RangeError(`${fn}: ${message}`);
  };
  let allowed: Set<string>;
  if (rules.allowed === undefined && rules.required.length === 0) {
    allowed = new Set(ASCII_PRINTABLE);
  } else {
    allowed = new Set(rules.allowed);
    for (const line of rules.required) for (const c of line.chars) allowed.add(c);
  }
  for (const c of req.exclude) allowed.delete(c);
  const chars = [...allowed].sort();
  if (chars.length < 2) {
    fail(
      `the rules allow ${chars.length} usable character${
        chars.length === 1 ? "" : "s"
      }; a password needs at least 2`,
    );
  }
  // Required lines within the allowed set; a line that contains another is
  // implied by it, and one that holds every allowed character is always met.
  let lines = rules.required.map((line) => {
    const set = new Set([...line.chars].filter((c) => allowed.has(c)));
    if (set.size === 0) {
      fail(`rules: '${line.text}' leaves no usable character, so it cannot be met`);
    }
    return set;
  });
  const subset = (a: Set<string>, b: Set<string>) => [...a].every((c) => b.has(c));
  lines = lines.filter((a, i) =>
    a.size < chars.length &&
    !lines.some((b, j) => j !== i && subset(b, a) && (b.size < a.size || j < i))
  );
  const k = lines.length;
  const bySig = new Map<number, string[]>();
  const sigAt: number[] = [];
  for (const c of chars) {
    let sig = 0;
    for (let j = 0; j < k; j++) if (lines[j].has(c)) sig |= 1 << j;
    sigAt.push(sig);
    const list = bySig.get(sig);
    if (list) list.push(c);
    else bySig.set(sig, [c]);
  }
  const groups: Group[] = [...bySig].sort(([a], [b]) => a - b).map(([sig, cs]) => ({
    sig,
    chars: cs,
  }));

  const maxLength = Math.min(rules.maxLength ?? Infinity, req.maxPasswordLength);
  if (rules.maxLength === 0) fail("rules: maxlength must be at least 1");
  if (rules.maxConsecutive === 0) fail("rules: max-consecutive must be at least 1");
  if (rules.minLength > req.maxPasswordLength) {
    fail(`rules: minlength ${rules.minLength} is more than ${req.maxPasswordLength}`);
  }
  if (rules.minLength > maxLength) {
    fail(`rules: minlength ${rules.minLength} is more than maxlength ${maxLength}`);
  }
  let lo = Math.max(1, rules.minLength), hi = maxLength;
  if (req.length !== undefined) {
    if (req.length < lo || req.length > hi) {
      fail(
        `length ${req.length} is outside the rules' bounds (${lo} to ${
          rules.maxLength === undefined ? `${hi}, the most a password may have` : hi
        })`,
      );
    }
    lo = hi = req.length;
  }

  const m = rules.maxConsecutive ?? Infinity;
  const target = 1n << BigInt(TARGET_BITS);
  const table: bigint[][] = [];
  let length = lo, valid: bigint;
  if (k === 0 && m >= hi) {
    // Every string over the allowed characters is valid: no table needed.
    const size = BigInt(chars.length);
    while (length < hi && size ** BigInt(length) < target) length++;
    valid = size ** BigInt(length);
  } else {
    const G = groups.length, width = 2 ** k * G;
    if (k > 12 || width > MAX_RULE_STATES) {
      fail(
        `rules: ${k} independent required lines make ${width} counting states a character; ` +
          `at most ${MAX_RULE_STATES} can be counted quickly`,
      );
    }
    // State: (required lines met, group of the last character, its run r). With X(mask,
    // g, i) the completions of i characters whose first differs from the last one placed
    // and Q its prefix sums over i, the completions from (mask, g, r) are
    // Q(i) - Q(i - (m - r) - 1): t <= m - r more copies of the last character, then a
    // different one or the end. table[i] holds Q(., ., i), filled from table[i - 1].
    const full = 2 ** k - 1, sizes = groups.map((g) => BigInt(g.chars.length));
    const row0 = new Array<bigint>(width).fill(0n);
    for (let g = 0; g < G; g++) row0[full * G + g] = 1n;
    table.push(row0);
    const bitsPerChar = Math.log2(chars.length);
    let tableBits = 0;
    for (let i = 1;; i++) {
      // Valid strings of i characters: a first character of each group, then i - 1 more.
      valid = 0n;
      for (let h = 0; h < G; h++) {
        valid += sizes[h] * completions(table, G, m, i - 1, groups[h].sig, h, 1);
      }
      if (i >= lo && (valid >= target || i === hi)) {
        length = i;
        break;
      }
      tableBits += width * (i * bitsPerChar + 1);
      if (tableBits > MAX_RULE_TABLE_BITS) {
        fail(
          `rules: counting passwords of ${i + 1} characters under ${k} required line${
            k === 1 ? "" : "s"
          }${m === Infinity ? "" : " and max-consecutive"} needs more than ${
            MAX_RULE_TABLE_BITS / 2 ** 23
          } MiB of tables; ask for fewer characters`,
        );
      }
      const prev = table[i - 1], row = new Array<bigint>(width).fill(0n);
      for (let mask = 0; mask <= full; mask++) {
        let any = 0n; // over every next character: its completions
        for (let h = 0; h < G; h++) {
          any += sizes[h] * completions(table, G, m, i - 1, mask | groups[h].sig, h, 1);
        }
        for (let g = 0; g < G; g++) {
          if ((groups[g].sig & mask) !== groups[g].sig) continue; // unreachable
          // X: the next character differs from the last one (of group g).
          row[mask * G + g] = prev[mask * G + g] + any -
            completions(table, G, m, i - 1, mask, g, 1);
        }
      }
      table.push(row);
    }
  }
  if (valid === 0n) {
    fail(`rules: no password of ${length} character${length === 1 ? "" : "s"} satisfies them`);
  }
  // With no length asked for and no maxlength in the rules, the length is the
  // fewest characters for TARGET_BITS; rules whose count stops growing (say,
  // two characters and max-consecutive: 1) never get there: refuse rather
  // than return the longest password for a bit or two.
  if (valid < target && req.length === undefined && rules.maxLength === undefined) {
    fail(
      `rules: these rules cannot reach ${TARGET_BITS} bits: at ${length} characters ` +
        `they allow ${
          valid < 1000000n ? valid : `about 2**${valid.toString(2).length - 1}`
        } passwords; give a length, or allow more characters`,
    );
  }
  return {
    chars,
    groups,
    lines: k,
    maxRun: m,
    length,
    valid,
    table,
    text: charTable(chars),
    sigAt,
    reject: BigInt(chars.length) ** BigInt(length) <= BigInt(REJECT_ODDS) * valid,
    draw: drawRules,
  };
}

/** Completions of i characters from (lines met, last character's group g, its run r). */
function completions(
  table: readonly (readonly bigint[])[],
  G: number,
  m: number,
  i: number,
  mask: number,
  g: number,
  r: number,
): bigint {
  const j = i - (m - r) - 1;
  return table[i][mask * G + g] - (j >= 0 ? table[j][mask * G + g] : 0n);
}

/**
 * Draws one password for `plan`, uniform over every valid string: with one
 * `choice` a character when every string over the allowed characters is
 * valid; by rejection when at least 1 candidate in `REJECT_ODDS` is valid;
 * else by unranking one `randbelow(valid)`.
 */
export function drawRules(rand: RecipeRandom, plan: RulesPlan): string {
  if (plan.table.length === 0) return drawText(rand, plan.text, plan.length);
  return plan.reject ? rejectRules(rand, plan) : unrankRules(rand, plan);
}

/**
 * Candidates of `length` characters, each uniform over the allowed ones,
 * until one meets every `required` line and `max-consecutive`: every
 * candidate is equally likely, so the one kept is uniform over the valid
 * strings.
 */
export function rejectRules(rand: RecipeRandom, plan: RulesPlan): string {
  const { text, sigAt, length: L, maxRun: m } = plan;
  const full = 2 ** plan.lines - 1;
  while (true) {
    const at = rand.draws(text.indices, L);
    let mask = 0, run = 0, ok = true;
    for (let p = 0; p < L; p++) {
      mask |= sigAt[at[p]];
      run = p > 0 && at[p] === at[p - 1] ? run + 1 : 1;
      if (run > m) {
        ok = false;
        break;
      }
    }
    if (ok && mask === full) return textAt(text, at);
  }
}

/** One `randbelow(valid)`, unranked position by position into the valid string of that rank. */
export function unrankRules(rand: RecipeRandom, plan: RulesPlan): string {
  const { groups, length: L, table, maxRun: m } = plan;
  const out = new Array<string>(L);
  const G = groups.length;
  let x = rand.randbelow(plan.valid);
  let mask = 0, g = -1, ci = -1, run = 0;
  for (let p = 0; p < L; p++) {
    const rem = L - p - 1;
    if (p > 0 && run < m) {
      const same = completions(table, G, m, rem, mask, g, run + 1);
      if (x < same) {
        out[p] = out[p - 1];
        run++;
        continue;
      }
      x -= same;
    }
    for (let h = 0; h < G; h++) {
      const n = groups[h].chars.length - (h === g ? 1 : 0);
      const next = mask | groups[h].sig;
      const per = completions(table, G, m, rem, next, h, 1);
      const block = BigInt(n) * per;
      if (x < block) {
        let idx = Number(x / per);
        x %= per;
        if (h === g && idx >= ci) idx++; // skip the last character itself
        out[p] = groups[h].chars[idx];
        mask = next;
        g = h;
        ci = idx;
        run = 1;
        break;
      }
      x -= block;
    }
  }
  return out.join("");
}

/**
 * Compiles `passwordrules` text for `password()` and `entropyBits()`.
 *
 * @throws {TypeError} If `text` is not a string or is malformed.
 * @throws {RangeError} If it names `unicode`.
 */
export function passwordRules(text: unknown, fn = "passwordRules()"): PasswordRules {
  if (typeof text !== "string") {
    throw new TypeError(`${fn}: rules must be a string, got ${describe(text)}`);
  }
  const parsed = parsePasswordRules(text, fn);
  const allowed = new Set(parsed.allowed);
  for (const line of parsed.required) for (const c of line.chars) allowed.add(c);
  const rules = {
    text,
    allowed:
      (parsed.allowed === undefined && parsed.required.length === 0
        ? [...ASCII_PRINTABLE]
        : [...allowed].sort()).join(""),
    required: Object.freeze(parsed.required.map((line) => [...line.chars].sort().join(""))),
    minLength: parsed.minLength,
    maxLength: parsed.maxLength,
    maxConsecutive: parsed.maxConsecutive,
  };
  const frozen = Object.freeze(rules);
  registerRules(
    frozen,
    Object.freeze({ plan: (req: RulesRequest, f: string) => rulesPlan(parsed, req, f) }),
  );
  return frozen;
}
