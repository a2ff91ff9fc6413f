/**
 * `scanner-rules --prefix P --scanner S`: the rule that makes a secret
 * scanner find the keys of one format, printed to standard output.
 *
 * @module
 */

import { apiKeyScannerRules } from "../../recipes.ts";
import type { OptionDef } from "../_grammar.ts";
import type { Command } from "../_outcome.ts";
import { apiKeyBits, apiKeyOptions, CHECKSUM_COVERS, PREFIX } from "./api_key.ts";

const SCANNER: OptionDef = {
  name: "scanner",
  type: "text",
  metavar: "S",
  choices: ["secretlint", "gitleaks", "github"],
  required: true,
  help: "secretlint (a rule module), gitleaks (a .gitleaks.toml) or github (JSON)",
};

/** `scanner-rules --prefix P --scanner S`. */
export const SCANNER_RULES: Command = {
  name: "scanner-rules",
  summary: "a scanner's rule for api-key's keys: --scanner S",
  description:
    "secretlint: an ECMAScript rule module that reports a key only if its checksum verifies;\n" +
    "save it as secretlint-rule-ID.mjs and name it by its absolute path in .secretlintrc.json.\n" +
    "gitleaks: a whole .gitleaks.toml (the default rules and one for the keys). github: the\n" +
    "fields of a custom pattern (name, secretFormat, beforeSecret, afterSecret) and a test\n" +
    "string with the keys it must find, as JSON. Give the --bits and --checksum-covers the\n" +
    "keys are made with; placeholders (api-key --placeholder) never match.\n" +
    "  secrets scanner-rules --prefix acme --scanner gitleaks > .gitleaks.toml",
  options: [
    PREFIX,
    apiKeyBits("the --bits the keys are made with"),
    { ...CHECKSUM_COVERS, help: "the --checksum-covers the keys are made with" },
    SCANNER,
  ],
  results: false,
  run: (input) => {
    const rules = apiKeyScannerRules(apiKeyOptions(input, SCANNER_RULES));
    const scanner = input.values.get("scanner") as "secretlint" | "gitleaks" | "github";
    const text = scanner === "github" ? JSON.stringify(rules.github, null, 2) : rules[scanner];
    return { text: text.trimEnd() };
  },
};
