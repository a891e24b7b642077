#!/bin/sh
# Rebuilds the 12 PDFs of set mix-84-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, multirow, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-84a"
python3 "$SRC/gen_html.py" "$T"
# 1 Scandicci: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-84a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-scandicci-chromium.pdf" "$T/d01_scandicci.html" 2>/dev/null
# 2 Aversa: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 12mm -B 12mm "$T/d02_aversa.html" "$OUT/deliberazione-aversa-wkhtml.pdf"
# 3 Bomporto: HTML opened as a Writer document
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/d03_bomporto.html" --outdir "$T" >/dev/null
mv "$T/d03_bomporto.pdf" "$OUT/deliberazione-bomporto-writer.pdf"
# 4-6 reportlab: Tw justification + letter-spaced heading; glyph-by-glyph + rotated stamp; Form XObjects, out-of-order drawing
python3 "$SRC/gen_rl.py" segni "$OUT/deliberazione-segni-halley.pdf"
python3 "$SRC/gen_rl.py" giugliano "$OUT/deliberazione-giuglianoincampania-kibernetes.pdf"
python3 "$SRC/gen_rl.py" mordano "$OUT/deliberazione-mordano-reportlab.pdf"
# 7 Barberino Tavarnelle: pdfLaTeX
cp "$SRC/d07_barberinotavarnelle.tex" "$T/deliberazione-barberinotavarnelle-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-barberinotavarnelle-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-barberinotavarnelle-latex.tex >/dev/null)
mv "$T/deliberazione-barberinotavarnelle-latex.pdf" "$OUT/"
# 8 Ravarino: fpdf2
python3 "$SRC/d08_ravarino.py" "$OUT/determinazione-ravarino-fpdf.pdf"
# 9 Giffoni Valle Piana: 80-column text, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d09.ps" "$SRC/d09_giffonivallepiana.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/ordinanza-giffonivallepiana-halley.pdf"
# 10 Castel Guelfo di Bologna: groff -ms -> gropdf
groff -ms -Kutf8 -Tpdf "$SRC/d10_castelguelfo.ms" > "$OUT/attestazione-castelguelfodibologna-groff.pdf"
# 11 San Giovanni in Persiceto: openpyxl -> Calc; 12 Labico: python-docx -> Writer
python3 "$SRC/d11_persiceto.py" "$T/allegato-sangiovanniinpersiceto-calc.xlsx"
python3 "$SRC/d12_labico.py" "$T/convocazione-labico-word.docx"
soffice $LO --headless --convert-to pdf "$T/allegato-sangiovanniinpersiceto-calc.xlsx" "$T/convocazione-labico-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
