#!/bin/sh
# Rebuild the 12 PDFs of mix-139-b into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Borgaro Torinese (Sicraweb-like): Chromium, python-docx + LibreOffice, ReportLab, wkhtmltopdf
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-borgarotorinese-sicraweb-gc04.pdf" "file://$S/gc04_borgaro.html" 2>/dev/null
python3 cc02_borgaro_docx.py "$T/deliberazione-borgarotorinese-sicraweb-cc02.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/deliberazione-borgarotorinese-sicraweb-cc02.docx" >/dev/null 2>&1
cp "$T/deliberazione-borgarotorinese-sicraweb-cc02.pdf" "$O/"
python3 cc03_borgaro_rl.py "$O/deliberazione-borgarotorinese-sicraweb-cc03.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 20mm -R 18mm gc07_borgaro.html \
  "$O/deliberazione-borgarotorinese-sicraweb-gc07.pdf" 2>/dev/null

# Siderno (Halley-like): fpdf2, troff + tbl through groff and ps2pdf, python-docx + LibreOffice, Chromium
python3 cc01_siderno_fpdf.py "$O/deliberazione-siderno-halley-cc01.pdf"
sed "/^[.']/!s/'/\\\\(aq/g" cc02_siderno.tr > "$T/s2.tr"
groff -k -t -Tps "$T/s2.tr" > "$T/s2.ps"
ps2pdf -sPAPERSIZE=a4 "$T/s2.ps" "$O/deliberazione-siderno-halley-cc02.pdf"
python3 gc03_siderno_docx.py "$T/deliberazione-siderno-halley-gc03.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/deliberazione-siderno-halley-gc03.docx" >/dev/null 2>&1
cp "$T/deliberazione-siderno-halley-gc03.pdf" "$O/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-siderno-halley-cc05.pdf" "file://$S/cc05_siderno.html" 2>/dev/null

# Spinetoli (J-Iride-like): flat ODT + LibreOffice, pikepdf, ReportLab, fpdf2
cp cc01_spinetoli.fodt "$T/deliberazione-spinetoli-jiride-cc01.fodt"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/deliberazione-spinetoli-jiride-cc01.fodt" >/dev/null 2>&1
cp "$T/deliberazione-spinetoli-jiride-cc01.pdf" "$O/"
python3 cc02_spinetoli_pikepdf.py "$O/deliberazione-spinetoli-jiride-cc02.pdf"
python3 gc03_spinetoli_rl.py "$O/deliberazione-spinetoli-jiride-gc03.pdf"
python3 gc05_spinetoli_fpdf.py "$O/deliberazione-spinetoli-jiride-gc05.pdf"

ls -la "$O"/*.pdf
