#!/bin/sh
# Chromium headless "Print to PDF" (no browser header/footer: the page has its own furniture)
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu \
  --print-to-pdf=../../deliberazione-vietrisulmare-chromeprint.pdf "file://$PWD/delibera.html" 2>/dev/null
