/**
 * Options objects, read safely. The rule for every options object in the
 * package:
 *
 * - only the object's own enumerable string-keyed properties are options,
 *   the ones object spread copies (a polluted `Object.prototype` changes
 *   nothing);
 * - each is read exactly once, into a plain record that the caller validates
 *   and uses (a getter cannot answer one thing to the check and another to
 *   the draw);
 * - a key the function does not know is a `TypeError` naming it, with the
 *   closest known key when there is one (`lenght` -> `length`,
 *   `min_digits` -> `minDigits`).
 *
 * @module
 */

import { atLoad } from "./_at_load.ts";
import { closest } from "./_suggest.ts";
import { cutText, describe, escapeUnprinted } from "./_validate.ts";

/**
 * Reads the own enumerable properties of `options`, each once; every one
 * must be in `keys`.
 * `undefined` (no options) gives an empty record; a property whose value is
 * `undefined` counts as absent.
 *
 * @param options What the caller passed.
 * @param keys The option names the function knows.
 * @param fn The function's name for messages, e.g. `"password()"`.
 * @param renamed Names a caller may give instead of an option: an old name
 * (renamed since an earlier version) or one from elsewhere (the command
 * line's `--tokens` for `count`), each to the option meant, suggested when
 * given ("did you mean 'count'?"); or, when what it maps to is not an
 * option, to a hint shown as it is ("weights is the second argument").
 * @returns A record of the values read, whose prototype chain holds nothing.
 * @throws {TypeError} If `options` is not a plain object (or `undefined`), or
 * has a key not in `keys`.
 */
export function readOptions<K extends string>(
  options: unknown,
  keys: readonly K[],
  fn: string,
  renamed?: Readonly<Record<string, string>>,
): { readonly [P in K]?: unknown } {
  if (options === undefined) return NONE as { readonly [P in K]?: unknown };
  if (!isPlainObject(options)) notAnObject(options, fn);
  // Reading a key the caller did not give finds nothing, even when
  // Object.prototype has been polluted: the record's prototype is an empty
  // frozen object with a null prototype (and, unlike Object.create(null),
  // the record stays a fast object that V8 reads quickly).
  const out = Object.create(EMPTY) as { [P in K]?: unknown };
  for (const key in options) {
    if (!hasOwn(options, key)) continue;
    if (!(keys as readonly string[]).includes(key)) unknownKey(key, keys, fn, renamed);
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) out[key as K] = value;
  }
  return out;
}

/**
 * {@linkcode readOptions}, the same rule and the same errors, for the hot
 * paths: the values come back in `out`, at the index of their key in `keys`
 * (`undefined` for a key not given), with no record made. `out` is the
 * caller's, at least `keys.length` long; every slot is written.
 *
 * @throws {TypeError} As {@linkcode readOptions}.
 */
export function readOptionList(
  options: unknown,
  keys: readonly string[],
  fn: string,
  out: unknown[],
  renamed?: Readonly<Record<string, string>>,
): void {
  const count = keys.length;
  for (let i = 0; i < count; i++) out[i] = undefined;
  if (options === undefined) return;
  if (!isPlainObject(options)) notAnObject(options, fn);
  for (const key in options) {
    if (!hasOwn(options, key)) continue;
    // A loop, not indexOf: inlined, a few comparisons of interned strings.
    let i = 0;
    while (i < count && keys[i] !== key) i++;
    if (i === count) unknownKey(key, keys, fn, renamed);
    out[i] = (options as Record<string, unknown>)[key];
  }
}

/**
 * `Object.prototype.hasOwnProperty`, called on its object: captured at load,
 * and, unlike `Object.hasOwn`, recognised by V8 inside a `for...in` over the
 * same object (the check costs nothing there: 15 ns against 55 ns for two keys).
 */
const hasOwn = /* @__PURE__ */ atLoad(() =>
  Function.prototype.call.bind(Object.prototype.hasOwnProperty) as (
    o: object,
    key: string,
  ) => boolean
);

function notAnObject(options: unknown, fn: string): never {
  throw new TypeError(`${fn}: options must be a plain object, got ${describe(options)}`);
}

/** The error of an unknown key: its name escaped, and the closest known key or the hint. */
function unknownKey(
  key: string,
  keys: readonly string[],
  fn: string,
  renamed: Readonly<Record<string, string>> | undefined,
): never {
  const hint = renamed !== undefined && Object.hasOwn(renamed, key)
    ? renamed[key]
    : closest(key, keys);
  const shown = hint === undefined || hint === ""
    ? ""
    : keys.includes(hint)
    ? ` (did you mean '${hint}'?)`
    : ` (${hint})`;
  throw new TypeError(`${fn}: unknown option '${visible(key)}'${shown}`);
}

/**
 * `key` as a message shows it: what does not print escaped (`\n`, `\u202e`:
 * `escapeUnprinted`), and cut after 40 characters, so the message is one
 * short line.
 */
function visible(key: string): string {
  return escapeUnprinted(cutText(key, 40));
}

/**
 * An object literal (or `Object.create(null)`, or an object of another
 * realm's `Object`): not an array, a Map, a Date, a class instance or an
 * object that inherits from another (even a null-prototype one), whose
 * options would live in places own enumerable keys do not reach.
 */
function isPlainObject(x: unknown): x is object {
  if (typeof x !== "object" || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === OBJECT_PROTOTYPE || proto === null || isObjectPrototype(proto);
}

/**
 * Another realm's `Object.prototype`: its prototype is null, and it is the
 * `prototype` of its own `constructor` (read as data, never through a getter).
 */
function isObjectPrototype(proto: object): boolean {
  if (Object.getPrototypeOf(proto) !== null) return false;
  const ctor: unknown = Object.getOwnPropertyDescriptor(proto, "constructor")?.value;
  return typeof ctor === "function" &&
    Object.getOwnPropertyDescriptor(ctor, "prototype")?.value === proto;
}

/** This realm's `Object.prototype`, captured at load. */
const OBJECT_PROTOTYPE = /* @__PURE__ */ atLoad(() => Object.prototype);

/** The prototype of every record: empty, frozen, with a null prototype. */
const EMPTY: { readonly [key: string]: unknown } = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.create(null),
);
/** The record of no options. */
const NONE: { readonly [key: string]: unknown } = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.create(EMPTY),
);
