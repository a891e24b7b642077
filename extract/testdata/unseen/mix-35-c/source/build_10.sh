#!/bin/sh
# 10: flat ODS spreadsheet -> LibreOffice Calc PDF export
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
python3 "$S/10_colorno.py" "$T/Allegato_A_tariffe_cimiteriali_2026.fods"
(cd "$T" && soffice --headless --convert-to pdf:calc_pdf_Export Allegato_A_tariffe_cimiteriali_2026.fods >/dev/null 2>&1)
cp "$T/Allegato_A_tariffe_cimiteriali_2026.pdf" "$O/allegato-colorno-calc.pdf"
rm -rf "$T"
