#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium (apt, when /usr/bin/chromium is missing) and
# Playwright's driver library from npm (src/browser/package-lock.json). Run by `mvn verify` before the
# tests; idempotent and quick once installed. No browser is downloaded by Playwright itself.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "browser-setup: installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "browser-setup: /usr/bin/chromium is missing; install Debian's chromium package (sudo apt-get install chromium)" >&2
    exit 1
  fi
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
echo "browser-setup: $(/usr/bin/chromium --version 2>/dev/null | head -1), playwright-core $(node -p "require('$here/node_modules/playwright-core/package.json').version")"
