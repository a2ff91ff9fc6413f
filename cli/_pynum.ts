/**
 * Python's `int(text)`, `float(text)` and `repr(float)`, for the command
 * line's `python -m random` mode: the same strings are numbers, and floats
 * print the same way.
 *
 * @module
 */

// The white space Python's int() and float() strip (not U+FEFF, which JS's \s has).
const SPACE =
  "[\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const TRIM = new RegExp(`^${SPACE}+|${SPACE}+$`, "g");
const DIGIT = /\p{Nd}/u;
const DIGITS = "\\d(?:_?\\d)*";
const INT = new RegExp(`^[+-]?${DIGITS}$`);
const FLOAT = new RegExp(
  `^[+-]?(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`,
  "i",
);

/**
 * `text` without Python's surrounding white space, its Unicode decimal
 * digits (`١٢`, `１２`...) turned into ASCII ones, as `int()` and `float()`
 * read them. Every digit of category Nd belongs to a run of consecutive
 * 0-to-9 sets, so its value is its distance from the run's start, mod 10.
 */
function normalize(text: string): string {
  let out = "";
  for (const ch of text.replace(TRIM, "")) {
    if (ch >= "0" && ch <= "9" || !DIGIT.test(ch)) {
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0)!;
    let start = cp;
    while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
    out += String((cp - start) % 10);
  }
  return out;
}

/**
 * Python's `int(text)` (base 10): optional sign, digits with single
 * underscores between them, surrounding white space.
 *
 * @returns The integer, or `undefined` where Python raises `ValueError`.
 */
export function pyInt(text: string): bigint | undefined {
  const s = normalize(text);
  if (!INT.test(s)) return undefined;
  const digits = s.replace(/^[+-]/, "").replaceAll("_", "");
  const n = BigInt(digits);
  return s.startsWith("-") ? -n : n;
}

/**
 * Python's `float(text)`: decimal notation with an optional exponent,
 * underscores between digits, `inf`, `infinity` and `nan` in any case.
 *
 * @returns The number, or `undefined` where Python raises `ValueError`.
 */
export function pyFloat(text: string): number | undefined {
  const s = normalize(text);
  if (!FLOAT.test(s)) return undefined;
  const body = s.replace(/^[+-]/, "").toLowerCase();
  const negative = s.startsWith("-");
  if (body === "nan") return NaN;
  if (body === "inf" || body === "infinity") return negative ? -Infinity : Infinity;
  return Number(s.replaceAll("_", "")); // correctly rounded, as Python's
}

/**
 * Python's `repr(x)` for a float: the shortest digits that read back as
 * `x`, in positional notation when the decimal exponent is from -5 to 15
 * (with `.0` for whole numbers), else as `d.ddde+XX` with at least two
 * exponent digits.
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // toExponential() without an argument gives the shortest round-trip digits.
  const [mantissa, exp] = Math.abs(x).toExponential().split("e");
  const e = Number(exp);
  const digits = mantissa.replace(".", "");
  if (e < -4 || e >= 16) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : "";
    const magnitude = String(Math.abs(e)).padStart(2, "0");
    return `${sign}${digits[0]}${frac}e${e < 0 ? "-" : "+"}${magnitude}`;
  }
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return `${sign}${digits}${"0".repeat(e + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}
