// The CLI, run as a user runs it: a subprocess with no permissions at all.
import { assert } from "./_helpers.ts";
import { VERSION } from "../lib/_version.ts";

const CLI = new URL("../cli.ts", import.meta.url).pathname;

async function cli(args: string[], permissions: string[] = []) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", ...permissions, CLI, ...args],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
    bytes: out.stdout,
  };
}

Deno.test("cli: every command works with no permission", async () => {
  const table: [string[], RegExp][] = [
    [["token-hex"], /^[0-9a-f]{64}\n$/],
    [["token-hex", "8"], /^[0-9a-f]{16}\n$/],
    [["token-bytes", "4"], /^[0-9a-f]{8}\n$/],
    [["token-urlsafe", "16"], /^[A-Za-z0-9_-]{22}\n$/],
    [["randbelow", "10"], /^\d\n$/],
    [["randbelow", "1000000000000000000000000"], /^\d{1,24}\n$/],
    [["randbits", "128"], /^\d+\n$/],
    [["choice", "red", "green"], /^(red|green)\n$/],
    [["password", "--length", "12", "--min-digits", "2"], /^(?=(.*\d){2})[A-Za-z0-9]{12}\n$/],
    [["passphrase", "--words", "3", "--separator", "-"], /^[a-z-]+-[a-z-]+-[a-z-]+\n$/],
    [["--version"], new RegExp(`^secrets ${VERSION.replaceAll(".", "\\.")}\n$`)],
    [["token-hex", "2", "--json"], /^"[0-9a-f]{4}"\n$/],
    [["randbelow", "5", "--json"], /^\d\n$/],
  ];
  for (const [args, re] of table) {
    const r = await cli(args);
    assert.equal(r.code, 0, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stdout, re, args.join(" "));
    assert.equal(r.stderr, "");
  }
});

Deno.test("cli: python -m random options and no-argument behaviour", async () => {
  const table: [string[], RegExp][] = [
    [["-i", "6"], /^[1-6]\n$/],
    [["--integer", "1"], /^1\n$/],
    [["-f", "2.5"], /^\d\.\d+(e-\d+)?\n$/],
    [["-c", "a", "b"], /^(a|b)\n$/],
    [["10"], /^([1-9]|10)\n$/],
    [["2.5"], /^\d\.\d+(e-\d+)?\n$/],
    [["x y z"], /^(x|y|z)\n$/],
    [["p", "q"], /^(p|q)\n$/],
    [[], /^usage: secrets/],
  ];
  for (const [args, re] of table) {
    const r = await cli(args);
    assert.equal(r.code, 0, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stdout, re, args.join(" "));
  }
});

Deno.test("cli: --count streams N results, one a line", async () => {
  const r = await cli(["token-hex", "8", "--count", "1000"]);
  const lines = r.stdout.trimEnd().split("\n");
  assert.equal(lines.length, 1000);
  assert.ok(lines.every((l) => /^[0-9a-f]{16}$/.test(l)));
  // 64-bit tokens: a repeat among 1000 has probability 3e-14.
  assert.equal(new Set(lines).size, 1000);
  const z = await cli(["token-hex", "--count", "0"]);
  assert.equal(z.stdout, "");
});

Deno.test("cli: token-bytes --raw writes the bytes themselves", async () => {
  const r = await cli(["token-bytes", "64", "--raw", "--count", "2"]);
  assert.equal(r.code, 0);
  assert.equal(r.bytes.length, 128);
});

Deno.test("cli: bad input is one line on stderr, exit 2, nothing on stdout", async () => {
  const bad: [string[], RegExp][] = [
    [["randbelow", "0"], /^secrets: Upper bound must be positive\.\n$/],
    [["randbelow", "x"], /^secrets: N must be an integer, got "x"\n$/],
    [["randbelow"], /^secrets: N must be an integer/],
    [["randbits", "-1"], /^secrets: -1: a negative number is not allowed here\n$/],
    [["token-hex", "-5"], /^secrets: -5: a negative number is not allowed here\n$/],
    [["token-hex", "abc"], /^secrets: N must be an integer/],
    [["token-hex", "1", "2"], /^secrets: token-hex: unexpected argument "2"\n$/],
    [["--bogus"], /^secrets: Unknown option '--bogus'/],
    [["token-hex", "--raw"], /^secrets: --raw is not an option of token-hex\n$/],
    [["-i", "0"], /^secrets: empty range in randrange\(1, 1\)\n$/],
    [["-i", "x"], /^secrets: argument -i\/--integer must be an integer/],
    [["-f", "x"], /^secrets: argument -f\/--float: invalid float value: 'x'\n$/],
    [["-i", "3", "-f", "2"], /mutually exclusive/],
    [["choice"], /^secrets: choice: give at least one item\n$/],
    [["password", "--length", "3", "--min-digits", "4"], /more than the length 3/],
    [["password", "--count", "-1"], /^secrets: /],
    [["passphrase", "--wordlist", "/etc/hostname"], /^secrets: .*(read|Requires)/i],
  ];
  for (const [args, re] of bad) {
    const r = await cli(args);
    assert.equal(r.code, 2, `${args.join(" ")} exited ${r.code}: ${r.stderr}`);
    assert.equal(r.stdout, "", `${args.join(" ")} wrote to stdout`);
    assert.match(r.stderr, re, args.join(" "));
    assert.equal(r.stderr.trimEnd().split("\n").length, 1, `${args.join(" ")}: more than one line`);
  }
});

Deno.test("cli: passphrase --wordlist needs read access to that file only", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/words.txt`;
  await Deno.writeTextFile(file, "11111\talpha\n11112\tbravo\ncharlie\n");
  const r = await cli(["passphrase", "--wordlist", file, "--words", "5"], [`--allow-read=${file}`]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^(alpha|bravo|charlie)( (alpha|bravo|charlie)){4}\n$/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("cli: --help for the tool and for each command", async () => {
  for (
    const cmd of [
      "",
      "token-bytes",
      "token-hex",
      "token-urlsafe",
      "randbelow",
      "randbits",
      "choice",
      "password",
      "passphrase",
    ]
  ) {
    const r = await cli(cmd ? [cmd, "--help"] : ["--help"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^usage: secrets/);
  }
});

Deno.test("VERSION matches deno.json", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("../deno.json", import.meta.url)));
  assert.equal(VERSION, config.version);
});

Deno.test({
  name:
    "cli: deno compile makes a working binary (needs DENORT_BIN: denort cannot be downloaded here)",
  ignore: !Deno.env.get("DENORT_BIN"),
  fn: async () => {
    const dir = await Deno.makeTempDir();
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["compile", "--output", `${dir}/secrets`, CLI],
    }).output();
    assert.ok(out.success);
    const r = await new Deno.Command(`${dir}/secrets`, {
      args: ["token-hex", "4"],
      stdout: "piped",
    }).output();
    assert.match(new TextDecoder().decode(r.stdout), /^[0-9a-f]{8}\n$/);
    await Deno.remove(dir, { recursive: true });
  },
});
