/**
 * `deno task npm`: the npm package as a Node.js user gets it, checked after
 * `deno task build:npm`.
 *
 * Packs `npm/` (`npm pack`), installs the tarball into a fresh temporary
 * project without the registry (`npm install --offline`), adds TypeScript
 * and esbuild from the registry, then checks:
 * - the tarball holds the built files, the README and the license, the
 *   documents they link to, no source; every relative link of a packed
 *   document resolves to a file in the tarball;
 * - package.json: exports with types and import conditions, main, types and
 *   typesVersions for older tools, the bin, engines; the `types@<5.7`
 *   condition and `<5.7` typesVersions entry point at the `ts5.6/` copy of
 *   the declarations, which the tarball holds for every declaration file;
 * - every entry point imports and works on Node (scripts/npm_consumer.mjs);
 * - a strict `tsc --noEmit` of scripts/npm_consumer_types.ts type-checks
 *   against the declarations under the nodenext, bundler and node10 module
 *   resolutions, and its `@ts-expect-error` lines fail;
 * - TypeScript before 5.7 (the oldest supported, `OLDEST_TYPESCRIPT`, and
 *   5.6) type-checks scripts/npm_consumer_types_older.ts against the
 *   `ts5.6/` copy, strict and without skipLibCheck, under each module
 *   resolution it has (node10, nodenext; bundler from 5.0), and its
 *   `@ts-expect-error` lines fail (the types are not `any`);
 * - `npx secrets --version` runs, and every command of the CLI, through the
 *   installed bin, with its output checked;
 * - tree-shaking: an application that imports only `password` bundles
 *   (`deno bundle --minify` from the sources, esbuild `--minify` from the
 *   npm build) to at most 30,000 bytes, without the EFF word list, and runs.
 *
 * Prints one line a check and closes with "npm: N passed, N failed".
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromRoot, relativeLinks } from "./_npm_docs.ts";
import { OLDER_DIR, OLDER_RANGE, OLDEST_TYPESCRIPT } from "./_npm_older_ts.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const npmDir = join(root, "npm");
/** The consumer type-checks with the TypeScript that built the declarations. */
const TYPESCRIPT = JSON.parse(await Deno.readTextFile(join(root, "import_map.json")))
  .imports.typescript.replace(/^npm:/, "");
/**
 * TypeScript before 5.7, which reads the declarations' copy under ts5.6/, and
 * the module resolutions each is checked with: the oldest supported (4.x has
 * no bundler), the first with bundler, and the last before 5.7. Each is
 * installed under an alias (`typescript-5.6.3`).
 */
