#!/bin/sh
# Oracle APEX-like print page -> Chromium headless with APEX-style footer
cd "$(dirname "$0")"
OUT=${OUT:-../..}
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-maranello-oracleapex.pdf" "file://$PWD/delibera.html" 2>/dev/null
