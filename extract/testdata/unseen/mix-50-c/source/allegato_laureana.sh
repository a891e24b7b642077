#!/bin/sh
# Comune di Laureana di Borrello - openpyxl writes the .xlsx, LibreOffice Calc prints it to PDF
set -e
D=$(cd "$(dirname "$0")" && pwd)/laureana; B=$(mktemp -d)
python3 "$D/allegato.py" "$B/Allegato_A_tariffe_2026.xlsx"
soffice --headless -env:UserInstallation=file://$B/profile --convert-to pdf --outdir "$B" "$B/Allegato_A_tariffe_2026.xlsx" >/dev/null 2>&1
cp "$B/Allegato_A_tariffe_2026.pdf" "$1"; rm -rf "$B"
