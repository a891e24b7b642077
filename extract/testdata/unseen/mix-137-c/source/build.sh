#!/bin/sh
# Rebuilds the twelve PDFs of set mix-137-c into the set folder (the parent of source/).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
# Viareggio: ReportLab (Tw/Tc justification; Form XObject drawn last, glyphs one at a time, rotated stamp)
python3 "$SRC/viareggio_rl.py" "$OUT"
# Viareggio: HTML printed by headless Chromium
python3 "$SRC/viareggio_html.py" "$T"
for h in "$T"/determinazione-viareggio-*.html; do
  b=$(basename "$h" .html)
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer \
    --print-to-pdf="$OUT/$b.pdf" "file://$h" 2>/dev/null
done
# Cesena: .docx through LibreOffice, fpdf2, HTML through wkhtmltopdf
python3 "$SRC/cesena.py" "$T" "$OUT"
( cd "$T" && soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$OUT" \
    determinazione-cesena-jiride-semafori.docx ordinanza-cesena-jiride-rifiuti.docx >/dev/null )
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$T/determinazione-cesena-jiride-personale.html" \
  "$OUT/determinazione-cesena-jiride-personale.pdf"
# Portici: enscript 80 columns, groff -Tps, pdflatex, ReportLab form over underscores
python3 "$SRC/portici.py" "$T" "$OUT"
( cd "$T"
  enscript -q -X latin1 -f Courier10 -M A4 --margins=56:40:30:30 \
    -b 'CITTA DI PORTICI - DETERMINAZIONE R.G. N. 45 DEL 14/01/2029||Pag. $% di $=' \
    -p scuole.ps determinazione-portici-halley-scuole.txt
  ps2pdf -sPAPERSIZE=a4 scuole.ps "$OUT/determinazione-portici-halley-scuole.pdf"
  groff -Tps -P-pa4 determinazione-portici-halley-brokeraggio.tr > brok.ps
  ps2pdf -sPAPERSIZE=a4 brok.ps "$OUT/determinazione-portici-halley-brokeraggio.pdf"
  pdflatex -interaction=nonstopmode ordinanza-portici-halley-traffico.tex >/dev/null
  cp ordinanza-portici-halley-traffico.pdf "$OUT/" )
python3 "$SRC/keys_make.py"