const OLDER_TYPESCRIPTS: [string, ("node10" | "nodenext" | "bundler")[]][] = [
  [OLDEST_TYPESCRIPT, ["node10", "nodenext"]],
  ["5.0.4", ["bundler"]],
  ["5.6.3", ["node10", "nodenext", "bundler"]],
];
const ESBUILD = "esbuild@0.28.2";
/** Bytes, minified: the word list alone is about 60,000. */
const MAX_BUNDLE = 30_000;

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(cmd: string, args: string[], cwd: string): Promise<Output> {
  const r = await new Deno.Command(cmd, {
    args,
    cwd,
    env: { NO_COLOR: "1", npm_config_update_notifier: "false", npm_config_fund: "false" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: r.code, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr) };
}

/** Runs a setup step that the checks cannot do without: stops the script if it fails. */
async function must(what: string, cmd: string, args: string[], cwd: string): Promise<string> {
  const r = await run(cmd, args, cwd);
  if (r.code !== 0) {
    console.log(`FAIL ${what}: \`${cmd} ${args.join(" ")}\` exited with ${r.code}`);
    console.log((r.stdout + r.stderr).trim());
    console.log("npm: 0 passed, 1 failed");
    Deno.exit(1);
  }
  return r.stdout;
}

/** The end of a command's output, for a failure message. */
const tail = (r: Output) => (r.stdout + r.stderr).trim().split("\n").slice(-12).join("\n");

let passed = 0, failed = 0;
async function check(name: string, fn: () => Promise<string | void>): Promise<void> {
  try {
    const note = await fn();
    passed++;
    console.log(`ok   ${name}${note ? ` (${note})` : ""}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Checks a bundle of npm_password_only.ts: its size, no word list, and that it runs. */
async function bundled(file: string, runner: string[], cwd: string): Promise<string> {
  const code = await Deno.readTextFile(file);
  const size = new TextEncoder().encode(code).length;
  const r = await run(runner[0], [...runner.slice(1), file], cwd);
  assert.equal(r.code, 0, tail(r));
  assert.match(r.stdout, /^[A-Za-z0-9]{22}\n$/, "the bundle prints a password");
  assert.ok(
    !code.includes("abacus"),
    `${size} bytes: the bundle holds the EFF word list ("abacus")`,
  );
  assert.ok(size <= MAX_BUNDLE, `${size} bytes, more than ${MAX_BUNDLE}`);
  return `${size} bytes`;
}

const config = JSON.parse(await Deno.readTextFile(join(root, "deno.json")));
try {
  await Deno.stat(join(npmDir, "package.json"));
} catch {
  console.log("FAIL npm/ is not built: run `deno task build:npm` first");
  Deno.exit(1);
}
const nodeVersion = (await must("node", "node", ["--version"], root)).trim();

const work = await Deno.makeTempDir({ prefix: "secrets-npm-" });
try {
  // Pack, then install into a project of its own.
  const packed = JSON.parse(
    await must("npm pack", "npm", ["pack", "--json", "--pack-destination", work], npmDir),
  )[0] as { filename: string; size: number; files: { path: string }[] };
  const project = join(work, "project");
  await Deno.mkdir(project);
  await Deno.writeTextFile(
    join(project, "package.json"),
    JSON.stringify({ name: "npm-check-consumer", private: true, type: "module" }, null, 2),
  );
  const tarball = join(work, packed.filename);
  // The package has no dependency: the tarball installs without the registry.
  await must("npm install --offline of the tarball", "npm", [
    "install",
    "--offline",
    "--no-audit",
    tarball,
  ], project);
  await must("npm install of the build tools", "npm", [
    "install",
    "--no-audit",
    "--save-dev",
    TYPESCRIPT,
    ...OLDER_TYPESCRIPTS.map(([v]) => `typescript-${v}@npm:typescript@${v}`),
    ESBUILD,
  ], project);
  const installed = join(project, "node_modules", ...config.name.split("/"));
  const pkg = JSON.parse(await Deno.readTextFile(join(installed, "package.json")));
  console.log(`npm: ${packed.filename} (${packed.size} bytes), Node.js ${nodeVersion}`);

  await check(
    "the tarball: the built modules, README.md, PYTHON.md, LICENSE and linked documents, no sources",
    () => {
      const paths = packed.files.map((f) => f.path).sort();
      const stems = Object.values(config.exports as Record<string, string>).map((p) =>
        p.replace(/^\.\//, "").replace(/\.ts$/, "")
      );
      for (const stem of stems) {
        assert.ok(paths.includes(`${stem}.js`) && paths.includes(`${stem}.d.ts`), stem);
      }
      // The copy of the declarations for TypeScript before 5.7: the same tree.
      const declarations = paths.filter((p) => p.endsWith(".d.ts"));
      assert.deepEqual(
        declarations.filter((p) => p.startsWith(`${OLDER_DIR}/`)),
        declarations.filter((p) => !p.startsWith(`${OLDER_DIR}/`)).map((p) => `${OLDER_DIR}/${p}`)
          .sort(),
        `${OLDER_DIR}/ holds a copy of each declaration file, and nothing else`,
      );
      for (const p of ["package.json", "README.md", "PYTHON.md", "LICENSE", "bin/secrets.js"]) {
        assert.ok(paths.includes(p), `${p} is missing`);
      }
      // Documents: those README.md links to, followed (CONTRIBUTING.md, bench/RESULTS.md...).
      const strays = paths.filter((p) =>
        !/^((lib|cli)\/([a-z]+\/)*)?[a-z0-9_]+\.(js|d\.ts)$/.test(p) &&
        !(p.startsWith(`${OLDER_DIR}/`) && p.endsWith(".d.ts")) &&
        !/^([a-z]+\/)*[A-Z]+\.md$/.test(p) &&
        !["package.json", "LICENSE", "bin/secrets.js"].includes(p)
      );
      assert.deepEqual(strays, [], "unexpected files in the tarball");
      return Promise.resolve(`${paths.length} files`);
    },
  );

  await check(
    "every relative link of a packed document resolves to a file in the tarball",
    async () => {
      const paths = new Set(packed.files.map((f) => f.path));
      const broken: string[] = [];
      let links = 0;
      for (const doc of [...paths].filter((p) => p.endsWith(".md"))) {
        for (const link of relativeLinks(await Deno.readTextFile(join(installed, doc)))) {
          links++;
          if (!paths.has(fromRoot(doc, link.file))) broken.push(`${doc}: ${link.target}`);
        }
      }
      assert.deepEqual(broken, [], "links to files the package does not ship");
      assert.ok(links >= 6, `${links} relative links: README.md's are not read`);
      return `${links} links`;
    },
  );

  await check("the declarations import the .js files, as the JavaScript does", async () => {
    const bad: string[] = [];
    for (const f of packed.files.map((f) => f.path).filter((p) => p.endsWith(".d.ts"))) {
      const text = await Deno.readTextFile(join(installed, f));
      for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.\.?\/[^"']*)["']/g)) {
        if (!m[1].endsWith(".js")) bad.push(`${f}: ${m[1]}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  await check(
    "package.json: exports, main, types, typesVersions, bin, engines, type, sideEffects, license",
    () => {
      for (const field of ["name", "version", "description", "license"]) {
        assert.equal(pkg[field], config[field], field);
      }
      assert.deepEqual(
        Object.keys(pkg.exports).sort(),
        [...Object.keys(config.exports), "./package.json"].sort(),
      );
      assert.equal(pkg.exports["./package.json"], "./package.json");
      // The first condition that matches wins: TypeScript before 5.7 takes the copy.
      for (const [key, value] of Object.entries(pkg.exports as Record<string, object>)) {
        if (key === "./package.json") continue;
        assert.deepEqual(
          Object.keys(value),
          [`types@${OLDER_RANGE}`, "types", "import", "default"],
          `${key}: conditions, in order`,
        );
        const types = (value as Record<string, string>).types;
        assert.equal(
          (value as Record<string, string>)[`types@${OLDER_RANGE}`],
          types.replace(/^\.\//, `./${OLDER_DIR}/`),
          `${key}: types@${OLDER_RANGE}`,
        );
      }
      assert.equal(pkg.type, "module");
      assert.equal(pkg.sideEffects, false);
      // require() of an ES module needs Node.js 20.19+ or 22.12+ (21 and 22.0-22.11: a flag).
      assert.equal(pkg.engines.node, "^20.19.0 || >=22.12.0");
      // For tools that predate exports (TypeScript's node10 resolution, old bundlers).
      assert.equal(pkg.main, "./mod.js");
      assert.equal(pkg.types, "./mod.d.ts");
      // The first range that matches wins: "<5.7" (every path to the copy) before "*".
      assert.deepEqual(Object.keys(pkg.typesVersions), [OLDER_RANGE, "*"]);
      const older = pkg.typesVersions[OLDER_RANGE];
      assert.deepEqual(older["*"], [`./${OLDER_DIR}/*`], `typesVersions ${OLDER_RANGE} *`);
      for (const [key, path] of Object.entries(config.exports as Record<string, string>)) {
        if (key === ".") continue;
        const dts = path.replace(/\.ts$/, ".d.ts");
        assert.deepEqual(pkg.typesVersions["*"][key.slice(2)], [dts], `typesVersions ${key}`);
        assert.deepEqual(
          older[key.slice(2)],
          [dts.replace(/^\.\//, `./${OLDER_DIR}/`)],
          `typesVersions ${OLDER_RANGE} ${key}`,
        );
      }
      assert.deepEqual(pkg.bin, { secrets: "./bin/secrets.js" });
      return Promise.resolve();
    },
  );

  // The consumers, copied into the project (they import the package by name).
  for (
    const f of [
      "npm_consumer.mjs",
      "npm_consumer_types.ts",
      "npm_consumer_types_older.ts",
      "npm_password_only.ts",
    ]
  ) {
    await Deno.copyFile(join(root, "scripts", f), join(project, f));
  }

  await check(`every entry point imports and works on Node.js ${nodeVersion}`, async () => {
    const r = await run("node", ["npm_consumer.mjs", pkg.version], project);
    assert.equal(r.code, 0, tail(r));
    const [, n] = /: (\d+) passed, 0 failed$/.exec(r.stdout.trim()) ?? [];
    assert.ok(n, `no closing line from npm_consumer.mjs:\n${tail(r)}`);
    return `${n} groups of checks`;
  });

  await check(
    "CommonJS: require() of the library's entry points (require(esm), Node.js 20.19+)",
    async () => {
      const [major, minor] = nodeVersion.slice(1).split(".").map(Number);
      const code = [
        'const s = require("@secrets/secrets");',
        'const r = require("@secrets/secrets/recipes");',
        'require("@secrets/secrets/testing");',
        'if (!/^[0-9a-f]{32}$/.test(s.token_hex(16))) throw new Error("token_hex");',
        'if (r.password().length !== 22) throw new Error("password");',
        'if (require("@secrets/secrets/package.json").name !== "@secrets/secrets") throw new Error("package.json");',
        'console.log("ok");',
      ].join("\n");
      const r = await run("node", ["--no-warnings", "-e", code], project);
      if (major > 20 || (major === 20 && minor >= 19)) {
        assert.equal(r.code, 0, tail(r));
        assert.equal(r.stdout.trim(), "ok");
        // The CLI module too (it has no top-level await): its main runs a command.
        const cli = [
          'const { main } = require("@secrets/secrets/cli");',
          "const out = [];",
          'main(["token-hex", "8"], { write: (s) => out.push(s), error: () => {} })',
          '  .then((code) => console.log(code === 0 && /^[0-9a-f]{16}\\n$/.test(out.join("")) ? "ok" : "bad"));',
        ].join("\n");
        const c = await run("node", ["--no-warnings", "-e", cli], project);
        assert.equal(c.stdout.trim(), "ok", tail(c));
        return "every entry point, ./cli included";
      }
      // Older Node.js: refused, saying why (not "no exports main defined").
      assert.match(r.stderr, /ERR_REQUIRE_ESM/);
      return "not supported before Node.js 20.19: ERR_REQUIRE_ESM, as it should";
    },
  );

  /**
   * Type-checks a consumer with one TypeScript (the package installed under
   * that name) and one module resolution, strict and without skipLibCheck;
   * its `@ts-expect-error` lines must fail (tsc reports an unused one). The
   * declarations it reads must be the copy under ts5.6/ (`older`) or not.
   */
  const typeCheck = async (
    typescript: string,
    name: string,
    resolution: Record<string, unknown>,
    consumer: string,
    older: boolean,
  ): Promise<string> => {
    const file = `tsconfig.${typescript}.${name}.json`;
    await Deno.writeTextFile(
      join(project, file),
      JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            ...resolution,
            target: "es2022",
            lib: ["es2022"],
            types: [],
            skipLibCheck: false,
            noEmit: true,
          },
          files: [consumer],
        },
        null,
        2,
      ),
    );
    // Not `npx tsc`: node_modules/.bin/tsc is whichever TypeScript npm linked last.
    const tsc = join("node_modules", typescript, "bin", "tsc");
    const r = await run("node", [tsc, "-p", file, "--listFiles"], project);
    // The errors, not the end of the list of files.
    const errors = r.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
    assert.equal(r.code, 0, errors.length > 0 ? errors.slice(0, 6).join("\n") : tail(r));
    const version = JSON.parse(
      await Deno.readTextFile(join(project, "node_modules", typescript, "package.json")),
    ).version;
    const read = r.stdout.split("\n").filter((f) => f.startsWith(installed + "/"))
      .map((f) => f.slice(installed.length + 1));
    assert.ok(read.length > 0, "no declaration of the package was read");
    const copies = read.filter((f) => f.startsWith(`${OLDER_DIR}/`));
    assert.deepEqual(
      copies.length,
      older ? read.length : 0,
      `TypeScript ${version} read ${copies.length} of ${read.length} declaration files from ` +
        `${OLDER_DIR}/ (${older ? "all" : "none"} expected): ${read.join(", ")}`,
    );
    const expected = (await Deno.readTextFile(join(project, consumer)))
      .match(/@ts-expect-error/g)!.length;
    return `TypeScript ${version}, ${read.length} declaration files${
      older ? ` from ${OLDER_DIR}/` : ""
    }, ${expected} @ts-expect-error lines fail as they must`;
  };

  // The same consumer under each module resolution a TypeScript user may have:
  // nodenext (Node.js ESM), bundler (Vite, esbuild...) and node10 (the old
  // `node`, which reads `types` and `typesVersions`, not `exports`; TypeScript 6
  // asks for ignoreDeprecations to use it).
  const resolutions: [string, Record<string, unknown>][] = [
    ["nodenext", { module: "nodenext", moduleResolution: "nodenext" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
    ["node10", { module: "commonjs", moduleResolution: "node10", ignoreDeprecations: "6.0" }],
  ];
  for (const [name, resolution] of resolutions) {
    await check(
      `a strict tsc --noEmit (${name} resolution) of a consumer type-checks`,
      () => typeCheck("typescript", name, resolution, "npm_consumer_types.ts", false),
    );
  }

  // TypeScript before 5.7 reads the copy under ts5.6/ (types@<5.7 in exports,
  // typesVersions "<5.7" under node10); node10 is spelled `node` before 5.0.
  const olderResolutions: Record<string, Record<string, unknown>> = {
    node10: { module: "commonjs", moduleResolution: "node" },
    nodenext: { module: "nodenext", moduleResolution: "nodenext" },
    bundler: { module: "esnext", moduleResolution: "bundler" },
  };
  for (const [version, names] of OLDER_TYPESCRIPTS) {
    for (const name of names) {
      await check(
        `TypeScript ${version}: a strict tsc --noEmit (${name} resolution, no skipLibCheck) ` +
          `of a consumer type-checks against ${OLDER_DIR}/`,
        () =>
          typeCheck(
            `typescript-${version}`,
            name,
            olderResolutions[name],
            "npm_consumer_types_older.ts",
            true,
          ),
      );
    }
  }

  await check("npx secrets --version", async () => {
    const r = await run("npx", ["--no", "--", "secrets", "--version"], project);
    assert.equal(r.code, 0, `exit ${r.code}: ${tail(r)}`);
    assert.equal(r.stdout, `secrets ${pkg.version}\n`);
  });

  // Every command, through the bin npm installed: [arguments, exit status, stdout].
  const commands: [string[], number, RegExp][] = [
    [["token-hex", "16"], 0, /^[0-9a-f]{32}\n$/],
    [["token_hex", "4"], 0, /^[0-9a-f]{8}\n$/],
    [["token-bytes", "4"], 0, /^[0-9a-f]{8}\n$/],
    [["token-urlsafe", "3"], 0, /^[A-Za-z0-9_-]{4}\n$/],
    [["randbelow", "1000000000000000000000000"], 0, /^\d{1,24}\n$/],
    [["randbits", "70"], 0, /^\d+\n$/],
    [["choice", "x", "y"], 0, /^[xy]\n$/],
    [["password", "12", "--symbols", "--count", "2"], 0, /^(\S{12}\n){2}$/],
    [["password", "--rules", "minlength: 8; required: digit; allowed: lower"], 0, /^[a-z0-9]+\n$/],
    [["passphrase", "--words", "3", "--separator", "-"], 0, /^[a-z]+(-[a-z]+){2}\n$/],
    [["passphrase", "--wordlist", "eff-short", "--words", "2"], 0, /^[a-z]+ [a-z]+\n$/],
    [["token", "--bits", "128", "--alphabet", "base58"], 0, /^[1-9A-HJ-NP-Za-km-z]{22}\n$/],
    [["api-key", "--prefix", "acme"], 0, /^acme_[0-9A-Za-z]{33}\n$/],
    [["bits-for", "--tokens", "1e9", "--probability", "1e-6"], 0, /^79\n$/],
    [["collision-probability", "--tokens", "2", "--bits", "1"], 0, /^0\.393469340287\d*\n$/],
    [["check-api-key", "acme_x", "--prefix", "acme"], 1, /^$/],
    [["-i", "6"], 0, /^[1-6]\n$/],
    [["help"], 0, /^usage: secrets/],
    [["tokn-hex"], 2, /^$/],
  ];
  await check(`npx secrets: every command (${commands.length} runs)`, async () => {
    for (const [args, code, stdout] of commands) {
      const r = await run("npx", ["--no", "--", "secrets", ...args], project);
      assert.equal(r.code, code, `secrets ${args.join(" ")}: exit ${r.code}: ${tail(r)}`);
      assert.match(r.stdout, stdout, `secrets ${args.join(" ")}`);
      if (code === 2) assert.match(r.stderr, /^secrets: [^\n]+\n$/);
    }
  });

  await check(
    `tree-shaking: deno bundle --minify of password() alone: <= ${MAX_BUNDLE} bytes, no word list`,
    async () => {
      const out = join(work, "deno_bundle.js");
      const r = await run(Deno.execPath(), [
        "bundle",
        "--quiet",
        "--minify",
        "--platform",
        "browser",
        "-o",
        out,
        "scripts/npm_password_only.ts",
      ], root);
      assert.equal(r.code, 0, tail(r));
      return await bundled(out, [Deno.execPath(), "run", "--quiet"], project);
    },
  );

  await check(
    `tree-shaking: esbuild --minify of password() from the npm build: <= ${MAX_BUNDLE} bytes, no word list`,
    async () => {
      const out = join(project, "esbuild_bundle.mjs");
      const r = await run("npx", [
        "--no",
        "--",
        "esbuild",
        "npm_password_only.ts",
        "--bundle",
        "--minify",
        "--format=esm",
        "--platform=browser",
        `--outfile=${out}`,
        "--log-level=warning",
      ], project);
      assert.equal(r.code, 0, tail(r));
      return await bundled(out, ["node"], project);
    },
  );
} finally {
  await Deno.remove(work, { recursive: true });
}

console.log(`npm: ${passed} passed, ${failed} failed`);
if (failed > 0) Deno.exit(1);
