// OTP secrets and URIs against real libraries, used by tests only: Debian's
// pyotp parses every URI back to the same fields, CPython's urllib reads back
// every name, and pyotp and otplib (npm) compute the same TOTP codes from the
// same secret and time (anchored on RFC 6238's own test values).
import { generateSync } from "otplib";
import { otpauthUri, type OtpauthUriOptions, otpSecret } from "../../recipes.ts";
import { assert } from "../_helpers.ts";

const PYTHON = "/usr/bin/python3"; // Debian's, where python3-pyotp installs

async function run(cmd: string, args: string[], input?: string) {
  const child = new Deno.Command(cmd, {
    args,
    stdin: input === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (input !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(input));
    await w.close();
  }
  const out = await child.output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { ok: out.success, stdout: text(out.stdout), stderr: text(out.stderr) };
}

/**
 * Whether pyotp can be imported by Debian's python3: installs python3-pyotp
 * with apt-get when running as root and it is missing. Outside CI a machine
 * that cannot have it skips (a SKIPPED line); in CI that is a failure.
 */
async function havePyotp(): Promise<boolean> {
  const importable = async () => {
    try {
      return (await run(PYTHON, ["-c", "import pyotp"])).ok;
    } catch {
      return false; // no python3 at all
    }
  };
  if (await importable()) return true;
  const why: string[] = [];
  if (Deno.uid() === 0) {
    const env = ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
    const install = await run(env[0], [...env.slice(1), "install", "-y", "-qq", "python3-pyotp"])
      .catch((e) => ({ ok: false, stdout: "", stderr: String(e) }));
    if (!install.ok) {
      await run(env[0], [...env.slice(1), "update", "-qq"]).catch(() => undefined);
      const again = await run(env[0], [...env.slice(1), "install", "-y", "-qq", "python3-pyotp"])
        .catch((e) => ({ ok: false, stdout: "", stderr: String(e) }));
      if (!again.ok) why.push(again.stderr.trim());
    }
    if (await importable()) return true;
  }
  const message = "needs python3-pyotp; install with: sudo apt-get install -y python3-pyotp";
  if (Deno.env.get("CI") === "true") throw new Error(`pyotp: ${message}\n${why.join("\n")}`);
  console.log(`SKIPPED (pyotp round trips): ${message}`);
  return false;
}

// Names pyotp 2.6 reads back: its parse_uri unquotes the whole URI before
// splitting it (fixed upstream in 2026), so a decoded ? # & + % = or ; would
// be read as URI syntax. The urllib check below covers every character a
// name may hold (control characters, such as the tabs and newlines urlsplit
// would drop, are refused by otpauthUri).
const SAFE = "abcXYZ019 @.-_~!*'(),$é日本😀";
const FULL = SAFE + '?#&+%=;/\\"<>[]{}|^`';

function name(seed: number, chars: string, n: number): string {
  const cps = Array.from(chars);
  let s = "";
  for (let i = 0; i < n; i++) s += cps[(seed * 7 + i * i * 13 + i) % cps.length];
  return s.trim().replaceAll(":", "") || "x";
}

function cases(chars: string): OtpauthUriOptions[] {
  const out: OtpauthUriOptions[] = [];
  const algorithms = ["SHA1", "SHA256", "SHA512"] as const;
  for (let i = 0; i < 60; i++) {
    const bits = [128, 160, 200, 256, 512][i % 5];
    out.push({
      secret: otpSecret({ bits }),
      account: name(i, chars, 1 + (i % 12)),
      ...(i % 4 === 3 ? {} : { issuer: name(i + 100, chars, 1 + (i % 9)) }),
      algorithm: algorithms[i % 3],
      digits: i % 2 === 0 ? 6 : 8,
      period: [30, 60, 15, 90][i % 4],
    });
  }
  return out;
}

const PARSE = `
import json, sys, pyotp
out = []
for uri in json.load(sys.stdin):
    otp = pyotp.parse_uri(uri)
    out.append([otp.secret, otp.issuer, otp.name, otp.digits, otp.interval, otp.digest().name])
print(json.dumps(out))
`;

Deno.test("otpauthUri: pyotp's parse_uri reads back every field", async () => {
  if (!(await havePyotp())) return;
  const options = cases(SAFE);
  const r = await run(PYTHON, ["-c", PARSE], JSON.stringify(options.map(otpauthUri)));
  assert(r.ok, r.stderr);
  const parsed = JSON.parse(r.stdout);
  assert.equal(parsed.length, options.length);
  options.forEach((o, i) => {
    assert.deepEqual(parsed[i], [
      o.secret,
      o.issuer ?? null,
      o.account,
      o.digits,
      o.period,
      o.algorithm!.toLowerCase(),
    ], otpauthUri(o));
  });
});

const URLLIB = `
import json, sys
from urllib.parse import urlsplit, unquote, parse_qsl
out = []
for uri in json.load(sys.stdin):
    u = urlsplit(uri)
    label = u.path[1:].split(":")
    out.append([u.scheme, u.netloc, [unquote(p, errors="strict") for p in label],
                parse_qsl(u.query, strict_parsing=True)])
print(json.dumps(out))
`;

Deno.test("otpauthUri: CPython's urllib reads back every name, whatever its characters", async () => {
  const options = cases(FULL);
  const r = await run(PYTHON, ["-c", URLLIB], JSON.stringify(options.map(otpauthUri)))
    .catch(() => undefined);
  if (r === undefined) {
    if (Deno.env.get("CI") === "true") throw new Error(`no ${PYTHON}`);
    console.log(`SKIPPED (urllib round trips): needs ${PYTHON}`);
    return;
  }
  assert(r.ok, r.stderr);
  const parsed = JSON.parse(r.stdout);
  options.forEach((o, i) => {
    const params: [string, string][] = [["secret", o.secret]];
    if (o.issuer !== undefined) params.push(["issuer", o.issuer]);
    if (o.algorithm !== "SHA1") params.push(["algorithm", o.algorithm!]);
    if (o.digits !== 6) params.push(["digits", String(o.digits)]);
    if (o.period !== 30) params.push(["period", String(o.period)]);
    const label = o.issuer === undefined ? [o.account] : [o.issuer, o.account];
    assert.deepEqual(parsed[i], ["otpauth", "totp", label, params], otpauthUri(o));
  });
});

const TOTP = `
import json, sys, pyotp
out = []
for uri, times in json.load(sys.stdin):
    otp = pyotp.parse_uri(uri)
    out.append([otp.at(t) for t in times])
print(json.dumps(out))
`;

/** RFC 4648 base32 of ASCII text, without padding. */
function base32(text: string): string {
  let bits = "";
  for (const c of text) bits += c.charCodeAt(0).toString(2).padStart(8, "0");
  bits += "0".repeat((5 - (bits.length % 5)) % 5);
  let out = "";
  for (let i = 0; i < bits.length; i += 5) {
    out += "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[parseInt(bits.slice(i, i + 5), 2)];
  }
  return out;
}

Deno.test("otpSecret: pyotp and otplib compute the same TOTP codes (RFC 6238's values too)", async () => {
  const times = [0, 59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000];
  // RFC 6238, appendix B: the keys, and the 8-digit codes at 59 and 1111111109 s.
  const rfc: [OtpauthUriOptions, string[]][] = [
    [{ secret: base32("12345678901234567890"), account: "rfc", digits: 8 }, [
      "94287082",
      "07081804",
    ]],
    [
      {
        secret: base32("12345678901234567890123456789012"),
        account: "rfc",
        digits: 8,
        algorithm: "SHA256",
      },
      ["46119246", "68084774"],
    ],
    [
      {
        secret: base32("1234567890123456789012345678901234567890123456789012345678901234"),
        account: "rfc",
        digits: 8,
        algorithm: "SHA512",
      },
      ["90693936", "25091201"],
    ],
  ];
  const options = [...rfc.map(([o]) => o), ...cases(SAFE)];
  const ours = options.map((o) =>
    times.map((epoch) =>
      generateSync({
        secret: o.secret,
        epoch,
        algorithm: (o.algorithm ?? "SHA1").toLowerCase() as "sha1",
        digits: o.digits ?? 6,
        period: o.period ?? 30,
      })
    )
  );
  rfc.forEach(([, codes], i) => assert.deepEqual(ours[i].slice(1, 3), codes));
  if (!(await havePyotp())) return;
  const input = JSON.stringify(options.map((o) => [otpauthUri(o), times]));
  const r = await run(PYTHON, ["-c", TOTP], input);
  assert(r.ok, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), ours);
});
