// The subprocess tests of the command line, registered once per runtime.
import { assert } from "../_helpers.ts";
import { CASES, type CliCase } from "./cli_cases.ts";
import { RANDOM_CASES, shapeOf } from "./commands/random_mode_python_cases.ts";
import {
  firstLineThenClose,
  pool,
  type Run,
  run,
  type RunOptions,
  type Runtime,
  streamed,
  toDevFull,
} from "./_cli.ts";

/** Ways a failed command's stderr could leak the API or a stack instead of a one-line message. */
const LEAKS = /\w\(\)|\b[a-z]+[A-Z][a-zA-Z]*\b|: true\b|Error:|\n\s+at |error: Uncaught/;

/** Runs one case: by a runtime in a subprocess, or in-process (tests/cli/_in_process.ts). */
export type Runner = (args: string[], opts: RunOptions) => Promise<Run>;

/** What is wrong with `c`'s run on `rt`, or undefined. */
export function check(rt: Runtime, c: CliCase): Promise<string | undefined> {
  return checkWith((args, opts) => run(rt, args, opts), c);
}

/** What is wrong with `c`'s run by `runner`, or undefined. */
export async function checkWith(runner: Runner, c: CliCase): Promise<string | undefined> {
  const opts: RunOptions = { stdin: c.stdin };
  let args = c.args;
  let dir: string | undefined;
  if (c.files) {
    dir = await Deno.makeTempDir({ prefix: "secrets-cli-case-" });
    for (const [name, content] of Object.entries(c.files)) {
      if (content === "directory") await Deno.mkdir(`${dir}/${name}`);
      else if (typeof content === "string") await Deno.writeTextFile(`${dir}/${name}`, content);
      else await Deno.writeFile(`${dir}/${name}`, content);
    }
    args = args.map((a) => a.replaceAll("{dir}", dir!));
    opts.permissions = [`--allow-read=${dir}`];
  } else if (args.includes("/dev/zero")) {
    opts.permissions = ["--allow-read=/dev/zero"];
  }
  try {
    const r = await runner(args, opts);
    const problems: string[] = [];
    if (r.code !== c.code) problems.push(`exit ${r.code}, expected ${c.code}`);
    // Without a pattern: a success must print something, a failure nothing.
    const okOut = c.stdout === undefined
      ? c.quiet || (c.code === 0) === (r.stdout !== "")
      : typeof c.stdout === "function"
      ? c.stdout(r.stdout)
      : c.stdout.test(r.stdout);
    if (!okOut) problems.push(`stdout ${JSON.stringify(r.stdout.slice(0, 300))}`);
    if (c.stderr ? !c.stderr.test(r.stderr) : c.code === 0 && r.stderr !== "") {
      problems.push(`stderr ${JSON.stringify(r.stderr.slice(0, 300))}`);
    }
    if (c.quiet) {
      if (r.stdout !== "" || r.stderr !== "") problems.push("printed something");
    } else if (c.code !== 0) {
      if (r.stdout !== "") problems.push("wrote to stdout on error");
      if (!/^secrets: [^\n]+\n$/.test(r.stderr)) problems.push("stderr is not one 'secrets:' line");
      if (LEAKS.test(r.stderr)) problems.push(`stderr leaks an API name or a stack`);
    }
    return problems.length
      ? `${c.regression ? "[regression] " : ""}${c.name} (${c.args.join(" ")}): ${
        problems.join("; ")
      }; stderr ${JSON.stringify(r.stderr.slice(0, 200))}`
      : undefined;
  } finally {
    if (dir) await Deno.remove(dir, { recursive: true });
  }
}

/** Registers the CLI's subprocess tests for `rt`. */
export function registerSuite(rt: Runtime): void {
  Deno.test(`cli (${rt.name}): the table of cases`, async () => {
    const failures = (await pool(CASES.map((c) => () => check(rt, c)))).filter((f) => f);
    const why = CASES.filter((c) => c.regression).length;
    assert.deepEqual(
      failures,
      [],
      `${failures.length} of ${CASES.length} cases fail (${why} of them regressions)`,
    );
  });

  Deno.test(`cli (${rt.name}): python -m random mode, case by case`, async () => {
    const failures = (await pool(RANDOM_CASES.map((c) => async () => {
      const r = await run(rt, c.argv);
      const got = shapeOf(r.code, r.stdout, c.expect);
      const ok = got === "ok" &&
        (c.expect.kind === "refused"
          ? r.stdout === "" && /^secrets: [^\n]+\n$/.test(r.stderr)
          : r.stderr === "");
      return ok
        ? undefined
        : `${JSON.stringify(c.argv)}: ${got}; exit ${r.code}; stdout ${
          JSON.stringify(r.stdout.slice(0, 100))
        }; stderr ${JSON.stringify(r.stderr.slice(0, 200))}`;
    }))).filter((f) => f);
    assert.deepEqual(failures, []);
  });

  Deno.test(`cli (${rt.name}): --help for the tool and each command`, async () => {
    const commands = [
      "token-bytes",
      "token-hex",
      "token-urlsafe",
      "randbelow",
      "randbits",
      "choice",
      "password",
      "passphrase",
      "token",
      "api-key",
      "check-api-key",
      "bits-for",
      "collision-probability",
      "help",
    ];
    const runs = await pool(
      [[], ...commands.map((c) => [c])].map((args) => () => run(rt, [...args, "--help"])),
    );
    for (const [i, r] of runs.entries()) {
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, "");
      assert.match(r.stdout, new RegExp(`^usage: secrets ${i === 0 ? "" : commands[i - 1]}`));
      assert.match(
        r.stdout,
        commands[i - 1] === "check-api-key"
          ? /exit status: 0 the key is valid; 1 it is not/
          : /exit status: 0 success/,
      );
    }
  });

  Deno.test(`cli (${rt.name}): a closed pipe ends the run quietly`, async () => {
    const r = await firstLineThenClose(rt, ["token-hex", "--count", "1000000"]);
    assert.match(r.first, /^[0-9a-f]{64}$/);
    assert.equal(r.stderr, "");
    assert.equal(r.code, 0);
  });

  Deno.test(`cli (${rt.name}): a full disk is one line and exit status 1`, async () => {
    const r = await toDevFull(rt, ["token-hex", "--count", "10"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^secrets: cannot write output: [^\n]*(space|ENOSPC)[^\n]*\n$/i);
  });

  Deno.test(`cli (${rt.name}): token-bytes 134217728 streams as hex in bounded memory`, async () => {
    // 256 MiB of hex through a pipe, the heap capped at 48 MB where the runtime allows it.
    const r = await streamed(rt, ["token-bytes", "134217728"], /[0-9a-f]/);
    assert.equal(r.stderr, "");
    assert.equal(r.code, 0);
    assert.equal(r.length, 2 * 134217728 + 1);
    assert.equal(r.bad, 1); // the one byte not hex: the final newline
    assert.equal(r.last, 0x0a);
    assert.match(r.head, /^[0-9a-f]{8}/);
  });

  Deno.test(`cli (${rt.name}): token-bytes --raw streams the bytes themselves`, async () => {
    const r = await streamed(rt, ["token-bytes", "1000000", "--raw"], /[\s\S]/);
    assert.equal(r.code, 0);
    assert.equal(r.length, 1000000);
  });
}
