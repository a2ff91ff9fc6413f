// The command table: every command file's definition is listed once, names and aliases do
// not collide, and every option has help.
import { assert } from "../_helpers.ts";
import { GLOBAL, GRAMMAR } from "../../cli/_table.ts";
import type { OptionDef } from "../../cli/_grammar.ts";

Deno.test("GRAMMAR lists every command once, in help's order, with distinct names and aliases", () => {
  const names = GRAMMAR.commands.map((c) => c.name);
  assert.deepEqual(names.slice(0, 3), ["token-bytes", "token-hex", "token-urlsafe"]);
  assert.equal(names.at(-1), "help");
  const words = GRAMMAR.commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  assert.equal(new Set(words).size, words.length, words.join(" "));
  for (const c of GRAMMAR.commands) {
    assert.match(c.name, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(c.summary.length > 0 && !c.summary.includes("\n"), c.name);
  }
  assert.equal(GRAMMAR.fallback.name, "");
  assert.equal(GRAMMAR.program, "secrets");
  assert.deepEqual(GRAMMAR.early, ["help", "version"]);
});

Deno.test("every command file under cli/commands/ is in the table", async () => {
  const files: string[] = [];
  for await (const e of Deno.readDir(new URL("../../cli/commands/", import.meta.url))) {
    if (e.name.endsWith(".ts")) files.push(e.name);
  }
  const defined = new Set<unknown>([...GRAMMAR.commands, GRAMMAR.fallback]);
  for (const f of files) {
    const mod = await import(`../../cli/commands/${f}`);
    const commands = Object.values(mod).filter((v) =>
      typeof v === "object" && v !== null && "run" in v && "summary" in v
    );
    assert.ok(commands.length > 0, `${f} exports no command`);
    for (const c of commands) assert.ok(defined.has(c), `${f}: a command not in GRAMMAR`);
  }
});

Deno.test("options: the global ones, and every option with help, once per command", () => {
  const global = new Set(GLOBAL.map((o) => o.name));
  assert.deepEqual([...global], ["count", "json", "entropy", "help", "version"]);
  const check = (o: OptionDef, where: string) => {
    assert.ok(o.help.length > 0, `${where} --${o.name} has no help`);
    assert.match(o.name, /^[a-z]+(-[a-z]+)*$/);
  };
  for (const o of GLOBAL) check(o, "global");
  for (const c of [...GRAMMAR.commands, GRAMMAR.fallback]) {
    const own = (c.options ?? []).map((o) => o.name);
    assert.equal(new Set(own).size, own.length, `${c.name}: an option twice`);
    for (const o of c.options ?? []) {
      check(o, c.name || "random mode");
    }
  }
});
