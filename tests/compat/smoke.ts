// A smoke-and-property test of the library that runs unchanged on Deno,
// Node.js 20 (no Uint8Array.prototype.toHex) and in a browser: no Deno or
// Node APIs, only the package, fast-check and plain assertions. Bundled by
// scripts/checks/compat.sh with `deno bundle`; `run()` returns the results.
import fc from "fast-check";
import {
  choice,
  compare_digest,
  randbelow,
  randbits,
  SystemRandom,
  token_bytes,
  token_hex,
  token_urlsafe,
} from "../../mod.ts";
import { createSecrets } from "../../testing.ts";
import {
  otpauthUri,
  otpSecret,
  passphrase,
  password,
  pin,
  recoveryCodes,
  verifyRecoveryCode,
} from "../../recipes.ts";
import { base64urlFallback, hexFallback } from "../../lib/core/_encode.ts";

type Check = [string, () => void];

function ok(cond: unknown, message: string): void {
  if (!cond) throw new Error(message);
}

const counter = () => {
  let next = 0;
  return (buf: Uint8Array) => {
    for (let i = 0; i < buf.length; i++) buf[i] = next++ % 251;
  };
};

const checks: Check[] = [
  ["token lengths and alphabets", () => {
    ok(token_bytes(16).length === 16, "token_bytes");
    ok(/^[0-9a-f]{64}$/.test(token_hex()), "token_hex");
    ok(/^[A-Za-z0-9_-]{43}$/.test(token_urlsafe()), "token_urlsafe");
  }],
  ["same bytes, same tokens on every runtime (known answers)", () => {
    const s = createSecrets(counter());
    ok(s.token_hex(4) === "00010203", "hex");
    ok(s.token_urlsafe(5) === "BAUGBwg", `urlsafe ${s.token_urlsafe}`);
    ok(s.randbelow(1000) === 36, "randbelow"); // bytes 9, 10: 0x090a >> 6
    ok(new s.SystemRandom().random() === Math.floor(0x0b0c0d0e0f1011 / 8) * 2 ** -53, "random");
  }],
  ["integers keep their kind and range", () => {
    ok(typeof randbelow(10) === "number" && typeof randbelow(10n) === "bigint", "kinds");
    ok(randbits(128n) < 2n ** 128n, "randbits");
    ok(["a", "b"].includes(choice(["a", "b"])), "choice");
  }],
  ["compare_digest", () => {
    ok(compare_digest("abc", "abc") && !compare_digest("abc", "abd"), "strings");
    ok(compare_digest(new Uint8Array([1]), new Uint8Array([1])), "bytes");
  }],
  ["errors: kinds and messages", () => {
    try {
      randbelow(0);
      ok(false, "no error");
    } catch (e) {
      ok(e instanceof RangeError && e.message === "Upper bound must be positive.", String(e));
    }
    try {
      token_hex(1.5);
      ok(false, "no error");
    } catch (e) {
      ok(e instanceof TypeError, String(e));
    }
  }],
  ["recipes", () => {
    ok(/^[A-Za-z0-9]{22}$/.test(password()), "password");
    ok(passphrase().split(" ").length === 6, "passphrase");
    ok(/^\d{6}$/.test(pin({ exclude: ["repeated", "sequential"] })), "pin");
    const codes = recoveryCodes();
    ok(codes.length === 10 && verifyRecoveryCode(codes[9].toLowerCase(), codes) === 9, "codes");
    const secret = otpSecret();
    ok(/^[A-Z2-7]{32}$/.test(secret), "otpSecret");
    ok(
      otpauthUri({ secret, issuer: "Zoë", account: "a b" }).startsWith(
        "otpauth://totp/Zo%C3%AB:a%20b?",
      ),
      "uri",
    );
  }],
  ["property: the encoders in use equal the fallbacks", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (n) => {
        const s = createSecrets(counter());
        const ref = createSecrets(counter()).token_bytes(n);
        ok(s.token_hex(n) === hexFallback(ref, 0, n), "hex");
        const t = createSecrets(counter());
        ok(t.token_urlsafe(n) === base64urlFallback(ref, 0, n), "base64url");
      }),
      { numRuns: 300 },
    );
  }],
  ["property: SystemRandom methods stay in range", () => {
    const r = new SystemRandom();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 50 }), (n, k) => {
        const x = r.randrange(n);
        ok(x >= 0 && x < n, "randrange");
        const xs = Array.from({ length: k }, (_, i) => i);
        r.shuffle(xs);
        ok(xs.slice().sort((a, b) => a - b).every((v, i) => v === i), "shuffle");
        ok(new Set(r.sample(xs, Math.min(k, 5))).size === Math.min(k, 5), "sample");
        ok(r.random() < 1 && Number.isFinite(r.gauss()), "floats");
      }),
      { numRuns: 300 },
    );
  }],
];

/** Runs every check; returns how many passed and the failures. */
export function run(): {
  runtime: string;
  native: boolean;
  passed: number;
  failed: number;
  failures: string[];
} {
  const failures: string[] = [];
  for (const [name, fn] of checks) {
    try {
      fn();
    } catch (e) {
      failures.push(`${name}: ${(e as Error)?.message}`);
    }
  }
  const g = globalThis as {
    Deno?: unknown;
    Bun?: { version: string };
    process?: { version?: string };
    navigator?: { userAgent?: string };
  };
  const runtime = g.Deno
    ? "deno"
    : g.Bun
    ? `bun ${g.Bun.version}`
    : g.process?.version
    ? `node ${g.process.version}`
    : `browser ${g.navigator?.userAgent ?? ""}`;
  const native =
    typeof (Uint8Array.prototype as unknown as { toHex?: unknown }).toHex === "function";
  return {
    runtime,
    native,
    passed: checks.length - failures.length,
    failed: failures.length,
    failures,
  };
}
