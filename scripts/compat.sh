#!/usr/bin/env bash
# Runtime compatibility, tested: bundles the library with tests/compat/smoke.ts
# (deno bundle) and runs the same file on Deno, on the machine's Node.js (v20:
# no Uint8Array.prototype.toHex, so the fallback encoders run), on Bun (from
# the npm registry) and in headless Chromium (Debian's package, installed
# here if missing). Each prints
# "compat (RUNTIME...): N passed, N failed"; any failure fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
deno="npx -y deno@2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

$deno bundle --quiet --platform browser -o "$out/smoke.js" tests/compat/entry.ts

status=0
check() { # name, output
  echo "$2"
  echo "$2" | grep -Eq ': [0-9]+ passed, 0 failed$' || { echo "compat: $1 FAILED" >&2; status=1; }
}

check deno "$($deno run "$out/smoke.js" 2>&1)"
check node "$(node "$out/smoke.js" 2>&1)"
# Bun from the npm registry (its binary ships in the @oven/bun-* package).
check bun "$(npx -y bun@1 "$out/smoke.js" 2>&1)"

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
    || { echo "compat: could not install chromium" >&2; exit 1; }
fi
python3 - "$out" <<'PY'
import sys
d = sys.argv[1]
js = open(f"{d}/smoke.js").read().replace("</script", "<\\/script")
open(f"{d}/smoke.html", "w").write(
    '<!doctype html><html><head><meta charset="utf-8"></head><body>running</body>'
    f'<script type="module">\n{js}\n</script></html>')
PY
dom=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$out/profile" \
  --virtual-time-budget=10000 --dump-dom "file://$out/smoke.html" 2>/dev/null)
line=$(python3 -c '
import json, re, sys
m = re.search(r"<body>(.*)</body>", sys.stdin.read(), re.S)
try:
    r = json.loads(m.group(1))
    name = r["runtime"].split(")")[0] + ")"
    native = str(r["native"]).lower()
    lines = r["failures"] + ["compat (%s, native encoders: %s): %d passed, %d failed" % (name, native, r["passed"], r["failed"])]
    print("\n".join(lines))
except Exception as e:
    print("compat (chromium): 0 passed, 1 failed (%s)" % e)
' <<<"$dom")
check chromium "$line"
exit $status
