#!/usr/bin/env bash
# The web page's browser test (ctest: browser_web_page, label "browser").
#   tests/browser/run.sh CONCORD_BINARY OUTPUT_DIR
# Needs Debian's chromium and nodejs (scripts/install-deps); installs
# playwright-core from package-lock.json with `npm ci` when node_modules is
# missing (no browser download). Exits 77 (ctest: skipped) with a message
# when something it needs is absent, unless CONCORD_REQUIRE_BROWSER=1 (CI)
# makes that a failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
concord=${1:?usage: run.sh CONCORD_BINARY OUTPUT_DIR}
out=${2:?usage: run.sh CONCORD_BINARY OUTPUT_DIR}
chromium=${CONCORD_CHROMIUM:-/usr/bin/chromium}

skip() {
  if [ "${CONCORD_REQUIRE_BROWSER:-0}" = 1 ]; then
    echo "browser test: FAILED: $* (required: CONCORD_REQUIRE_BROWSER=1)" >&2
    exit 1
  fi
  echo "browser test: SKIPPED: $*"
  exit 77
}

"$concord" serve --help >/dev/null 2>&1 || skip "$concord has no working 'serve' command"
[ -x "$chromium" ] || skip "no Chromium at $chromium (scripts/install-deps installs it)"
command -v node >/dev/null || skip "no node (scripts/install-deps installs nodejs)"
if [ ! -d "$here/node_modules/playwright-core" ]; then
  command -v npm >/dev/null || skip "no npm to install playwright-core"
  (cd "$here" && npm ci --no-audit --no-fund --silent) ||
    skip "npm ci could not install playwright-core (offline?)"
fi
export CONCORD_CHROMIUM="$chromium"
exec node "$here/web_page_test.mjs" "$concord" "$out"
