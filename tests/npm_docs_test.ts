// The npm package's documents (scripts/_npm_docs.ts): the relative links of
// Markdown, and the documents the build ships, so that no relative link of
// the packed README points outside the tarball (`deno task npm` checks the
// real tarball; this checks the same rule in a second, without a build).
import { assert } from "./_helpers.ts";
import {
  fromRoot,
  installLines,
  packageDocs,
  relativeLinks,
  rewriteLinks,
} from "../scripts/_npm_docs.ts";

const ROOT = new URL("../", import.meta.url);

Deno.test("relativeLinks(): inline links, images and definitions; not code, schemes or fragments", () => {
  const cases: [string, string[]][] = [
    ["[a](CONTRIBUTING.md) and [b](bench/RESULTS.md#speed)", [
      "CONTRIBUTING.md",
      "bench/RESULTS.md#speed",
    ]],
    ['![logo](img/logo.png "The logo") [x](<docs/a b.md>)', ["img/logo.png", "docs/a b.md"]],
    ["[ref]: ./SECURITY.md\n  [other]: PYTHON.md", ["./SECURITY.md", "PYTHON.md"]],
    ["[`@secrets/secrets/recipes`](recipes.ts): the recipes", ["recipes.ts"]],
    ["[web](https://example.com) [mail](mailto:a@b.c) [here](#usage) [abs](/x.md)", []],
    ["`[not](a.md)` and ``[nor](b.md)``", []],
    ["```md\n[not](a.md)\n```\n[yes](c.md)\n~~~\n[no](d.md)\n~~~", ["c.md"]],
    ["````\n```\n[still code](a.md)\n````\n[out](e.md)", ["e.md"]],
    ["a regex ]([A-Za-z0-9_]{0,14}), no link: nothing opens it", []],
    ["[a [nested] text](n.md)", ["n.md"]],
  ];
  for (const [text, targets] of cases) {
    assert.deepEqual(relativeLinks(text).map((l) => l.target), targets, text);
  }
  assert.deepEqual(
    relativeLinks("[a](bench/RESULTS.md#speed) [b](a%20b.md?x=1)").map((l) => l.file),
    ["bench/RESULTS.md", "a b.md"],
  );
  assert.equal(
    fromRoot("conformance/README.md", "vectors/README.md"),
    "conformance/vectors/README.md",
  );
  assert.equal(fromRoot("conformance/README.md", "../SECURITY.md"), "SECURITY.md");
  assert.equal(
    rewriteLinks(
      "[r](recipes.ts) `[c](x.ts)` [m](mod.ts#f)",
      (l) => l.target.replace(".ts", ".d.ts"),
    ),
    "[r](recipes.d.ts) `[c](x.ts)` [m](mod.d.ts#f)",
  );
});

/** The repository's files, read as the build reads them. */
function readRepo(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(new URL(path, ROOT));
  } catch {
    return undefined;
  }
}

Deno.test("packageDocs(): the README's linked documents are shipped, sources point at declarations", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT)));
  const declared = new Set(
    Object.values(config.exports as Record<string, string>).map((p) =>
      p.replace(/^\.\//, "").replace(/\.ts$/, ".d.ts")
    ),
  );
  const { docs, problems } = packageDocs(readRepo, (p) => declared.has(p));
  assert.deepEqual(problems, []);
  for (const doc of ["README.md", "PYTHON.md", "CONTRIBUTING.md", "SECURITY.md"]) {
    assert.ok(docs.has(doc), doc);
  }
  assert.match(docs.get("README.md")!, /\]\(recipes\.d\.ts\)/);
  // Every relative link of every shipped document resolves to a shipped file.
  const shipped = new Set([...docs.keys(), ...declared, "LICENSE"]);
  for (const [doc, text] of docs) {
    for (const link of relativeLinks(text)) {
      assert.ok(shipped.has(fromRoot(doc, link.file)), `${doc}: ${link.target}`);
    }
  }
});

Deno.test("packageDocs(): a link to a file the package cannot ship is a problem", () => {
  const files: Record<string, string> = {
    "README.md": "[a](docs/A.md) [d](data.json) [s](lib/x.ts) [m](mod.ts)",
    "PYTHON.md": "[back](README.md#top) [gone](GONE.md)",
    "docs/A.md": "[up](../PYTHON.md) [license](../LICENSE)",
  };
  const { docs, problems } = packageDocs((p) => files[p], (p) => p === "mod.d.ts");
  assert.deepEqual([...docs.keys()], ["README.md", "PYTHON.md", "docs/A.md"]);
  assert.equal(docs.get("README.md"), "[a](docs/A.md) [d](data.json) [s](lib/x.ts) [m](mod.d.ts)");
  assert.deepEqual(problems, [
    "README.md links to data.json, which the package has no file for",
    "README.md links to lib/x.ts, which the package has no file for",
    "PYTHON.md links to GONE.md, which the package has no file for",
  ]);
});

Deno.test("README's install from a clone is what build:npm prints: npm pack in npm/, then the tarball", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT)));
  const readme = await Deno.readTextFile(new URL("README.md", ROOT));
  const [pack, install] = installLines("/path/to/the/clone/npm", config.name, config.version);
  assert.equal(
    pack,
    "Node.js: cd /path/to/the/clone/npm && npm pack   # makes secrets-secrets-0.1.0.tgz; " +
      "then, in your project:",
  );
  // The README shows the printed command, with a placeholder for the clone's path.
  const command = install.replace(/^Node\.js: /, "");
  assert.equal(command, "npm install /path/to/the/clone/npm/secrets-secrets-0.1.0.tgz");
  assert.ok(readme.includes(`\`${command}\``), `the README shows ${command}`);
  assert.match(readme, /`npm pack` in `npm\/`, then in your project/);
  assert.match(readme, /task build:npm +# in the clone: builds npm\/, prints the lines below/);
});
