#!/usr/bin/env bash
# What `npm test` needs besides npm's packages, prepared on a fresh Debian machine (as .ci/run does): Chromium and
# Firefox ESR (the browser tests), redis-server (the proxy's multi-instance tests start their own) and the fonts
# the visual baselines name. Run by `npm test` first (`pretest`); installs only what is missing, with apt-get as
# root. Anywhere else it fails in one line naming the command to run.
set -euo pipefail

missing() {
  ! command -v chromium >/dev/null || ! command -v firefox-esr >/dev/null || ! command -v redis-server >/dev/null ||
    [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || [ ! -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ]
}

PACKAGES="chromium firefox-esr redis-server fonts-dejavu-core fonts-noto-core"
if missing; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "npm test: installing $PACKAGES (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $PACKAGES >/dev/null
  else
    echo "npm test needs Debian's chromium, firefox-esr, redis-server and fonts: run \`sudo apt-get install -y $PACKAGES\` first" >&2
    exit 1
  fi
fi
