#!/bin/sh
# PDFreactor-like paged-media print (CSS @page margin boxes) -> Chromium headless
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-montoro-pdfreactor.pdf" "file://$PWD/avviso.html" 2>/dev/null
