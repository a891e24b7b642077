#!/bin/sh
# 08: HTML print view -> wkhtmltopdf (Qt WebKit), (unpatched Qt: no header/footer options; the foot is in the HTML)
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 18mm -L 18mm -R 18mm \
  --title "Avviso pubblico n. 3/2026 - Comune di Padula" \
  "$S/08_padula.html" "$O/avviso-padula-wkhtmltopdf.pdf" 2>/dev/null || test -s "$O/avviso-padula-wkhtmltopdf.pdf"
