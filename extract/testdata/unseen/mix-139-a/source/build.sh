#!/bin/sh
# Rebuild the 12 PDFs of mix-139-a into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Reana del Rojale (Insiel-like, FVG): .docx via LibreOffice, ReportLab platypus, fpdf2, pikepdf
python3 delibera_gc_reana_docx.py "$T/deliberazione-reanadelrojale-insiel.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-reanadelrojale-insiel.docx" >/dev/null 2>&1
cp "$T/deliberazione-reanadelrojale-insiel.pdf" "$O/deliberazione-reanadelrojale-insiel-gc.pdf"
python3 delibera_cc_reana.py "$O/deliberazione-reanadelrojale-insiel-cc.pdf"
python3 determina_reana.py "$O/determinazione-reanadelrojale-insiel.pdf"
python3 certificato_reana.py "$O/certificato-reanadelrojale-insiel.pdf"

# San Giorgio del Sannio (Sicraweb-like, Campania): Chromium, wkhtmltopdf, groff+tbl, flat ODT via LibreOffice
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-sangiorgiodelsannio-sicraweb-cc.pdf" "file://$S/delibera_cc_sangiorgio.html" 2>/dev/null
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 18mm -L 18mm -R 18mm --enable-local-file-access \
  delibera_gc_sangiorgio.html "$O/deliberazione-sangiorgiodelsannio-sicraweb-gc.pdf" 2>/dev/null
groff -t -k -Tps determina_sangiorgio.tr > "$T/det.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$O/determinazione-sangiorgiodelsannio-sicraweb.pdf"
cp ordinanza_sangiorgio.fodt "$T/ordinanza-sangiorgiodelsannio-sicraweb.fodt"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/ordinanza-sangiorgiodelsannio-sicraweb.fodt" >/dev/null 2>&1
cp "$T/ordinanza-sangiorgiodelsannio-sicraweb.pdf" "$O/"

# Terni (J-Iride-like, Umbria): .docx via LibreOffice, ReportLab canvas, Chromium, enscript
python3 delibera_gc_terni_docx.py "$T/deliberazione-terni-jiride.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-terni-jiride.docx" >/dev/null 2>&1
cp "$T/deliberazione-terni-jiride.pdf" "$O/"
python3 determina_terni.py "$O/determinazione-terni-jiride.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/decreto-terni-jiride.pdf" "file://$S/decreto_terni.html" 2>/dev/null
iconv -f utf-8 -t latin1 avviso_terni.txt > "$T/avv.txt"
enscript -q -B -X latin1 -M A4 -f Courier10.5 --margins=60:40:50:50 -t "Avviso contributi locazione 2028" -o "$T/avv.ps" "$T/avv.txt"
ps2pdf -sPAPERSIZE=a4 "$T/avv.ps" "$O/avviso-terni-jiride.pdf"
ls -la "$O"/*.pdf
