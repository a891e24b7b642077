#!/bin/sh
# HTML edited in the web application's rich-text editor, printed by headless Chromium (CSS @page margin boxes)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
