#!/bin/sh
# wkhtmltopdf 0.12.6 with unpatched Qt (Debian): no header/footer options, so
# the Albo stamp is part of the page itself.
HERE=$(cd "$(dirname "$0")" && pwd)
wkhtmltopdf -q -s A4 -T 14mm -B 14mm -L 14mm -R 14mm --zoom 1.25 \
  "$HERE/avviso.html" "$1" 2>/dev/null
