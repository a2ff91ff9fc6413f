#!/usr/bin/env bash
# Runtime compatibility, tested: bundles the library with tests/compat/smoke.ts
# (deno bundle) and runs the same file on Deno, on the machine's Node.js (v20:
# no Uint8Array.prototype.toHex, so the fallback encoders run), on Bun (from
# the npm registry) and in headless Chromium (Debian's package, installed
# here if missing; skipped outside CI where it cannot be), where the README's
# two browser examples run too (scripts/checks/browser.ts). Each prints
# "compat (RUNTIME...): N passed, N failed"; any failure fails the script.
set -euo pipefail
cd "$(dirname "$0")/../.."
deno="npx -y deno@2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

$deno bundle --lock=deno.lock --quiet --platform browser -o "$out/smoke.js" tests/compat/entry.ts

status=0
check() { # name, output
  echo "$2"
  echo "$2" | grep -Eq ': [0-9]+ passed, 0 failed$' || { echo "compat: $1 FAILED" >&2; status=1; }
}

check deno "$($deno run "$out/smoke.js" 2>&1)"
check node "$(node "$out/smoke.js" 2>&1)"
# Bun from the npm registry (its binary ships in the @oven/bun-* package).
check bun "$(npx -y bun@1 "$out/smoke.js" 2>&1)"

# Chromium: Debian's package (scripts/checks/_need.sh installs it, or skips this
# step outside CI when it cannot).
need=0
bash scripts/checks/_need.sh "compat in Chromium" chromium:chromium || need=$?
if [ $need -eq 0 ]; then
  node -e '
    const fs = require("node:fs");
    const d = process.argv[1];
    const js = fs.readFileSync(`${d}/smoke.js`, "utf8").replaceAll("</script", "<\\/script");
    fs.writeFileSync(`${d}/smoke.html`,
      `<!doctype html><html><head><meta charset="utf-8"></head><body>running</body>` +
      `<script type="module">\n${js}\n</script></html>`);
  ' "$out"
  dom=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$out/profile" \
    --virtual-time-budget=10000 --dump-dom "file://$out/smoke.html" 2>/dev/null || true)
  line=$(node -e '
    const dom = require("node:fs").readFileSync(0, "utf8");
    try {
      const body = /<body>(.*)<\/body>/s.exec(dom)[1]
        .replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
      const r = JSON.parse(body);
      const name = r.runtime.split(")")[0] + ")";
      console.log([...r.failures,
        `compat (${name}, native encoders: ${r.native}): ${r.passed} passed, ${r.failed} failed`,
      ].join("\n"));
    } catch (e) {
      console.log(`compat (chromium): 0 passed, 1 failed (${e})`);
    }
  ' <<<"$dom")
  check chromium "$line"
  # The README's browser examples: an import map over the built files, and an esbuild bundle.
  check chromium-readme "$($deno run --lock=deno.lock --allow-read --allow-write --allow-run \
    --allow-env --allow-net=127.0.0.1 scripts/checks/browser.ts 2>&1)"
elif [ $need -ne 3 ]; then
  status=1
fi
exit $status
