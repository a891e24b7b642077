#!/bin/sh
# Rebuild the 12 PDFs of mix-138-c into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

chrome() { # html -> pdf
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$S/$1" 2>/dev/null >/dev/null
}

# Sant'Elia Fiumerapido (Sicraweb-like, Commissario Straordinario):
# Chromium, python-docx + LibreOffice, ReportLab, enscript + ps2pdf
chrome delibera_santelia_giunta.html "$O/deliberazione-giunta-santeliafiumerapido-sicraweb.pdf"
python3 delibera_santelia_consiglio_docx.py "$T/deliberazione-consiglio-santeliafiumerapido-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/deliberazione-consiglio-santeliafiumerapido-sicraweb.docx" >/dev/null 2>&1
cp "$T/deliberazione-consiglio-santeliafiumerapido-sicraweb.pdf" "$O/"
python3 decreto_santelia.py "$O/decreto-santeliafiumerapido-sicraweb.pdf"
iconv -f utf-8 -t latin1 certificato_santelia.txt > "$T/cert.txt"
enscript -q -B -X latin1 -M A4 -f Courier11 --margins=60:40:60:50 -t "Certificato di pubblicazione" \
  -o "$T/cert.ps" "$T/cert.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cert.ps" "$O/certificato-santeliafiumerapido-sicraweb.pdf"

# Unione dei Comuni Terre dei Peligni (Halley-like):
# ReportLab, fpdf2, Chromium, pikepdf content stream
python3 delibera_peligni_giunta.py "$O/deliberazione-giunta-terredeipeligni-halley.pdf"
python3 delibera_peligni_consiglio.py "$O/deliberazione-consiglio-terredeipeligni-halley.pdf"
chrome determina_peligni.html "$O/determinazione-terredeipeligni-halley.pdf"
python3 decreto_peligni.py "$O/decreto-terredeipeligni-halley.pdf"

# Castelfranco Piandiscò (J-Iride-like):
# hand-written flat ODT + LibreOffice, groff -Tps + ps2pdf, ReportLab, Chromium
cp determina_castelfranco_tecnico.fodt "$T/determinazione-tecnico-castelfrancopiandisco-jiride.fodt"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/determinazione-tecnico-castelfrancopiandisco-jiride.fodt" >/dev/null 2>&1
cp "$T/determinazione-tecnico-castelfrancopiandisco-jiride.pdf" "$O/"
python3 txt2roff.py determina_castelfranco_finanziario.txt > "$T/fin.tr"
groff -Tps "$T/fin.tr" > "$T/fin.ps"
ps2pdf -sPAPERSIZE=a4 "$T/fin.ps" "$O/determinazione-finanziario-castelfrancopiandisco-jiride.pdf"
python3 determina_castelfranco_pl.py "$O/determinazione-polizialocale-castelfrancopiandisco-jiride.pdf"
chrome ordinanza_castelfranco.html "$O/ordinanza-castelfrancopiandisco-jiride.pdf"

ls -la "$O"/*.pdf
