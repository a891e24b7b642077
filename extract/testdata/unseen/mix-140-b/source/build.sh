#!/bin/sh
# Rebuild the 12 PDFs of mix-140-b into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE

# crests (PNG) for the .docx/.fodt, ReportLab, fpdf2 and HTML prints
python3 make_crests.py "$T/crests"
CRESTS="$T/crests"
export CRESTS

chrome() {  # chrome <html> <pdf>
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" 2>/dev/null
}
lo() {  # lo <document> <pdf name>
  soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
  cp "$T/$2" "$O/$2"
}

# Fumane (Sicraweb-like): Chromium, python-docx + LibreOffice, ReportLab, pikepdf
chrome "$S/delibera_fumane_2.html" "$O/deliberazione-fumane-sicraweb-n2.pdf"
python3 delibera_fumane_4_docx.py "$T/deliberazione-fumane-sicraweb-n4.docx"
lo "$T/deliberazione-fumane-sicraweb-n4.docx" deliberazione-fumane-sicraweb-n4.pdf
python3 delibera_fumane_5.py "$O/deliberazione-fumane-sicraweb-n5.pdf"
python3 delibera_fumane_8.py "$O/deliberazione-fumane-sicraweb-n8.pdf"

# Montefalcione (Halley-like): wkhtmltopdf, fpdf2, groff -ms/tbl + ps2pdf, enscript + ps2pdf
cp delibera_montefalcione_3.html "$T/"
cp "$T/crests/montefalcione.png" "$T/crest_montefalcione.png"
wkhtmltopdf -q --enable-local-file-access --disable-smart-shrinking --encoding utf-8 -s A4 \
  -T 15mm -B 18mm -L 16mm -R 16mm "$T/delibera_montefalcione_3.html" "$O/deliberazione-montefalcione-halley-n3.pdf" 2>/dev/null
python3 delibera_montefalcione_6.py "$O/deliberazione-montefalcione-halley-n6.pdf"
groff -ms -t -k -Tps delibera_montefalcione_9.ms > "$T/gc9.ps" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/gc9.ps" "$O/deliberazione-montefalcione-halley-n9.pdf"
python3 delibera_montefalcione_11_txt.py "$T/gc11.txt"
enscript -q -B -X latin1 -M A4 -f Courier10 --margins=60:40:36:40 -t "Delibera di Giunta n. 11/2029" -o "$T/gc11.ps" "$T/gc11.txt"
ps2pdf -sPAPERSIZE=a4 "$T/gc11.ps" "$O/deliberazione-montefalcione-halley-n11.pdf"

# Monterotondo Marittimo (the Comune's own Word template): python-docx + LibreOffice, Chromium, ReportLab, .fodt + LibreOffice
python3 delibera_monterotondo_1_docx.py "$T/deliberazione-monterotondomarittimo-wordtemplate-n1.docx"
lo "$T/deliberazione-monterotondomarittimo-wordtemplate-n1.docx" deliberazione-monterotondomarittimo-wordtemplate-n1.pdf
cp delibera_monterotondo_2.html "$T/"
cp "$T/crests/monterotondo.png" "$T/crest_monterotondo.png"
chrome "$T/delibera_monterotondo_2.html" "$O/deliberazione-monterotondomarittimo-wordtemplate-n2.pdf"
python3 delibera_monterotondo_5.py "$O/deliberazione-monterotondomarittimo-wordtemplate-n5.pdf"
python3 delibera_monterotondo_7_fodt.py "$T/deliberazione-monterotondomarittimo-wordtemplate-n7.fodt"
lo "$T/deliberazione-monterotondomarittimo-wordtemplate-n7.fodt" deliberazione-monterotondomarittimo-wordtemplate-n7.pdf

ls -la "$O"/*.pdf
