#!/bin/sh
# wkhtmltopdf print of the Unione's web application page (unpatched Qt: no header/footer switches)
wkhtmltopdf --quiet -s A4 -T 14mm -B 16mm -L 16mm -R 16mm --disable-smart-shrinking \
  --title "Deliberazione della Giunta dell'Unione n. 12 del 26/03/2026" "$1" "$2" 2>/dev/null
