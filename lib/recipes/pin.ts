/**
 * PINs: `length` decimal digits, uniform over every digit string of that
 * length except the excluded ones (named kinds of weak PINs, a site's own
 * deny-list, or both), with the exact entropy of what is left.
 *
 * The draw is the Python docs' pattern: `''.join(secrets.choice(digits) for
 * _ in range(length))`, drawn again whole while it is excluded. Every allowed
 * PIN is equally likely, and a rejected candidate says nothing about the PIN
 * returned.
 *
 * @module
 */

import { atLoad, closest, describe, log2Big, optionError, readOptions } from "../core/mod.ts";
import type { Recipe } from "./_recipe.ts";
import { drawChars } from "./token_text.ts";
import { intOption } from "./_check.ts";

/**
 * A named kind of weak PIN, for {@linkcode PinOptions.exclude}. For a PIN of
 * digits `d[0] ... d[n-1]`:
 *
 * - `"repeated"`: one digit throughout, `d[i] = d[0]` for every `i`
 *   (`0000`, `777777`): 10 PINs of each length.
 * - `"sequential"`: each digit one more than the one before, or each one less
 *   (`1234`, `987654`), without wrapping around (`8901` is not sequential):
 *   `2 * (11 - n)` PINs of `n` digits up to 10 digits, none longer.
 * - `"repeating-pairs"`: each digit equal to the one two places before it,
 *   `d[i] = d[i-2]` for every `i >= 2`, so the first two digits repeated
 *   (`1212`, `505050`, `12121`; the repeated PINs too): 100 PINs of each length.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, type PinKind } from "@secrets/secrets/recipes";
 *
 * const exclude: PinKind[] = ["repeated", "sequential", "repeating-pairs"];
 * // 10**4 PINs less 100 repeating pairs (the 10 repeated among them) and 14 sequential.
 * assert.equal(entropyBits("pin", { length: 4, exclude }), Math.log2(10_000 - 114));
 * ```
 */
export type PinKind = "repeated" | "sequential" | "repeating-pairs";

/**
 * Options of {@linkcode pin}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pin, type PinOptions } from "@secrets/secrets/recipes";
 * const options: PinOptions = { length: 4, exclude: ["repeated", "1234", "2580"] };
 * assert.match(pin(options), /^\d{4}$/);
 * ```
 */
export interface PinOptions {
  /** The number of digits: a whole number from 4 to 12 (default 6). */
  length?: number;
  /**
   * What to leave out (default: nothing): kinds of weak PINs
   * ({@linkcode PinKind}) and PINs of `length` digits, as strings (a site's
   * own deny-list), in any mix and order. The PINs left out are the union of
   * all of them; at least 2 PINs must remain.
   */
  exclude?: readonly (PinKind | (string & Record<never, never>))[];
}

/**
 * The default number of digits of a PIN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pin, PIN_LENGTH } from "@secrets/secrets/recipes";
 * assert.equal(pin().length, PIN_LENGTH);
 * ```
 */
export const PIN_LENGTH = 6;
/**
 * The fewest digits a PIN may have.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pin, PIN_MIN_LENGTH } from "@secrets/secrets/recipes";
 * assert.equal(pin({ length: PIN_MIN_LENGTH }).length, 4);
 * assert.throws(() => pin({ length: PIN_MIN_LENGTH - 1 }), RangeError);
 * ```
 */
export const PIN_MIN_LENGTH = 4;
/**
 * The most digits a PIN may have.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pin, PIN_MAX_LENGTH } from "@secrets/secrets/recipes";
 * assert.equal(pin({ length: PIN_MAX_LENGTH }).length, 12);
 * assert.throws(() => pin({ length: PIN_MAX_LENGTH + 1 }), RangeError);
 * ```
 */
export const PIN_MAX_LENGTH = 12;
/**
 * The kinds of weak PINs, in the order of their documentation.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { entropyBits, PIN_KINDS } from "@secrets/secrets/recipes";
 * assert.deepEqual(PIN_KINDS, ["repeated", "sequential", "repeating-pairs"]);
 * assert(entropyBits("pin", { exclude: PIN_KINDS }) < Math.log2(10 ** 6));
 * ```
 */
export const PIN_KINDS: readonly PinKind[] = /* @__PURE__ */ Object.freeze(
  [
    "repeated",
    "sequential",
    "repeating-pairs",
  ] as const,
);

const DIGITS: readonly string[] = /* @__PURE__ */ atLoad(() =>
  Object.freeze(Array.from("0123456789"))
);
const PIN_DIGITS = /^[0-9]+$/;

/** What a PIN is drawn from: its length, the PINs left out, and how many remain. */
export interface PinPlan {
  readonly length: number;
  /** The union of every exclusion, as strings of `length` digits. */
  readonly excluded: ReadonlySet<string>;
  /** `10 ** length - excluded.size`: the PINs that can be drawn. */
  readonly allowed: number;
}

