/**
 * `deno task build:npm`: builds the npm package into `npm/` (ignored by git).
 *
 * The JavaScript and the `.d.ts` declarations are emitted by the TypeScript
 * compiler from npm, from the same sources JSR publishes; its
 * `rewriteRelativeImportExtensions` turns the `.ts` import specifiers into
 * `.js`. TypeScript before 5.7 gets a copy of the declarations under `ts5.6/`
 * without 5.7's generic typed arrays (`_npm_older_ts.ts`), through the
 * `types@<5.7` export condition and the `<5.7` entry of `typesVersions`.
 * The `package.json` is generated from deno.json (name, version,
 * description, license, exports), and `bin/secrets.js` runs the CLI's `main`.
 * The documents are README.md, PYTHON.md, LICENSE and every document they
 * link to (`_npm_docs.ts`), so that no relative link is broken.
 * When `GITHUB_REPOSITORY` is set (GitHub Actions), the package gets a
 * `repository` field, which `npm publish --provenance` requires.
 *
 * @module
 */

import ts from "typescript";
// Installs Node's type declarations (cli.ts imports node:util): the JSON
// import only puts @types/node (import_map.json's "node-types/") in the graph.
import "node-types/package.json" with { type: "json" };
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync, readFileSync } from "node:fs";
import { installLines, packageDocs } from "./_npm_docs.ts";
import { OLDER_DIR, OLDER_RANGE, olderDeclarations } from "./_npm_older_ts.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const out = join(root, "npm");

interface DenoJson {
  name: string;
  version: string;
  description: string;
  license: string;
  exports: Record<string, string>;
}
const config: DenoJson = JSON.parse(await Deno.readTextFile(join(root, "deno.json")));

/** `./mod.ts` -> `./mod` (the emitted file, without its extension). */
const stem = (path: string) => path.replace(/\.ts$/, "");
/** `./mod.d.ts` -> `./ts5.6/mod.d.ts` (its copy for TypeScript before 5.7). */
const older = (path: string) => path.replace(/^\.\//, `./${OLDER_DIR}/`);

// Node's types, from the npm cache Deno installed them into.
const require = createRequire(import.meta.url);
const nodeTypes = dirname(require.resolve("@types/node/package.json"));
const undiciTypes = dirname(
  createRequire(join(nodeTypes, "package.json")).resolve("undici-types/package.json"),
);

// Code that calls Deno's API when it runs on Deno (the CLI) type-checks
// against Deno's own declarations.
const typesDir = await Deno.makeTempDir();
const denoTypes = join(typesDir, "deno.d.ts");
{
  const r = await new Deno.Command(Deno.execPath(), { args: ["types"], stdout: "piped" }).output();
  if (!r.success) throw new Error("`deno types` failed");
  await Deno.writeFile(denoTypes, r.stdout);
}

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.esnext.d.ts", "lib.dom.d.ts"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  rewriteRelativeImportExtensions: true,
  allowImportingTsExtensions: true,
  verbatimModuleSyntax: true,
  strict: true,
  declaration: true,
  skipLibCheck: true,
  noEmitOnError: true,
  newLine: ts.NewLineKind.LineFeed,
  rootDir: root,
  outDir: out,
  types: [],
  paths: { "undici-types": [join(undiciTypes, "index.d.ts")] },
};
/**
 * The declarations keep the sources' `./x.ts` specifiers (TypeScript resolves
 * them, other tools may not): this transformer makes them `./x.js`, as in
 * the JavaScript, in imports, exports and `import("./x.ts")` types.
 */
function declarationSpecifiers(
  context: ts.TransformationContext,
): (node: ts.SourceFile | ts.Bundle) => ts.SourceFile | ts.Bundle {
  const f = context.factory;
  const js = (s: ts.Expression | undefined) =>
    s && ts.isStringLiteral(s) && /^\.\.?\/.*\.ts$/.test(s.text) && !s.text.endsWith(".d.ts")
      ? f.createStringLiteral(s.text.replace(/\.ts$/, ".js"))
      : undefined;
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isImportDeclaration(node)) {
      const to = js(node.moduleSpecifier);
      if (to) {
        return f.updateImportDeclaration(
          node,
          node.modifiers,
          node.importClause,
          to,
          node.attributes,
        );
      }
    } else if (ts.isExportDeclaration(node)) {
      const to = js(node.moduleSpecifier);
      if (to) {
        return f.updateExportDeclaration(
          node,
          node.modifiers,
          node.isTypeOnly,
          node.exportClause,
          to,
          node.attributes,
        );
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const to = js(node.argument.literal as ts.Expression);
      if (to) {
        return f.updateImportTypeNode(
          node,
          f.updateLiteralTypeNode(node.argument, to),
          node.attributes,
          node.qualifier,
          node.typeArguments?.map((t) => ts.visitNode(t, visit) as ts.TypeNode),
          node.isTypeOf,
        );
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (node) => ts.visitNode(node, visit) as ts.SourceFile | ts.Bundle;
}

const entries = Object.values(config.exports).map((p) => join(root, p));
const program = ts.createProgram({
  rootNames: [...entries, join(nodeTypes, "index.d.ts"), denoTypes],
  options,
});
await Deno.remove(typesDir, { recursive: true }); // the program has read it

await Deno.remove(out, { recursive: true }).catch((e) => {
  if (!(e instanceof Deno.errors.NotFound)) throw e;
});
const emitted = program.emit(undefined, undefined, undefined, false, {
  afterDeclarations: [declarationSpecifiers],
});
const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
if (diagnostics.length > 0 || emitted.emitSkipped) {
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => "\n",
  }));
  console.error("build:npm: the TypeScript compiler reported errors; nothing was built");
  Deno.exit(1);
}

