#!/bin/sh
# SelectPDF-like (.NET web app HTML-to-PDF) imitation, produced with wkhtmltopdf (unpatched Qt: header/footer are in the HTML)
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
wkhtmltopdf -q --encoding utf-8 -s A4 -T 12 -B 12 -L 14 -R 14 --zoom 1.22 \
  --title "Determinazione 301/2026" det.html "$OUT/determinazione-mendicino-selectpdf.pdf" 2>/dev/null
