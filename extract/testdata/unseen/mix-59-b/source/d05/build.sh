#!/bin/sh
# document-management (Nuxeo-like) rendition: HTML template printed by headless Chromium
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$(dirname "$1")/.chr" \
  --print-to-pdf="$1" "file://$PWD/det.html" 2>/dev/null
