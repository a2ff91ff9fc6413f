/**
 * The `passwordrules` parser: text to what the rules say, strictly (every
 * malformed part is refused, naming it), with the checks that need nothing
 * but the text (a limit of 0, bounds that cross, a class of no usable
 * character, an HTML entity left in a class).
 *
 * @module
 */

import { closest, cutText, escapeUnprinted, optionError, quoteText } from "../core/mod.ts";
import { ASCII_PRINTABLE, DIGITS, LOWER, RULES_SPECIAL, UPPER } from "./_charset.ts";
import { MAX_PASSWORD_LENGTH } from "./_rules_engine.ts";

/** What may follow a property name's letters and hyphens in a mistyped name: `_sequential`. */
const WORD_TAIL = /[\w-]*/y;

/** The properties of the language. */
export const PROPERTIES = [
  "minlength",
  "maxlength",
  "required",
  "allowed",
  "max-repeating",
  "max-sequential",
  "max-consecutive",
] as const;

/**
 * The named character classes, as sets of ASCII characters. `unicode` is
 * drawn from as `ascii-printable`: 95 distinct printable characters, every
 * one of which `unicode` allows.
 */
const NAMED: Readonly<Record<string, string>> = {
  upper: UPPER,
  lower: LOWER,
  digit: DIGITS,
  special: RULES_SPECIAL,
  "ascii-printable": ASCII_PRINTABLE,
  unicode: ASCII_PRINTABLE,
};
const CLASS_NAMES = /* @__PURE__ */ Object.keys(NAMED);

/** ASCII whitespace, as the proposal's parser skips it. */
const WHITESPACE = " \t\n\f\r";

/** An HTML character reference: `&quot;`, `&#34;`, `&#x22;`. */
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/y;

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
  /** The smallest `max-repeating` or `max-consecutive`, if any. */
  readonly maxRepeating: number | undefined;
  /** The smallest `max-sequential` or `max-consecutive`, if any. */
  readonly maxSequential: number | undefined;
  /** The smallest `max-consecutive`, if any (it limits both). */
  readonly maxConsecutive: number | undefined;
}

/** A piece of the rules as a message quotes it: cut after 24 characters, what does not print escaped. */
function snippet(text: string): string {
  return quoteText(cutText(text, 24));
}

/**
 * `text` without the rules' white space at its end; other characters stay, to be shown
 * (`String.prototype.trim` would also drop U+2028 or U+FEFF, which the rules do not skip).
 */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && WHITESPACE.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** A name of the rules (letters, hyphens; `_` and digits run on) as a message shows it: cut. */
function shownName(name: string): string {
  return cutText(name, 24);
}

/**
 * A property's value, on one line: tabs and line breaks (white space to the rules) as spaces,
 * cut after 40 characters, what does not print escaped (`\u001b`, `\u202e`).
 */
function visible(text: string): string {
  return escapeUnprinted(cutText(text, 40).replace(/[\t\n\r]/g, " "));
}

/**
 * An error about the rules (and `property`, if known): `fn: rules are
 * malformed: ...` for a `TypeError`, `fn: rules cannot be met: ...` for a
 * `RangeError`, with the fields `option: "rules"` and `property`.
 */
function rulesError<E extends Error>(
  Kind: new (message: string) => E,
  fn: string,
  message: string,
  property?: string,
): E {
  const detail = `${
    Kind === (TypeError as unknown) ? "are malformed" : "cannot be met"
  }: ${message}`;
  const error = optionError(Kind, fn, "rules", detail);
  if (property !== undefined) Object.assign(error, { property });
  return error;
}

