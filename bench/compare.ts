/**
 * Old against new in one process: every row of the benchmark table that both
 * trees have, timed in interleaved rounds in one Deno process, the old tree's
 * code and this one's side by side, so that the machine's load falls on both
 * alike (a shared machine moves absolute times by 2x; a ratio in one process
 * moves little). Prints, per row, the median time of each and the speed ratio
 * (old time over new time: above 1, the new code is faster) with the middle
 * half of the per-round ratios.
 *
 *     deno run -A bench/compare.ts --base REF [--row NAME]... [--rounds N]
 *
 * @module
 */

import { parseArgs } from "node:util";
import { compile, type Compiled, PLAN, prepare, quantile } from "./_harness.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    base: { type: "string" },
    row: { type: "string", multiple: true },
    rounds: { type: "string", default: "21" },
  },
});
if (!values.base) throw new Error("--base REF: the commit to compare with");
const rounds = Number(values.rounds);
const root = new URL("../", import.meta.url);
const dir = await Deno.makeTempDir();
try {
  const tar = await new Deno.Command("sh", {
    args: ["-c", `git archive ${values.base} | tar -x -C '${dir}'`],
    cwd: root,
  }).output();
  if (!tar.success) throw new Error(`git archive ${values.base} failed`);
  type Table = typeof import("./_table.ts");
  const now: Table = await import("./_table.ts");
  const old: Table = await import(`file://${dir}/bench/_table.ts`);
  const oldNames = new Set(old.rowsFor("deno").map((r) => r.name));
  const rows = now.rowsFor("deno").filter((r) =>
    oldNames.has(r.name) && !/^(floor|peer|nanoid|crypto|nodeCrypto)\b/.test(r.fn) &&
    (!values.row || values.row.includes(r.name))
  );
  console.log(`${rows.length} rows, ${rounds} rounds; ratio = old time / new time\n`);
  for (const row of rows) {
    // The old row is called as `old.fn(args)`: generated code of its own (V8 shares
    // feedback between functions of the same source text), the same arguments.
    const oldScope = old.createScope(old.identifiersOf(row));
    const fn = `old.${row.fn}`;
    const pair: Compiled[] = [
      compile({ name: `${fn}(${row.args})`, fn, args: row.args }, { ...oldScope, old: oldScope }),
      compile(row, now.createScope(now.identifiersOf(row))),
    ];
    const session = prepare(pair, PLAN);
    const ns: number[][] = [[], []];
    for (let r = 0; r < rounds; r++) session.round(r).forEach((x, i) => ns[i].push(x));
    const per = ns[0].map((x, i) => x / ns[1][i]);
    const med = (xs: number[]) => quantile(xs, 0.5);
    console.log(
      `${row.name.padEnd(64)} old ${med(ns[0]).toFixed(1).padStart(10)} ns  new ${
        med(ns[1]).toFixed(1).padStart(10)
      } ns  ${(med(ns[0]) / med(ns[1])).toFixed(2)}x (${quantile(per, 0.25).toFixed(2)}-${
        quantile(per, 0.75).toFixed(2)
      })`,
    );
  }
} finally {
  await Deno.remove(dir, { recursive: true });
}
