// Word list files: words and phrases, line numbers, and the errors of a bad file.
import { assert } from "../_helpers.ts";
import { parseWordFile } from "../../cli/_word_file.ts";

Deno.test("parseWordFile() reads words and phrases, with line numbers", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const table: [string, string[], number[]][] = [
    ["a\nb\n", ["a", "b"], [1, 2]],
    ["a\r\nb\r\n", ["a", "b"], [1, 2]],
    ["a\rb\rc", ["a", "b", "c"], [1, 2, 3]],
    ["\ufeffa\n\n  \nb", ["a", "b"], [1, 4]],
    ["11111\tice cream\n11112  banana split \n", ["ice cream", "banana split"], [1, 2]],
    ["42\n", ["42"], [1]], // a number alone is a word, not a dice number
  ];
  for (const [text, words, lines] of table) {
    assert.deepEqual(parseWordFile(enc(text)), { words, lines }, JSON.stringify(text));
  }
  assert.throws(() => parseWordFile(enc("x\r\ny\r\nx\r\n")), {
    name: "RangeError",
    message: 'line 3 repeats "x" (first on line 1)',
  });
  // A repeated word is quoted with what does not print escaped, cut after 40 characters.
  const repeats: [string, string][] = [
    ["a\u202eb\na\u202eb\n", 'line 2 repeats "a\\u202eb" (first on line 1)'],
    ["x\u2028y\nx\u2028y", 'line 2 repeats "x\\u2028y" (first on line 1)'],
    [
      `${"w".repeat(99)}\n${"w".repeat(99)}`,
      `line 2 repeats "${"w".repeat(40)}…" (first on line 1)`,
    ],
  ];
  for (const [text, message] of repeats) {
    assert.throws(() => parseWordFile(enc(text)), { name: "RangeError", message });
  }
  assert.throws(() => parseWordFile(new Uint8Array([0x61, 0x0a, 0x0d, 0x62, 0xc3, 0x0a])), {
    name: "RangeError",
    message: "line 3 is not valid UTF-8",
  });
});
