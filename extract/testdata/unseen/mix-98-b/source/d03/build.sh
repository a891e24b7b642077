#!/bin/sh
# $1 = output PDF; Chromium headless, private profile
D=$(cd "$(dirname "$0")" && pwd)
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-98b --no-pdf-header-footer \
  --print-to-pdf="$1" "file://$D/delibera.html" >/dev/null 2>&1