/** A reading position in rules text, with the lexical steps of the parser. */
class Lexer {
  i = 0;
  readonly n: number;
  constructor(readonly src: string, readonly fn: string) {
    this.n = src.length;
  }
  fail(message: string, property?: string): never {
    throw rulesError(TypeError, this.fn, message, property);
  }
  skip(): void {
    while (this.i < this.n && WHITESPACE.includes(this.src[this.i])) this.i++;
  }
  isName(c: string | undefined): boolean {
    return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "-");
  }
  name(): string {
    const start = this.i;
    while (this.isName(this.src[this.i])) this.i++;
    return this.src.slice(start, this.i);
  }
  rest(): string {
    return this.i < this.n ? snippet(this.src.slice(this.i)) : "the end";
  }
  /** Whether the value ends here: `;` or the end. */
  atEnd(): boolean {
    return this.i >= this.n || this.src[this.i] === ";";
  }

  /** One `[...]` class from `src[i] === "["`, into `into`. */
  custom(property: string, into: Set<string>): void {
    const { src, n } = this;
    const start = this.i++;
    const first = this.i;
    let closed = false;
    while (this.i < n) {
      const c = src[this.i];
      if (c === "]") {
        // A literal "]" is written last, as "]]".
        if (src[this.i + 1] === "]") {
          into.add("]");
          this.i++;
        }
        this.i++;
        closed = true;
        break;
      }
      if (c === "-" && this.i > first) {
        this.fail(
          `in ${
            snippet(src.slice(start, src.indexOf("]", this.i) + 1 || n))
          }, '-' may only come first (it is reserved for ranges)`,
          property,
        );
      }
      if (c === "&") {
        ENTITY.lastIndex = this.i;
        if (ENTITY.test(src)) {
          this.fail(
            `${
              snippet(src.slice(this.i, ENTITY.lastIndex))
            } in '${property}' is an HTML entity: decode the attribute first (write the character itself)`,
            property,
          );
        }
      }
      // The proposal: characters outside ASCII printable are ignored.
      if (c >= " " && c <= "~") into.add(c);
      this.i++;
    }
    if (!closed) this.fail(`unterminated character class ${snippet(src.slice(start))}`, property);
    if (this.i - start === 2) this.fail(`empty character class "[]" in '${property}'`, property);
  }

  /** A comma-separated list of classes, up to `;` or the end. */
  classes(property: string, into: Set<string>): void {
    while (true) {
      if (this.isName(this.src[this.i])) {
        const raw = this.name();
        const set = NAMED[raw.toLowerCase()];
        if (set === undefined) {
          const hint = closest(raw, CLASS_NAMES);
          this.fail(
            `unknown character class '${shownName(raw)}' in '${property}'${
              hint ? ` (did you mean '${hint}'?)` : ""
            }`,
            property,
          );
        }
        for (const c of set) into.add(c);
      } else if (this.src[this.i] === "[") {
        this.custom(property, into);
      } else {
        this.fail(`expected a class name or [...] in '${property}', got ${this.rest()}`, property);
      }
      this.skip();
      if (this.atEnd()) return;
      if (this.src[this.i] !== ",") {
        this.fail(`expected ',' or ';' in '${property}', got ${this.rest()}`, property);
      }
      this.i++;
      this.skip();
      if (this.atEnd()) this.fail(`expected a class after ',' in '${property}'`, property);
    }
  }

  /** A non-negative integer value, up to `;` or the end (0 only for `minlength`). */
  integer(raw: string, property: string): number {
    const { src, n } = this;
    const valueStart = this.i;
    while (this.i < n && src[this.i] >= "0" && src[this.i] <= "9") this.i++;
    const digits = src.slice(valueStart, this.i);
    this.skip();
    if (digits === "" || !this.atEnd()) {
      const end = src.indexOf(";", valueStart);
      this.fail(
        `'${raw}' must be a non-negative integer, got ${
          snippet(trimEnd(src.slice(valueStart, end < 0 ? n : end)))
        }`,
        property,
      );
    }
    if (digits.length > 15) this.fail(`'${raw}' is too large: ${snippet(digits)}`, property);
    const value = Number(digits); // exact: at most 15 digits
    if (value === 0 && property !== "minlength") {
      throw rulesError(RangeError, this.fn, `${property} must be at least 1, got 0`, property);
    }
    return value;
  }
}

/**
 * Parses `passwordrules` text. Property names and class names are ASCII
 * case-insensitive; whitespace may surround every token; a custom class
 * `[...]` may hold `-` only first and `]` only last (written `]]`); its
 * characters outside ASCII printable are ignored, as the proposal says.
 * Repeated `minlength` keep the largest, `maxlength` and the run limits the
 * smallest; `max-consecutive` limits both runs.
 *
 * @throws {TypeError} If the text is malformed (naming the offending part),
 * or a class holds an HTML entity such as `&quot;`.
 * @throws {RangeError} If a value cannot be met: a limit or `maxlength` of 0,
 * `minlength` above `maxlength` or 1024, a `required` line of no ASCII
 * printable character, or fewer than 2 characters in all.
 */
