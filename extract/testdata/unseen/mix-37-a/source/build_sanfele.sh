#!/bin/sh
# fixed-width text (latin-1) -> enscript (Courier 10, no header) -> ps2pdf
set -e
cd "$(dirname "$0")"
OUT=${OUT:-$(cd .. && pwd)}
TMP=$(mktemp -d)
python3 sanfele.py "$TMP/sanfele.txt"
enscript -q -B -X latin1 -f Courier10 --margins=60:40:50:40 -o "$TMP/sanfele.ps" "$TMP/sanfele.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/sanfele.ps" "$OUT/deliberazione-sanfele-datagraph.pdf"
rm -rf "$TMP"
