// API keys' checksum scopes: "random" is the CRC-32 of the random part alone, as GitHub's
// tokens. Checked against a real (expired) GitHub token published in the pinned npm package
// base62-token, and against that package's own implementation (over the crc-32 package);
// prefixes with "_"; placeholders that never verify.
import fc from "fast-check";
import Base62Token from "base62-token";
import {
  ALPHABETS,
  apiKey,
  apiKeyPattern,
  apiKeyPlaceholder,
  checkApiKey,
  type ChecksumCovers,
} from "../../recipes.ts";
import { apiKeyChecksum } from "../../lib/recipes/api_key.ts";
import { createSecrets } from "../../testing.ts";
import { streamSource } from "../../conformance/_harness.ts";
import { assert } from "../_helpers.ts";

const B62 = ALPHABETS.base62;
/** GitHub's classic tokens: "ghp_", 30 random characters (bits 173 to 178), the checksum. */
const GITHUB = { prefix: "ghp", bits: 178, checksumCovers: "random" } as const;
const SCOPES: readonly ChecksumCovers[] = ["prefixAndRandom", "random"];

const prefixArb = fc.stringMatching(/^[A-Za-z](?:[A-Za-z0-9_]{0,14}[A-Za-z0-9])?$/);
const seedArb = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
const scopeArb = fc.constantFrom(...SCOPES);

function recipesFrom(seed: bigint) {
  return createSecrets(streamSource({ seed: String(seed) })).recipes;
}

/** Every string one character away from `key` (each position, each base62 character). */
function singleChanges(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) {
    for (const c of B62 + "_") if (c !== key[i]) out.push(key.slice(0, i) + c + key.slice(i + 1));
  }
  return out;
}

/** The GitHub token that base62-token@1.1.1's README shows, read from the installed package. */
async function publishedToken(): Promise<string> {
  const readme = await Deno.readTextFile(
    new URL(import.meta.resolve("base62-token/README.md")),
  );
  // The README writes it in its three parts: // ex: "ghp_" + "<30>" + "<6>"
  const m = readme.match(/"(ghp_)" \+ "([0-9A-Za-z]{30})" \+ "([0-9A-Za-z]{6})"/);
  assert.ok(m, "the README of base62-token@1.1.1 holds its example token");
  return m[1] + m[2] + m[3];
}

Deno.test("random scope: a real, expired GitHub token is accepted; every single-character change refused", async () => {
  const token = await publishedToken();
  assert.equal(token.length, 40);
  assert.equal(checkApiKey(token, GITHUB), true);
  // The default scope covers "ghp_" too: GitHub's checksum is not that.
  assert.equal(checkApiKey(token, { ...GITHUB, checksumCovers: "prefixAndRandom" }), false);
  // GitHub's 30 characters are what bits 173 to 178 give; 172 and 179 are other lengths.
  for (const bits of [173, 178]) assert.equal(checkApiKey(token, { ...GITHUB, bits }), true);
  for (const bits of [172, 179]) assert.equal(checkApiKey(token, { ...GITHUB, bits }), false);
  const changed = singleChanges(token);
  assert.equal(changed.length, 40 * 62);
  for (const t of changed) assert.equal(checkApiKey(t, GITHUB), false, t);
  assert.ok(apiKeyPattern(GITHUB).test(token));
});

Deno.test("random scope is base62-token's checksum: the CRC-32 of the random part alone (property)", () => {
  const dict = Base62Token.generateDictionary();
  assert.equal(dict, B62);
  fc.assert(
    fc.property(seedArb, prefixArb, fc.integer({ min: 128, max: 512 }), (seed, prefix, bits) => {
      const key = recipesFrom(seed).apiKey({ prefix, bits, checksumCovers: "random" });
      const random = key.slice(prefix.length + 1, -6);
      // The independent implementation (crc-32's CRC, its own base62 digits) agrees.
      assert.equal(Base62Token.checksum(dict, random), key.slice(-6));
      assert.equal(apiKeyChecksum(random), key.slice(-6));
      assert.ok(checkApiKey(key, { prefix, bits, checksumCovers: "random" }));
      // A key made by base62-token from our random part is accepted in the random scope.
      const theirs = `${prefix}_${random}${Base62Token.checksum(dict, random)}`;
      assert.ok(checkApiKey(theirs, { prefix, bits, checksumCovers: "random" }));
    }),
    { numRuns: 200 },
  );
});

Deno.test("base62-token's verify() accepts GitHub-shaped keys of the random scope, not of the default", () => {
  // base62-token@1.1.1 verify(): the 4 characters before the random part are the prefix
  // and "_", as in "ghp_"; so three-letter prefixes, and bits 173 to 178 (30 characters).
  const dict = Base62Token.generateDictionary();
  let defaultAccepted = 0;
  fc.assert(
    fc.property(seedArb, fc.stringMatching(/^[a-z]{3}$/), (seed, prefix) => {
      const random = recipesFrom(seed).apiKey({ prefix, bits: 178, checksumCovers: "random" });
      assert.equal(random.length, 40);
      assert.ok(Base62Token.verify(dict, random), random);
      const whole = recipesFrom(seed).apiKey({ prefix, bits: 178 });
      if (Base62Token.verify(dict, whole)) defaultAccepted++;
    }),
    { numRuns: 300 },
  );
  // Each default-scope key passes by chance with probability 2**-32: 300 keys, all refused
  // unless two CRCs agree (a false alarm below 1e-7).
  assert.equal(defaultAccepted, 0);
});

