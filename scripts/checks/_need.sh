#!/usr/bin/env bash
# Usage: bash scripts/checks/_need.sh WHAT COMMAND:PACKAGE...
#
# Makes sure each COMMAND is on PATH before a test step (WHAT) that needs it,
# installing Debian's PACKAGE with apt-get where this machine allows it (as
# root, or with password-less sudo). When an install fails, apt-get's own
# output is shown. A step that cannot get its tools is SKIPPED outside CI,
# so that the rest of the run goes on; with CI=true it fails.
#
# Exit status: 0 the commands are there; 3 skipped (one "SKIPPED (WHAT): ..."
# line on stdout); 1 failed (the reason on stderr).
set -uo pipefail
what=$1
shift
missing=() cmds=()
for pair in "$@"; do
  if ! command -v "${pair%%:*}" >/dev/null 2>&1; then
    missing+=("${pair#*:}")
    cmds+=("${pair%%:*}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
pkgs="${missing[*]}"

skip() {
  echo "SKIPPED ($what): needs $pkgs; install with: sudo apt-get install -y $pkgs"
  exit 3
}

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  elif [ "${CI:-}" != "true" ]; then
    skip
  fi
  # In CI without root, apt-get still runs: its refusal is the reason shown.
fi
if ! command -v apt-get >/dev/null 2>&1; then
  [ "${CI:-}" != "true" ] && skip
  echo "$what: needs $pkgs, and this machine has no apt-get to install it" >&2
  exit 1
fi

echo "$what: installing $pkgs (apt-get)..."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# shellcheck disable=SC2086 # one word per package
if ! { "${as_root[@]}" apt-get update -qq &&
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "$what: apt-get could not install $pkgs (its output is above)" >&2
  [ "${CI:-}" != "true" ] && skip
  exit 1
fi
for cmd in "${cmds[@]}"; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "$what: installed $pkgs, but there is still no $cmd on PATH" >&2
    exit 1
  fi
done
exit 0
