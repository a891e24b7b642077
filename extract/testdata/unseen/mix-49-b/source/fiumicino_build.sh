#!/bin/sh
# wkhtmltopdf (unpatched Qt: no header/footer switches), as the KnpLabs Snappy wrapper of a PHP atti portal drives it;
# the running head and foot are part of the HTML.
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 14mm -L 18mm -R 18mm --zoom 1.25 \
  --title "Determinazione Dirigenziale 412/2026" fiumicino.html "$1" 2>/dev/null
