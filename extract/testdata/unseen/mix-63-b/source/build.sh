#!/bin/sh
# Rebuilds the 12 PDFs of set mix-63-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, pikepdf), LibreOffice, Chromium, wkhtmltopdf,
# enscript + Ghostscript (ps2pdf), groff (gropdf), pdfLaTeX (mathptmx, microtype, fancyhdr, enumitem),
# Java 17 + OpenPDF 1.3.30 in ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
OPENPDF="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
# 1 Chiusi della Verna: python-docx -> LibreOffice Writer
python3 "$SRC/d01_chiusidellaverna.py" "$T/deliberazione-chiusidellaverna-palitalsoft.docx"
soffice --headless --convert-to pdf "$T/deliberazione-chiusidellaverna-palitalsoft.docx" --outdir "$OUT" >/dev/null
# 2 Monteleone di Spoleto: Java + OpenPDF
javac -d "$T" -cp "$OPENPDF" "$SRC/D02Monteleone.java"
java -cp "$T:$OPENPDF" D02Monteleone "$OUT/deliberazione-monteleonedispoleto-delibereonline.pdf"
# 3 Frontone: ReportLab platypus, Tw/Tc
python3 "$SRC/d03_frontone.py" "$OUT/determinazione-frontone-eurosoft.pdf"
# 4 Pacentro: fpdf2, glyph by glyph, rotated stamp
python3 "$SRC/d04_pacentro.py" "$OUT/ordinanza-pacentro-mosaico.pdf"
# 5 Canepina: Google Docs-style HTML printed by Chromium (Skia), document info as Google Docs writes it
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/avviso-canepina-gdocs.pdf" "$SRC/d05_canepina.html" 2>/dev/null
python3 "$SRC/d05_setinfo.py" "$OUT/avviso-canepina-gdocs.pdf"
# 6 Polino: groff -ms -Tpdf (gropdf), decree + certificate of publication on page 2
groff -k -ms -Tpdf -P-pa4 "$SRC/d06_polino.ms" > "$OUT/decreto-polino-groffms.pdf" 2>/dev/null
# 7 Vernio: wkhtmltopdf
wkhtmltopdf -q --disable-smart-shrinking --zoom 1.2 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm "$SRC/d07_vernio.html" "$OUT/determinazione-vernio-sintesi.pdf" 2>/dev/null
# 8 Civitella Casanova: pdfLaTeX
cp "$SRC/d08_civitellacasanova.tex" "$T/deliberazione-civitellacasanova-texgrid.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-civitellacasanova-texgrid.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-civitellacasanova-texgrid.tex >/dev/null)
mv "$T/deliberazione-civitellacasanova-texgrid.pdf" "$OUT/"
# 9 Belforte del Chienti: 80-column Courier letter, enscript -> PostScript -> ps2pdf
iconv -f utf-8 -t latin1 "$SRC/d09_belforte.txt" > "$T/d09.txt"
enscript -q -B -f Courier10 -M A4 --margins=62:40:50:40 -X latin1 -o "$T/d09.ps" "$T/d09.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/convocazione-belfortedelchienti-telescrivente.pdf"
# 10 Cellino Attanasio: ReportLab canvas, Form XObjects, out-of-order drawing
python3 "$SRC/d10_cellino.py" "$OUT/certificato-cellinoattanasio-xforms.pdf"
# 11 Sambuca Pistoiese: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_sambuca.py" "$T/allegato-sambucapistoiese-librecalc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-sambucapistoiese-librecalc.xlsx" --outdir "$OUT" >/dev/null
# 12 Poggio Catino: Chromium, CSS two-column layout
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/bando-poggiocatino-skiacss.pdf" "$SRC/d12_poggiocatino.html" 2>/dev/null
# keys
python3 "$SRC/keys_make.py"
