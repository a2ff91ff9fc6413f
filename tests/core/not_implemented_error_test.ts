// NotImplementedError: Python's exception, raised by SystemRandom's getstate() and setstate().
import { NotImplementedError, SystemRandom } from "../../mod.ts";
import { NotImplementedError as Direct } from "../../lib/core/not_implemented_error.ts";
import { assert } from "../_helpers.ts";

Deno.test("NotImplementedError: an Error named NotImplementedError, its message as given", () => {
  assert.equal(NotImplementedError, Direct); // the entry point exports this class
  const e = new NotImplementedError("not here");
  assert.ok(e instanceof Error && e instanceof NotImplementedError);
  assert.equal(e.name, "NotImplementedError");
  assert.equal(e.message, "not here");
  assert.equal(String(e), "NotImplementedError: not here");
  assert.ok(typeof e.stack === "string");
});

Deno.test("getstate() and setstate() raise it with CPython's message", () => {
  const r = new SystemRandom();
  for (const call of [() => r.getstate(), () => r.setstate([3, [], null])]) {
    assert.throws(call, (e: unknown) => {
      assert.ok(e instanceof NotImplementedError);
      assert.equal(e.message, "System entropy source does not have state.");
      return true;
    });
  }
});
