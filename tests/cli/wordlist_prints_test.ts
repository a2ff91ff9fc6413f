// The command line's word files meet the rule of what prints distinctly, as any word list does:
// a control character (a terminal escape sequence, a carriage return), an invisible character
// or a conjoining jamo in a file is refused with the file and the line, never printed.
import { assert } from "../_helpers.ts";
import { type CliIO, main } from "../../cli.ts";

async function run(file: string): Promise<[number, string[], string[]]> {
  const out: string[] = [], err: string[] = [];
  const io: CliIO = {
    write: (t) => void out.push(t),
    error: (l) => void err.push(l),
    readFile: () => Promise.resolve(new TextEncoder().encode(file)),
  };
  const code = await main(["passphrase", "--wordlist", "w.txt", "--words", "3"], io);
  return [code, out, err];
}

Deno.test("passphrase --wordlist refuses words that do not print, naming the line", async () => {
  const cases: [string, RegExp][] = [
    [
      "alpha\nbeta\n\u001b]0;pwned\u0007\n",
      /^secrets: passphrase: --wordlist w\.txt line 3 word .* has a control character \(U\+001B\), which does not print as a character/,
    ],
    ["gamma\ngam\u0000ma\ngamma\u0007\n", /line 2 word .* has a control character \(U\+0000\)/],
    ["one\ntw\u200Bo\n", /line 2 word .* has an invisible character \(U\+200B\)/],
    ["가\n\u1100\n", /line 2 word .* has a conjoining Hangul jamo \(U\+1100\)/],
    [
      "a\n\n\nｶﾞ\n\uFF9Ebc\n",
      /line 5 word "ﾞbc" begins with "ﾞ" \(U\+FF9E\), which prints as a combining mark/,
    ],
  ];
  for (const [file, message] of cases) {
    const [code, out, err] = await run(file);
    assert.equal(code, 2, JSON.stringify(file));
    assert.deepEqual(out, []);
    assert.equal(err.length, 1);
    assert.match(err[0], message);
  }
  // A clean file works.
  const [code, out] = await run("alpha\nbeta\ngamma\n");
  assert.equal(code, 0);
  assert.match(out.join(""), /^(alpha|beta|gamma)( (alpha|beta|gamma)){2}\n$/);
});
