#!/bin/sh
# Rebuilds all 12 PDFs of this set into the parent folder (OUTDIR).
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), enscript,
# ghostscript (ps2pdf), LibreOffice (soffice), chromium, pdflatex.
set -e
cd "$(dirname "$0")"
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do
  echo "building d$n"; sh build_d$n.sh
done
rm -f d02.txt d03.txt *.docx *.xlsx d12_intestazione.png; rm -rf __pycache__
ls -l ../*.pdf
