#!/bin/sh
# Rebuilds the 12 PDFs of mix-36-b into the folder above source/ (or into $OUT).
# Needs: chromium, pdflatex (TeX Live), python3 + python-docx + reportlab + odfpy + pymupdf,
# LibreOffice (soffice), Java 17 + Flying Saucer 9.1.22/OpenPDF 1.3.11 in ~/.m2, wkhtmltopdf,
# php-cli + php-tcpdf, node + jspdf@2.5.1 + pdf-lib@1.17.1 + @pdf-lib/fontkit@1.1.1 (NODE_PATH),
# enscript + ghostscript.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$(dirname "$HERE")}; export OUT
for d in "$HERE"/d[0-9][0-9]_*/; do
  echo "== $(basename "$d")"; sh "$d/build.sh"
done
