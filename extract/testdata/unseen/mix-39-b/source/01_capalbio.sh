#!/bin/sh
# Comune di Capalbio – Giunta 38/2026: HTML print of a web atti app, rendered by wkhtmltopdf
# (Debian's wkhtmltopdf uses unpatched Qt: no header/footer switches, so the signature note is in the body)
cd "$(dirname "$0")"
wkhtmltopdf --quiet -s A4 -T 18mm -B 18mm -L 16mm -R 16mm --title "Delibera GC 38/2026" \
  01_capalbio.html ../delibera-capalbio-wkhtmltopdf.pdf 2>/dev/null
