/**
 * `recovery-codes`: a set of distinct recovery codes in Crockford's base32,
 * one a line (the recoveryCodes recipe).
 *
 * @module
 */

import { entropyBits, recoveryCodes, type RecoveryCodesOptions } from "../../recipes.ts";
import {
  RECOVERY_CODE_BITS,
  RECOVERY_CODE_MAX_BITS,
  RECOVERY_CODE_MAX_GROUP,
  RECOVERY_CODE_MIN_BITS,
  RECOVERY_CODES_COUNT,
  RECOVERY_CODES_MAX_COUNT,
} from "../../lib/recipes/recovery_codes.ts";
import { explained } from "../_library_errors.ts";
import type { Command } from "../_outcome.ts";

/** `recovery-codes`. */
export const RECOVERY_CODES: Command = {
  name: "recovery-codes",
  summary: `${RECOVERY_CODES_COUNT} recovery codes like 7K3Q-9MZD-4T1X-B8W0`,
  description:
    `default: ${RECOVERY_CODES_COUNT} codes of 16 characters (${RECOVERY_CODE_BITS} bits asked, ` +
    `${entropyBits("recoveryCodes", { count: 1 })} given), all different; --count N prints N\n` +
    `(0 to ${RECOVERY_CODES_MAX_COUNT}). Crockford's base32 (0-9 and A-Z without I, L, O, U): read ` +
    "back with case\nignored, I and L as 1, O as 0, hyphens and spaces ignored (normalizeRecoveryCode).\n" +
    "Store a hash of each code (SHA-256), not the code. --entropy prints one code's bits.",
  // The library's bounds, so that every value out of range (1e300 too) gets the library's bound.
  countMax: RECOVERY_CODES_MAX_COUNT,
  options: [
    {
      name: "bits",
      option: "bits",
      type: "int",
      min: RECOVERY_CODE_MIN_BITS,
      max: RECOVERY_CODE_MAX_BITS,
      default: String(RECOVERY_CODE_BITS),
      help: "the least strength of each code, in bits",
    },
    {
      name: "group-size",
      option: "groupSize",
      type: "int",
      min: 1,
      max: RECOVERY_CODE_MAX_GROUP,
      default: "4",
      help: "characters in a group; a code is whole groups",
    },
    {
      name: "separator",
      option: "separator",
      type: "text",
      default: "-",
      choices: ["-", " ", ""],
      metavar: "SEP",
      help: 'between groups: "-", " " or ""',
    },
  ],
  run: (input) => {
    const v = input.values;
    const count = (v.get("count") as number | undefined) ?? RECOVERY_CODES_COUNT;
    const options: RecoveryCodesOptions = {
      // --count 0 prints nothing; one code is drawn all the same.
      count: Math.max(count, 1),
      bits: v.get("bits") as number | undefined,
      groupSize: v.get("group-size") as number | undefined,
      separator: v.get("separator") as RecoveryCodesOptions["separator"],
    };
    const codes = explained(() => recoveryCodes(options), RECOVERY_CODES, input);
    const bits = entropyBits("recoveryCodes", { ...options, count: 1 });
    let next = 0;
    return { next: () => codes[next++], bits, count: RECOVERY_CODES_COUNT };
  },
};
