#!/usr/bin/env bash
# Renders a digest HTML file in headless Chromium (Debian package `chromium`) to PNG screenshots at a
# phone width and a desktop width, to look at the layout.
#   bench/digest_screenshot.sh [DIGEST.html] [OUT_DIR]
# Default: the digest `dxnews demo` writes (~/.local/share/dxnews/demo/reports/digest-2024-W41.html,
# or under $DXNEWS_DATA_DIR), screenshots into bench/out/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DXNEWS_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/dxnews}
html=${1:-$data/demo/reports/digest-2024-W41.html}
out=${2:-$root/bench/out}
[ -f "$html" ] || { echo "digest_screenshot: $html not found (run dxnews demo first)" >&2; exit 1; }
command -v chromium >/dev/null || { echo "digest_screenshot: apt-get install -y chromium" >&2; exit 1; }
mkdir -p "$out"
for size in 390,2400 1280,2600; do
  name=$out/digest-${size%%,*}px.png
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$size" \
    --screenshot="$name" "file://$(realpath "$html")" >/dev/null 2>&1
  echo "$name"
done
