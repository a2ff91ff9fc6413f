// Every type, function and class that an entry point exports has an
// @example in its documentation: what a newcomer reads on the docs page
// first. Read with `deno doc --json`, as the docs site
// reads it. A name that an entry point re-exports from another (testing.ts's
// EntropyHealthError) counts as documented where it is declared.
import { assert } from "./_helpers.ts";

const ROOT = new URL("..", import.meta.url);
const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT)));
const entries = Object.values(config.exports as Record<string, string>);

interface DocTag {
  kind: string;
}
interface DocSymbol {
  name: string;
  declarations: { kind: string; jsDoc?: { tags?: DocTag[] } }[];
}

async function docs(): Promise<Map<string, DocSymbol[]>> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", ...entries],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  const json = JSON.parse(new TextDecoder().decode(out.stdout));
  const byFile = new Map<string, DocSymbol[]>();
  for (
    const [file, node] of Object.entries(json.nodes as Record<string, { symbols?: DocSymbol[] }>)
  ) {
    byFile.set(file, node.symbols ?? []);
  }
  return byFile;
}

/** Whether a symbol's own declarations carry an example (a re-export carries none). */
function hasExample(s: DocSymbol): boolean {
  return s.declarations.some((d) => (d.jsDoc?.tags ?? []).some((t) => t.kind === "example"));
}

Deno.test("docs: every type, function and class of every entry point has an @example", async () => {
  const byFile = await docs();
  assert.equal(byFile.size, entries.length, "deno doc read every entry point");
  const documented = new Set<string>();
  const exported = new Map<string, string>(); // name -> the entry point that exports it
  for (const [file, symbols] of byFile) {
    for (const s of symbols) {
      // Types, functions and classes; constants are documented by the functions that use them,
      // and a renamed re-export (a reference) by the symbol it names.
      const kinds = s.declarations.map((d) => d.kind);
      if (kinds.every((k) => k === "variable" || k === "reference")) continue;
      exported.set(s.name, file.slice(file.lastIndexOf("/") + 1));
      if (hasExample(s)) documented.add(s.name);
    }
  }
  assert.ok(exported.size > 30, `only ${exported.size} exports found`);
  const missing = [...exported].filter(([name]) => !documented.has(name)).map(([n, f]) =>
    `${f}: ${n}`
  );
  assert.deepEqual(missing, [], "exports without an @example");
});
