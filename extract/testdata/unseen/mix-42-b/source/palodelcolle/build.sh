#!/bin/sh
# Chromium headless "Stampa" of the web application page: Chrome's own
# header/footer (date, title, URL, page x/y) are reproduced with CSS page
# margin boxes so that they are stable.
set -e
cd "$(dirname "$0")"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$1/determina-palodelcolle-chromeprint.pdf" "file://$PWD/determina.html" 2>/dev/null
