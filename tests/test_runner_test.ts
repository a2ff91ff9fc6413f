// scripts/test.ts, the runner of `deno task test`: the totals it reads from
// each stage's output, and the closing lines, one a stage and one overall.
import { assert } from "./_helpers.ts";
import { runStage, type Sink, type StageResult, summary, totalsOf } from "../scripts/test.ts";

Deno.test("test runner: deno test's closing line, steps and ignored tests included", () => {
  assert.deepEqual(totalsOf("x ... ok\n\nok | 12 passed (3 steps) | 0 failed | 2 ignored (4s)\n"), {
    passed: 12,
    failed: 0,
    skipped: 2,
    counted: true,
  });
  assert.deepEqual(
    totalsOf("\x1b[31mFAILED\x1b[0m | 5 passed | 1 failed \x1b[38;5;245m(2s)\x1b[0m"),
    { passed: 5, failed: 1, skipped: 0, counted: true },
  );
});

Deno.test("test runner: NAME: N passed, M failed lines add up; SKIPPED lines count one each", () => {
  const out = [
    "compat (deno 2.9.6, native encoders: true): 40 passed, 0 failed",
    "compat (node v20.20.2, native encoders: false): 39 passed, 1 failed",
    "conformance: 8685 passed, 0 failed, 3 skipped",
    "SKIPPED (compat in Chromium): needs chromium; install with: sudo apt-get install -y chromium",
    "cli: SKIPPED a runtime: no node on the PATH",
    "a line that says 3 passed in passing",
  ].join("\n");
  assert.deepEqual(totalsOf(out), { passed: 8764, failed: 1, skipped: 5, counted: true });
  assert.deepEqual(totalsOf("Check mod.ts\n"), {
    passed: 0,
    failed: 0,
    skipped: 0,
    counted: false,
  });
});

const quiet: Sink = { out: () => {}, err: () => {} };
const sh = (script: string) => ["sh", "-c", script];

Deno.test("test runner: each stage's totals, then the overall line", async () => {
  const results: StageResult[] = [
    await runStage("check", sh("echo 'Checked 3 files' >&2"), quiet),
    await runStage("unit", sh("echo 'ok | 7 passed | 0 failed | 1 ignored (1s)'"), quiet),
    await runStage("npm", sh("echo 'npm: 3 passed, 1 failed'; exit 1"), quiet),
    await runStage("timing", sh("echo 'timing: 2 passed, 0 failed'; exit 3"), quiet),
    await runStage("batteries", sh("echo 'SKIPPED (batteries): needs ent'"), quiet),
  ];
  const lines = summary(results).map((l) => l.replace(/, [\d.]+ s$/, ", T"));
  assert.deepEqual(lines, [
    "totals:",
    "  check      ok      fmt, lint, types, docs, publish, actionlint, T",
    "  unit       ok      7 passed, 0 failed, 1 skipped, T",
    "  npm        FAILED  3 passed, 1 failed, 0 skipped (exit status 1), T",
    "  timing     FAILED  2 passed, 0 failed, 0 skipped (exit status 3), T",
    "  batteries  ok      1 skipped, T",
    "  overall    FAILED  3 of 5 stages ok: 12 passed, 1 failed, 2 skipped, T",
  ]);
});

Deno.test("test runner: the output reaches the sink as it comes, stdout and stderr apart", async () => {
  const out: string[] = [], err: string[] = [];
  const dec = new TextDecoder();
  const r = await runStage("x", sh("echo a; echo b >&2; echo 'x: 1 passed, 0 failed'"), {
    out: (b) => void out.push(dec.decode(b)),
    err: (b) => void err.push(dec.decode(b)),
  });
  assert.equal(out.join(""), "a\nx: 1 passed, 0 failed\n");
  assert.equal(err.join(""), "b\n");
  assert.equal(r.passed, 1);
  assert.equal(r.code, 0);
});

Deno.test("test runner: an unknown stage is refused, naming the stages", async () => {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-run", new URL("../scripts/test.ts", import.meta.url).pathname, "unti"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(r.code, 2);
  assert.equal(
    new TextDecoder().decode(r.stderr),
    "test: unknown stage unti (the stages: check, unit, conformance, compat, timing, batteries, npm)\n",
  );
});
