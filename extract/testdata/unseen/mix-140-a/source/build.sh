#!/bin/sh
# Rebuild the 12 PDFs of mix-140-a into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"
export XDG_RUNTIME_DIR="$T"

python3 make_stemmi.py

# Albissola Marina (Sicraweb-like): Chromium, python-docx + LibreOffice, ReportLab canvas, pikepdf
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-gc-albissolamarina-sicraweb.pdf" "file://$S/delibera_gc_albissola.html" 2>/dev/null
python3 delibera_cc_albissola_docx.py "$T/deliberazione-cc-albissolamarina-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/deliberazione-cc-albissolamarina-sicraweb.docx" >/dev/null 2>&1
cp "$T/deliberazione-cc-albissolamarina-sicraweb.pdf" "$O/"
python3 determina_albissola.py "$O/determinazione-albissolamarina-sicraweb.pdf"
python3 certificato_albissola.py "$O/certificato-albissolamarina-sicraweb.pdf"

# Pesche (Hypersic-like): hand-written flat ODT + LibreOffice, Chromium, groff -ms/tbl + ps2pdf, fpdf2
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" delibera_gc_pesche.fodt >/dev/null 2>&1
cp "$T/delibera_gc_pesche.pdf" "$O/deliberazione-gc-pesche-hypersic.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-cc-pesche-hypersic.pdf" "file://$S/delibera_cc_pesche.html" 2>/dev/null
groff -k -t -ms -Tps determina_pesche.ms > "$T/det_pesche.ps" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/det_pesche.ps" "$O/determinazione-pesche-hypersic.pdf"
python3 decreto_pesche.py "$O/decreto-pesche-hypersic.pdf"

# Gambettola (J-Iride-like): ReportLab platypus, wkhtmltopdf, python-docx + LibreOffice, enscript + ps2pdf
python3 delibera_gambettola.py "$O/deliberazione-gambettola-jiride.pdf"
wkhtmltopdf -q --enable-local-file-access --disable-smart-shrinking --encoding utf-8 -s A4 \
  -T 15mm -B 18mm -L 20mm -R 18mm determina_gambettola.html "$O/determinazione-gambettola-jiride.pdf" 2>/dev/null
python3 ordinanza_gambettola_docx.py "$T/ordinanza-gambettola-jiride.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/ordinanza-gambettola-jiride.docx" >/dev/null 2>&1
cp "$T/ordinanza-gambettola-jiride.pdf" "$O/"
iconv -f utf-8 -t latin1 avviso_gambettola.txt > "$T/avv.txt"
enscript -q -B -e^ -X latin1 -M A4 -f Courier11 --margins=62:40:70:50 -t "Avviso iscrizioni nidi 2029/2030" \
  -o "$T/avv.ps" "$T/avv.txt"
ps2pdf -sPAPERSIZE=a4 "$T/avv.ps" "$O/avviso-gambettola-jiride.pdf"

ls -la "$O"/*.pdf
