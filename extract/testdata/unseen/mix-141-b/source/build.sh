#!/bin/sh
# Rebuild the 12 PDFs of mix-141-b into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Caselle Torinese (Sicraweb-like): Chromium, python-docx + LibreOffice, ReportLab, fpdf2
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-cc2-caselletorinese-sicraweb.pdf" "file://$S/delibera_cc2_caselle.html" 2>/dev/null
python3 delibera_gc5_caselle_docx.py "$T/deliberazione-gc5-caselletorinese-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-gc5-caselletorinese-sicraweb.docx" >/dev/null 2>&1
cp "$T/deliberazione-gc5-caselletorinese-sicraweb.pdf" "$O/"
python3 delibera_cc3_caselle_rl.py "$O/deliberazione-cc3-caselletorinese-sicraweb.pdf"
python3 delibera_gc11_caselle_fpdf.py "$O/deliberazione-gc11-caselletorinese-sicraweb.pdf"

# San Giovanni la Punta (Datagraph-like, Sicilian model): wkhtmltopdf, groff/tbl + ps2pdf, flat ODT + LibreOffice, ReportLab canvas
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 18mm -L 20mm -R 18mm delibera_cc1_sangiovanni.html \
  "$O/deliberazione-cc1-sangiovannilapunta-datagraph.pdf" 2>/dev/null
groff -t -k -Tps delibera_gm3_sangiovanni.tr > "$T/gm3.ps" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/gm3.ps" "$O/deliberazione-gm3-sangiovannilapunta-datagraph.pdf"
cp delibera_cc4_sangiovanni.fodt "$T/deliberazione-cc4-sangiovannilapunta-datagraph.fodt"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-cc4-sangiovannilapunta-datagraph.fodt" >/dev/null 2>&1
cp "$T/deliberazione-cc4-sangiovannilapunta-datagraph.pdf" "$O/"
python3 delibera_gm9_sangiovanni_rl.py "$O/deliberazione-gm9-sangiovannilapunta-datagraph.pdf"

# San Cesareo (Studio K-like): Chromium, pikepdf content streams, fpdf2, python-docx + LibreOffice
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-cc1-sancesareo-studiok.pdf" "file://$S/delibera_cc1_sancesareo.html" 2>/dev/null
python3 delibera_gc2_sancesareo_pikepdf.py "$O/deliberazione-gc2-sancesareo-studiok.pdf"
python3 delibera_cc3_sancesareo_fpdf.py "$O/deliberazione-cc3-sancesareo-studiok.pdf"
python3 delibera_gc6_sancesareo_docx.py "$T/deliberazione-gc6-sancesareo-studiok.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-gc6-sancesareo-studiok.docx" >/dev/null 2>&1
cp "$T/deliberazione-gc6-sancesareo-studiok.pdf" "$O/"
ls -la "$O"/*.pdf
