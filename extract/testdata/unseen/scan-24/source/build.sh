#!/bin/sh
# Rebuild the 12 scanned PDFs, keys.json and the check reports (a record; nothing runs it).
# Needs: python3 with reportlab, Pillow, img2pdf (Debian: python3-reportlab python3-img2pdf),
#        poppler-utils (pdftoppm, pdftotext), ocrmypdf, tesseract-ocr-ita.
set -e
cd "$(dirname "$0")"
PY=/usr/bin/python3
$PY gen.py          # clean prints -> clean/*.pdf + clean/marks.json (where hands/stamps go)
$PY scan.py         # rasterise, hand + stamps + faults, img2pdf, ocrmypdf -l ita -> ../*.pdf
$PY keys.py         # data.KEYS -> ../keys.json
$PY check.py        # keyed strings vs pdftotext -layout
$PY ocrdiff.py      # what the OCR read in place of each keyed string it missed
