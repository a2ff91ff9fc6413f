// Real data: Apple's quirks/password-rules.json (apple/password-manager-resources), when a
// copy is present. It is not vendored here: give its path in QUIRKS_FILE, or place it at
// ../shared/apple/password-rules.json beside the repository. Every site's rules must be
// accepted, and every password drawn must satisfy them by the independent checker
// (_rules_checker.ts: the current language, max-repeating and max-sequential included).
import { password, passwordRules } from "../../recipes.ts";
import { assert } from "../_helpers.ts";
import { readRules, violation } from "./_rules_checker.ts";

/** Passwords drawn and checked for each site. */
const PER_SITE = 100;

function quirksPath(): string {
  let fromEnv: string | undefined;
  try {
    fromEnv = Deno.env.get("QUIRKS_FILE");
  } catch {
    fromEnv = undefined; // no --allow-env: the default path only
  }
  return fromEnv ?? new URL("../../../shared/apple/password-rules.json", import.meta.url).pathname;
}

function readQuirks(path: string): Record<string, { "password-rules": string }> | undefined {
  try {
    return JSON.parse(Deno.readTextFileSync(path));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound || e instanceof Deno.errors.NotCapable) return undefined;
    throw e;
  }
}

Deno.test("every site of Apple's password-rules.json is accepted and its passwords check", () => {
  const path = quirksPath();
  const quirks = readQuirks(path);
  if (quirks === undefined) {
    console.log(`SKIPPED: no password-rules.json at ${path} (set QUIRKS_FILE to check real sites)`);
    return;
  }
  const refused: string[] = [], violations: string[] = [];
  let sites = 0, checked = 0;
  for (const [site, { "password-rules": text }] of Object.entries(quirks)) {
    sites++;
    let rules;
    try {
      rules = passwordRules(text);
    } catch (e) {
      refused.push(`${site}: ${(e as Error).message}`);
      continue;
    }
    const spec = readRules(text);
    for (let i = 0; i < PER_SITE; i++) {
      const pw = password({ rules });
      const why = violation(pw, spec);
      if (why !== undefined) violations.push(`${site}: ${JSON.stringify(pw)}: ${why}`);
      checked++;
    }
  }
  console.log(
    `quirks: ${sites} sites, ${sites - refused.length} accepted, ${checked} passwords checked ` +
      `(${PER_SITE} a site), ${violations.length} violations`,
  );
  assert.ok(sites > 0, `${path} holds no site`);
  assert.deepEqual(refused, []);
  assert.deepEqual(violations.slice(0, 20), []);
});
