#!/bin/sh
# Sala Baganza: HTML -> Chromium (01, 02) and wkhtmltopdf (05, 06)
set -e
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$HERE")
T=$(mktemp -d)
python3 "$HERE/sb_html.py" "$T"
for f in consiglio-salabaganza-civilianext-01 consiglio-salabaganza-civilianext-02; do
  U=$(mktemp -d)
  chromium --headless --no-sandbox --user-data-dir="$U" --no-pdf-header-footer --print-to-pdf-no-header \
    --print-to-pdf="$OUT/$f.pdf" "file://$T/$f.html" 2>/dev/null
  rm -rf "$U"
done
for f in consiglio-salabaganza-civilianext-05 consiglio-salabaganza-civilianext-06; do
  wkhtmltopdf -q -s A4 -T 20mm -B 20mm -L 20mm -R 18mm "$T/$f.html" "$OUT/$f.pdf" 2>/dev/null
done
cp "$T"/*.html "$HERE/" 2>/dev/null || true
rm -rf "$T"
