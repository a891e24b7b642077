#!/bin/sh
# Modern HTML page printed by headless Chromium
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../determina-bonificasiciliaorientale-chromium.pdf "file://$PWD/d06_bonifica.html" 2>/dev/null
