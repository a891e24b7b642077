#!/bin/sh
# Comune di Mammola - Markdown note exported as from Typora (GitHub theme): md2html.py, then headless Chromium
set -e
D=$(cd "$(dirname "$0")" && pwd)/mammola; B=$(mktemp -d)
python3 "$D/md2html.py" "$D/convocazione.md" > "$B/convocazione.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$1" "file://$B/convocazione.html" 2>/dev/null
rm -rf "$B"
