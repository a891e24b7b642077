#!/bin/sh
# Rebuilds all 12 PDFs of set mix-37-c into the parent folder, then keys.json (with the string check).
# Needs: wkhtmltopdf, chromium, javac/java 17 + OpenPDF 1.3.43 in ~/.m2, pdflatex (TeX Live),
# python3 with reportlab, fpdf2, python-docx, openpyxl, python-pptx; php-cli + php-tcpdf;
# a2ps + ghostscript; LibreOffice (writer, calc, impress); poppler-utils.
set -e
cd "$(dirname "$0")"
for d in barge cavarzere vietri sandrigo bassareggiana soriano zocca trevi solopaca gonnosfanadiga montone nus; do
  echo "== $d"; sh "$d/build.sh"
done
python3 keys.py
