#!/bin/sh
# Rebuilds the 12 PDFs of set mix-123-a into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, soffice,
# wkhtmltopdf, enscript, a2ps, groff (groff-base), ghostscript (ps2pdf), pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

chrome() { # html pdf
  prof=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$prof" \
    --no-pdf-header-footer --print-to-pdf="$2" "$1" >/dev/null 2>&1
  rm -rf "$prof"
}

# ---- Comune di Brendola (Veneto) - "Boxxapps" house style
chrome "$SRC/deliberazione-brendola-boxxapps.html" "$OUT/deliberazione-brendola-boxxapps.pdf"
python3 "$SRC/determinazione-brendola-boxxapps.py" "$OUT/determinazione-brendola-boxxapps.pdf"
python3 "$SRC/ordinanza-brendola-boxxapps.py" "$TMP/ordinanza-brendola-boxxapps.docx"
soffice --headless -env:UserInstallation=file://$TMP/lo-profile --convert-to pdf --outdir "$TMP" \
  "$TMP/ordinanza-brendola-boxxapps.docx" >/dev/null 2>&1
cp "$TMP/ordinanza-brendola-boxxapps.pdf" "$OUT/"
python3 "$SRC/attestazione-brendola-boxxapps.py" "$OUT/attestazione-brendola-boxxapps.pdf"

# ---- Comune di Calatabiano (Sicilia) - "APSystems" house style
python3 "$SRC/deliberazione-calatabiano-apsystems.py" "$OUT/deliberazione-calatabiano-apsystems.pdf"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold9 --margins=56:40:30:40 \
  --header='Comune di Calatabiano - Determinazione Reg. Gen. n. 574 del 18/11/2027||Pag. $% di $=' \
  -p "$TMP/det-cal.ps" "$SRC/determinazione-calatabiano-apsystems.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/det-cal.ps" "$OUT/determinazione-calatabiano-apsystems.pdf"
python3 "$SRC/decreto-calatabiano-apsystems.py" "$OUT/decreto-calatabiano-apsystems.pdf"
wkhtmltopdf -q --page-size A4 -T 16mm -B 16mm -L 18mm -R 18mm --title "Avviso libri di testo 2027/2028" \
  "$SRC/avviso-calatabiano-apsystems.html" "$OUT/avviso-calatabiano-apsystems.pdf" 2>/dev/null

# ---- Comune di Cerreto d'Esi (Marche) - "Halley" house style
cp "$SRC/deliberazione-cerretodesi-halley.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode deliberazione-cerretodesi-halley.tex >/dev/null \
           && pdflatex -interaction=nonstopmode deliberazione-cerretodesi-halley.tex >/dev/null)
cp "$TMP/deliberazione-cerretodesi-halley.pdf" "$OUT/"
groff -Tps -P-pa4 "$SRC/determinazione-cerretodesi-halley.tr" > "$TMP/det-cer.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/det-cer.ps" "$OUT/determinazione-cerretodesi-halley.pdf"
iconv -f utf-8 -t latin1 "$SRC/convocazione-cerretodesi-halley.txt" > "$TMP/convocazione-cerretodesi-halley.txt"
a2ps -q -1 -R -M A4 -X latin1 --borders=no -B --left-footer= --right-footer= --footer= --center-title= \
  -l 80 --margin=40 --title="Convocazione Consiglio Comunale 29-11-2027" \
  -o "$TMP/conv.ps" "$TMP/convocazione-cerretodesi-halley.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/conv.ps" "$OUT/convocazione-cerretodesi-halley.pdf"
chrome "$SRC/ordinanza-cerretodesi-halley.html" "$OUT/ordinanza-cerretodesi-halley.pdf"

python3 "$SRC/keys_make.py"
