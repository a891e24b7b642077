#!/bin/sh
# Rebuild the 12 PDFs of mix-141-a into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Ala (Trentino, Sicraweb-like): ReportLab platypus, .docx via LibreOffice, Chromium, pikepdf
python3 delibera_giunta_ala.py "$O/deliberazione-ala-sicraweb.pdf"
python3 delibera_consiglio_ala_docx.py "$T/deliberazione-ala-sicraweb-2.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-ala-sicraweb-2.docx" >/dev/null 2>&1
cp "$T/deliberazione-ala-sicraweb-2.pdf" "$O/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/determinazione-ala-sicraweb.pdf" "file://$S/determina_ala.html" 2>/dev/null
python3 certificato_ala.py "$O/certificato-ala-sicraweb.pdf"

# Motta San Giovanni (Calabria, Studio K-like): .docx via LibreOffice, wkhtmltopdf, fpdf2, groff -ms
python3 delibera_motta_docx.py "$T/deliberazione-mottasangiovanni-studiok.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-mottasangiovanni-studiok.docx" >/dev/null 2>&1
cp "$T/deliberazione-mottasangiovanni-studiok.pdf" "$O/"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm determina_motta.html "$O/determinazione-mottasangiovanni-studiok.pdf" 2>/dev/null
python3 ordinanza_motta.py "$O/ordinanza-mottasangiovanni-studiok.pdf"
groff -k -ms -Tps avviso_motta.ms > "$T/avv.ps"
ps2pdf -sPAPERSIZE=a4 "$T/avv.ps" "$O/avviso-mottasangiovanni-studiok.pdf"

# Trecastelli (Marche, Halley-like): Chromium, ReportLab canvas, groff -t -ms, wkhtmltopdf
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-trecastelli-halley.pdf" "file://$S/delibera_giunta_trecastelli.html" 2>/dev/null
python3 delibera_consiglio_trecastelli.py "$O/deliberazione-trecastelli-halley-2.pdf"
groff -k -t -ms -Tps determina_trecastelli.ms > "$T/det.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$O/determinazione-trecastelli-halley.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 14mm -L 20mm -R 18mm decreto_trecastelli.html "$O/decreto-trecastelli-halley.pdf" 2>/dev/null

ls -la "$O"/*.pdf
