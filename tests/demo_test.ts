// `deno task demo`, the README's first command: with no permission at all, it
// prints one of each token and one of each recipe (the README says so), each
// line the call and a value of the shape that call gives, the recipes with
// the entropy entropyBits() reports.
import { assert } from "./_helpers.ts";
import { entropyBits } from "../recipes.ts";
import { recipesFor } from "../lib/recipes/recipes_for.ts";

const ROOT = new URL("../", import.meta.url);
const C = "[0-9A-HJKMNP-TV-Z]"; // Crockford's base32
const CODE = `${C}{4}-${C}{4}-${C}{4}-${C}{4}`;

/** Each line of the demo, in order: the call, its value, and the bits shown (recipes). */
const LINES: [string, RegExp, number?][] = [
  ["token_bytes(16)", /^\[(\d{1,3},){15}\d{1,3}\]$/],
  ["token_hex(16)", /^[0-9a-f]{32}$/],
  ["token_urlsafe()", /^[A-Za-z0-9_-]{43}$/],
  ["randbelow(1000)", /^\d{1,3}$/],
  ["randbits(64n)", /^\d{1,20}$/],
  ['choice("abc")', /^[abc]$/],
  ["password()", /^[A-Za-z0-9]{22}$/, entropyBits("password")],
  ["passphrase()", /^[a-z-]+( [a-z-]+){5}$/, entropyBits("passphrase")],
  ["tokenText({ bits: 128 })", /^[A-Z2-7]{26}$/, entropyBits("tokenText", { bits: 128 })],
  ["pin()", /^\d{6}$/, entropyBits("pin")],
  [
    "recoveryCodes({ count: 3 })",
    new RegExp(`^${CODE} ${CODE} ${CODE}$`),
    entropyBits("recoveryCodes", { count: 3 }),
  ],
  [
    'apiKey({ prefix: "demo" })',
    /^demo_[0-9A-Za-z]{33}$/,
    entropyBits("apiKey", { prefix: "demo" }),
  ],
  ["otpSecret()", /^[A-Z2-7]{32}$/, entropyBits("otpSecret")],
];

Deno.test("demo: one of each token and recipe, with no permission, as the README says", async () => {
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-prompt", "--quiet", "scripts/demo.ts"],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const out = new TextDecoder().decode(r.stdout);
  assert.equal(r.code, 0, new TextDecoder().decode(r.stderr));
  // The tokens, a blank line, then the recipes.
  const lines = out.trimEnd().split("\n").filter((l) => l !== "");
  assert.equal(out.split("\n").filter((l) => l === "").length, 2, "one blank line, then the end");
  assert.deepEqual(lines.map((l) => l.split("  ")[0]), LINES.map(([call]) => call));
  LINES.forEach(([call, value, bits], i) => {
    const m = /^(.+?) {2,}(.+?)(?: {2}\((\d+(?:\.\d\d)?) bits\))?$/.exec(lines[i]);
    assert.ok(m, lines[i]);
    assert.equal(m[1], call);
    assert.match(m[2], value, call);
    if (bits === undefined) assert.equal(m[3], undefined, `${call}: a token shows no bits`);
    else assert.equal(Number(m[3]), Number(bits.toFixed(2)), `${call}: its entropy`);
  });
  // Every recipe that draws a secret is shown (a new one fails here until the demo has it);
  // apiKeyPlaceholder draws a key for docs, which never verifies.
  const never = () => assert.fail("nothing is drawn");
  const drawn = Object.keys(recipesFor({ choice: never, randbelow: never, draws: never }))
    .filter((name) => name !== "apiKeyPlaceholder");
  assert.equal(drawn.length, 7);
  for (const name of drawn) {
    assert.ok(lines.some((l) => l.startsWith(`${name}(`)), `the demo shows ${name}`);
  }
  const readme = await Deno.readTextFile(new URL("README.md", ROOT));
  assert.match(readme, /npx -y deno@2 task demo +# one of each token and recipe\b/);
});
