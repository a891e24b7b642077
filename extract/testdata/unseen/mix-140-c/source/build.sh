#!/bin/sh
# Rebuild the 12 PDFs of mix-140-c into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Fonte Nuova (Sicraweb-like): Chromium, python-docx + LibreOffice, fpdf2, ReportLab
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/ordinanzasindacale-fontenuova-sicraweb.pdf" "file://$S/ordinanza_sindaco_fontenuova.html" 2>/dev/null
python3 ordinanza_pl_fontenuova_docx.py "$T/ordinanzadirigenziale-fontenuova-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/ordinanzadirigenziale-fontenuova-sicraweb.docx" >/dev/null 2>&1
cp "$T/ordinanzadirigenziale-fontenuova-sicraweb.pdf" "$O/"
python3 avviso_fontenuova.py "$O/avviso-fontenuova-sicraweb.pdf"
python3 certificato_fontenuova.py "$O/certificato-fontenuova-sicraweb.pdf"

# Monteroni di Lecce (J-Iride-like): wkhtmltopdf, groff -ms, pikepdf, flat ODT + LibreOffice
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm \
  ordinanza_tecnico_monteroni.html "$O/ordinanzadirigenziale-monteroni-jiride.pdf" 2>/dev/null
groff -k -ms -Tps ordinanza_sindaco_monteroni.ms > "$T/osm.ps"
ps2pdf -sPAPERSIZE=a4 "$T/osm.ps" "$O/ordinanzasindacale-monteroni-jiride.pdf"
python3 avviso_monteroni_pikepdf.py "$O/avviso-monteroni-jiride.pdf"
cp certificato_monteroni.fodt "$T/certificato-monteroni-jiride.fodt"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/certificato-monteroni-jiride.fodt" >/dev/null 2>&1
cp "$T/certificato-monteroni-jiride.pdf" "$O/"

# Fiumicello Villa Vicentina (Insiel-like): ReportLab platypus, Chromium, python-docx + LibreOffice, enscript
python3 ordinanza_sindaco_fiumicello.py "$O/ordinanzasindacale-fiumicello-insiel.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/ordinanzadirigenziale-fiumicello-insiel.pdf" "file://$S/ordinanza_pl_fiumicello.html" 2>/dev/null
python3 bando_fiumicello_docx.py "$T/bando-fiumicello-insiel.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/bando-fiumicello-insiel.docx" >/dev/null 2>&1
cp "$T/bando-fiumicello-insiel.pdf" "$O/"
iconv -f utf-8 -t latin1 certificato_fiumicello.txt > "$T/cert.txt"
enscript -q -B -X latin1 -M A4 -f Courier11 --margins=56:40:60:50 -t "Attestato DGC 1/2029" -o "$T/cert.ps" "$T/cert.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cert.ps" "$O/certificato-fiumicello-insiel.pdf"

ls -la "$O"/*.pdf