// TypeScript before 5.7 reads a copy of the declarations without the generic
// typed arrays (`Uint8Array<ArrayBuffer>` -> `Uint8Array`): _npm_older_ts.ts.
const declarations = program.getSourceFiles()
  .filter((f) => !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f))
  .map((f) => relative(root, f.fileName).replace(/\.ts$/, ".d.ts"));
for (const path of declarations) {
  const text = await Deno.readTextFile(join(out, path));
  await Deno.mkdir(dirname(join(out, OLDER_DIR, path)), { recursive: true });
  await Deno.writeTextFile(join(out, OLDER_DIR, path), olderDeclarations(text, path));
}

// The command: `npx secrets ...` once installed.
await Deno.mkdir(join(out, "bin"), { recursive: true });
await Deno.writeTextFile(
  join(out, "bin", "secrets.js"),
  `#!/usr/bin/env node
// The \`secrets\` command: runs the CLI on this process's arguments.
import { main } from "../cli.js";

process.exitCode = await main(process.argv.slice(2));
`,
  { mode: 0o755 },
);

// `default` as well as `import`: CommonJS code can then require() the ES
// modules on Node.js 20.19+ (require(esm)), and older Node.js says why not
// (ERR_REQUIRE_ESM) rather than that nothing is exported.
// `types@<5.7` before `types`: the first condition that matches wins.
const exports: Record<string, Record<string, string> | string> = {};
for (const [key, path] of Object.entries(config.exports)) {
  const js = `${stem(path)}.js`;
  exports[key] = {
    [`types@${OLDER_RANGE}`]: older(`${stem(path)}.d.ts`),
    types: `${stem(path)}.d.ts`,
    import: js,
    default: js,
  };
}
// Tools that read a dependency's version or fields (bundler plugins, license
// checkers) resolve its package.json, which `exports` would otherwise hide.
exports["./package.json"] = "./package.json";
// For tools that predate `exports`: TypeScript's `moduleResolution: node10`
// (`node`) reads `types`, and `typesVersions` for the subpaths; old bundlers
// and test runners read `main`.
const main = `${stem(config.exports["."])}.js`;
// The first range that matches wins: TypeScript before 5.7 reads the copy,
// the main entry point included (`types` is mapped through `"*"`).
const typesVersions: Record<string, string[]> = {};
const olderTypesVersions: Record<string, string[]> = { "*": [`./${OLDER_DIR}/*`] };
for (const [key, path] of Object.entries(config.exports)) {
  if (key === ".") continue;
  typesVersions[key.replace(/^\.\//, "")] = [`${stem(path)}.d.ts`];
  olderTypesVersions[key.replace(/^\.\//, "")] = [older(`${stem(path)}.d.ts`)];
}
/**
 * The Node.js versions where every entry point works, `require()` included:
 * require(esm) is on by default from 20.19 and 22.12 (21 and 22.0 to 22.11
 * need a flag). `import` alone works from Node.js 20.0.
 */
const NODE_ENGINES = "^20.19.0 || >=22.12.0";
// The documents: README.md, PYTHON.md, and every document they link to (see
// _npm_docs.ts); a link to a source file points at its declarations.
const { docs, problems } = packageDocs(
  (path) => existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : undefined,
  (path) => existsSync(join(out, path)),
);
if (problems.length > 0) {
  for (const p of problems) console.error(`build:npm: ${p}`);
  console.error(
    "build:npm: ship the file (a document) or link elsewhere; the package is incomplete",
  );
  Deno.exit(1);
}
const repository = Deno.env.get("GITHUB_REPOSITORY");
const pkg = {
  name: config.name,
  version: config.version,
  description: config.description,
  license: config.license,
  ...(repository
    ? { repository: { type: "git", url: `git+https://github.com/${repository}.git` } }
    : {}),
  type: "module",
  main,
  types: `${stem(config.exports["."])}.d.ts`,
  typesVersions: { [OLDER_RANGE]: olderTypesVersions, "*": typesVersions },
  exports,
  bin: { secrets: "./bin/secrets.js" },
  files: [
    "*.js",
    "*.d.ts",
    "lib/",
    "cli/",
    "bin/",
    `${OLDER_DIR}/`,
    ...[...docs.keys()].filter((d) => d !== "README.md"),
  ],
  engines: { node: NODE_ENGINES },
  sideEffects: false,
};
await Deno.writeTextFile(join(out, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
for (const [path, text] of docs) {
  await Deno.mkdir(dirname(join(out, path)), { recursive: true });
  await Deno.writeTextFile(join(out, path), text);
}
await Deno.copyFile(join(root, "LICENSE"), join(out, "LICENSE"));

// Every emitted file, for the log (and a check that nothing landed outside npm/).
const files = program.getSourceFiles()
  .filter((f) => !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f))
  .map((f) => relative(root, f.fileName));
console.log(
  `build:npm: ${files.length} modules and ${docs.size} documents -> ${
    relative(Deno.cwd(), out) || "."
  }/`,
);
// What to type next: the README's install from a clone points here.
for (const line of installLines(out, config.name, config.version)) console.log(line);
const imports = Object.fromEntries(
  Object.entries(config.exports).map((
    [key, path],
  ) => [config.name + key.slice(1), pathToFileURL(join(root, path)).href]),
);
console.log(`Deno: in your deno.json, "imports": ${JSON.stringify(imports)}`);
