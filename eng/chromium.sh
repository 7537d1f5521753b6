#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing. The tests drive
# /usr/bin/chromium through Playwright and never let Playwright download a browser of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
