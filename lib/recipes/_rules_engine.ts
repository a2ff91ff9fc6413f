/**
 * What `password()` needs to know of compiled password rules, without
 * importing the parser and counter: each `PasswordRules` object that
 * `passwordRules()` makes is registered here with its engine, so bundles that
 * never call `passwordRules()` leave the rules code out, and no caller can
 * forge one (a copy, or an object with the same text, is not registered).
 *
 * @module
 */

import type { CharTable } from "./_text.ts";

import type { RecipeRandom } from "../core/mod.ts";

/** The rules objects `passwordRules()` made, and their engines. */
const ENGINES = /* @__PURE__ */ new WeakMap<object, RulesEngine>();

/** Registers a rules object that `passwordRules()` made. */
export function registerRules(rules: PasswordRules, engine: RulesEngine): void {
  ENGINES.set(rules, engine);
}

/** The engine of a rules object `passwordRules()` made; `undefined` for anything else. */
export function engineOf(rules: unknown): RulesEngine | undefined {
  return typeof rules === "object" && rules !== null ? ENGINES.get(rules) : undefined;
}

/** Narrowing a rule set by options, and the length to use. */
export interface RulesRequest {
  /** The `length` option, if given. */
  readonly length: number | undefined;
  /** Characters removed from every set (`exclude`, `excludeAmbiguous`). */
  readonly exclude: ReadonlySet<string>;
  /** The most characters a password may have. */
  readonly maxPasswordLength: number;
}

/** Characters sharing one signature: the set of `required` lines they meet. */
export interface RulesGroup {
  /** Bit i set: the characters meet required line i. */
  readonly sig: number;
  /** The characters, in code point order. */
  readonly chars: readonly string[];
}

/** What a rules password is drawn from: a pure function of the rules and the request. */
export interface RulesPlan {
  /** The allowed characters, in code point order. */
  readonly chars: readonly string[];
  /** The allowed characters grouped by the required lines they meet. */
  readonly groups: readonly RulesGroup[];
  /** Number of required lines left after dropping implied ones. */
  readonly lines: number;
  /** Longest run of one character (`Infinity` without `max-consecutive`). */
  readonly maxRun: number;
  /** Number of characters. */
  readonly length: number;
  /** Number of strings of `length` characters that satisfy the rules. */
  readonly valid: bigint;
  /**
   * Counting table, `table[i][mask * groups + g]` for `i` characters still to
   * place; empty when every string over `chars` is valid.
   */
  readonly table: readonly (readonly bigint[])[];
  /** The allowed characters, ready to build a password from drawn indices. */
  readonly text: CharTable;
  /** The `required` lines (bit i: line i) each character of `chars` meets, by index. */
  readonly sigAt: readonly number[];
  /**
   * Draw by rejection: candidates of `length` uniform characters until one
   * satisfies the rules, when at least 1 in {@linkcode REJECT_ODDS} does
   * (exactly: `chars.length ** length <= REJECT_ODDS * valid`); otherwise
   * unrank one `randbelow(valid)`.
   */
  readonly reject: boolean;
  /** Draws one password for this plan. */
  readonly draw: (rand: RecipeRandom, plan: RulesPlan) => string;
}

/**
 * A rules password is drawn by rejection when at least one candidate in this
 * many satisfies the rules: a candidate costs one byte a character, an
 * unranked password a bigint division a character.
 */
export const REJECT_ODDS = 8;

/** A `PasswordRules` object's engine. */
export interface RulesEngine {
  /**
   * The plan for a request.
   *
   * @throws {RangeError} If no password can satisfy the rules, or counting them would not be quick.
   */
  plan(req: RulesRequest, fn: string): RulesPlan;
}

/**
 * A site's password rules, parsed and checked by `passwordRules()`: what they
 * say. How to count and draw passwords for them is kept in a module-private
 * registry of the objects `passwordRules()` made; any other object, a copy
 * included, is refused.
 */
export interface PasswordRules {
  /** The rules' text, as given. */
  readonly text: string;
  /** The characters a password may use, in code point order. */
  readonly allowed: string;
  /** The characters of each `required` line, in code point order. */
  readonly required: readonly string[];
  /** The largest `minlength` (0 if none). */
  readonly minLength: number;
  /** The smallest `maxlength`, if any. */
  readonly maxLength: number | undefined;
  /** The smallest `max-consecutive`, if any. */
  readonly maxConsecutive: number | undefined;
}
