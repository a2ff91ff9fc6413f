/**
 * The one table of the Python API this package mirrors: every function of
 * CPython 3.13's `secrets` and every public method of `random.SystemRandom`,
 * with its positional-or-keyword parameters, its keyword-only parameters
 * (the JS API's trailing options object), and whether its float results go
 * through `log`/`exp`/`cos`/`pow` (and so may differ from CPython's in the
 * last bits). The tests, the conformance harness and the README's method list
 * all read it; a test checks it against CPython's signatures and against the
 * class.
 *
 * @module
 */

/** One function or method. */
export interface PythonFunction {
  /** Its name, the same in Python and here. */
  readonly name: string;
  /** Positional-or-keyword parameters, in order (`self` left out). */
  readonly params: readonly string[];
  /** Keyword-only parameters: the JS options object's keys. */
  readonly keywordOnly: readonly string[];
  /** Float results computed with transcendental functions. */
  readonly transcendental: boolean;
}

const fn = (
  name: string,
  params: string[] = [],
  keywordOnly: string[] = [],
  transcendental = false,
): PythonFunction => Object.freeze({ name, params, keywordOnly, transcendental });

/** `secrets`' functions, in `secrets.__all__` order. */
export const SECRETS_FUNCTIONS: readonly PythonFunction[] = Object.freeze([
  fn("token_bytes", ["nbytes"]),
  fn("token_hex", ["nbytes"]),
  fn("token_urlsafe", ["nbytes"]),
  fn("randbelow", ["exclusive_upper_bound"]),
  fn("randbits", ["k"]),
  fn("choice", ["seq"]),
  fn("compare_digest", ["a", "b"]),
]);

/**
 * `random.SystemRandom`'s public methods in `random.py`'s order: `Random`'s,
 * then those `SystemRandom` overrides (the order of `lib/core/system_random.ts`).
 */
export const SYSTEM_RANDOM_METHODS: readonly PythonFunction[] = Object.freeze([
  fn("randrange", ["start", "stop", "step"]),
  fn("randint", ["a", "b"]),
  fn("choice", ["seq"]),
  fn("shuffle", ["x"]),
  fn("sample", ["population", "k"], ["counts"]),
  fn("choices", ["population", "weights"], ["cum_weights", "k"]),
  fn("uniform", ["a", "b"]),
  fn("triangular", ["low", "high", "mode"]),
  fn("normalvariate", ["mu", "sigma"], [], true),
  fn("gauss", ["mu", "sigma"], [], true),
  fn("lognormvariate", ["mu", "sigma"], [], true),
  fn("expovariate", ["lambd"], [], true),
  fn("vonmisesvariate", ["mu", "kappa"], [], true),
  fn("gammavariate", ["alpha", "beta"], [], true),
  fn("betavariate", ["alpha", "beta"], [], true),
  fn("paretovariate", ["alpha"], [], true),
  fn("weibullvariate", ["alpha", "beta"], [], true),
  fn("binomialvariate", ["n", "p"]),
  fn("random"),
  fn("getrandbits", ["k"]),
  fn("randbytes", ["n"]),
  fn("seed"),
  fn("getstate"),
  fn("setstate"), // CPython: _notimplemented(self, *args, **kwds)
]);

/** The methods that return a value (every one but `getstate`/`setstate`, which always throw). */
export const VALUE_METHODS: readonly string[] = SYSTEM_RANDOM_METHODS
  .map((m) => m.name)
  .filter((n) => n !== "getstate" && n !== "setstate");

/** Looks a function or method up by module and name (`"secrets"` or `"SystemRandom"`). */
export function pythonFunction(module: string, name: string): PythonFunction | undefined {
  const table = module === "secrets" ? SECRETS_FUNCTIONS : SYSTEM_RANDOM_METHODS;
  return table.find((m) => m.name === name);
}
