#!/bin/sh
# $1 = output PDF; wkhtmltopdf
D=$(cd "$(dirname "$0")" && pwd)
wkhtmltopdf -q -s A4 -T 15mm -B 15mm --footer-center "Pagina [page] di [topage]" --footer-font-size 7 "$D/delibera.html" "$1" >/dev/null 2>&1 || true
