#!/bin/sh
# $1 = output pdf (Chromium headless, no browser header/footer)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$1" "file://$(pwd)/d11_tonara.html" 2>/dev/null
