// Running a command line in-process: main() with a caller's streams, the tool's own cases
// (tests/cli/tool_cases.ts), and --entropy's report.
import { assert } from "../_helpers.ts";
import { main } from "../../cli.ts";
import { effShortWordlist, entropyBits, passwordRules } from "../../recipes.ts";
import { capture } from "./_capture.ts";
import { failuresInProcess } from "./_in_process.ts";
import { TOOL_CASES } from "./tool_cases.ts";

Deno.test("the tool as a whole: every case of its table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(TOOL_CASES), []);
});

Deno.test("main() awaits a caller's asynchronous writes, in order", async () => {
  const chunks: string[] = [];
  const { io } = capture({
    write: async (s) => {
      await new Promise((r) => setTimeout(r, 1));
      chunks.push(s);
    },
  });
  assert.equal(await main(["token-hex", "100000", "--count", "3"], io), 0);
  const lines = chunks.join("").split("\n");
  assert.deepEqual(lines.map((l) => l.length), [200000, 200000, 200000, 0]);
  assert.ok(chunks.length > 3); // streamed in pieces, not one string
});

Deno.test("main() ends quietly when the caller's reader went away", async () => {
  const { io, err } = capture({
    write: () => {
      throw Object.assign(new Error("EPIPE: broken pipe, write"), { code: "EPIPE" });
    },
  });
  assert.equal(await main(["token-hex"], io), 0);
  assert.deepEqual(err, []);
});

Deno.test("main() reports a failing write in one line, status 1", async () => {
  const { io, err } = capture({
    write: () => {
      throw new TypeError("stream is closed\n    at somewhere");
    },
  });
  assert.equal(await main(["token-hex"], io), 1);
  assert.deepEqual(err, ["secrets: internal error: TypeError: stream is closed"]);
});

Deno.test("main() without file access refuses --wordlist in one line", async () => {
  const { io, err } = capture();
  assert.equal(await main(["passphrase", "--wordlist", "w.txt"], io), 2);
  assert.deepEqual(err, [
    "secrets: --wordlist w.txt cannot be read: this caller gives no files",
  ]);
});

Deno.test("main() reads --wordlist through the caller's io", async () => {
  const { io, out } = capture({
    readFile: (path, max) => {
      assert.equal(path, "w.txt");
      assert.equal(max, 16 * 2 ** 20);
      return Promise.resolve(new TextEncoder().encode("ab\ncd\n"));
    },
  });
  assert.equal(await main(["passphrase", "--wordlist", "w.txt", "--words", "3"], io), 0);
  assert.match(out.join(""), /^(ab|cd) (ab|cd) (ab|cd)\n$/);
});

/** `entropy: B bits`, as --entropy prints it: whole numbers exact, others floored to 2 decimals. */
function entropyText(bits: number): string {
  return `entropy: ${
    Number.isInteger(bits)
      ? `${bits} bit${bits === 1 ? "" : "s"}`
      : `${(Math.floor(bits * 100) / 100).toFixed(2)} bits`
  }`;
}

Deno.test("--entropy prints entropyBits() of the options the flags make, for every form", async () => {
  const rules = "minlength: 20; required: lower; required: upper; required: digit; allowed: [-_];";
  const table: [string[], number][] = [
    [["password", "--rules", rules], entropyBits("password", { rules: passwordRules(rules) })],
    [
      [
        "password",
        "31",
        "--rules",
        rules + " max-consecutive: 2",
        "--exclude",
        "_",
        "--no-ambiguous",
      ],
      entropyBits("password", {
        rules: passwordRules(rules + " max-consecutive: 2"),
        length: 31,
        exclude: "_",
        excludeAmbiguous: true,
      }),
    ],
    [
      ["password", "--rules", "maxlength: 10", "--length", "7"],
      entropyBits("password", { rules: passwordRules("maxlength: 10"), length: 7 }),
    ],
    [
      [
        "passphrase",
        "--capitalize",
        "random",
        "--digits",
        "2",
        "--add-symbols",
        "1",
        "--bits",
        "90",
      ],
      entropyBits("passphrase", { capitalize: "random", addDigits: 2, addSymbols: 1, bits: 90 }),
    ],
    [
      ["passphrase", "--separators", "-_.", "--min-word-length", "4", "--max-word-length", "6"],
      entropyBits("passphrase", { separators: "-_.", minWordLength: 4, maxWordLength: 6 }),
    ],
    [
      ["passphrase", "--wordlist", "eff-short", "--capitalize", "first", "--words", "5"],
      entropyBits("passphrase", { wordlist: effShortWordlist(), capitalize: "first", words: 5 }),
    ],
    [
      ["passphrase", "--wordlist", "eff-large", "--separator", "-"],
      entropyBits("passphrase", { separator: "-" }), // the four hyphenated words left out
    ],
    [["api-key", "--prefix", "acme"], entropyBits("apiKey", { prefix: "acme" })],
    [
      ["api-key", "--prefix", "acme", "--bits", "300"],
      entropyBits("apiKey", { prefix: "acme", bits: 300 }),
    ],
  ];
  for (const [args, bits] of table) {
    const { io, err } = capture();
    assert.equal(await main([...args, "--entropy"], io), 0, args.join(" "));
    // Rules under 64 bits are given with a warning first (exit 0).
    const warning = `secrets: password: warning: --rules allow only ${
      entropyText(bits).slice("entropy: ".length)
    }, under 64`;
    const expected = args.includes("--rules") && bits < 64 ? [warning] : [];
    assert.deepEqual(err, [...expected, entropyText(bits)], args.join(" "));
  }
  // Spot checks of the figures themselves (counted independently in tests/cli/commands/api_key_cases.ts and passphrase_cases.ts).
  assert.equal(
    entropyText(entropyBits("apiKey", { prefix: "acme", bits: 300 })),
    "entropy: 303.66 bits",
  ); // 51 * log2(62)
  // With "-", 6 words of the 7,772 that hold none (not 7,776).
  assert.ok(Math.abs(entropyBits("passphrase", { separator: "-" }) - 6 * Math.log2(7772)) < 1e-9);
});
