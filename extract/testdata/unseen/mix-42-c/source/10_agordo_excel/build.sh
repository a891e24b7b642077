#!/bin/sh
# xlsx written by openpyxl, printed to PDF by LibreOffice Calc (headless)
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 allegato.py "$T/Tariffe_locali_2026.xlsx"
soffice --headless --convert-to pdf:calc_pdf_Export --outdir "$T" "$T/Tariffe_locali_2026.xlsx" >/dev/null 2>&1
cp "$T/Tariffe_locali_2026.pdf" "$1"; rm -rf "$T"
