// Errors that carry their fields: the same class and message as a plain error, plus own
// properties naming the function, the option, the detail and (when given) the value.
import { errorFields, optionError } from "../../lib/core/_errors.ts";
import { assert } from "../_helpers.ts";

Deno.test("optionError(): class, message `fn: option detail`, and the fields as own properties", () => {
  const e = optionError(
    RangeError,
    "password()",
    "minDigits",
    "must be at most 1024, got 2000",
    2000,
  );
  assert.ok(e instanceof RangeError);
  assert.equal(e.name, "RangeError");
  assert.equal(e.message, "password(): minDigits must be at most 1024, got 2000");
  assert.deepEqual(
    Object.fromEntries(
      ["function", "option", "detail", "value"].map((
        k,
      ) => [k, Object.getOwnPropertyDescriptor(e, k)?.value]),
    ),
    {
      function: "password",
      option: "minDigits",
      detail: "must be at most 1024, got 2000",
      value: 2000,
    },
  );
  for (const k of ["function", "option", "detail", "value"]) assert.ok(Object.hasOwn(e, k), k);
  const t = optionError(TypeError, "tokenText()", "alphabet", "must be a string, got 5", 5);
  assert.ok(t instanceof TypeError);
  assert.equal(t.message, "tokenText(): alphabet must be a string, got 5");
});

Deno.test("optionError(): value is an own property only when it is passed, even as undefined", () => {
  const without = optionError(RangeError, "f()", "x", "is wrong");
  assert.equal(Object.hasOwn(without, "value"), false);
  const withUndefined = optionError(RangeError, "f()", "x", "is wrong", undefined);
  assert.equal(Object.hasOwn(withUndefined, "value"), true);
  assert.equal(withUndefined.value, undefined);
});

Deno.test("optionError(): extra fields (other, index, property), and a function named without ()", () => {
  const e = optionError(RangeError, "passphrase()", "wordlist", "has a repeated word", "x", {
    index: 3,
  });
  assert.equal(e.index, 3);
  assert.equal(Object.hasOwn(e, "other"), false);
  const c = optionError(TypeError, "password()", "rules", "cannot be combined with alphabet", 1, {
    other: "alphabet",
  });
  assert.equal(c.other, "alphabet");
  const p = optionError(RangeError, "passwordRules", "rules", ": unknown property 'x'", "x", {
    property: "x",
  });
  assert.equal(p.function, "passwordRules"); // no "()" to strip
  assert.equal(p.message, "passwordRules: rules : unknown property 'x'");
  assert.equal(p.property, "x");
});

Deno.test("errorFields(): the fields of an optionError, undefined for anything else", () => {
  const e = optionError(RangeError, "password()", "length", "must be at least 1, got 0", 0);
  assert.equal(errorFields(e), e);
  assert.equal(
    errorFields(new RangeError("password(): length must be at least 1, got 0")),
    undefined,
  );
  assert.equal(errorFields("password(): length"), undefined);
  assert.equal(errorFields(undefined), undefined);
  assert.equal(
    errorFields({ function: "f", option: "x", detail: "d" }), // not an Error
    undefined,
  );
  // An error with only some of the fields, or fields of the wrong kind, is not one.
  assert.equal(
    errorFields(Object.assign(new Error("m"), { option: "x", function: "f" })),
    undefined,
  );
  assert.equal(
    errorFields(Object.assign(new Error("m"), { option: 1, function: "f", detail: "d" })),
    undefined,
  );
  // Inherited fields do not count: the option must be the error's own.
  const proto = { option: "x", function: "f", detail: "d" };
  const inherited = Object.setPrototypeOf(
    new Error("m"),
    Object.setPrototypeOf(proto, Error.prototype),
  );
  assert.equal(errorFields(inherited), undefined);
});
