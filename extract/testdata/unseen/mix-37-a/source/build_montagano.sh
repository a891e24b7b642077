#!/bin/sh
# openpyxl workbook printed to PDF by LibreOffice Calc
set -e
cd "$(dirname "$0")"
OUT=${OUT:-$(cd .. && pwd)}
TMP=$(mktemp -d)
python3 montagano.py "$TMP/Elenco_ammessi_libri_testo_2025-26.xlsx"
soffice --headless --convert-to pdf:calc_pdf_Export --outdir "$TMP" "$TMP/Elenco_ammessi_libri_testo_2025-26.xlsx" >/dev/null 2>&1
mv "$TMP/Elenco_ammessi_libri_testo_2025-26.pdf" "$OUT/allegato-montagano-calc.pdf"
rm -rf "$TMP"
