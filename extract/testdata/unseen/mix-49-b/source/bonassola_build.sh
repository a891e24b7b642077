#!/bin/sh
# a poster laid out as a QuarkXPress manifesto; printed here with headless Chromium (no header/footer)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$1" "file://$(pwd)/bonassola.html" 2>/dev/null
