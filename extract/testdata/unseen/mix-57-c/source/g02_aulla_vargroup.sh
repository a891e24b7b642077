#!/bin/sh
# Chromium headless print of the HTML, no browser header/footer
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
