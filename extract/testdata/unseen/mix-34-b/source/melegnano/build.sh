#!/bin/sh
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$1" "file://$(pwd)/ordinanza.html" 2>/dev/null