/** Every PIN of `length` digits of `kind`, by its definition. */
export function pinsOfKind(kind: PinKind, length: number): string[] {
  const out: string[] = [];
  if (kind === "repeated") {
    for (const d of DIGITS) out.push(d.repeat(length));
  } else if (kind === "sequential") {
    for (let first = 0; first < 10; first++) {
      for (const step of [1, -1]) {
        const last = first + step * (length - 1);
        if (last < 0 || last > 9) continue;
        let p = "";
        for (let i = 0; i < length; i++) p += DIGITS[first + step * i];
        out.push(p);
      }
    }
  } else {
    for (const a of DIGITS) {
      for (const b of DIGITS) {
        let p = "";
        for (let i = 0; i < length; i++) p += i % 2 === 0 ? a : b;
        out.push(p);
      }
    }
  }
  return out;
}

// The union of the PINs of some kinds, for a length: a pure function of two
// validated values (a mask of the 3 kinds, a length from 4 to 12), kept for
// the at most 63 pairs, so that a PIN does not rebuild its sets each draw.
const KIND_UNIONS = /* @__PURE__ */ new Map<number, ReadonlySet<string>>();

function kindsUnion(kinds: number, length: number): ReadonlySet<string> {
  const key = kinds * 100 + length;
  let union = KIND_UNIONS.get(key);
  if (union === undefined) {
    const set = new Set<string>();
    PIN_KINDS.forEach((kind, i) => {
      if (kinds & (1 << i)) { for (const p of pinsOfKind(kind, length)) set.add(p); }
    });
    union = set;
    KIND_UNIONS.set(key, union);
  }
  return union;
}

function excludeError(
  Kind: typeof TypeError | typeof RangeError,
  fn: string,
  index: number,
  length: number,
  entry: unknown,
  hint = "",
): Error {
  return optionError(
    Kind,
    fn,
    "exclude",
    `must hold kinds of PIN (${
      PIN_KINDS.join(", ")
    }) and PINs of ${length} digits as strings, got ${describe(entry)} at index ${index}${hint}`,
    entry,
    { index },
  );
}

/** Reads and validates {@linkcode PinOptions}. */
export function pinPlan(options: PinOptions | undefined, fn: string): PinPlan {
  const o = readOptions(options, ["length", "exclude"], fn);
  const length = o.length === undefined
    ? PIN_LENGTH
    : intOption(o.length, fn, "length", PIN_MIN_LENGTH, PIN_MAX_LENGTH);
  const exclude = o.exclude === undefined ? [] : o.exclude;
  if (!Array.isArray(exclude)) {
    throw optionError(
      TypeError,
      fn,
      "exclude",
      `must be an array of kinds of PIN and PINs, got ${describe(exclude)}`,
      exclude,
    );
  }
  const denied: string[] = [];
  let kinds = 0; // a bit for each kind named, in the order of PIN_KINDS
  const count = exclude.length;
  for (let i = 0; i < count; i++) {
    const entry: unknown = exclude[i];
    if (typeof entry !== "string") throw excludeError(TypeError, fn, i, length, entry);
    const kind = (PIN_KINDS as readonly string[]).indexOf(entry);
    if (PIN_DIGITS.test(entry)) {
      if (entry.length !== length) throw excludeError(RangeError, fn, i, length, entry);
      denied.push(entry);
    } else if (kind >= 0) {
      kinds |= 1 << kind;
    } else {
      const near = closest(entry, PIN_KINDS);
      throw excludeError(
        RangeError,
        fn,
        i,
        length,
        entry,
        near === undefined ? "" : ` (did you mean "${near}"?)`,
      );
    }
  }
  let excluded = kindsUnion(kinds, length);
  if (denied.length > 0) {
    const all = new Set(excluded);
    for (const p of denied) all.add(p);
    excluded = all;
  }
  const allowed = 10 ** length - excluded.size;
  if (allowed < 2) {
    throw optionError(
      RangeError,
      fn,
      "exclude",
      `leaves ${allowed} PIN${
        allowed === 1 ? "" : "s"
      } of ${length} digits; at least 2 must remain`,
    );
  }
  return { length, excluded, allowed };
}

/** The PIN recipe: plan, draw (whole candidates, redrawn while excluded), exact entropy. */
export const PIN: Recipe<PinOptions, PinPlan> = {
  label: "pin()",
  plan: pinPlan,
  draw: (random, { length, excluded }) => {
    for (;;) {
      const candidate = drawChars(random.choice, DIGITS, length);
      if (!excluded.has(candidate)) return candidate;
    }
  },
  bits: (plan) => log2Big(BigInt(plan.allowed)),
};