export function parsePasswordRules(src: string, fn: string): ParsedRules {
  const lex = new Lexer(src, fn);
  let allowed: Set<string> | undefined;
  const required: { chars: Set<string>; text: string }[] = [];
  let minLength = 0;
  let maxLength: number | undefined;
  const limits: Record<string, number | undefined> = {};
  const least = (a: number | undefined, b: number) => (a === undefined ? b : Math.min(a, b));

  lex.skip();
  while (lex.i < lex.n) {
    if (!lex.isName(src[lex.i])) lex.fail(`expected a property name, got ${lex.rest()}`);
    const raw = lex.name();
    const property = raw.toLowerCase();
    // A name run on with '_' or digits (max_sequential) is one word, and names no property.
    WORD_TAIL.lastIndex = lex.i;
    const tail = WORD_TAIL.exec(src)![0];
    if (tail !== "" || !(PROPERTIES as readonly string[]).includes(property)) {
      const hint = closest(raw + tail, PROPERTIES);
      lex.fail(
        `unknown property '${shownName(raw + tail)}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
      );
    }
    lex.skip();
    if (src[lex.i] !== ":") lex.fail(`expected ':' after '${raw}', got ${lex.rest()}`, property);
    lex.i++;
    lex.skip();
    if (lex.atEnd()) lex.fail(`'${raw}' has no value`, property);
    const valueStart = lex.i;
    if (property === "required" || property === "allowed") {
      const chars = new Set<string>();
      lex.classes(raw, chars);
      const text = `${raw}: ${visible(trimEnd(src.slice(valueStart, lex.i)))}`;
      if (chars.size === 0) {
        throw rulesError(
          RangeError,
          fn,
          `'${text}' has no ASCII printable character`,
          property,
        );
      }
      if (property === "allowed") {
        allowed ??= new Set();
        for (const c of chars) allowed.add(c);
      } else {
        required.push({ chars, text });
      }
    } else {
      const value = lex.integer(raw, property);
      if (property === "minlength") minLength = Math.max(minLength, value);
      else if (property === "maxlength") maxLength = least(maxLength, value);
      else limits[property] = least(limits[property], value);
    }
    lex.skip();
    if (lex.i < lex.n) {
      if (src[lex.i] !== ";") {
        lex.fail(`expected ';' after the value of '${raw}', got ${lex.rest()}`, property);
      }
      lex.i++;
      lex.skip();
    }
  }
  const maxConsecutive = limits["max-consecutive"];
  const both = (key: string) =>
    maxConsecutive === undefined ? limits[key] : least(limits[key], maxConsecutive);
  const rules: ParsedRules = {
    allowed,
    required,
    minLength,
    maxLength,
    maxRepeating: both("max-repeating"),
    maxSequential: both("max-sequential"),
    maxConsecutive,
  };
  checkBounds(rules, fn);
  return rules;
}

/** The characters the rules allow, before any option removes some. */
export function allowedChars(rules: ParsedRules): Set<string> {
  if (rules.allowed === undefined && rules.required.length === 0) return new Set(ASCII_PRINTABLE);
  const allowed = new Set(rules.allowed);
  for (const line of rules.required) for (const c of line.chars) allowed.add(c);
  return allowed;
}

/** Refuses bounds that cross and too few characters. */
function checkBounds(rules: ParsedRules, fn: string): void {
  const { minLength, maxLength } = rules;
  if (minLength > MAX_PASSWORD_LENGTH) {
    throw rulesError(
      RangeError,
      fn,
      `minlength must be at most ${MAX_PASSWORD_LENGTH}, got ${minLength}`,
      "minlength",
    );
  }
  if (maxLength !== undefined && minLength > maxLength) {
    throw rulesError(
      RangeError,
      fn,
      `minlength must be at most the maxlength, ${maxLength}, got ${minLength}`,
      "minlength",
    );
  }
  const size = allowedChars(rules).size;
  if (size < 2) {
    throw rulesError(
      RangeError,
      fn,
      `they allow ${size} character${size === 1 ? "" : "s"}; a password needs at least 2`,
      rules.allowed === undefined ? "required" : "allowed",
    );
  }
}
