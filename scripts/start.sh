#!/usr/bin/env bash
# Sets up and runs Mentor Scout: installs dependencies if needed, builds the Chrome extension, serves
# an invented sample profile page on localhost and starts Chromium with the extension loaded on it.
# Without a display, it prints how to load the built extension instead.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npx wxt build
OUT="$PWD/.output/chrome-mv3"
PORT=5178
SAMPLE="http://127.0.0.1:$PORT/about"

BROWSER=${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -z "$BROWSER" ]; then
  cat <<MSG

Built: $OUT
No display (or no Chromium) here, so nothing was started. To use Mentor Scout:
  Chrome/Chromium/Edge: open chrome://extensions, turn on Developer mode, click "Load unpacked", choose $OUT
  Firefox: npm run build:firefox, then about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json
Then open a LinkedIn profile (or any personal About page) and click the Mentor Scout button.
MSG
  exit 0
fi

node -e '
  const http = require("node:http"), fs = require("node:fs");
  const page = fs.readFileSync("scripts/sample/sample-profile.html");
  http.createServer((req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(page); })
    .listen(Number(process.argv[1]), "127.0.0.1");
' "$PORT" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
PROFILE_DIR=$(mktemp -d)
echo "Starting $BROWSER with Mentor Scout loaded, on a sample profile page ($SAMPLE)…"
"$BROWSER" --user-data-dir="$PROFILE_DIR" --no-first-run --disable-extensions-except="$OUT" --load-extension="$OUT" "$SAMPLE"
