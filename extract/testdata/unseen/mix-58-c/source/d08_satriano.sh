#!/bin/sh
# HTML -> PDF with headless Chromium (page foot from CSS @page margin box)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
