// Known answers for lib/core/_math.ts: Python's float semantics (math.log, math.log2, math.sqrt,
// math.acos, math.exp, math.lgamma, and float /, ** and %) at the edges: zeros of both signs,
// subnormals, 2**32, 2**53 - 1, 2**64, the largest double, infinities and NaN. Every expected
// value (and every error class and message) is CPython 3.13.0's, produced by the script at the
// end of this file (`PYENV_VERSION=3.13.0 python3 gen.py`) and pasted here; results are
// compared bit for bit (Object.is: -0 and NaN included).
import { acos, div, exp, lgamma, log, log2, mod, pow, sqrt } from "../../lib/core/_math.ts";
import { SystemRandom } from "../../mod.ts";
import { assert, assertThrows } from "../_helpers.ts";

/**
 * [arguments, CPython's result], or [arguments, [CPython's exception class, its message]]: Python's
 * ValueError, ZeroDivisionError and OverflowError are RangeErrors here, with the same message.
 */
type Case = [args: number[], expected: number | [pyError: string, message: string]];

const LOG: Case[] = [
  [[0], ["ValueError", "math domain error"]],
  [[-0], ["ValueError", "math domain error"]],
  [[5e-324], -744.4400719213812],
  [[2.2250738585072014e-308], -708.3964185322641],
  [[1e-300], -690.7755278982137],
  [[1e-20], -46.051701859880914],
  [[0.5], -0.6931471805599453],
  [[1], 0],
  [[2], 0.6931471805599453],
  [[2.718281828459045], 1],
  [[10], 2.302585092994046],
  [[4294967296], 22.18070977791825],
  [[9007199254740991], 36.7368005696771],
  [[1.8446744073709552e+19], 44.3614195558365],
  [[1e+300], 690.7755278982137],
  [[1.7976931348623157e+308], 709.782712893384],
  [[Infinity], Infinity],
  [[-5e-324], ["ValueError", "math domain error"]],
  [[-1], ["ValueError", "math domain error"]],
  [[-Infinity], ["ValueError", "math domain error"]],
  [[NaN], NaN],
];
const LOG2: Case[] = [
  [[0], ["ValueError", "math domain error"]],
  [[-0], ["ValueError", "math domain error"]],
  [[5e-324], -1074],
  [[2.2250738585072014e-308], -1022],
  [[1e-300], -996.5784284662087],
  [[1e-20], -66.43856189774725],
  [[0.5], -1],
  [[1], 0],
  [[2], 1],
  [[2.718281828459045], 1.4426950408889634],
  [[10], 3.321928094887362],
  [[4294967296], 32],
  [[9007199254740991], 53],
  [[1.8446744073709552e+19], 64],
  [[1e+300], 996.5784284662087],
  [[1.7976931348623157e+308], 1024],
  [[Infinity], Infinity],
  [[-5e-324], ["ValueError", "math domain error"]],
  [[-1], ["ValueError", "math domain error"]],
  [[-Infinity], ["ValueError", "math domain error"]],
  [[NaN], NaN],
];
const SQRT: Case[] = [
  [[0], 0],
  [[-0], -0],
  [[5e-324], 2.2227587494850775e-162],
  [[2.2250738585072014e-308], 1.4916681462400413e-154],
  [[1e-300], 1e-150],
  [[1e-20], 1e-10],
  [[0.5], 0.7071067811865476],
  [[1], 1],
  [[2], 1.4142135623730951],
  [[2.718281828459045], 1.6487212707001282],
  [[10], 3.1622776601683795],
  [[4294967296], 65536],
  [[9007199254740991], 94906265.62425154],
  [[1.8446744073709552e+19], 4294967296],
  [[1e+300], 1e+150],
  [[1.7976931348623157e+308], 1.3407807929942596e+154],
  [[Infinity], Infinity],
  [[-5e-324], ["ValueError", "math domain error"]],
  [[-1], ["ValueError", "math domain error"]],
  [[-Infinity], ["ValueError", "math domain error"]],
  [[NaN], NaN],
];
const ACOS: Case[] = [
  [[1], 0],
  [[-1], 3.141592653589793],
  [[0], 1.5707963267948966],
  [[-0], 1.5707963267948966],
  [[0.5], 1.0471975511965979],
  [[-0.5], 2.0943951023931957],
  [[5e-324], 1.5707963267948966],
  [[1.0000000000000002], ["ValueError", "math domain error"]],
  [[-1.0000000000000002], ["ValueError", "math domain error"]],
  [[2], ["ValueError", "math domain error"]],
  [[Infinity], ["ValueError", "math domain error"]],
  [[-Infinity], ["ValueError", "math domain error"]],
  [[NaN], NaN],
];
const EXP: Case[] = [
  [[0], 1],
  [[-0], 1],
  [[1], 2.718281828459045],
  [[-1], 0.36787944117144233],
  [[5e-324], 1],
  [[709.782712893384], 1.7976931348622732e+308],
  [[709.7827128933841], ["OverflowError", "math range error"]],
  [[710], ["OverflowError", "math range error"]],
  [[-745.1332191019411], 5e-324],
  [[-745.2], 0],
  [[1e+300], ["OverflowError", "math range error"]],
  [[-1e+300], 0],
  [[Infinity], Infinity],
  [[-Infinity], 0],
  [[NaN], NaN],
];
const DIV: Case[] = [
  [[1, 3], 0.3333333333333333],
  [[-1, 3], -0.3333333333333333],
  [[1, 0], ["ZeroDivisionError", "float division by zero"]],
  [[1, -0], ["ZeroDivisionError", "float division by zero"]],
  [[0, 0], ["ZeroDivisionError", "float division by zero"]],
  [[NaN, 0], ["ZeroDivisionError", "float division by zero"]],
  [[Infinity, 0], ["ZeroDivisionError", "float division by zero"]],
  [[0, -1], -0],
  [[1e+300, 1e-300], Infinity],
  [[5e-324, 2], 0],
  [[1, Infinity], 0],
  [[-1, Infinity], -0],
  [[Infinity, Infinity], NaN],
  [[NaN, 1], NaN],
  [[1.8446744073709552e+19, 4294967296], 4294967296],
];
const POW: Case[] = [
  [[2, 10], 1024],
  [[2, 0.5], 1.4142135623730951],
  [[2, -1074], 5e-324],
  [[2, -1075], 0],
  [[2, 1023], 8.98846567431158e+307],
  [[2, 1024], ["OverflowError", "(34, 'Numerical result out of range')"]],
  [[-2, 1024], ["OverflowError", "(34, 'Numerical result out of range')"]],
  [[-2, 1023], -8.98846567431158e+307],
  [[10, 308], 1e+308],
  [[10, 309], ["OverflowError", "(34, 'Numerical result out of range')"]],
  [[1e-300, -2], ["OverflowError", "(34, 'Numerical result out of range')"]],
  [[0, 0], 1],
  [[0, 1], 0],
  [[-0, 3], -0],
  [[-0, 0.5], 0],
  [[0, -1], ["ZeroDivisionError", "0.0 cannot be raised to a negative power"]],
  [[-0, -1], ["ZeroDivisionError", "0.0 cannot be raised to a negative power"]],
  [[0, -0.5], ["ZeroDivisionError", "0.0 cannot be raised to a negative power"]],
  [[0.5, -Infinity], Infinity],
  [[0.5, Infinity], 0],
  [[2, Infinity], Infinity],
  [[2, -Infinity], 0],
  [[NaN, 0], 1],
  [[NaN, 1], NaN],
  [[Infinity, -1], 0],
  [[Infinity, 0.5], Infinity],
  [[-Infinity, 3], -Infinity],
  [[9007199254740991, 2], 8.112963841460666e+31],
  [[4294967296, 2], 1.8446744073709552e+19],
  [[1.8446744073709552e+19, 16], ["OverflowError", "(34, 'Numerical result out of range')"]],
  [[1.8446744073709552e+19, 17], ["OverflowError", "(34, 'Numerical result out of range')"]],
  [[1.1102230246251565e-16, -16.666666666666668], 8.125114750026808e+265],
  [[1.1102230246251565e-16, -100], ["OverflowError", "(34, 'Numerical result out of range')"]],
];
const MOD: Case[] = [
  [[7, 3], 1],
  [[-7, 3], 2],
  [[7, -3], -2],
  [[-7, -3], -1],
  [[6, 3], 0],
  [[-6, 3], 0],
  [[6, -3], -0],
  [[0, 3], 0],
  [[-0, 3], 0],
  [[0, -3], -0],
  [[-0, -3], -0],
  [[5.5, Infinity], 5.5],
  [[-5.5, Infinity], Infinity],
  [[5.5, -Infinity], -Infinity],
  [[-5.5, -Infinity], -5.5],
  [[Infinity, 3], NaN],
  [[NaN, 3], NaN],
  [[3, NaN], NaN],
  [[1, 0], ["ZeroDivisionError", "float modulo by zero"]],
  [[1, -0], ["ZeroDivisionError", "float modulo by zero"]],
  [[NaN, 0], ["ZeroDivisionError", "float modulo by zero"]],
  [[-5e-324, 1], 1],
  [[5e-324, -1], -1],
  [[-1e-300, 1e+300], 1e+300],
  [[1.8446744073709552e+19, 3], 1],
  [[-9007199254740991, 4294967296], 1],
  [[9007199254740991, -4294967296], -1],
  [[1e+300, 1e-300], 4.891554850853602e-301],
  [[0.75, 0.25], 0],
  [[-0.75, 0.25], 0],
  [[1, -0.5], -0],
  [[-1, 0.5], 0],
  [[0.75, -0.5], -0.25],
  [[-0.75, 0.5], 0.25],
];
const LGAMMA: Case[] = [
  [[1], 0],
  [[2], 0],
  [[3], 0.693147180559945],
  [[0.5], 0.5723649429247004],
  [[1.5], -0.12078223763524543],
  [[2.5], 0.2846828704729196],
  [[4], 1.7917594692280554],
  [[4.25], 2.114456927450371],
  [[4.5], 2.453736570842443],
  [[4.75], 2.8085714185757373],
  [[4.99996], 3.1779935858182675],
  [[4.999999999999999], 3.1780538303479435],
  [[5], 3.178053830347945],
  [[5.00004], 3.178114075231741],
  [[5.25], 3.5613759103866958],
  [[5.5], 3.9578139676187165],
  [[5.75], 4.366716036622286],
  [[10], 12.801827480081467],
  [[100], 359.1342053695754],
  [[171.5], 709.1431630309282],
  [[1000.5], 5908.674175848678],
  [[1e-20], 46.051701859880914],
  [[9.99999999999999e-21], 46.051701859880914],
  [[1e-300], 690.7755278982137],
  [[5e-324], 744.4400719213812],
  [[2.2250738585072014e-308], 708.3964185322641],
  [[1e-08], 18.42068073818021],
  [[0.1], 2.2527126517342055],
  [[0.999999], 5.772164877182462e-07],
  [[1.000001], -5.772148422567014e-07],
  [[1.9999999], -4.227843031223699e-08],
  [[2.0000001], 4.227843697357514e-08],
  [[4294967296], 90970455792.0549],
  [[9007199254740991], 3.21888483458023e+17],
  [[1.8446744073709552e+19], 7.998770092192604e+20],
  [[1e+300], 6.897755278982137e+302],
  [[Infinity], Infinity],
  [[NaN], NaN],
];

