#!/bin/sh
# wkhtmltopdf 0.12.6 on Debian's unpatched Qt (no --header-html: running line printed in the page body)
cd "$(dirname "$0")"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 14mm -B 14mm -L 20mm -R 18mm --zoom 1.25 \
  --title "Determinazione Area Tecnica n. 45/2026" \
  determina.html "${OUT:-../..}/determinazione-latronico-wkhtmltopdf.pdf" 2>/dev/null
