// Run by scripts/npm_check.ts with Node.js, in a fresh project where the packed
// npm tarball is installed: every entry point imports and works.
// Usage: node npm_consumer.mjs VERSION
import assert from "node:assert/strict";
import * as secrets from "@secrets/secrets";
import { effWordlist, entropyBits, passphrase, password } from "@secrets/secrets/recipes";
import { createSecrets, EntropyHealthError } from "@secrets/secrets/testing";
import { main } from "@secrets/secrets/cli";

const version = process.argv[2];
let passed = 0, failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e?.message ?? e}`);
  }
}

await check(". token_hex / token_urlsafe / token_bytes: lengths and alphabets", () => {
  assert.match(secrets.token_hex(16), /^[0-9a-f]{32}$/);
  assert.match(secrets.token_hex(), /^[0-9a-f]{64}$/);
  assert.match(secrets.token_urlsafe(32), /^[A-Za-z0-9_-]{43}$/);
  assert.match(secrets.token_urlsafe(5), /^[A-Za-z0-9_-]{7}$/);
  assert.match(secrets.tokenHex(3), /^[0-9a-f]{6}$/);
  const b = secrets.token_bytes(16);
  assert.ok(b instanceof Uint8Array && b.buffer instanceof ArrayBuffer);
  assert.equal(b.length, 16);
  assert.equal(secrets.token_bytes().length, secrets.DEFAULT_ENTROPY);
  assert.equal(secrets.DEFAULT_ENTROPY, 32);
  assert.notEqual(secrets.token_hex(16), secrets.token_hex(16));
});

await check(". randbelow / randbits: the kind of the argument, in range, every value", () => {
  const seen = new Set();
  for (let i = 0; i < 1000; i++) {
    const d = secrets.randbelow(6);
    assert.ok(Number.isInteger(d) && d >= 0 && d < 6);
    seen.add(d);
  }
  // Missing one of 6 values in 1000 draws has probability below 1e-78.
  assert.equal(seen.size, 6);
  const big = secrets.randbelow(10n ** 30n);
  assert.equal(typeof big, "bigint");
  assert.ok(big >= 0n && big < 10n ** 30n);
  assert.ok(secrets.randbits(8) < 256);
  assert.equal(typeof secrets.randbits(200n), "bigint");
  assert.ok(secrets.randbits(200n) < 2n ** 200n);
});

await check(". choice / compare_digest / SystemRandom", () => {
  assert.ok("abc".includes(secrets.choice("abc")));
  assert.ok([1, 2, 3].includes(secrets.choice([1, 2, 3])));
  assert.equal(secrets.compare_digest("abc", "abc"), true);
  assert.equal(secrets.compare_digest("abc", "abd"), false);
  assert.equal(secrets.compareDigest(new Uint8Array([1, 2]), new Uint8Array([1, 2])), true);
  const rng = new secrets.SystemRandom();
  const x = rng.random();
  assert.ok(x >= 0 && x < 1);
  const r = rng.randrange(10, 20);
  assert.ok(Number.isInteger(r) && r >= 10 && r < 20);
  assert.deepEqual(rng.sample([1, 2, 3, 4], 4).sort(), [1, 2, 3, 4]);
});

await check(". errors: CPython's classes and messages", () => {
  assert.throws(() => secrets.randbelow(0), {
    name: "RangeError",
    message: "Upper bound must be positive.",
  });
  assert.throws(() => secrets.token_hex(-1), {
    name: "RangeError",
    message: "negative argument not allowed",
  });
  assert.throws(() => secrets.choice([]), {
    name: "RangeError",
    message: "Cannot choose from an empty sequence",
  });
});

await check("./testing createSecrets: CPython's answers from the same bytes", () => {
  // A counter source (0, 1, 2, ... mod 251); the answers are CPython 3.13's
  // with os.urandom and random._urandom replaced by the same counter.
  let next = 0;
  const s = createSecrets((buf) => {
    for (let i = 0; i < buf.length; i++) buf[i] = next++ % 251;
  });
  assert.equal(s.token_hex(4), "00010203");
  assert.equal(s.randbelow(256), 8);
  assert.equal(s.token_urlsafe(6), "BgcICQoL");
  assert.equal(new s.SystemRandom().random(), 0.047074202229911544);
  assert.equal(s.randbits(64n), 1374746970875762970n);
  assert.equal(s.choice("abcdefghij"), "b");
  assert.equal(s.randbelow(10n ** 30n), 139212501902803324199737909874n);
  const zeros = createSecrets((buf) => buf.fill(0));
  assert.throws(() => zeros.token_hex(16), EntropyHealthError);
});

await check("./recipes password / passphrase / entropyBits / effWordlist", () => {
  assert.match(password(), /^[A-Za-z0-9]{22}$/);
  const p = password({ length: 12, minDigits: 3 });
  assert.equal(p.length, 12);
  assert.ok(p.replace(/[^0-9]/g, "").length >= 3, p);
  const words = effWordlist();
  assert.equal(words.length, 7776);
  assert.equal(words[0], "abacus");
  assert.equal(words.at(-1), "zoom");
  const phrase = passphrase({ words: 4 }).split(" ");
  assert.equal(phrase.length, 4);
  for (const w of phrase) assert.ok(words.includes(w), w);
  assert.ok(Math.abs(entropyBits("password") - 22 * Math.log2(62)) < 1e-9);
  assert.ok(Math.abs(entropyBits("passphrase", { words: 6 }) - 6 * Math.log2(7776)) < 1e-9);
});

await check("./cli main: tokens, the version, a usage error", async () => {
  const out = [], err = [];
  const io = { write: (t) => void out.push(t), error: (l) => void err.push(l) };
  assert.equal(await main(["token-hex", "8"], io), 0);
  assert.match(out.join(""), /^[0-9a-f]{16}\n$/);
  out.length = 0;
  assert.equal(await main(["--version"], io), 0);
  assert.equal(out.join(""), `secrets ${version}\n`);
  out.length = 0;
  assert.equal(await main(["randbelow", "0"], io), 2);
  assert.deepEqual(out, []);
  assert.equal(err.length, 1);
});

console.log(`npm consumer (node ${process.version}): ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
