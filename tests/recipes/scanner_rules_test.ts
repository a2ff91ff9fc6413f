// Scanner rules, proven with the scanners' own code where it installs from npm: the real
// secretlint (pinned) runs the generated rule modules over a fixture and must report exactly
// the real keys; the gitleaks configuration parses with a TOML library; every expression
// compiles under RE2 (re2js, the RE2 port) and matches there exactly what it matches in
// JavaScript; the GitHub pattern finds its own test string's keys and nothing else.
import fc from "fast-check";
import { runSecretLint } from "secretlint";
import { parse as parseToml } from "smol-toml";
import { RE2JS } from "re2js";
import {
  type ApiKeyOptions,
  apiKeyPattern,
  apiKeyScannerRules,
  checkApiKey,
} from "../../recipes.ts";
import { patternSource } from "../../lib/recipes/api_key.ts";
import { keyPlan } from "../../lib/recipes/api_key.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert } from "../_helpers.ts";

/** Three formats: the default scope, GitHub's scope with "_" in the prefix, GitHub's shape. */
const FORMATS: readonly ApiKeyOptions[] = [
  { prefix: "acme" },
  { prefix: "sk_live", bits: 192, checksumCovers: "random" },
  { prefix: "ghp", bits: 178, checksumCovers: "random" },
];

/** Every match of an RE2 pattern in `text`: [start, matched text] (group `g`). */
function re2All(source: string, text: string, g = 0): [number, string][] {
  const m = RE2JS.compile(source).matcher(text);
  const out: [number, string][] = [];
  while (m.find()) out.push([m.start(g), m.group(g) ?? ""]);
  return out;
}

