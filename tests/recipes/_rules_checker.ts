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

/**
 * The number of strings of each length from 1 to `length` over `alphabet`
 * that meet the required lines and run limits of `r` (length bounds aside),
 * counted state by state in bigints: a state is the lines met, the last
 * character, the run of it, and the sequence it ends (length, direction), as
 * the definitions above read them. Slow (every state, every character), but
 * shares nothing with lib/'s counter.
 */
export function countByStates(r: CheckedRules, alphabet: readonly string[], length: number) {
  const sig = alphabet.map((c) => r.required.reduce((m, t, j) => t(c) ? m | (1 << j) : m, 0));
  const full = (1 << r.required.length) - 1;
  const limited = r.repeating < length || r.sequential < length;
  // A run longer than any limit is held as one past the limit (it would be refused anyway).
  const cap = (v: number, limit: number) => Math.min(v, limit < length ? limit + 1 : 1);
  type State = [mask: number, last: number, repeat: number, sequence: number, direction: number];
  let states = new Map<string, [State, bigint]>([["", [[0, -1, 0, 0, 0], 1n]]]);
  const out: bigint[] = [];
  for (let n = 1; n <= length; n++) {
    const next = new Map<string, [State, bigint]>();
    for (const [[mask, last, repeat, sequence, direction], ways] of states.values()) {
      alphabet.forEach((c, i) => {
        let rep = 1, seq = 1, dir = 0;
        if (i === last) [rep, seq] = [repeat + 1, 1];
        else if (last >= 0) {
          const d = c.charCodeAt(0) - alphabet[last].charCodeAt(0);
          const same = rangeName(c) !== "" && rangeName(c) === rangeName(alphabet[last]);
          if ((d === 1 || d === -1) && same) {
            [seq, dir] = d === direction ? [sequence + 1, d] : [2, d];
          }
        }
        if (rep > r.repeating || seq > r.sequential) return;
        const state: State = [
          mask | sig[i],
          limited ? i : -1,
          cap(rep, r.repeating),
          cap(seq, r.sequential),
          limited ? dir : 0,
        ];
        const key = state.join();
        const had = next.get(key);
        next.set(key, [state, (had?.[1] ?? 0n) + ways]);
      });
    }
    states = next;
    let valid = 0n;
    for (const [[mask], ways] of states.values()) if (mask === full) valid += ways;
    out.push(valid);
  }
  return out;
}
