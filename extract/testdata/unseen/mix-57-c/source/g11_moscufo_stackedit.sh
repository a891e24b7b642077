#!/bin/sh
# Chromium print with the browser's default header/footer left OFF, as a markdown editor's PDF export
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
