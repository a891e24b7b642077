#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder, then keys.json (with the string check).
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy, openpyxl, Pillow), chromium, libreoffice,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern), poppler-utils.
set -e
cd "$(dirname "$0")"
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do sh build_$n.sh; done
python3 keys.py
