#!/bin/sh
# Chromium headless print of an HTML page (J-Iride-like web report)
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../deliberazione-burana-jiride.pdf 01_burana.html 2>/dev/null
