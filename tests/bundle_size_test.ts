// Bundle size of one function used alone (bench/_table.ts's PROGRAMS): each
// program is bundled as bench/report.ts bundles it (`deno bundle --minify`
// for the browser, then gzip), and must stay under its guard and leave out
// the code it never calls. Sizes are deterministic, so this is a plain check,
// not a timing. A marker that the whole entry point's bundle lacks could never
// fail, so each is first found there.
import { bundleProgram } from "../bench/_programs.ts";
import { type Program, PROGRAMS } from "../bench/_table.ts";
import { assert } from "./_helpers.ts";

const ROOT = new URL("../", import.meta.url);
const decoder = new TextDecoder();

const GUARDED = PROGRAMS.filter((p) => p.guardGzip !== undefined || p.absent !== undefined);

/** The same program with every export of its entry point kept. */
function whole(program: Program): Program {
  return { ...program, clause: "* as all", call: "all" };
}

Deno.test("bundle sizes: the table guards the programs that need it", () => {
  for (const name of ["token_hex()", "token_bytes()", "tokenText()", "password()"]) {
    const p = PROGRAMS.find((x) => x.name === name);
    assert.ok(p?.guardGzip !== undefined && p.absent?.length, `${name} has a guard`);
  }
  for (const p of GUARDED) {
    assert.ok(p.guardGzip === undefined || p.maxGzip === undefined || p.guardGzip >= p.maxGzip);
  }
});

for (const [i, program] of GUARDED.entries()) {
  Deno.test(
    `bundle sizes: ${program.name} alone stays under ${program.guardGzip} bytes gzip` +
      (program.absent ? ` and leaves out ${program.absent.join(", ")}` : ""),
    async () => {
      const dir = await Deno.makeTempDir();
      try {
        const bundle = await bundleProgram(program, i, ROOT, dir);
        const code = decoder.decode(bundle.code);
        if (program.guardGzip !== undefined) {
          assert.ok(
            bundle.gzip <= program.guardGzip,
            `${program.name}: ${bundle.gzip} bytes gzip, more than its guard ${program.guardGzip}`,
          );
        }
        if (program.absent?.length) {
          const all = decoder.decode(
            (await bundleProgram(whole(program), i + 1000, ROOT, dir)).code,
          );
          for (const marker of program.absent) {
            assert.ok(
              all.includes(marker),
              `${JSON.stringify(marker)} marks nothing in ${program.from}`,
            );
            assert.ok(
              !code.includes(marker),
              `${program.name}'s bundle holds ${JSON.stringify(marker)}`,
            );
          }
        }
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    },
  );
}
