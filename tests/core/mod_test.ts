// The core as the recipes see it: lib/core/mod.ts gives exactly the names recipes use,
// each the core's own function (not a copy), and nothing that reads the pool.
import * as core from "../../lib/core/mod.ts";
import type { RecipeRandom } from "../../lib/core/mod.ts";
import { atLoad } from "../../lib/core/_at_load.ts";
import { readOptionList, readOptions } from "../../lib/core/_options.ts";
import { closest } from "../../lib/core/_suggest.ts";
import {
  checkNumberInt,
  CONTROL,
  cutText,
  DEFAULT_ENTROPY,
  describe,
  escapeUnprinted,
  INVISIBLE,
  quoteText,
} from "../../lib/core/_validate.ts";
import { bigBitLength, log2Big } from "../../lib/core/_math.ts";
import { errorFields, optionError } from "../../lib/core/_errors.ts";
import { createSecrets } from "../../testing.ts";
import { assert, counterSource, eachChoice } from "../_helpers.ts";

Deno.test("lib/core/mod.ts exports the recipes' view of the core, and nothing else", () => {
  assert.deepEqual(Object.keys(core).sort(), [
    "CONTROL",
    "DEFAULT_ENTROPY",
    "INVISIBLE",
    "atLoad",
    "bigBitLength",
    "checkNumberInt",
    "closest",
    "cutText",
    "describe",
    "errorFields",
    "escapeUnprinted",
    "log2Big",
    "optionError",
    "quoteText",
    "readOptionList",
    "readOptions",
  ]);
  assert.equal(core.atLoad, atLoad);
  assert.equal(core.readOptions, readOptions);
  assert.equal(core.readOptionList, readOptionList);
  assert.equal(core.closest, closest);
  assert.equal(core.checkNumberInt, checkNumberInt);
  assert.equal(core.describe, describe);
  assert.equal(core.escapeUnprinted, escapeUnprinted);
  assert.equal(core.quoteText, quoteText);
  assert.equal(core.cutText, cutText);
  assert.equal(core.CONTROL, CONTROL);
  assert.equal(core.INVISIBLE, INVISIBLE);
  assert.equal(core.log2Big, log2Big);
  assert.equal(core.bigBitLength, bigBitLength);
  assert.equal(core.optionError, optionError);
  assert.equal(core.errorFields, errorFields);
  assert.equal(core.DEFAULT_ENTROPY, DEFAULT_ENTROPY);
  assert.equal(DEFAULT_ENTROPY, 32); // CPython's secrets.DEFAULT_ENTROPY
});

Deno.test("RecipeRandom: choice and randbelow of a secrets object fit it, and draw from its source", () => {
  const s = createSecrets(counterSource());
  const random: RecipeRandom = {
    choice: s.choice,
    randbelow: s.randbelow,
    draws: eachChoice(s.choice),
  };
  // Bytes 0, 1, 2, ...: CPython 3.13's SystemRandom with getrandbits(k) reading (k + 7) // 8 of
  // these bytes, big-endian, gives _randbelow(256) = 0, 4, 8 (9 bits each: 2 bytes), then
  // choice("abcd") = "a" and _randbelow(1000) = 28.
  assert.equal(random.randbelow(256), 0);
  assert.equal(random.randbelow(256), 4);
  assert.equal(random.randbelow(256n), 8n); // of n's kind
  assert.equal(random.choice(["a", "b", "c", "d"]), "a");
  assert.equal(random.randbelow(1000), 28);
});
