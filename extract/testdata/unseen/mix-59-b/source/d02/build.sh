#!/bin/sh
# ColdFusion cfdocument-like print (running head/foot as CSS page-margin boxes), rendered by headless Chromium
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$(dirname "$1")/.chr" \
  --print-to-pdf="$1" "file://$PWD/body.html" 2>/dev/null
