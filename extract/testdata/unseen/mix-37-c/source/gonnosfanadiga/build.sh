#!/bin/sh
# openpyxl writes the .xlsx (as kept by the office); LibreOffice Calc prints it to PDF
cd "$(dirname "$0")"
mkdir -p /tmp/gonnos-build
python3 allegato_xlsx.py /tmp/gonnos-build/allegato-gonnosfanadiga-excel.xlsx
soffice --headless --convert-to pdf --outdir /tmp/gonnos-build /tmp/gonnos-build/allegato-gonnosfanadiga-excel.xlsx >/dev/null 2>&1
cp /tmp/gonnos-build/allegato-gonnosfanadiga-excel.pdf ../../
