// Every output of a rules password's draw, by feeding it each possible random value once:
// with no counting table, each sequence of choices; by rejection, each candidate (a second
// candidate stops the draw: the first was rejected); by unranking, each randbelow(valid)
// value. password() draws with `draws` and `randbelow` only. The brute-force
// proofs compare this list with every valid string.
import type { IntegerFunction } from "../../mod.ts";
import { drawPassword, type PasswordPlan } from "../../lib/recipes/password.ts";
import { assert, eachChoice } from "../_helpers.ts";

/** Thrown by a test source when the draw asks for a second candidate. */
class Rejected extends Error {}

/** Which way a plan with a counting table is drawn: its own, or one forced. */
export type DrawPath = "plan" | "reject" | "unrank";

/** Every string the draw of `plan` (a plan with rules) can give, once per random value. */
export function everyDraw(plan: PasswordPlan, path: DrawPath = "plan"): string[] {
  const rules = plan.rules!;
  const reject = path === "plan" ? rules.reject : path === "reject";
  if (rules.counter === undefined || reject) {
    const forced = { ...plan, rules: { ...rules, reject } };
    const size = plan.chars.length;
    const out: string[] = [];
    for (let x = 0; x < size ** rules.length; x++) {
      let y = x, candidates = 0;
      const choice = <T>(seq: ArrayLike<T>): T => {
        const v = seq[y % size];
        y = Math.floor(y / size);
        return v;
      };
      const each = eachChoice(choice);
      const draws = <T>(seq: readonly T[], count: number): T[] => {
        if (candidates++ > 0) throw new Rejected();
        return each(seq, count);
      };
      try {
        out.push(
          drawPassword({ randbelow: () => assert.fail("no randbelow"), draws }, forced),
        );
      } catch (e) {
        if (!(e instanceof Rejected)) throw e;
      }
    }
    return out;
  }
  const forced = { ...plan, rules: { ...rules, reject: false } };
  const out: string[] = [];
  for (let x = 0n; x < plan.valid; x++) {
    const randbelow = ((bound: bigint) => {
      assert.equal(bound, plan.valid);
      return x;
    }) as IntegerFunction;
    out.push(
      drawPassword({
        randbelow,
        draws: () => assert.fail("no draws"),
      }, forced),
    );
  }
  return out;
}
