#!/bin/sh
# Debian's wkhtmltopdf is built on unpatched Qt: no --header-html/--footer-html, so the address line is printed in the body.
cd "$(dirname "$0")" && wkhtmltopdf -q --enable-local-file-access -s A4 -T 16mm -B 16mm -L 18mm -R 18mm \
  --title "Determinazione n. 212/2026" determina.html "$1" 2>/dev/null
