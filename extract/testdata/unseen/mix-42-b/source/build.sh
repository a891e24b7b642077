#!/bin/sh
# Rebuilds the 12 PDFs into OUTDIR (default: the folder above this one).
# Needs: python3 (reportlab, openpyxl, python-docx, docxtpl, python-pptx),
# /usr/bin/python3 with python3-pyqt5, wkhtmltopdf, chromium, pdflatex
# (texlive-latex-base/-recommended), ghostscript, libreoffice (writer, calc,
# impress), ruby-prawn + ruby-prawn-table, Java 17 + Maven (openhtmltopdf
# from Maven Central), fonts-liberation, fonts-dejavu, fonts-crosextra-carlito.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "${1:-$HERE/..}" && pwd)
for d in castellalto portosangiorgio polcenigo palodelcolle roveresca romans caramanico cupra acaya calasetta talmassons villasanpietro; do
  echo "== $d"; sh "$HERE/$d/build.sh" "$OUT"
done
