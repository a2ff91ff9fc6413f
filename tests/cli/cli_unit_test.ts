// The command line's parts, in-process: Python's number syntax and float
// repr, word list files, and main() with callers' own streams.
import { assert } from "../_helpers.ts";
import { type CliIO, main } from "../../cli.ts";
import { floatRepr, pyFloat, pyInt } from "../../cli/_pynum.ts";
import { parseCount } from "../../cli/_args.ts";
import {
  ALPHABETS,
  API_KEY_MAX_BITS,
  API_KEY_MIN_BITS,
  apiKey,
  bitsFor,
  checkApiKey,
  collisionProbability,
  effShortWordlist,
  entropyBits,
  passphrase,
  passwordRules,
} from "../../recipes.ts";
import { parseWordFile } from "../../cli/_word_file.ts";

Deno.test("floatRepr() prints floats as CPython 3.13's repr() does", () => {
  // Recorded from CPython 3.13: repr(x) for each x.
  const table: [number, string][] = [
    [0, "0.0"],
    [-0, "-0.0"],
    [1, "1.0"],
    [-1, "-1.0"],
    [0.1, "0.1"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [0.00012345, "0.00012345"],
    [1e16, "1e+16"],
    [9999999999999998, "9999999999999998.0"],
    [1e15, "1000000000000000.0"],
    [123456789012345.6, "123456789012345.6"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [2.5, "2.5"],
    [1e22, "1e+22"],
    [1.5e-7, "1.5e-07"],
    [7661568290510733, "7661568290510733.0"],
    [1 / 3, "0.3333333333333333"],
    [2 ** 53, "9007199254740992.0"],
    [-2.5e-300, "-2.5e-300"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
  ];
  for (const [x, repr] of table) assert.equal(floatRepr(x), repr, String(x));
});

Deno.test("floatRepr() matches CPython on random doubles, where CPython 3.13 is installed", async () => {
  const xs: number[] = [];
  const bits = new Float64Array(4000);
  crypto.getRandomValues(new Uint8Array(bits.buffer));
  for (const x of bits) if (Number.isFinite(x)) xs.push(x);
  // Doubles of every decimal exponent from -30 to 30, where the notation switches.
  const u = new Uint32Array(1000);
  crypto.getRandomValues(u);
  u.forEach((v, i) => xs.push((v / 2 ** 32) * 10 ** ((i % 61) - 30)));
  let out;
  try {
    const child = new Deno.Command("python3", {
      args: ["-c", "import sys\nfor l in sys.stdin: print(repr(float.fromhex(l)))"],
      env: { PYENV_VERSION: "3.13.0" },
      stdin: "piped",
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(xs.map(hexFloat).join("\n") + "\n"));
    await w.close();
    out = await child.output();
  } catch {
    console.log("floatRepr: no python3; checked against the recorded table only");
    return;
  }
  assert.ok(out.success);
  const reprs = new TextDecoder().decode(out.stdout).trimEnd().split("\n");
  assert.equal(reprs.length, xs.length);
  xs.forEach((x, i) => assert.equal(floatRepr(x), reprs[i], hexFloat(x)));
});

/** Python's float.hex() form of a finite double, exact. */
function hexFloat(x: number): string {
  const b = new DataView(new Float64Array([x]).buffer);
  const hi = b.getUint32(4, true), lo = b.getUint32(0, true);
  const sign = hi >>> 31 ? "-" : "";
  const exp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  const digits = mant.toString(16).padStart(13, "0");
  return exp === 0 ? `${sign}0x0.${digits}p-1022` : `${sign}0x1.${digits}p${exp - 1023}`;
}

Deno.test("pyInt() and pyFloat() accept what Python's int() and float() accept", () => {
  const table: [string, bigint | undefined, number | undefined][] = [
    ["10", 10n, 10],
    [" 7\n", 7n, 7],
    ["+5", 5n, 5],
    ["-0", 0n, -0],
    ["1_000", 1000n, 1000],
    ["1__0", undefined, undefined],
    ["_1", undefined, undefined],
    ["1_", undefined, undefined],
    ["1_0.5", undefined, 10.5],
    ["1e1_0", undefined, 1e10],
    [".5", undefined, 0.5],
    ["5.", undefined, 5],
    ["+.5e-3", undefined, 0.0005],
    ["\u0661\u0662", 12n, 12], // Arabic-Indic digits
    ["\uff15.\uff15", undefined, 5.5], // fullwidth digits
    ["\u20035", 5n, 5], // an em space is white space
    ["\ufeff5", undefined, undefined], // a BOM is not
    ["iNfInItY", undefined, Infinity],
    ["-inf", undefined, -Infinity],
    ["1e400", undefined, Infinity],
    ["0x10", undefined, undefined],
    ["1e", undefined, undefined],
    [".", undefined, undefined],
    ["", undefined, undefined],
    ["1 0", undefined, undefined],
  ];
  for (const [text, i, f] of table) {
    assert.equal(pyInt(text), i, JSON.stringify(text));
    assert.equal(Object.is(pyFloat(text), f), true, `${JSON.stringify(text)}: ${pyFloat(text)}`);
  }
  assert.ok(Number.isNaN(pyFloat("-NaN")));
});

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
  assert.throws(() => parseWordFile(new Uint8Array([0x61, 0x0a, 0x0d, 0x62, 0xc3, 0x0a])), {
    name: "RangeError",
    message: "line 3 is not valid UTF-8",
  });
});

function capture(overrides: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    write: (s) => void out.push(s),
    error: (l) => void err.push(l),
    ...overrides,
  };
  return { io, out, err };
}

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

// ---- Token, API key and collision commands, in-process ------------------------------------------------

Deno.test("parseCount() reads whole numbers in digits or exact scientific notation", () => {
  const table: [string, bigint][] = [
    ["0", 0n],
    ["00012", 12n],
    ["+7", 7n],
    ["1e9", 10n ** 9n],
    ["1E9", 10n ** 9n],
    ["1e+9", 10n ** 9n],
    ["2.5e6", 2500000n],
    ["1.50e1", 15n],
    ["1.", 1n],
    ["1.0", 1n],
    ["1000e-3", 1n],
    ["0e999999999999", 0n],
    ["0.0e-5", 0n],
    ["-0e5", 0n],
    ["4294967296", 2n ** 32n],
    ["9.99e999", 999n * 10n ** 997n], // the largest power-of-ten form below 1e1000
    [`${"9".repeat(1000)}`, 10n ** 1000n - 1n],
  ];
  for (const [text, n] of table) assert.equal(parseCount(text, "--tokens", 0), n, text);
  const refused: [string, string][] = [
    ["1.5", "--tokens must be a whole number, got 1.5"],
    ["1e-3", "--tokens must be a whole number, got 1e-3"],
    ["15e-1", "--tokens must be a whole number, got 15e-1"],
    ["1e-99999999999999999999", "--tokens must be a whole number, got 1e-99999999999999999999"],
    ["1e1000", "--tokens must be below 1e1000, got 1e1000"],
    ["10e999", "--tokens must be below 1e1000, got 10e999"],
    ["1" + "0".repeat(1000), `--tokens must be below 1e1000, got 1${"0".repeat(1000)}`],
    ["-1", "--tokens must be at least 0, got -1"],
  ];
  for (const [text, message] of refused) {
    assert.throws(() => parseCount(text, "--tokens", 0), { name: "UsageError", message }, text);
  }
  for (
    const text of ["", ".", "e5", "1e", "x", "1_000", "0x10", " 1", "1 ", "1e5.5", "inf", "--1"]
  ) {
    assert.throws(() => parseCount(text, "--tokens", 0), {
      name: "UsageError",
      message: `--tokens must be a whole number (such as 1000000 or 1e6), got '${text}'`,
    }, JSON.stringify(text));
  }
  // Every spelling of random values: digits, mantissa with exponent, shifted fraction.
  const words = new BigUint64Array(200);
  crypto.getRandomValues(words);
  for (const [i, w] of words.entries()) {
    const k = i % 40;
    const n = w * 10n ** BigInt(k);
    assert.equal(parseCount(String(n), "--tokens", 0), n);
    assert.equal(parseCount(`${w}e${k}`, "--tokens", 0), n);
    const s = String(w);
    assert.equal(parseCount(`${s[0]}.${s.slice(1)}e${s.length - 1 + k}`, "--tokens", 0), n);
    assert.equal(parseCount(`${n}${"0".repeat(k)}e-${k}`, "--tokens", 0), n);
  }
});

Deno.test("bits-for and collision-probability print the library's answers", async () => {
  const table: [string, number][] = [
    ["0", 0.5],
    ["2", 1],
    ["1e6", 1e-12],
    ["1e9", 1e-6],
    ["4294967296", 0.5],
    ["2.5e12", 1e-9],
    ["1e40", 0.01],
  ];
  for (const [tokens, probability] of table) {
    const count = BigInt(Number(tokens)); // exact for these
    const { io, out } = capture();
    assert.equal(
      await main(["bits-for", "--tokens", tokens, "--probability", String(probability)], io),
      0,
    );
    const bits = bitsFor({ count, probability });
    assert.equal(out.join(""), `${bits}\n`, tokens);
    for (const b of [bits, bits - 0.5, 64, 130.99]) {
      if (b < 0) continue;
      const c = capture();
      assert.equal(
        await main(["collision-probability", "--tokens", tokens, "--bits", String(b)], c.io),
        0,
      );
      assert.equal(c.out.join(""), floatRepr(collisionProbability({ count, bits: b })) + "\n");
    }
  }
});

Deno.test("api-key's --bits range is the library's", async () => {
  for (const bits of [API_KEY_MIN_BITS, API_KEY_MAX_BITS]) {
    const { io, out } = capture();
    assert.equal(await main(["api-key", "--prefix", "a", "--bits", String(bits)], io), 0);
    assert.ok(checkApiKey(out.join("").trimEnd(), { prefix: "a", bits }));
  }
  for (const bits of [API_KEY_MIN_BITS - 1, API_KEY_MAX_BITS + 1]) {
    const { io, err } = capture();
    assert.equal(await main(["api-key", "--prefix", "a", "--bits", String(bits)], io), 2);
    assert.match(err[0], /^secrets: --bits must be at (least 128|most 1024), got/);
    assert.throws(() => apiKey({ prefix: "a", bits }), RangeError);
  }
});

Deno.test("check-api-key: status 1 for every one-character change and every truncation", async () => {
  const key = apiKey({ prefix: "acme" });
  const status = async (k: string) => {
    const { io, out, err } = capture();
    const code = await main(["check-api-key", k, "--prefix", "acme"], io);
    assert.deepEqual([out, err], [[], []]);
    return code;
  };
  assert.equal(await status(key), 0);
  const chars = ALPHABETS.base62;
  for (let i = 0; i < key.length; i++) {
    // Another character at position i (the '_' too: indexOf is -1 there).
    const other = chars[(chars.indexOf(key[i]) + 1 + (i % 61)) % 62];
    assert.equal(await status(key.slice(0, i) + other + key.slice(i + 1)), 1, `position ${i}`);
    assert.equal(await status(key.slice(0, i)), 1, `first ${i} characters`);
  }
});

Deno.test("check-api-key - reads the caller's standard input", async () => {
  const key = apiKey({ prefix: "acme" });
  const withInput = (text: string) =>
    capture({
      readStdin: (max) => {
        assert.equal(max, 2 ** 20);
        return Promise.resolve(new TextEncoder().encode(text));
      },
    });
  for (
    const [text, code] of [[key, 0], [`${key}\n`, 0], [`${key}\r`, 0], [` ${key}`, 1]] as const
  ) {
    const { io, out, err } = withInput(text);
    assert.equal(await main(["check-api-key", "-", "--prefix", "acme"], io), code, text);
    assert.deepEqual([out, err], [[], []]);
  }
  const { io, err } = capture();
  assert.equal(await main(["check-api-key", "-", "--prefix", "acme"], io), 2);
  assert.deepEqual(err, [
    "secrets: check-api-key: KEY - (standard input) cannot be read: this caller gives no input",
  ]);
});

Deno.test("--help answers on its own: a global option's value is not read", async () => {
  const { io, out } = capture();
  assert.equal(await main(["bits-for", "--count", "1e9", "--help"], io), 0);
  assert.match(out.join(""), /^usage: secrets bits-for --count N --probability P \[--json\]/);
});

Deno.test("a usage line lists the common options only for commands that print results", async () => {
  const usage = async (...args: string[]) => {
    const { io, out } = capture();
    assert.equal(await main(args, io), 0);
    return out.join("").split("\n")[0];
  };
  assert.equal(
    await usage("token-hex", "--help"),
    "usage: secrets token-hex [N] [--count N] [--json] [--entropy] [--help]",
  );
  assert.equal(await usage("help", "--help"), "usage: secrets help [COMMAND]");
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
  // Spot checks of the figures themselves (counted independently in tests/cli/cli_cases.ts).
  assert.equal(
    entropyText(entropyBits("apiKey", { prefix: "acme", bits: 300 })),
    "entropy: 303.66 bits",
  ); // 51 * log2(62)
  // With "-", 6 words of the 7,772 that hold none (not 7,776).
  assert.ok(Math.abs(entropyBits("passphrase", { separator: "-" }) - 6 * Math.log2(7772)) < 1e-9);
});

Deno.test("passphrase's word-length bounds are the library's", async () => {
  // 1000 is accepted by both (and leaves no word of the EFF list); 1001 by neither.
  const { io, err } = capture();
  assert.equal(await main(["passphrase", "--max-word-length", "1000", "--words", "2"], io), 0);
  assert.equal(await main(["passphrase", "--min-word-length", "1000"], io), 2);
  assert.match(err[0], /^secrets: passphrase: --wordlist has 0 distinct words left by the options/);
  assert.equal(await main(["passphrase", "--min-word-length", "1001"], io), 2);
  assert.equal(err[1], "secrets: --min-word-length must be at most 1000, got 1001");
  assert.equal(passphrase({ maxWordLength: 1000, words: 2 }).split(" ").length, 2);
  for (const key of ["minWordLength", "maxWordLength"]) {
    assert.throws(() => passphrase({ [key]: 1001 }), RangeError);
  }
});

Deno.test("--wordlist names: eff-short and eff-large are lists, anything else a file", async () => {
  const short = new Set(effShortWordlist());
  const read: string[] = [];
  const { io, out } = capture({
    readFile: (path) => {
      read.push(path);
      return Promise.resolve(new TextEncoder().encode("alpha\nbravo\n"));
    },
  });
  assert.equal(await main(["passphrase", "--wordlist", "eff-short"], io), 0);
  assert.ok(out.join("").trimEnd().split(" ").every((w) => short.has(w)));
  assert.equal(await main(["passphrase", "--wordlist", "eff-large"], io), 0);
  assert.deepEqual(read, []); // the names read no file
  for (const file of ["./eff-short", "EFF-SHORT", "eff-short.txt", "/tmp/eff-large"]) {
    out.length = 0;
    assert.equal(await main(["passphrase", "--wordlist", file, "--words", "3"], io), 0);
    assert.match(out.join(""), /^(alpha|bravo)( (alpha|bravo)){2}\n$/);
  }
  assert.deepEqual(read, ["./eff-short", "EFF-SHORT", "eff-short.txt", "/tmp/eff-large"]);
});
