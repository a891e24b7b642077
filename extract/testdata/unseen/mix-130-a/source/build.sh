#!/bin/sh
# Rebuilds the twelve PDFs of set mix-130-a into the folder above this one.
# Needs python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), LibreOffice, chromium,
# wkhtmltopdf, pdflatex (microtype, fancyhdr, lastpage, helvet), groff, a2ps, enscript, ps2pdf.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
LO=$(mktemp -d)
CH=$(mktemp -d)
trap 'rm -rf "$T" "$LO" "$CH"' EXIT
cd "$T"
python3 "$SRC/crest.py" "$T"

# --- Comune di Ascoli Satriano (Puglia), "Cityware" -------------------------------
python3 "$SRC/ascoli_delibera.py" "$OUT/deliberazione-ascolisatriano-cityware.pdf" "$T/crest-ascoli.png"
python3 "$SRC/ascoli_determina.py" "$T/determinazione-ascolisatriano-cityware.docx" "$T/crest-ascoli.png"
soffice --headless -env:UserInstallation=file://"$LO" --convert-to pdf --outdir "$T" \
    "$T/determinazione-ascolisatriano-cityware.docx" >/dev/null 2>&1
cp "$T/determinazione-ascolisatriano-cityware.pdf" "$OUT/"
cp "$SRC/ordinanza-ascolisatriano-cityware.html" "$T/"
chromium --headless --no-sandbox --user-data-dir="$CH" --no-pdf-header-footer \
    --print-to-pdf="$OUT/ordinanza-ascolisatriano-cityware.pdf" "file://$T/ordinanza-ascolisatriano-cityware.html" 2>/dev/null
python3 "$SRC/ascoli_certificato.py" "$OUT/certificato-ascolisatriano-cityware.pdf" "$T/crest-ascoli.png"

# --- Comune di Prata di Pordenone (Friuli-Venezia Giulia), "Ascot" ---------------
cp "$SRC/consiglio-pratadipordenone.tex" "$T/"
pdflatex -interaction=nonstopmode consiglio-pratadipordenone.tex >/dev/null
pdflatex -interaction=nonstopmode consiglio-pratadipordenone.tex >/dev/null
cp "$T/consiglio-pratadipordenone.pdf" "$OUT/deliberazione-pratadipordenone-ascot.pdf"
python3 "$SRC/prata_determina.py" "$OUT/determinazione-pratadipordenone-ascot.pdf"
cp "$SRC/decreto-pratadipordenone-ascot.html" "$T/"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 18mm -B 20mm -L 20mm -R 20mm \
    --title "Decreto del Sindaco n. 9 del 05/06/2028" "$T/decreto-pratadipordenone-ascot.html" \
    "$OUT/decreto-pratadipordenone-ascot.pdf" 2>/dev/null
python3 "$SRC/prata_avviso.py" "$OUT/avviso-pratadipordenone-ascot.pdf" "$T/crest-prata.png"

# --- Comune di Magliano Sabina (Lazio, for Umbria), "Gestel" ---------------------
groff -Tps -k "$SRC/giunta-maglianosabina.tr" > "$T/giunta.ps"
ps2pdf -sPAPERSIZE=a4 "$T/giunta.ps" "$OUT/deliberazione-maglianosabina-gestel.pdf"
a2ps -q -1 --portrait --medium=A4 --chars-per-line=80 --borders=no --no-header --header= \
    --left-footer= --right-footer= --footer= --left-title= --right-title= --center-title= \
    --encoding=latin1 -o "$T/determina.ps" "$SRC/determina-maglianosabina.txt"
ps2pdf -sPAPERSIZE=a4 "$T/determina.ps" "$OUT/determinazione-maglianosabina-gestel.pdf"
python3 "$SRC/magliano_convocazione.py" "$OUT/convocazione-maglianosabina-gestel.pdf"
enscript -q -B -f Courier10 -M A4 --margins=62:40:56:56 -X latin1 -o "$T/ord.ps" "$SRC/ordinanza-maglianosabina.txt"
ps2pdf -sPAPERSIZE=a4 "$T/ord.ps" "$T/ord.pdf"
python3 "$SRC/magliano_timbro.py" "$T/ord.pdf" "$OUT/ordinanza-maglianosabina-gestel.pdf"

ls -l "$OUT"/*.pdf
