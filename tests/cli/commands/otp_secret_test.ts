// `secrets otp-secret`: secrets, or with --account the otpauth:// URI, the
// bits of the key, and errors naming the flag.
import { assert } from "../../_helpers.ts";
import { cli } from "./_main.ts";

Deno.test("otp-secret: 32 base32 characters (160 bits); --bits rounds up to whole bytes", async () => {
  const r = await cli("otp-secret", "--entropy", "--count", "3");
  assert.equal(r.code, 0);
  assert.deepEqual(r.err, ["entropy: 160 bits"]);
  assert.match(r.out, /^([A-Z2-7]{32}\n){3}$/);
  const b = await cli("otp-secret", "--bits", "130", "--entropy", "--json");
  assert.deepEqual(b.err, ['{"entropyBits":136}']); // --json: every line JSON, entropy too
  assert.match(b.out, /^"[A-Z2-7]{27}[AQ]"\n$/); // 17 bytes: 28 characters
});

Deno.test("otp-secret --account: the otpauth URI, a new secret each", async () => {
  const r = await cli(
    "otp-secret",
    "--issuer",
    "ACME Co",
    "--account",
    "jane@acme.com",
    "--count",
    "2",
  );
  assert.equal(r.code, 0);
  const uris = r.out.trimEnd().split("\n");
  assert.equal(uris.length, 2);
  for (const u of uris) {
    assert.match(
      u,
      /^otpauth:\/\/totp\/ACME%20Co:jane%40acme\.com\?secret=[A-Z2-7]{32}&issuer=ACME%20Co$/,
    );
  }
  assert.notEqual(uris[0], uris[1]);
  assert.match(
    (await cli("otp-secret", "--account", "jo")).out,
    /^otpauth:\/\/totp\/jo\?secret=[A-Z2-7]{32}\n$/,
  );
});

Deno.test("otp-secret: bad input is a usage error naming the flag", async () => {
  const cases: [string[], string][] = [
    [["otp-secret", "--bits", "80"], "secrets: otp-secret: --bits must be at least 128, got 80"],
    // Any number out of range names the library's bound, as the library's own message does.
    [["otp-secret", "--bits", "0"], "secrets: otp-secret: --bits must be at least 128, got 0"],
    [
      ["otp-secret", "--bits", "1025"],
      "secrets: otp-secret: --bits must be at most 1024, got 1025",
    ],
    [
      ["otp-secret", "--bits", "1e300"],
      "secrets: otp-secret: --bits must be at most 1024, got 1e300",
    ],
    [
      ["otp-secret", "--bits", "x"],
      "secrets: otp-secret: --bits must be a whole number (such as 1000000 or 1e6), got 'x'",
    ],
    // A control character in a name is refused, not percent-encoded; the message shows it escaped.
    [
      ["otp-secret", "--account", "jane\n"],
      'secrets: otp-secret: --account must not contain a control character (U+000A), which does not print, got "jane\\n"',
    ],
    [
      ["otp-secret", "--account", "jane", "--issuer", "ACME\u0085"],
      'secrets: otp-secret: --issuer must not contain a control character (U+0085), which does not print, got "ACME\\u0085"',
    ],
    [["otp-secret", "--issuer", "ACME"], "secrets: otp-secret: --issuer needs --account"],
    [
      ["otp-secret", "--account", "a:b"],
      "secrets: otp-secret: --account must not contain ':' (the label's separator; the format forbids it in either part), got \"a:b\"",
    ],
    [
      ["otp-secret", "--account", "x", "--issuer", ""],
      'secrets: otp-secret: --issuer must not be empty, got ""',
    ],
  ];
  for (const [args, line] of cases) {
    const r = await cli(...args);
    assert.deepEqual([r.code, r.out, r.err], [2, "", [line]], args.join(" "));
  }
});

Deno.test("otp-secret --account/--issuer: a character that does not print is refused, escaped", async () => {
  const cases: [string[], string][] = [
    [
      ["--account", "a\u202eb"],
      'otp-secret: --account must not contain an invisible character (U+202E), which does not print, got "a\\u202eb"',
    ],
    [
      ["--issuer", "AC\u200bME", "--account", "jane"],
      'otp-secret: --issuer must not contain an invisible character (U+200B), which does not print, got "AC\\u200bME"',
    ],
    [
      ["--account", "jane\u2028"],
      'otp-secret: --account must not contain a control character (U+2028), which does not print, got "jane\\u2028"',
    ],
  ];
  for (const [args, message] of cases) {
    const r = await cli("otp-secret", ...args);
    assert.equal(r.code, 2);
    assert.equal(r.out, "");
    assert.deepEqual(r.err, [`secrets: ${message}`]);
  }
});
