#!/bin/sh
# Serve the page on a local port under the web application's host name and
# print it with headless Chromium keeping the default header (date, title)
# and footer (URL, page x/y), as an office user's "Salva come PDF" does.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$1
mkdir -p /tmp/b41web/atti/stampa
cp "$HERE/delibera.html" /tmp/b41web/atti/stampa/delibera_gm_62_2026.html
cd /tmp/b41web
python3 -m http.server 8741 --bind 127.0.0.1 >/dev/null 2>&1 &
SRV=$!
sleep 1
chromium --headless --no-sandbox --disable-gpu --lang=it-IT \
  --host-resolver-rules="MAP atti.comune.francofonte.sr.it 127.0.0.1:8741" \
  --print-to-pdf="$OUT" \
  "http://atti.comune.francofonte.sr.it/atti/stampa/delibera_gm_62_2026.html" 2>/dev/null || true
kill $SRV
