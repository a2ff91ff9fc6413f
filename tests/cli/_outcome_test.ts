// What the commands share: the entropy of a choice (min-entropy, with items that print
// alike counted as one), the wording of bits, and the limits.
import { assert } from "../_helpers.ts";
import {
  BigToken,
  bitsText,
  choiceBits,
  CHUNK,
  COMPUTED_FOOTER,
  EXIT_STATUS,
  FOOTER,
  MAX_KEY_BYTES,
  MAX_RANDBITS,
  MAX_WORDLIST_BYTES,
  PyFloat,
  TOOL_EXIT_STATUS,
  WORDLIST_NAMES,
} from "../../cli/_outcome.ts";

Deno.test("choiceBits(): log2 of the count for distinct items, min-entropy with repeats", () => {
  assert.equal(choiceBits(["a", "b", "c", "d"]), 2);
  assert.equal(choiceBits(["a"]), 0);
  assert.equal(choiceBits(["a", "a", "b", "c"]), 1); // "a" has probability 1/2
  assert.equal(choiceBits(["x", "x", "x"]), 0);
  assert.equal(choiceBits(["a", "b", "c"]), Math.log2(3));
});

Deno.test("choiceBits(): items that print alike count as one", () => {
  // "é" precomposed and "e" + combining acute; "a" and "a" + zero-width space; "ﬁ" and "fi" (NFKC).
  assert.equal(choiceBits(["\u00e9", "e\u0301"]), 0);
  assert.equal(choiceBits(["a", "a\u200b", "b", "c"]), 1);
  assert.equal(choiceBits(["\ufb01", "fi", "x", "y"]), 1);
  assert.equal(choiceBits(["A", "a"]), 1); // case is visible: two outcomes
});

Deno.test("bitsText(): whole numbers exact (1 bit, not 1 bits), others floored to 2 decimals", () => {
  assert.equal(bitsText(0), "0 bits");
  assert.equal(bitsText(1), "1 bit");
  assert.equal(bitsText(128), "128 bits");
  assert.equal(bitsText(Math.log2(3)), "1.58 bits"); // 1.58496...: floored, never rounded up
  assert.equal(bitsText(303.669), "303.66 bits");
  assert.equal(bitsText(0.999), "0.99 bits");
});

Deno.test("results and limits: the values the commands and the writer rely on", () => {
  assert.equal(new PyFloat(2.5).value, 2.5);
  const t = new BigToken("hex", 100000);
  assert.deepEqual([t.encoding, t.nbytes], ["hex", 100000]);
  assert.equal(CHUNK % 3, 0); // base64url pieces join without padding
  assert.equal(MAX_RANDBITS, 2 ** 24);
  assert.equal(MAX_WORDLIST_BYTES, 16 * 2 ** 20);
  assert.equal(MAX_KEY_BYTES, 2 ** 20);
  assert.deepEqual(WORDLIST_NAMES, ["eff-large", "eff-short"]);
  assert.ok(FOOTER.endsWith(EXIT_STATUS) && COMPUTED_FOOTER.endsWith(EXIT_STATUS));
  assert.ok(TOOL_EXIT_STATUS.startsWith(EXIT_STATUS));
  assert.match(TOOL_EXIT_STATUS, /check-api-key prints nothing: 0 the key is valid, 1 it is not/);
});
