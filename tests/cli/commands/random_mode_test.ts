// The python -m random table (tests/cli/commands/random_mode_python_cases.ts) against CPython
// 3.13 itself, where it is installed: every row's expectation (or recorded
// difference) must be what CPython does. The CLI runs the same table on each
// runtime in the CLI suite.
import { assert } from "../../_helpers.ts";
import { RANDOM_CASES, shapeOf } from "./random_mode_python_cases.ts";
import { failuresInProcess } from "../_in_process.ts";
import { RANDOM_MODE_CASES } from "./random_mode_cases.ts";

const DRIVER = new URL("./random_mode.py", import.meta.url).pathname;

async function cpython(): Promise<
  { version: number[]; results: { code: number; stdout: string }[] } | string
> {
  try {
    const child = new Deno.Command("python3", {
      args: [DRIVER],
      env: { PYENV_VERSION: "3.13.0", COLUMNS: "80" },
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(JSON.stringify(RANDOM_CASES.map((c) => c.argv))));
    await w.close();
    const out = await child.output();
    if (!out.success) {
      return `python3 failed: ${new TextDecoder().decode(out.stderr).slice(0, 300)}`;
    }
    const r = JSON.parse(new TextDecoder().decode(out.stdout));
    if (r.version[0] !== 3 || r.version[1] !== 13) {
      return `python3 is ${r.version.join(".")}, not 3.13`;
    }
    return r;
  } catch (e) {
    return `no python3 (${(e as Error).message})`;
  }
}

const py = await cpython();

Deno.test({
  name: "python -m random table: every row is what CPython 3.13 does",
  ignore: typeof py === "string",
  fn: () => {
    if (typeof py === "string") return;
    const failures: string[] = [];
    RANDOM_CASES.forEach((c, i) => {
      const { code, stdout } = py.results[i];
      const got = shapeOf(code, stdout, c.cpython ?? c.expect);
      if (got !== "ok") {
        failures.push(
          `${JSON.stringify(c.argv)}: CPython ${got} (exit ${code}, ${
            JSON.stringify(stdout.slice(0, 80))
          })`,
        );
      }
    });
    assert.deepEqual(failures, []);
  },
});

if (typeof py === "string") {
  console.log(
    `CPython 3.13 not found (${py}): the table is checked against its recorded expectations only`,
  );
}

Deno.test("python -m random table: every difference from CPython says why", () => {
  for (const c of RANDOM_CASES) {
    assert.equal(c.cpython === undefined, c.why === undefined, JSON.stringify(c.argv));
  }
  const refusedHere = RANDOM_CASES.filter((c) => c.cpython && c.expect.kind === "refused");
  assert.ok(refusedHere.length > 0 && RANDOM_CASES.length >= 60);
});

Deno.test("the python -m random mode: every case of the command line's table, in-process", async () => {
  assert.deepEqual(await failuresInProcess(RANDOM_MODE_CASES), []);
});
