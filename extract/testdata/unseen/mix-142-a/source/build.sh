#!/bin/sh
# Rebuild the 12 PDFs of mix-142-a into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Ponsacco (Sicraweb-like): Chromium, python-docx + LibreOffice, ReportLab, fpdf2
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-giunta-ponsacco-sicraweb.pdf" "file://$S/delibera_gc_ponsacco.html" 2>/dev/null
python3 delibera_cc_ponsacco_docx.py "$T/deliberazione-consiglio-ponsacco-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-consiglio-ponsacco-sicraweb.docx" >/dev/null 2>&1
cp "$T/deliberazione-consiglio-ponsacco-sicraweb.pdf" "$O/"
python3 determina_ponsacco.py "$O/determinazione-ponsacco-sicraweb.pdf"
python3 certificato_ponsacco.py "$O/certificato-ponsacco-sicraweb.pdf"

# Francavilla in Sinni (Halley-like): wkhtmltopdf, groff, ReportLab platypus, enscript
wkhtmltopdf -q --encoding utf-8 --disable-smart-shrinking -s A4 -T 15mm -B 15mm -L 12mm -R 12mm delibera_francavilla.html "$O/deliberazione-francavillainsinni-halley.pdf" 2>/dev/null
python3 txt2troff.py determina_francavilla.txt > "$T/det.tr"
groff -k -Tps "$T/det.tr" > "$T/det.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$O/determinazione-francavillainsinni-halley.pdf"
python3 ordinanza_francavilla.py "$O/ordinanza-francavillainsinni-halley.pdf"
iconv -f utf-8 -t latin1 avviso_francavilla.txt > "$T/avv.txt"
enscript -q -B -X latin1 -M A4 -f Courier10 --margins=60:40:60:50 -t "Avviso contributi locazione 2028" -o "$T/avv.ps" "$T/avv.txt"
ps2pdf -sPAPERSIZE=a4 "$T/avv.ps" "$O/avviso-francavillainsinni-halley.pdf"

# Rivignano Teor (Insiel-like): ReportLab, Chromium, python-docx + LibreOffice, pikepdf
python3 delibera_gc_rivignano.py "$O/deliberazione-giunta-rivignanoteor-insiel.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-consiglio-rivignanoteor-insiel.pdf" "file://$S/delibera_cc_rivignano.html" 2>/dev/null
python3 determina_rivignano_docx.py "$T/determinazione-rivignanoteor-insiel.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/determinazione-rivignanoteor-insiel.docx" >/dev/null 2>&1
cp "$T/determinazione-rivignanoteor-insiel.pdf" "$O/"
python3 decreto_rivignano.py "$O/decreto-rivignanoteor-insiel.pdf"
ls -la "$O"/*.pdf
