#!/bin/sh
# Chromium headless print, imitating a Sicraweb (Maggioli) deliberation print-out
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$1/deliberazione-romagnafaentina-sicraweb.pdf" deliberazione.html 2>/dev/null
