#!/bin/sh
# Rebuild the 12 PDFs of mix-139-c into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Campi Bisenzio (Sicraweb-like): Chromium, python-docx + LibreOffice, ReportLab, wkhtmltopdf
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/determinazione-campibisenzio-sicraweb.pdf" "file://$S/campi_determina_1.html" 2>/dev/null
python3 campi_determina_2_docx.py "$T/determinazione-campibisenzio-sicraweb-2.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/determinazione-campibisenzio-sicraweb-2.docx" >/dev/null 2>&1
cp "$T/determinazione-campibisenzio-sicraweb-2.pdf" "$O/"
python3 campi_decreto.py "$O/decreto-campibisenzio-sicraweb.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 16mm \
  campi_ordinanza.html "$O/ordinanza-campibisenzio-sicraweb.pdf" 2>/dev/null

# Gravina di Catania (Datagraph-like): ReportLab canvas, enscript, Chromium, python-docx + LibreOffice
python3 gravina_determina_1.py "$O/determinazione-gravinadicatania-datagraph.pdf"
iconv -f utf-8 -t latin1 gravina_determina_2.txt > "$T/g2.txt"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold9 --margins=56:36:40:50 \
  -b 'DETERMINAZIONE R.G. N. 24 DEL 12/01/2029 - REG. AREA N. 6 DEL 11/01/2029||Pag. $% di $=' \
  -t "Determinazione R.G. 24/2029" -o "$T/g2.ps" "$T/g2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g2.ps" "$O/determinazione-gravinadicatania-datagraph-2.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/determinazione-gravinadicatania-datagraph-3.pdf" "file://$S/gravina_determina_3.html" 2>/dev/null
python3 gravina_decreto_docx.py "$T/decreto-gravinadicatania-datagraph.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/decreto-gravinadicatania-datagraph.docx" >/dev/null 2>&1
cp "$T/decreto-gravinadicatania-datagraph.pdf" "$O/"

# Garbagnate Milanese (J-Iride-like): fpdf2, wkhtmltopdf, groff -ms, pikepdf
python3 garbagnate_determina_1.py "$O/determinazione-garbagnatemilanese-jiride.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 16mm -L 18mm -R 16mm --title "Determinazione R.G. 39/2029" \
  garbagnate_determina_2.html "$O/determinazione-garbagnatemilanese-jiride-2.pdf" 2>/dev/null
groff -k -t -ms -Tps garbagnate_decreto.ms > "$T/ga3.ps" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/ga3.ps" "$O/decreto-garbagnatemilanese-jiride.pdf"
python3 garbagnate_determina_3.py "$O/determinazione-garbagnatemilanese-jiride-3.pdf"
ls -la "$O"/*.pdf
