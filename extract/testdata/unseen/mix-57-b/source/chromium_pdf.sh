#!/bin/sh
# usage: chromium_pdf.sh in.html out.pdf  (Chromium headless print, header/footer with page number)
in=$(readlink -f "$1"); out=$2
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$(dirname "$out")/chr-profile" \
  --no-pdf-header-footer --print-to-pdf="$out" "file://$in" 2>/dev/null
