#!/bin/sh
# openpyxl workbook (Excel print setup) -> LibreOffice Calc PDF export
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make_xlsx.py
LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf --outdir "$T" Allegato_A_det_15_2026.xlsx >/dev/null 2>&1
cp "$T/Allegato_A_det_15_2026.pdf" "$1/allegato-unioneterreacaya-excel.pdf"; rm -rf "$T"
rm -f Allegato_A_det_15_2026.xlsx
