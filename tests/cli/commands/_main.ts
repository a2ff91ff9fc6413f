// main() in-process, with what it wrote to stdout and stderr.
import { main } from "../../../cli.ts";

/** Runs the command line on `args`: its exit status, stdout and stderr lines. */
export async function cli(
  ...args: string[]
): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [], err: string[] = [];
  const code = await main(args, { write: (s) => void out.push(s), error: (l) => void err.push(l) });
  return { code, out: out.join(""), err };
}
