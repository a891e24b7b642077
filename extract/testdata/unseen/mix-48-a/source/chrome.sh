#!/bin/sh
# usage: chrome.sh in.html out.pdf
exec chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$(readlink -f "$1")" 2>/dev/null
