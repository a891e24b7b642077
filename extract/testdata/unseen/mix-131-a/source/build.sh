#!/bin/sh
# Rebuilds the twelve PDFs of mix-131-a into the set folder (the parent of
# this directory). Needs: chromium, wkhtmltopdf, LibreOffice, pdflatex, groff
# (groff-base), enscript, a2ps, ghostscript (ps2pdf), Python 3 with reportlab,
# fpdf2, python-docx and pikepdf. No test runs it.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Comune di Salizzole (Civilia Next house style)
mkdir "$TMP/chr"
chromium --headless --no-sandbox --user-data-dir="$TMP/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-salizzole-civilianext.pdf" \
  "$SRC/deliberazione-salizzole-civilianext.html" 2>/dev/null
wkhtmltopdf -q --enable-local-file-access -s A4 -T 14mm -B 14mm -L 12mm -R 12mm \
  "$SRC/ordinanza-salizzole-civilianext.html" "$OUT/ordinanza-salizzole-civilianext.pdf" 2>/dev/null
python3 "$SRC/determinazione_salizzole_docx.py" "$TMP/determinazione-salizzole-civilianext.docx"
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir "$TMP" \
  "$TMP/determinazione-salizzole-civilianext.docx" >/dev/null 2>&1
cp "$TMP/determinazione-salizzole-civilianext.pdf" "$OUT/"
python3 "$SRC/certificato_salizzole_fpdf.py" "$OUT/certificato-salizzole-civilianext.pdf"

# --- Comune di Milena (Halley house style)
mkdir "$TMP/tex"
cp "$SRC/deliberazione-milena-halley.tex" "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode deliberazione-milena-halley.tex >/dev/null \
  && pdflatex -interaction=nonstopmode deliberazione-milena-halley.tex >/dev/null)
cp "$TMP/tex/deliberazione-milena-halley.pdf" "$OUT/"
python3 "$SRC/determinazione_milena_fpdf.py" "$OUT/determinazione-milena-halley.pdf"
python3 "$SRC/ordinanza_milena_glyphs.py" "$OUT/ordinanza-milena-halley.pdf"
groff -Tps -P-pa4 "$SRC/avviso-milena-halley.tr" > "$TMP/avviso.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/avviso.ps" "$OUT/avviso-milena-halley.pdf"

# --- Comune di Vittorito (Hypersic house style)
python3 "$SRC/deliberazione_vittorito_rl.py" "$OUT/deliberazione-vittorito-hypersic.pdf"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold9 --margins=50:40:30:40 \
  --header='COMUNE DI VITTORITO - DETERMINAZIONE N. 134 DEL 07/07/2028||Pag. $% di $=' \
  -p "$TMP/det.ps" "$SRC/determinazione-vittorito-hypersic.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/det.ps" "$OUT/determinazione-vittorito-hypersic.pdf"
iconv -f utf-8 -t latin1 "$SRC/decreto-vittorito-hypersic.txt" > "$TMP/decreto.txt"
a2ps -q --medium=A4 --portrait --columns=1 --rows=1 --chars-per-line=80 --borders=no \
  --encoding=latin1 --pretty-print=plain --center-title='DECRETO N. 6 DEL 05/07/2028' \
  --left-title='COMUNE DI VITTORITO' --right-title='Pag. $p./$p>' --header='' \
  --left-footer='Hypersic - Decreti' --footer='' --right-footer='' \
  -o "$TMP/decreto.ps" "$TMP/decreto.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/decreto.ps" "$OUT/decreto-vittorito-hypersic.pdf"
python3 "$SRC/convocazione_vittorito_rl.py" "$OUT/convocazione-vittorito-hypersic.pdf"

python3 "$SRC/keys_make.py"
