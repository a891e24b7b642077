#!/bin/sh
# HTML -> PDF with headless Chromium, browser header and footer off (the page prints its own)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
