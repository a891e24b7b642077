#!/bin/sh
# Chromium headless print, as Gotenberg's Chromium route does
cd "$(dirname "$0")"
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="${OUT:-../..}/deliberazione-broni-gotenberg.pdf" delibera.html 2>/dev/null
