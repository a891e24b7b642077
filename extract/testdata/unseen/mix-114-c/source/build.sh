#!/bin/sh
# Rebuild the twelve PDFs of set mix-114-c from the scripts in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, wkhtmltopdf,
# LibreOffice, pdflatex, groff, enscript, ghostscript (ps2pdf).
# Intermediate sources (HTML, .tex, troff, text, .docx) are written to generated/.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
GEN="$SRC/generated"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$GEN"
cd "$SRC"

chrome() {  # chrome HTML PDF
    prof=$(mktemp -d -p "$TMP")
    chromium --headless --no-sandbox --disable-gpu --user-data-dir="$prof" \
        --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null
}

# Comune di Cassano d'Adda - "datamanagement"
python3 a1_reportlab.py "$OUT/giunta-cassanodadda-datamanagement-18.pdf"
python3 a2_html.py "$GEN/giunta-cassanodadda-22.html"
chrome "$GEN/giunta-cassanodadda-22.html" "$OUT/giunta-cassanodadda-datamanagement-22.pdf"
python3 a3_docx.py "$GEN/consiglio-cassanodadda-04.docx"
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir "$TMP" \
    "$GEN/consiglio-cassanodadda-04.docx" >/dev/null 2>&1
mv "$TMP/consiglio-cassanodadda-04.pdf" "$OUT/consiglio-cassanodadda-datamanagement-04.pdf"
python3 a4_rawstreams.py "$OUT/consiglio-cassanodadda-datamanagement-05.pdf"

# Comune di Cavriglia - "civilianext"
python3 b1_fpdf2.py "$OUT/giunta-cavriglia-civilianext-15.pdf"
python3 b2_html.py "$GEN/giunta-cavriglia-19.html"
wkhtmltopdf -q --disable-smart-shrinking --page-size A4 -T 14mm -B 16mm -L 12mm -R 12mm \
    --title "Delibera G.C. 19/2027" "$GEN/giunta-cavriglia-19.html" \
    "$OUT/giunta-cavriglia-civilianext-19.pdf" 2>/dev/null
python3 b3_latex.py "$GEN/consiglio-cavriglia-07.tex"
cp "$GEN/consiglio-cavriglia-07.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode consiglio-cavriglia-07.tex >/dev/null \
    && pdflatex -interaction=nonstopmode consiglio-cavriglia-07.tex >/dev/null)
mv "$TMP/consiglio-cavriglia-07.pdf" "$OUT/consiglio-cavriglia-civilianext-07.pdf"
python3 b4_reportlab_glyphs.py "$OUT/consiglio-cavriglia-civilianext-08.pdf"

# Comune di Boscoreale - "halley"
python3 c1_groff.py "$GEN/giunta-boscoreale-21.tr"
groff -Tps -P-pa4 "$GEN/giunta-boscoreale-21.tr" > "$TMP/c1.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/c1.ps" "$OUT/giunta-boscoreale-halley-21.pdf"
python3 c2_fpdf2_form.py "$OUT/giunta-boscoreale-halley-24.pdf"
python3 c3_enscript.py "$GEN/consiglio-boscoreale-03.txt"
enscript -q -B -M A4 -f Courier@9.6/11.2 --margins=60:50:40:40 -o "$TMP/c3.ps" \
    "$GEN/consiglio-boscoreale-03.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c3.ps" "$OUT/consiglio-boscoreale-halley-03.pdf"
python3 c4_html.py "$GEN/consiglio-boscoreale-04.html"
chrome "$GEN/consiglio-boscoreale-04.html" "$OUT/consiglio-boscoreale-halley-04.pdf"

python3 keys_make.py
