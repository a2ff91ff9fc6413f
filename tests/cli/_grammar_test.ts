// The grammar's helpers: how values are quoted in messages, how options are named in help.
import { assert } from "../_helpers.ts";
import {
  list,
  metavar,
  type OptionDef,
  optionName,
  quote,
  UsageError,
} from "../../cli/_grammar.ts";

Deno.test("quote(): argparse's single quotes when unambiguous, JSON's double quotes otherwise", () => {
  assert.equal(quote("tokn-hex"), "'tokn-hex'");
  assert.equal(quote(""), "''");
  assert.equal(quote("it's"), `"it's"`);
  assert.equal(quote("a\nb"), '"a\\nb"');
  assert.equal(quote("tab\there"), '"tab\\there"');
  // A line separator would break the one-line message: escaped, as JSON escapes "\n".
  assert.equal(quote("\u2028"), '"\\u2028"');
  assert.equal(quote("a\u2029b"), '"a\\u2029b"');
  assert.equal(quote("x\u0085"), '"x\\u0085"'); // C1 controls too
  assert.equal(quote("\x1b[31m\x7f\x9b"), '"\\u001b[31m\\u007f\\u009b"');
  assert.equal(quote("\xa0"), "'\xa0'"); // a no-break space prints
  // Invisible characters (format characters, default ignorables) too: the library's one rule.
  assert.equal(quote("hex\u202e"), '"hex\\u202e"');
  assert.equal(quote("a\u200bb\u200d\ufeff"), '"a\\u200bb\\u200d\\ufeff"');
  assert.equal(quote("soft\u00adhyphen\u200e"), '"soft\\u00adhyphen\\u200e"');
  assert.equal(quote("\u3164"), '"\\u3164"');
});

Deno.test("quote(): a long value is cut to 37 characters and '...', counted in code points", () => {
  assert.equal(quote("a".repeat(40)), `'${"a".repeat(40)}'`);
  assert.equal(quote("a".repeat(41)), `'${"a".repeat(37)}...'`);
  const emoji = "\u{1F600}".repeat(41);
  assert.equal(quote(emoji), `'${"\u{1F600}".repeat(37)}...'`); // no half surrogate pair
});

Deno.test("optionName(), metavar() and list() word help and messages", () => {
  const count: OptionDef = { name: "count", type: "int", help: "h" };
  const choice: OptionDef = { name: "choice", short: "c", type: "items", help: "h" };
  assert.equal(optionName(count), "--count");
  assert.equal(optionName(choice), "-c/--choice");
  assert.equal(metavar(count), "N");
  assert.equal(metavar(choice), "ITEM");
  assert.equal(metavar({ name: "sep", type: "text", help: "h" }), "S");
  assert.equal(metavar({ name: "w", type: "text", metavar: "NAME|FILE", help: "h" }), "NAME|FILE");
  assert.equal(
    metavar({ name: "capitalize", type: "text", choices: ["none", "first"], help: "h" }),
    "none|first",
  );
  assert.equal(list([]), "");
  assert.equal(list(["a"]), "a");
  assert.equal(list(["a", "b"]), "a and b");
  assert.equal(list(["a", "b", "c"]), "a, b and c");
});

Deno.test("UsageError is an Error named UsageError, its message as given", () => {
  const e = new UsageError("--count must be at least 0, got -1");
  assert.ok(e instanceof Error);
  assert.equal(e.name, "UsageError");
  assert.equal(e.message, "--count must be at least 0, got -1");
});
