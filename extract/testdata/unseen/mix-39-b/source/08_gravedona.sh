#!/bin/sh
# Comune di Gravedona ed Uniti – avviso n. 3/2026 laid out like a Sintel (ARIA Lombardia) notice, printed by headless Chromium
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../avviso-gravedona-sintel.pdf "file://$PWD/08_gravedona.html" 2>/dev/null