/** Every match of a JavaScript global pattern in `text`: [start, matched text]. */
function jsAll(pattern: RegExp, text: string): [number, string][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

/**
 * A fixture for one format: real keys in the places keys are found, and what must not be
 * reported: each real key with one character changed (in the random part or the checksum,
 * keeping the key's form), a key of the other checksum scope, keys of other prefixes
 * (a longer one ending with this one included), and documentation placeholders.
 */
function fixture(options: ApiKeyOptions, seed: number): { text: string; real: string[] } {
  const s = createSecrets(streamSource({ seed: String(seed) }));
  const r = s.recipes;
  const real = Array.from({ length: 6 }, () => r.apiKey(options));
  const prefix = options.prefix;
  const lines: string[] = [
    `API_KEY=${real[0]}`,
    `{"key": "${real[1]}", "other": "${real[2]}"}`,
    `export const key = '${real[3]}'; // ${real[4]}`,
    `curl -H "Authorization: Bearer ${real[5]}"`,
  ];
  for (const key of real) {
    for (const at of [prefix.length + 1, key.length - 7, key.length - 3, key.length - 1]) {
      const c = key[at] === "7" ? "8" : "7";
      lines.push(`OLD_KEY=${key.slice(0, at) + c + key.slice(at + 1)}`);
    }
    lines.push(`ALSO=${key.slice(0, -1)}`, `MORE=${key}0`);
  }
  const other = options.checksumCovers === "random" ? "prefixAndRandom" : "random";
  lines.push(`OTHER_SCOPE=${r.apiKey({ ...options, checksumCovers: other })}`);
  lines.push(`OTHER_PREFIX=${r.apiKey({ ...options, prefix: "other" })}`);
  lines.push(`LONGER=${r.apiKey({ ...options, prefix: `x_${prefix}` })}`);
  lines.push(`GLUED=x${real[0]}`);
  for (let i = 0; i < 4; i++) lines.push(`EXAMPLE_KEY=${r.apiKeyPlaceholder(options)}`);
  return { text: lines.join("\n") + "\n", real };
}

Deno.test("secretlint 13.0.6 runs the generated rules over a fixture: exactly the real keys are reported", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const expected: { rule: string; keys: string[] }[] = [];
    const rc: { id: string }[] = [];
    let text = "";
    for (const [i, options] of FORMATS.entries()) {
      const rules = apiKeyScannerRules(options);
      const path = `${dir}/secretlint-rule-${rules.id}.mjs`;
      await Deno.writeTextFile(path, rules.secretlint);
      rc.push({ id: path });
      const f = fixture(options, 100 + i);
      text += f.text;
      expected.push({ rule: path, keys: f.real });
    }
    // The fixture goes in as `secretlint --stdinFileName fixture.env` reads it (the file
    // mode would also ask for the number of CPUs, a permission the unit suite does not give).
    const { stdout } = await runSecretLint({
      cliOptions: { cwd: dir, stdinContent: text, stdinFileName: "fixture.env" },
      engineOptions: {
        cwd: dir,
        formatter: "json",
        color: false,
        maskSecrets: false,
        configFileJSON: { rules: rc },
      },
    });
    const results = JSON.parse(stdout ?? "[]") as {
      messages: { ruleId: string; range: [number, number] }[];
    }[];
    assert.equal(results.length, 1);
    const reported = results[0].messages;
    for (const { rule, keys } of expected) {
      const found = reported.filter((m) => m.ruleId === rule).map((m) => text.slice(...m.range));
      assert.deepEqual(found, keys, rule);
    }
    assert.equal(reported.length, 3 * 6);
    // The fixture is not trivially clean: the patterns alone find many look-alikes.
    for (const options of FORMATS) {
      const matches = jsAll(apiKeyPattern({ ...options, global: true }), text);
      assert.ok(matches.length >= 6 + 6 * 4, `${options.prefix}: ${matches.length} matches`);
      assert.equal(matches.filter(([, k]) => checkApiKey(k, options)).length, 6);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("gitleaks: the configuration parses as TOML, with gitleaks' fields and the pattern", () => {
  for (const options of FORMATS) {
    const rules = apiKeyScannerRules(options);
    const toml = parseToml(rules.gitleaks) as {
      extend: { useDefault: boolean };
      rules: { id: string; description: string; regex: string; keywords: string[] }[];
    };
    assert.deepEqual(Object.keys(toml).sort(), ["extend", "rules"]);
    assert.deepEqual({ ...toml.extend }, { useDefault: true });
    assert.equal(toml.rules.length, 1);
    const [rule] = toml.rules;
    assert.deepEqual(Object.keys(rule).sort(), ["description", "id", "keywords", "regex"]);
    assert.equal(rule.id, rules.id);
    assert.equal(rule.regex, apiKeyPattern(options).source);
    // gitleaks compares keywords in lower case; the prefix with its "_" is in every key.
    assert.deepEqual(rule.keywords, [`${options.prefix.toLowerCase()}_`]);
    assert.equal(rule.description, `${options.prefix} API key`);
  }
  const upper = parseToml(apiKeyScannerRules({ prefix: "ACME2" }).gitleaks) as {
    rules: { keywords: string[] }[];
  };
  assert.deepEqual(upper.rules[0].keywords, ["acme2_"]);
  assert.equal(apiKeyScannerRules({ prefix: "sk_live" }).id, "sk-live-api-key");
  assert.equal(apiKeyScannerRules({ prefix: "ACME2" }).id, "acme2-api-key");
});

Deno.test("RE2: each pattern compiles and matches exactly as in JavaScript over the fixtures", () => {
  for (const [i, options] of FORMATS.entries()) {
    const source = apiKeyPattern(options).source;
    const { text } = fixture(options, 200 + i);
    const js = jsAll(apiKeyPattern({ ...options, global: true }), text);
    assert.ok(js.length > 6);
    assert.deepEqual(re2All(source, text), js);
    // gitleaks reads the regex from the TOML: the same source.
    assert.ok(apiKeyScannerRules(options).gitleaks.includes(`regex = '''${source}'''`));
  }
});

Deno.test("RE2: the same matches as JavaScript on texts made of keys, near-misses and separators (property)", () => {
  const pieces = fc.constantFrom("_", "-", " ", "\n", "x", "7", "é", '"', "=", "__", "a_");
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      fc.constantFrom(...FORMATS),
      fc.array(fc.tuple(pieces, fc.nat(5)), { minLength: 1, maxLength: 12 }),
      (seed, options, parts) => {
        const r = createSecrets(streamSource({ seed: String(seed) })).recipes;
        let text = "";
        for (const [sep, kind] of parts) {
          const key = kind === 5 ? r.apiKeyPlaceholder(options) : r.apiKey(options);
          text += sep + (kind === 1 ? key.slice(0, -1) : kind === 2 ? key + "q" : key);
        }
        const js = jsAll(apiKeyPattern({ ...options, global: true }), text);
        assert.deepEqual(re2All(patternSource(keyPlan(options, "test")), text), js);
      },
    ),
    { numRuns: 300 },
  );
});

Deno.test("GitHub custom pattern: RE2 compiles it; with its boundaries it finds its test string's keys, and only them", () => {
  for (const options of FORMATS) {
    const { github } = apiKeyScannerRules(options);
    assert.equal(github.name, `${options.prefix} API key`);
    assert.equal(`\\b${github.secretFormat}\\b`, apiKeyPattern(options).source);
    assert.equal(github.testMatches.length, 2);
    for (const key of github.testMatches) assert.ok(checkApiKey(key, options), key);
    // GitHub puts "Before secret", the secret and "After secret" in sequence.
    const whole = `(?:${github.beforeSecret})(${github.secretFormat})(?:${github.afterSecret})`;
    const found = re2All(whole, github.testString, 1).map(([, k]) => k);
    assert.deepEqual(found, github.testMatches);
    // The JavaScript pattern agrees on the test string.
    const js = jsAll(apiKeyPattern({ ...options, global: true }), github.testString);
    assert.deepEqual(js.map(([, k]) => k), github.testMatches);
    // The secret format alone would also find the near-misses the boundaries exclude.
    assert.ok(re2All(github.secretFormat, github.testString).length > 2);
  }
});

Deno.test("apiKeyScannerRules(): pure, and options checked as apiKey checks them", () => {
  const a = apiKeyScannerRules({ prefix: "acme" });
  assert.deepEqual(apiKeyScannerRules({ prefix: "acme" }), a);
  assert.notEqual(
    apiKeyScannerRules({ prefix: "acme", checksumCovers: "random" }).secretlint,
    a.secretlint,
  );
  assert.throws(() => apiKeyScannerRules({ prefix: "acme_" }), {
    name: "RangeError",
    message: 'apiKeyScannerRules(): prefix must be 1 to 16 ASCII letters, digits and "_", ' +
      'starting with a letter and not ending with "_", got "acme_"',
  });
  assert.throws(() => apiKeyScannerRules({ prefix: "acme", global: true } as never), {
    name: "TypeError",
    message: "apiKeyScannerRules(): unknown option 'global'",
  });
});
