#!/bin/sh
# Rebuild the 12 PDFs of mix-142-c into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"
chr() { chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$2" "file://$S/$1" 2>/dev/null; }
lo() { python3 "$1" "$T/$2.docx"; soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/$2.docx" >/dev/null 2>&1; cp "$T/$2.pdf" "$O/$2.pdf"; }

# Beinasco (Sicraweb-like): Chromium, ReportLab, LibreOffice, fpdf2
chr det_beinasco_tributi.html "$O/determinazione-beinasco-sicraweb-tributi.pdf"
python3 det_beinasco_sociali.py "$O/determinazione-beinasco-sicraweb-sociali.pdf"
lo ord_beinasco_docx.py ordinanza-beinasco-sicraweb
python3 det_beinasco_personale.py "$O/determinazione-beinasco-sicraweb-personale.pdf"

# Teramo (J-Iride-like): wkhtmltopdf, groff -ms + ps2pdf, LibreOffice, Chromium
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 18mm -L 18mm -R 18mm det_teramo_llpp.html "$O/determinazione-teramo-jiride-llpp.pdf" 2>/dev/null
groff -ms -t -Tps -dpaper=a4 ord_teramo_ambiente.ms > "$T/amb.ps"
ps2pdf -sPAPERSIZE=a4 "$T/amb.ps" "$O/ordinanza-teramo-jiride-ambiente.pdf"
lo det_teramo_istruzione_docx.py determinazione-teramo-jiride-istruzione
chr ord_teramo_pl.html "$O/ordinanza-teramo-jiride-traffico.pdf"

# Campobello di Mazara (Datagraph-like): LibreOffice, Chromium, enscript + ps2pdf, ReportLab canvas
lo det_campobello_tecnico_docx.py determinazione-campobellodimazara-datagraph-tecnico
chr ord_campobello_pm.html "$O/ordinanza-campobellodimazara-datagraph.pdf"
iconv -f utf-8 -t latin1 det_campobello_istruzione.txt > "$T/istr.txt"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier8 --margins=56:40:30:40 \
  --header='Comune di Campobello di Mazara - Servizio Pubblica Istruzione|Determinazione R.G. n. 27/2029|Pag. $% di $=' \
  -o "$T/istr.ps" "$T/istr.txt"
ps2pdf -sPAPERSIZE=a4 "$T/istr.ps" "$O/determinazione-campobellodimazara-datagraph-istruzione.pdf"
python3 det_campobello_tributi.py "$O/determinazione-campobellodimazara-datagraph-tributi.pdf"
ls -la "$O"/*.pdf
