#!/bin/sh
# Comune di Paularo - Consiglio Comunale, HTML rendered by wkhtmltopdf (as a Rails app's wicked_pdf would).
# Debian's wkhtmltopdf is built on unpatched Qt: no --header-html/--footer-html, so no running head.
D=$(dirname "$0")/paularo
wkhtmltopdf -q --disable-smart-shrinking --encoding utf-8 -s A4 -T 16mm -B 16mm -L 18mm -R 18mm \
  --enable-local-file-access --title "Deliberazione C.C. n. 9/2026" "$D/delibera.html" "$1" 2>/dev/null
