// An independent reading of the password rules language (Apple's passwordrules, with
// max-repeating and max-sequential, max-consecutive meaning both), written with regular
// expressions and nothing of lib/: the tests check the generator's passwords against it.

/** The 95 ASCII printable characters. */
export const PRINTABLE: readonly string[] = Array.from(
  { length: 95 },
  (_, i) => String.fromCharCode(32 + i),
);

const NAMED: Record<string, (c: string) => boolean> = {
  upper: (c) => /^[A-Z]$/.test(c),
  lower: (c) => /^[a-z]$/.test(c),
  digit: (c) => /^[0-9]$/.test(c),
  special: (c) => /^[ -~]$/.test(c) && !/^[A-Za-z0-9]$/.test(c),
  "ascii-printable": (c) => /^[ -~]$/.test(c),
  unicode: () => true,
};

/** What a rule set says, read independently. */
export interface CheckedRules {
  /** Whether a character may be used. */
  allowed: (c: string) => boolean;
  /** Each required line, as a test on a character. */
  required: ((c: string) => boolean)[];
  min: number;
  max: number;
  /** Longest run of one character allowed. */
  repeating: number;
  /** Longest ascending or descending run within a-z, A-Z or 0-9 allowed. */
  sequential: number;
}

/** Reads rules text: properties split at ';' outside classes, a class ends at a ']' not followed by ']'. */
export function readRules(text: string): CheckedRules {
  const props = [...text.matchAll(/(?:\[.*?\](?!\])|[^;])+/gs)].map((m) => m[0].trim())
    .filter((p) => p !== "");
  const required: ((c: string) => boolean)[] = [];
  const allowedLines: ((c: string) => boolean)[] = [];
  let min = 0, max = Infinity, repeating = Infinity, sequential = Infinity;
  for (const prop of props) {
    const match = prop.match(/^([A-Za-z-]+)\s*:\s*(.*)$/s);
    if (match === null) throw new Error(`checker: cannot read ${JSON.stringify(prop)}`);
    const name = match[1].toLowerCase(), value = match[2];
    if (name === "minlength") min = Math.max(min, Number(value));
    else if (name === "maxlength") max = Math.min(max, Number(value));
    else if (name === "max-repeating") repeating = Math.min(repeating, Number(value));
    else if (name === "max-sequential") sequential = Math.min(sequential, Number(value));
    else if (name === "max-consecutive") {
      repeating = Math.min(repeating, Number(value));
      sequential = Math.min(sequential, Number(value));
    } else if (name === "required" || name === "allowed") {
      const tests = [...value.matchAll(/\[(.*?)\](?!\])|([A-Za-z-]+)/gs)].map((m) =>
        m[1] !== undefined
          ? (c: string) => /^[ -~]$/.test(c) && m[1].includes(c)
          : NAMED[m[2].toLowerCase()]
      );
      if (tests.some((t) => t === undefined)) throw new Error(`checker: unknown class in ${prop}`);
      const line = (c: string) => tests.some((t) => t(c));
      (name === "required" ? required : allowedLines).push(line);
    } else throw new Error(`checker: unknown property ${name}`);
  }
  const lines = [...allowedLines, ...required];
  return {
    allowed: lines.length === 0 ? NAMED["ascii-printable"] : (c) => lines.some((t) => t(c)),
    required,
    min,
    max,
    repeating,
    sequential,
  };
}

/** The range a character steps within, for sequences, or "" outside them. */
function rangeName(c: string): string {
  return /[a-z]/.test(c) ? "lower" : /[A-Z]/.test(c) ? "upper" : /[0-9]/.test(c) ? "digit" : "";
}

/** The longest run of identical characters. */
export function longestRepeat(pw: string): number {
  return Math.max(0, ...[...pw.matchAll(/(.)\1*/gs)].map((m) => m[0].length));
}

/**
 * The longest sequence: from each position, as far as every step goes the
 * same way (+1 or -1 in code) within one of a-z, A-Z, 0-9.
 */
export function longestSequence(pw: string): number {
  const cs = [...pw];
  let longest = cs.length === 0 ? 0 : 1;
  for (let i = 0; i + 1 < cs.length; i++) {
    const d = cs[i + 1].charCodeAt(0) - cs[i].charCodeAt(0);
    if (d !== 1 && d !== -1) continue;
    let j = i;
    while (
      j + 1 < cs.length && cs[j + 1].charCodeAt(0) - cs[j].charCodeAt(0) === d &&
      rangeName(cs[j]) !== "" && rangeName(cs[j]) === rangeName(cs[j + 1])
    ) j++;
    longest = Math.max(longest, j - i + 1);
  }
  return longest;
}

/** Why `pw` breaks the rules, or `undefined` if it satisfies them. */
export function violation(pw: string, r: CheckedRules): string | undefined {
  const cs = [...pw];
  if (cs.length < r.min || cs.length > r.max) return `length ${cs.length}`;
  const bad = cs.find((c) => !r.allowed(c));
  if (bad !== undefined) return `${JSON.stringify(bad)} is not allowed`;
  const unmet = r.required.findIndex((t) => !cs.some(t));
  if (unmet >= 0) return `required line ${unmet} unmet`;
  if (longestRepeat(pw) > r.repeating) return "a run of one character is too long";
  if (longestSequence(pw) > r.sequential) return "a sequence is too long";
  return undefined;
}
