// scripts/checks/_need.sh: the test steps that need a system package (Chromium for
// compat, rng-tools5/ent/dieharder for batteries) install it when they can,
// show apt-get's own error when they cannot, and outside CI skip the step.
// Each case runs the script with a PATH of its own (a few coreutils and an
// apt-get, real or a stub), so nothing here installs anything; the non-root
// cases run as `nobody` when the tests run as root.
import assert from "node:assert/strict";

const SCRIPT = new URL("../scripts/checks/_need.sh", import.meta.url);

async function which(cmd: string): Promise<string | undefined> {
  const r = await new Deno.Command("sh", { args: ["-c", `command -v ${cmd}`], stdout: "piped" })
    .output();
  return r.success ? new TextDecoder().decode(r.stdout).trim() : undefined;
}
// `id -u` rather than Deno.uid(), which needs --allow-sys.
const isRoot = new TextDecoder().decode(
  (await new Deno.Command("id", { args: ["-u"], stdout: "piped" }).output()).stdout,
).trim() === "0";
const [bash, env, runuser, aptGet] = await Promise.all(
  ["bash", "env", "runuser", "apt-get"].map(which),
);
const TOOLS = ["id", "mktemp", "cat", "rm", "env", "chmod", "dirname"];
const toolPaths = await Promise.all(TOOLS.map(which));

interface Run {
  /** Run as a user other than root (as `nobody` when the tests run as root). */
  nonRoot: boolean;
  ci: boolean;
  /** "real": the machine's apt-get; a string: a stub's body; undefined: none. */
  apt?: "real" | string;
  pairs: string[];
}

async function need(run: Run): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = await Deno.makeTempDir();
  try {
    const bin = `${dir}/bin`;
    await Deno.mkdir(bin);
    for (const [i, name] of TOOLS.entries()) await Deno.symlink(toolPaths[i]!, `${bin}/${name}`);
    if (run.apt === "real") await Deno.symlink(aptGet!, `${bin}/apt-get`);
    else if (run.apt !== undefined) {
      await Deno.writeTextFile(`${bin}/apt-get`, `#!${bash}\n${run.apt}\n`, { mode: 0o755 });
    }
    await Deno.chmod(dir, 0o755); // `nobody` reads the bin directory
    const inner = [
      env!,
      "-i",
      `PATH=${bin}`,
      ...(run.ci ? ["CI=true"] : []),
      bash!,
      "-s",
      "--",
      "test step",
      ...run.pairs,
    ];
    const args = run.nonRoot && isRoot ? ["-u", "nobody", "--", ...inner] : inner.slice(1);
    const child = new Deno.Command(run.nonRoot && isRoot ? runuser! : env!, {
      args,
      cwd: "/",
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const w = child.stdin.getWriter();
    await w.write(await Deno.readFile(SCRIPT));
    await w.close();
    const r = await child.output();
    const dec = new TextDecoder();
    return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const MISSING = "secrets-test-no-such-tool";
const SKIPPED =
  "SKIPPED (test step): needs chromium; install with: sudo apt-get install -y chromium\n";
const canRunNonRoot = !isRoot || runuser !== undefined;
// A stub apt-get that fails the way apt-get does on a machine without a mirror.
const FAILING_APT = `echo "E: stub: Unable to locate package $*" >&2; exit 100`;

Deno.test("_need.sh: a command already on PATH needs nothing", async () => {
  const r = await need({ nonRoot: false, ci: true, pairs: ["cat:coreutils"] });
  assert.deepEqual(r, { code: 0, stdout: "", stderr: "" });
});

Deno.test({
  name: "_need.sh: without root, outside CI, a missing package is SKIPPED with the command",
  ignore: !canRunNonRoot,
  fn: async () => {
    const r = await need({ nonRoot: true, ci: false, apt: "real", pairs: [`${MISSING}:chromium`] });
    assert.deepEqual(r, { code: 3, stdout: SKIPPED, stderr: "" });
  },
});

Deno.test({
  name: "_need.sh: without root, in CI, a missing package fails with apt-get's own error",
  ignore: !canRunNonRoot || aptGet === undefined,
  fn: async () => {
    const r = await need({ nonRoot: true, ci: true, apt: "real", pairs: [`${MISSING}:chromium`] });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^E: .*(Permission denied|are you root)/m, r.stderr);
    assert.match(r.stderr, /apt-get could not install chromium \(its output is above\)/);
    assert.doesNotMatch(r.stdout, /SKIPPED/);
  },
});

Deno.test({
  name: "_need.sh: as root, a failed install shows apt-get's output and fails in CI",
  ignore: !isRoot,
  fn: async () => {
    const r = await need({
      nonRoot: false,
      ci: true,
      apt: FAILING_APT,
      pairs: [`${MISSING}:chromium`],
    });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^E: stub: Unable to locate package update -qq$/m);
    assert.doesNotMatch(r.stdout, /SKIPPED/);
  },
});

Deno.test({
  name: "_need.sh: as root, a failed install shows apt-get's output and is SKIPPED outside CI",
  ignore: !isRoot,
  fn: async () => {
    const r = await need({
      nonRoot: false,
      ci: false,
      apt: FAILING_APT,
      pairs: [`${MISSING}:chromium`],
    });
    assert.equal(r.code, 3);
    assert.match(r.stderr, /^E: stub: Unable to locate package update -qq$/m);
    assert.ok(r.stdout.endsWith(SKIPPED), r.stdout);
  },
});

Deno.test({
  name: "_need.sh: as root, the missing packages are installed in one apt-get call",
  ignore: !isRoot,
  fn: async () => {
    // The stub "installs" a package by creating the command of the same name.
    const apt = `[ "$1" = install ] && for p in "$@"; do
      case $p in -*|install) ;; *) printf '#!/bin/sh\\n' >"$(dirname "$0")/$p"; chmod +x "$(dirname "$0")/$p";; esac
    done; exit 0`;
    const r = await need({
      nonRoot: false,
      ci: false,
      apt,
      pairs: ["cat:coreutils", `${MISSING}-1:${MISSING}-1`, `${MISSING}-2:${MISSING}-2`],
    });
    assert.deepEqual(r, {
      code: 0,
      stdout: `test step: installing ${MISSING}-1 ${MISSING}-2 (apt-get)...\n`,
      stderr: "",
    });
  },
});

Deno.test({
  name: "_need.sh: an install that leaves the command missing fails",
  ignore: !isRoot,
  fn: async () => {
    const r = await need({
      nonRoot: false,
      ci: false,
      apt: "exit 0",
      pairs: [`${MISSING}:chromium`],
    });
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      new RegExp(`installed chromium, but there is still no ${MISSING} on PATH`),
    );
  },
});

Deno.test({
  name: "_need.sh: as root without apt-get: SKIPPED outside CI, a failure in CI",
  ignore: !isRoot,
  fn: async () => {
    const outside = await need({ nonRoot: false, ci: false, pairs: [`${MISSING}:chromium`] });
    assert.deepEqual(outside, { code: 3, stdout: SKIPPED, stderr: "" });
    const ci = await need({ nonRoot: false, ci: true, pairs: [`${MISSING}:chromium`] });
    assert.equal(ci.code, 1);
    assert.match(ci.stderr, /needs chromium, and this machine has no apt-get to install it/);
  },
});