/** A number as Python would print it (with -0 told apart from 0). */
function fmt(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

function check(name: string, f: (...args: number[]) => number, cases: Case[]): void {
  for (const [args, expected] of cases) {
    const call = `${name}(${args.map(fmt).join(", ")})`;
    if (Array.isArray(expected)) {
      assertThrows(() => f(...args), RangeError, expected[1]);
    } else {
      const got = f(...args);
      assert.ok(Object.is(got, expected), `${call} = ${fmt(got)}; CPython: ${fmt(expected)}`);
    }
  }
}

const TABLES: [string, (...args: number[]) => number, Case[]][] = [
  ["log", log, LOG],
  ["log2", log2, LOG2],
  ["sqrt", sqrt, SQRT],
  ["acos", acos, ACOS],
  ["exp", exp, EXP],
  ["div", div, DIV],
  ["pow", pow, POW],
  ["mod", mod, MOD],
  ["lgamma", lgamma, LGAMMA],
];

for (const [name, f, cases] of TABLES) {
  Deno.test(`${name}() gives CPython 3.13's result or error at ${cases.length} edge arguments`, () => {
    check(name, f, cases);
  });
}

// Where JavaScript's Math.pow differs from Python's `**` (1 ** NaN and (+-1) ** +-Infinity are
// NaN in JavaScript, 1.0 in Python; 0.0 ** -inf is inf in Python, which checks for an infinite
// exponent before a zero base): CPython 3.13.0's values, which pow() now gives.
const POW_SPECIAL: Case[] = [
  [[0, -Infinity], Infinity],
  [[-0, -Infinity], Infinity],
  [[1, Infinity], 1],
  [[1, NaN], 1],
  [[-1, Infinity], 1],
  [[-1, -Infinity], 1],
  [[NaN, 0], 1],
  [[0.5, -Infinity], Infinity],
  [[2, -Infinity], 0],
];

Deno.test(`pow() follows Python's float_pow where Math.pow differs (${POW_SPECIAL.length} cases)`, () => {
  check("pow", pow, POW_SPECIAL);
});

// The same through the public API: random() = 0.0 makes u = 1.0 - random() = 1.0 (a testing
// source can give seven zero bytes). CPython 3.13.0, same subclasses: paretovariate(nan) = 1.0,
// paretovariate(5e-324) = 1.0, weibullvariate(1, -5e-324) = inf; and binomialvariate's BTRS loop
// divides by us = 0.5 - |random() - 0.5|, 0 for random() = 0.0: ZeroDivisionError.
class Zero extends SystemRandom {
  override random(): number {
    return 0;
  }
}
class ZeroThen extends SystemRandom {
  #values = [0, 0.5, 0.1];
  override random(): number {
    return this.#values.shift() ?? 0.5;
  }
}

Deno.test("paretovariate, weibullvariate, binomialvariate at random() = 0.0 give CPython's answers", () => {
  assert.equal(new Zero().paretovariate(NaN), 1);
  assert.equal(new Zero().paretovariate(5e-324), 1);
  assert.equal(new Zero().weibullvariate(1, -5e-324), Infinity);
  assertThrows(
    () => new ZeroThen().binomialvariate(100, 0.3),
    RangeError,
    "float division by zero",
  );
});

// ---- How the tables were produced (CPython 3.13.0) -------------------------------------------
/*
import math, sys
inf, nan = math.inf, math.nan
def js(x):
    if isinstance(x, float):
        if math.isnan(x): return "NaN"
        if math.isinf(x): return "Infinity" if x > 0 else "-Infinity"
        if x == 0: return "-0" if math.copysign(1, x) < 0 else "0"
        r = repr(x)
        return r[:-2] if r.endswith(".0") else r
    return repr(x)
def row(f, *args):
    try:
        v = f(*args)
        exp = js(float(v))
    except Exception as e:
        exp = '["%s", %s]' % (type(e).__name__, '"' + str(e).replace('"', '\\"') + '"')
    return "  [[%s], %s]," % (", ".join(js(float(a)) for a in args), exp)
EDGE = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1e-300, 1e-20, 0.5, 1.0, 2.0, math.e, 10.0,
        2.0**32, 2.0**53 - 1, 2.0**64, 1e300, sys.float_info.max, inf, -5e-324, -1.0, -inf, nan]
tables = {
  "log": (math.log, [(x,) for x in EDGE]),
  "log2": (math.log2, [(x,) for x in EDGE]),
  "sqrt": (math.sqrt, [(x,) for x in EDGE]),
  "acos": (math.acos, [(x,) for x in [1.0, -1.0, 0.0, -0.0, 0.5, -0.5, 5e-324, 1.0000000000000002, -1.0000000000000002, 2.0, inf, -inf, nan]]),
  "exp": (math.exp, [(x,) for x in [0.0, -0.0, 1.0, -1.0, 5e-324, 709.782712893384, 709.7827128933841, 710.0, -745.1332191019411, -745.2, 1e300, -1e300, inf, -inf, nan]]),
  "div": (lambda a, b: a / b, [(1.0, 3.0), (-1.0, 3.0), (1.0, 0.0), (1.0, -0.0), (0.0, 0.0), (nan, 0.0), (inf, 0.0), (0.0, -1.0), (1e300, 1e-300), (5e-324, 2.0), (1.0, inf), (-1.0, inf), (inf, inf), (nan, 1.0), (2.0**64, 2.0**32)]),
  "pow": (lambda a, b: a ** b, [(2.0, 10.0), (2.0, 0.5), (2.0, -1074.0), (2.0, -1075.0), (2.0, 1023.0), (2.0, 1024.0), (-2.0, 1024.0), (-2.0, 1023.0), (10.0, 308.0), (10.0, 309.0), (1e-300, -2.0), (0.0, 0.0), (0.0, 1.0), (-0.0, 3.0), (-0.0, 0.5), (0.0, -1.0), (-0.0, -1.0), (0.0, -0.5), (0.0, -inf), (-0.0, -inf), (0.5, -inf), (0.5, inf), (2.0, inf), (2.0, -inf), (1.0, inf), (1.0, nan), (-1.0, inf), (-1.0, -inf), (nan, 0.0), (nan, 1.0), (inf, -1.0), (inf, 0.5), (-inf, 3.0), (2.0**53 - 1, 2.0), (2.0**32, 2.0), (2.0**64, 16.0), (2.0**64, 17.0), (2.0**-53, -0.06**-1), (2.0**-53, -100.0)]),
  "mod": (lambda a, b: a % b, [(7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (-7.0, -3.0), (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (-0.0, -3.0), (5.5, inf), (-5.5, inf), (5.5, -inf), (-5.5, -inf), (inf, 3.0), (nan, 3.0), (3.0, nan), (1.0, 0.0), (1.0, -0.0), (nan, 0.0), (-5e-324, 1.0), (5e-324, -1.0), (-1e-300, 1e300), (2.0**64, 3.0), (-(2.0**53 - 1), 2.0**32), (2.0**53 - 1, -(2.0**32)), (1e300, 1e-300), (0.75, 0.25), (-0.75, 0.25), (1.0, -0.5), (-1.0, 0.5), (0.75, -0.5), (-0.75, 0.5)]),
  "lgamma": (math.lgamma, [(x,) for x in [1.0, 2.0, 3.0, 0.5, 1.5, 2.5, 4.0, 4.25, 4.5, 4.75, 4.99996, 4.999999999999999, 5.0, 5.00004, 5.25, 5.5, 5.75, 10.0, 100.0, 171.5, 1000.5, 1e-20, 9.99999999999999e-21, 1e-300, 5e-324, 2.2250738585072014e-308, 1e-8, 0.1, 0.999999, 1.000001, 1.9999999, 2.0000001, 2.0**32, 2.0**53 - 1, 2.0**64, 1e300, inf, nan]]),
}
for name, (f, cases) in tables.items():
    print("const %s: Case[] = [" % name.upper())
    for args in cases:
        print(row(f, *args))
    print("];")
*/