Deno.test("both scopes: every single-character change of a key is refused, prefixes with '_' included (property)", () => {
  fc.assert(
    fc.property(seedArb, prefixArb, scopeArb, (seed, prefix, checksumCovers) => {
      const options = { prefix, checksumCovers };
      const key = recipesFrom(seed).apiKey(options);
      assert.ok(checkApiKey(key, options));
      for (const t of singleChanges(key)) assert.equal(checkApiKey(t, options), false, t);
      // The other scope refuses it (its checksum is another CRC), but for 1 in 2**32.
      const other = checksumCovers === "random" ? "prefixAndRandom" : "random";
      assert.equal(checkApiKey(key, { prefix, checksumCovers: other }), false);
    }),
    { numRuns: 40 },
  );
});

Deno.test("random scope: the prefix is outside the checksum; the default scope covers it", () => {
  // "sk_test" and "sk_live" keys with the same random part: in the random scope both
  // checksums are the same, so only the prefix comparison tells them apart.
  const random = "0".repeat(27);
  const test = `sk_test_${random}${apiKeyChecksum(random)}`;
  const live = `sk_live_${random}${apiKeyChecksum(random)}`;
  assert.ok(checkApiKey(test, { prefix: "sk_test", checksumCovers: "random" }));
  assert.ok(checkApiKey(live, { prefix: "sk_live", checksumCovers: "random" }));
  assert.equal(checkApiKey(live, { prefix: "sk_test", checksumCovers: "random" }), false);
  // The default scope: the same swap breaks the checksum.
  const body = `sk_test_${random}`;
  const key = body + apiKeyChecksum(body);
  assert.ok(checkApiKey(key, { prefix: "sk_test" }));
  assert.equal(checkApiKey(key.replace("test", "live"), { prefix: "sk_live" }), false);
});

Deno.test("prefixes with '_': made and checked, from 1 to 16 characters", () => {
  for (const prefix of ["a", "a_b", "sk_live", "a__b", "A_1", "a_" + "b".repeat(14)]) {
    for (const checksumCovers of SCOPES) {
      const key = apiKey({ prefix, checksumCovers });
      assert.equal(key.length, prefix.length + 1 + 27 + 6);
      assert.ok(key.startsWith(prefix + "_"));
      // The separator is the key's last "_": the random part and checksum hold none.
      assert.equal(key.lastIndexOf("_"), prefix.length);
      assert.ok(checkApiKey(key, { prefix, checksumCovers }));
      assert.ok(apiKeyPattern({ prefix }).test(key));
      // A shorter prefix that the longer one starts with does not check: length and separator.
      if (prefix.includes("_")) {
        const head = prefix.slice(0, prefix.indexOf("_"));
        assert.equal(checkApiKey(key, { prefix: head, checksumCovers }), false);
      }
    }
  }
});

Deno.test("apiKeyPlaceholder(): the key's shape; no checksum ever verifies, in either scope (property)", () => {
  fc.assert(
    fc.property(
      seedArb,
      prefixArb,
      fc.integer({ min: 128, max: 512 }),
      scopeArb,
      (seed, prefix, bits, checksumCovers) => {
        const options = { prefix, bits, checksumCovers };
        const shown = recipesFrom(seed).apiKeyPlaceholder(options);
        const key = recipesFrom(seed).apiKey(options);
        // Drawn as apiKey draws its random part: the same stream gives the same random part.
        assert.equal(shown.length, key.length);
        assert.equal(shown.slice(0, -6), key.slice(0, -6));
        assert.match(shown.slice(-6), /^[5-9A-Za-z][0-9A-Za-z]{5}$/);
        for (const covers of SCOPES) {
          assert.equal(checkApiKey(shown, { prefix, bits, checksumCovers: covers }), false);
        }
        assert.equal(apiKeyPattern({ prefix, bits }).test(shown), false);
      },
    ),
    { numRuns: 200 },
  );
  // The first checksum digit is drawn uniformly from the 57 digits 5 to z: each appears.
  const firsts = new Set<string>();
  const s = recipesFrom(7n);
  for (let i = 0; i < 2000; i++) firsts.add(s.apiKeyPlaceholder({ prefix: "a" }).at(-6)!);
  // 2,000 draws miss one of 57 digits with probability at most 57 * (56/57)**2000 < 1e-14.
  assert.deepEqual([...firsts].sort().join(""), [...B62.slice(5)].sort().join(""));
  assert.match(apiKeyPlaceholder({ prefix: "acme" }), /^acme_[0-9A-Za-z]{27}[5-9A-Za-z]/);
});
