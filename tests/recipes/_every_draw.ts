// Every output of a rules password's draw, by feeding it each possible random value once:
// with no counting table, each sequence of choices (drawn with `draws`); otherwise each
// randbelow(valid) value. password() draws with `draws` and `randbelow` only.
// The brute-force proofs compare this list with every valid string.
import type { IntegerFunction } from "../../mod.ts";
import { drawPassword, type PasswordPlan } from "../../lib/recipes/password.ts";
import { assert, eachChoice } from "../_helpers.ts";

/** Every string the draw of `plan` (a plan with rules) can give, once per random value. */
export function everyDraw(plan: PasswordPlan): string[] {
  const out: string[] = [];
  if (plan.rules!.counter === undefined) {
    const size = plan.chars.length;
    for (let x = 0; x < Number(plan.valid); x++) {
      let y = x;
      const choice = <T>(seq: ArrayLike<T>): T => {
        const v = seq[y % size];
        y = Math.floor(y / size);
        return v;
      };
      out.push(
        drawPassword({
          randbelow: () => assert.fail("no randbelow"),
          draws: eachChoice(choice),
        }, plan),
      );
    }
    return out;
  }
  for (let x = 0n; x < plan.valid; x++) {
    const randbelow = ((bound: bigint) => {
      assert.equal(bound, plan.valid);
      return x;
    }) as IntegerFunction;
    out.push(
      drawPassword({
        randbelow,
        draws: () => assert.fail("no draws"),
      }, plan),
    );
  }
  return out;
}
