#!/bin/sh
# Rebuilds the 12 PDFs of mix-26-b into the parent directory (OUTDIR). Kept as a record.
# Needs: python3 (reportlab, fpdf2, python-docx), php-cli + php-tcpdf, Java 17 + OpenPDF 1.3.43 jar (here),
# LibreOffice (soffice), wkhtmltopdf, chromium, groff, pdflatex (texlive-latex-base/recommended, lmodern).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
W=$(mktemp -d)
cd "$S"
python3 seriate_zucchetti.py "$O/delibera-seriate-zucchetti.pdf"
python3 vigonza_civiliaopen.py "$W/delibera-vigonza-civiliaopen.fodt"
soffice --headless --convert-to pdf --outdir "$W" "$W/delibera-vigonza-civiliaopen.fodt" >/dev/null
cp "$W/delibera-vigonza-civiliaopen.pdf" "$O/"
javac -cp cerveteri_sicrawebevo/openpdf-1.3.43.jar -d "$W" cerveteri_sicrawebevo/CerveteriDelibera.java
java -cp cerveteri_sicrawebevo/openpdf-1.3.43.jar:"$W" CerveteriDelibera "$O/delibera-cerveteri-sicrawebevo.pdf"
python3 ottaviano_halleycloud.py "$O/determina-ottaviano-halleycloud.pdf"
php grassano_inforcoop.php "$O/determina-grassano-inforcoop.pdf"
python3 pratiarcati_jente.py "$W/determina-unionepratiarcati-jente.docx"
soffice --headless --convert-to pdf --outdir "$W" "$W/determina-unionepratiarcati-jente.docx" >/dev/null
cp "$W/determina-unionepratiarcati-jente.pdf" "$O/"
wkhtmltopdf -q -s A4 -T 15 -B 18 -L 15 -R 15 misterbianco_engineering.html "$O/ordinanza-misterbianco-engineering.pdf" || true
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/avviso-unionevalledeltorto-gosign.pdf" "file://$S/valledeltorto_gosign.html"
groff -k -t -ms -Tpdf -P-pa4 genzano_teamsystem.ms > "$O/attestazione-genzanodiroma-teamsystem.pdf"
python3 lissone_calc.py "$W/allegato-lissone-calc.fods"
soffice --headless --convert-to pdf --outdir "$W" "$W/allegato-lissone-calc.fods" >/dev/null
cp "$W/allegato-lissone-calc.pdf" "$O/"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/convocazione-mercogliano-pecstamp.pdf" "file://$S/mercogliano_pec.html"
(cd "$W" && pdflatex -interaction=nonstopmode "$S/termini_latex.tex" >/dev/null && cp termini_latex.pdf "$O/avviso-terminiimerese-latex.pdf")
rm -rf "$W"
