#!/bin/sh
# Rebuilds the 12 PDFs of set mix-85-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (tbl, -Tpdf), pdflatex (lmodern, microtype).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
python3 "$SRC/make_all.py" "$OUT" "$T"
rm -rf "$T" "$SRC/__pycache__"
