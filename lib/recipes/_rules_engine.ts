/**
 * What `password()` needs to know of compiled password rules, without
 * importing the parser and counter: each `PasswordRules` object that
 * `passwordRules()` makes is registered here with its engine, so bundles that
 * never call `passwordRules()` leave the rules code out, and no caller can
 * forge one (a copy, or an object with the same text, is not registered).
 *
 * @module
 */

import type { DrawsAndBelow } from "../core/mod.ts";
import type { RulesCounter } from "./_rules_count.ts";
import type { CharTable } from "./_text.ts";

/** The most characters a password may have. */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * A rules password is drawn by rejection when at least one candidate in this
 * many is valid: a candidate costs about one byte and a few comparisons a
 * character, an unranked password bigint divisions a character (several
 * times that), so up to 8 candidates still cost less.
 */
export const REJECT_ODDS = 8;

/** The rules objects `passwordRules()` made, and their engines. */
const ENGINES = /* @__PURE__ */ new WeakMap<object, RulesEngine>();

/** Registers a rules object that `passwordRules()` made. */
export function registerRules(rules: PasswordRules, engine: RulesEngine): void {
  ENGINES.set(rules, engine);
}

/**
 * The `randbelow` of the OS pool, for `password()` of the recipes entry
 * point, which reaches it only through rules: the entry point's
 * `passwordRules()` sets it before it registers a rules object, so a bundle
 * that never compiles rules leaves `randbelow` out. Kept here, beside the
 * registry, so that it is set wherever registered rules can come from (two
 * copies of the entry point share this module, and its registry).
 */
let osBelow: ((n: bigint) => bigint) | undefined;

/** Sets {@linkcode osBelow} (to the same function each time). */
export function setOsBelow(below: (n: bigint) => bigint): void {
  osBelow = below;
}

/** {@linkcode osBelow}: set before any rules object was registered. */
export function getOsBelow(): (n: bigint) => bigint {
  if (osBelow === undefined) {
    throw new Error("unreachable: rules are registered only after setOsBelow()");
  }
  return osBelow;
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
  /** The `minBits` option, if given: the least entropy accepted (and aimed for). */
  readonly minBits: number | undefined;
}

/** What a rules password is drawn from: a pure function of the rules and the request. */
export interface RulesPlan {
  /** The allowed characters, in code point order. */
  readonly chars: readonly string[];
  /** Number of required lines that constrain (implied and always-met lines dropped). */
  readonly lines: number;
  /** Longest run of one character (`Infinity` if not limited). */
  readonly maxRepeating: number;
  /** Longest ascending or descending sequence (`Infinity` if not limited). */
  readonly maxSequential: number;
  /** Number of characters. */
  readonly length: number;
  /** Number of strings of `length` characters that satisfy the rules. */
  readonly valid: bigint;
  /** The counting table; `undefined` when every string over `chars` is valid. */
  readonly counter: RulesCounter | undefined;
  /** `chars`, ready to build a password from drawn indices. */
  readonly text: CharTable;
  /**
   * The `required` lines (bit j: line j) that each of `chars` meets, by
   * UTF-16 code (every character counted is ASCII: 128 entries, 0 for codes
   * not allowed).
   */
  readonly sigOf: readonly number[];
  /**
   * Drawn by rejection: candidates of `length` uniform characters until one
   * is valid, chosen when at least 1 candidate in {@linkcode REJECT_ODDS} is
   * (`chars.length ** length <= REJECT_ODDS * valid`); else one
   * `randbelow(valid)` unranked. Either way, uniform over the valid strings.
   */
  readonly reject: boolean;
  /** Draws one password for this plan. */
  readonly draw: (rand: DrawsAndBelow, plan: RulesPlan) => string;
}

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
 *
 * @example What a site's rules say, and a password that meets them
 * ```ts
 * import assert from "node:assert/strict";
 * import { password, passwordRules, type PasswordRules } from "@secrets/secrets/recipes";
 *
 * const rules: PasswordRules = passwordRules("minlength: 12; required: digit; allowed: lower;");
 * assert.equal(rules.minLength, 12);
 * assert.deepEqual(rules.required, ["0123456789"]);
 * assert.equal(rules.allowed, "0123456789abcdefghijklmnopqrstuvwxyz");
 * assert.match(password({ rules }), /^(?=.*\d)[0-9a-z]{12,}$/);
 * assert.throws(() => password({ rules: { ...rules } }), { name: "TypeError" }); // a copy
 * ```
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
  /**
   * The longest run of one character allowed: the smallest `max-repeating`
   * or `max-consecutive`, if any.
   */
  readonly maxRepeating: number | undefined;
  /**
   * The longest ascending or descending sequence allowed (`abc`, `321`): the
   * smallest `max-sequential` or `max-consecutive`, if any.
   */
  readonly maxSequential: number | undefined;
  /** The smallest `max-consecutive`, if any: it limits both runs. */
  readonly maxConsecutive: number | undefined;
}
