#!/bin/sh
cd "$(dirname "$0")" && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$1" "file://$PWD/ordinanza.html"
