#!/bin/sh
# Comune di Gavardo - deliberazione G.C. 87/2026 - HTML page of a web atti module printed with wkhtmltopdf
# (Debian's wkhtmltopdf is built on unpatched Qt: no header/footer switches, so no running heads)
cd "$(dirname "$0")"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 18mm -L 18mm -R 18mm \
  --title "Deliberazione G.C. n. 87/2026" \
  delibera.html ../../delibera-gavardo-wkhtmltopdf.pdf 2>/dev/null
