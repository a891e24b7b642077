#!/bin/sh
# Chromium headless print of an HTML template
set -e
cd "$(dirname "$0")"
OUT=${OUT:-$(cd .. && pwd)}
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-imperia-chromium.pdf" "file://$PWD/imperia.html" 2>/dev/null
