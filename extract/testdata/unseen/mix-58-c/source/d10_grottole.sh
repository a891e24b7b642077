#!/bin/sh
# $1 = output directory; openpyxl -> .xlsx (the office's file name) -> LibreOffice calc_pdf_Export -> renamed
set -e
W=$(mktemp -d "$1/work.XXXX")
python3 "$(dirname "$0")/d10_grottole.py" "$W/Graduatoria_canoni_2025.xlsx"
soffice --headless -env:UserInstallation=file://$W/lo --convert-to pdf --outdir "$W" "$W/Graduatoria_canoni_2025.xlsx" >/dev/null 2>&1
mv "$W/Graduatoria_canoni_2025.pdf" "$1/allegato-grottole-excel.pdf"
rm -rf "$W"
