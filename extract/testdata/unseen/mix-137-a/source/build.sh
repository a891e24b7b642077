#!/bin/sh
# Rebuild the 12 PDFs of mix-137-a into the set folder (the parent of source/).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

# Montelanico (Halley-like): Chromium, ReportLab, wkhtmltopdf, fpdf2
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-montelanico-halley.pdf" "file://$S/delibera_montelanico.html" 2>/dev/null
python3 determina_montelanico.py "$O/determinazione-montelanico-halley.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 18mm ordinanza_montelanico.html "$O/ordinanza-montelanico-halley.pdf"
python3 certificato_montelanico.py "$O/certificato-montelanico-halley.pdf"

# Centrache (Kibernetes-like): .docx via LibreOffice, groff, pdfLaTeX, enscript
python3 delibera_centrache_docx.py "$T/deliberazione-centrache-kibernetes.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/deliberazione-centrache-kibernetes.docx" >/dev/null
cp "$T/deliberazione-centrache-kibernetes.pdf" "$O/"
python3 txt2troff.py determina_centrache.txt > "$T/det.tr"
groff -k -Tps "$T/det.tr" > "$T/det.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$O/determinazione-centrache-kibernetes.pdf"
cp decreto_centrache.tex "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode decreto_centrache.tex >/dev/null && pdflatex -interaction=nonstopmode decreto_centrache.tex >/dev/null)
cp "$T/decreto_centrache.pdf" "$O/decreto-centrache-kibernetes.pdf"
iconv -f utf-8 -t latin1 avviso_centrache.txt > "$T/avv.txt"
enscript -q -B -X latin1 -M A4 -f Courier10 --margins=48:30:60:50 -t "Avviso trasporto scolastico" -o "$T/avv.ps" "$T/avv.txt"
ps2pdf -sPAPERSIZE=a4 "$T/avv.ps" "$O/avviso-centrache-kibernetes.pdf"

# Bedollo (Civilia Next-like): ReportLab x2, .docx via LibreOffice, pikepdf
python3 delibera_bedollo.py "$O/deliberazione-bedollo-civilianext.pdf"
python3 determina_bedollo.py "$O/determinazione-bedollo-civilianext.pdf"
python3 convocazione_bedollo_docx.py "$T/convocazione-bedollo-civilianext.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$T/convocazione-bedollo-civilianext.docx" >/dev/null
cp "$T/convocazione-bedollo-civilianext.pdf" "$O/"
python3 certificato_bedollo.py "$O/certificato-bedollo-civilianext.pdf"
ls -la "$O"/*.pdf
