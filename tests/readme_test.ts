// The README's claims that are tables of facts, checked against the package.
import { token_bytes, token_hex, token_urlsafe } from "../mod.ts";
import { assert } from "./_helpers.ts";

const readme = await Deno.readTextFile(new URL("../README.md", import.meta.url));

Deno.test("PYTHON.md: the 'How many bytes?' table matches the token functions", async () => {
  const python = await Deno.readTextFile(new URL("../PYTHON.md", import.meta.url));
  const at = python.indexOf("## How many bytes?");
  assert.ok(at >= 0, "PYTHON.md has no 'How many bytes?' table");
  const section = python.slice(at);
  const rows = section.split("\n").filter((l) => /^\|\s*\d+/.test(l)).slice(0, 5);
  assert.equal(rows.length, 5);
  for (const row of rows) {
    const cells = row.split("|").slice(1, -1).map((c) => c.trim());
    const n = parseInt(cells[0]);
    const isDefault = cells[0].includes("default");
    assert.equal(Number(cells[1]), 8 * n, `bits for ${n}`);
    assert.equal(cells[2], `${n} bytes`);
    assert.equal(token_bytes(isDefault ? undefined : n).length, n);
    assert.equal(token_hex(isDefault ? undefined : n).length, Number(cells[3]), `token_hex(${n})`);
    assert.equal(
      token_urlsafe(isDefault ? undefined : n).length,
      Number(cells[4]),
      `token_urlsafe(${n})`,
    );
  }
});

Deno.test("README: the two fresh-machine commands come first and match .ci/run", async () => {
  const firstBlock = readme.slice(
    readme.indexOf("```sh"),
    readme.indexOf("```", readme.indexOf("```sh") + 5),
  );
  assert.match(firstBlock, /npx -y deno@2 task demo/);
  assert.match(firstBlock, /npx -y deno@2 task test/);
  const ci = await Deno.readTextFile(new URL("../.ci/run", import.meta.url));
  assert.match(ci, /npx -y deno@2 task test/);
});

Deno.test("README: at most 16 KB, a page a user reads", () => {
  // 16,000 bytes: under 16 KB whichever way a kilobyte is counted.
  const size = new TextEncoder().encode(readme).length;
  assert.ok(size <= 16_000, `README.md is ${size} bytes; move detail to CONTRIBUTING.md`);
});

/** The names `recipes.ts` exports, values and types, read from its export statements. */
async function recipeExports(): Promise<{ values: string[]; types: string[] }> {
  const mod = await import("../recipes.ts");
  const source = await Deno.readTextFile(new URL("../recipes.ts", import.meta.url));
  const types = [...source.matchAll(/^export type \{([^}]*)\}/gm)]
    .flatMap((m) => m[1].split(",").map((n) => n.trim()).filter((n) => n !== ""));
  return { values: Object.keys(mod).sort(), types: types.sort() };
}

Deno.test("README: every export of the recipes module is named, values with a line each", async () => {
  const { values, types } = await recipeExports();
  assert.ok(
    values.length >= 18 && types.length >= 9,
    `${values.length} values, ${types.length} types`,
  );
  const section = readme.slice(readme.indexOf("## Recipes"), readme.indexOf("## Command line"));
  const bullets = section.split("\n").filter((l) => l.startsWith("- "));
  for (const name of values) {
    assert.ok(
      bullets.some((b) => new RegExp(`^- (\`[\\w]+(\\([^)]*\\))?\`, )*\`${name}\\b`).test(b)),
      `no line of the README's Recipes section starts with \`${name}\``,
    );
  }
  for (const name of types) assert.ok(section.includes(`\`${name}\``), `type ${name}`);
});

Deno.test("recipes module doc: every function of the module is linked", async () => {
  const mod = await import("../recipes.ts");
  const source = await Deno.readTextFile(new URL("../recipes.ts", import.meta.url));
  const doc = source.slice(0, source.indexOf("@module"));
  const functions = Object.entries(mod).filter(([, v]) => typeof v === "function").map(([k]) => k);
  assert.ok(functions.length >= 12, functions.join(", "));
  for (const name of functions) {
    assert.ok(doc.includes(`{@linkcode ${name}}`), `the module doc does not link ${name}`);
  }
});
