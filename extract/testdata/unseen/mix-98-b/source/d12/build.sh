#!/bin/sh
# $1 = output PDF; Chromium headless (letter-spaced headings), private profile
D=$(cd "$(dirname "$0")" && pwd)
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-98b --no-pdf-header-footer \
  --print-to-pdf="$1" "file://$D/avviso.html" >/dev/null 2>&1
