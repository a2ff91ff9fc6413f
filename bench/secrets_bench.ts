// `deno task bench`: every Deno row of the benchmark table (bench/_table.ts),
// in its group, next to its floor and its peers. Compare ratios within a
// group, never absolute times. `deno task bench:report` times the same rows
// as interleaved rounds (medians) and checks the targets.
import { compile } from "./_harness.ts";
import { createScope, rowsFor } from "./_table.ts";

const scope = createScope();
let sink = 0;
for (const row of rowsFor("deno")) {
  const c = compile(row, scope);
  Deno.bench(row.name, { group: row.group, baseline: row.baseline }, () => {
    sink += c.once();
  });
}
addEventListener("unload", () => void (sink === 0.5 && console.log(sink)));
