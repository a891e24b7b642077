#!/bin/sh
# Rebuilds the twelve PDFs of mix-114-b from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice,
# pdflatex (microtype, fancyhdr, lastpage, tikz, enumitem), wkhtmltopdf,
# chromium, groff-base, enscript, a2ps, ghostscript (ps2pdf).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
LOPROF=$(mktemp -d)
CHPROF=$(mktemp -d)
trap 'rm -rf "$TMP" "$LOPROF" "$CHPROF"' EXIT

# --- Comunità Montana Bussento - Lambro e Mingardo ("Halley") ------------
python3 "$SRC/a1_delibera_cm.py" "$OUT/deliberazione-cmbussento-halley.pdf"

python3 "$SRC/a2_determina_docx.py" "$TMP/determinazione-cmbussento-halley.docx"
soffice --headless -env:UserInstallation=file://$LOPROF --convert-to pdf --outdir "$TMP" \
    "$TMP/determinazione-cmbussento-halley.docx" >/dev/null 2>&1
cp "$TMP/determinazione-cmbussento-halley.pdf" "$OUT/"

cp "$SRC/a3_decreto.tex" "$TMP/decreto.tex"
(cd "$TMP" && pdflatex -interaction=nonstopmode decreto.tex >/dev/null && \
              pdflatex -interaction=nonstopmode decreto.tex >/dev/null)
cp "$TMP/decreto.pdf" "$OUT/decreto-cmbussento-halley.pdf"

wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 20mm -R 20mm "$SRC/a4_avviso.html" \
    "$OUT/avviso-cmbussento-halley.pdf" 2>/dev/null

# --- Consorzio di Bonifica Litorale Nord ("Sicraweb") ---------------------
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHPROF" --no-pdf-header-footer \
    --print-to-pdf="$OUT/deliberazione-litoralenord-sicraweb.pdf" \
    "file://$SRC/b1_delibera_cda.html" 2>/dev/null

python3 "$SRC/b2_determina_streams.py" "$OUT/determinazione-litoralenord-sicraweb.pdf"

python3 "$SRC/b3_decreto_fpdf.py" "$OUT/decreto-litoralenord-sicraweb.pdf"

groff -K utf-8 -Tps -P-pa4 "$SRC/b4_avviso.tr" > "$TMP/b4.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/b4.ps" "$OUT/avviso-litoralenord-sicraweb.pdf"

# --- Provincia di Ferrara ("ADS") ----------------------------------------
python3 "$SRC/c1_consiglio_docx.py" "$TMP/deliberazione-provinciaferrara-ads.docx"
soffice --headless -env:UserInstallation=file://$LOPROF --convert-to pdf --outdir "$TMP" \
    "$TMP/deliberazione-provinciaferrara-ads.docx" >/dev/null 2>&1
cp "$TMP/deliberazione-provinciaferrara-ads.pdf" "$OUT/"

enscript -q -f Courier10 -M A4 --fancy-header=simple \
    --header='PROVINCIA DI FERRARA - DETERMINAZIONE N. 318/2027||Pag. $% di $=' \
    -X latin1 -o "$TMP/c2.ps" "$SRC/c2_determina.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c2.ps" "$OUT/determinazione-provinciaferrara-ads.pdf"

python3 "$SRC/c3_decreto_esproprio.py" "$OUT/decreto-provinciaferrara-ads.pdf"

a2ps -q -1 -R --medium=A4 --borders=no -B --pretty-print=plain -X latin1 --font-size=10 \
    --title="Avviso prot. 5218/2027" -o "$TMP/c4.ps" "$SRC/c4_avviso.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c4.ps" "$OUT/avviso-provinciaferrara-ads.pdf"

python3 "$SRC/keys_make.py"
