#!/bin/sh
# Rebuilds the 12 PDFs of set mix-121-b into the set folder (the parent of
# this directory). Needs python3 (reportlab, fpdf2, python-docx, pikepdf),
# chromium, LibreOffice, wkhtmltopdf, pdflatex, groff, enscript, ghostscript.
# No test runs it.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
LO="-env:UserInstallation=file:///tmp/lo-mix-121-b"

# --- Comune di Mira (Civilia Next style) ---
python3 "$SRC/det_mira_verde.py" "$OUT/determinazione-mira-civilianext-verde.pdf"          # ReportLab
python3 "$SRC/det_mira_scuole.py" "$T/determinazione-mira-civilianext-scuole.docx"        # python-docx
soffice --headless $LO --convert-to pdf --outdir "$T" "$T/determinazione-mira-civilianext-scuole.docx" >/dev/null
cp "$T/determinazione-mira-civilianext-scuole.pdf" "$OUT/"
U=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf="$OUT/ordinanza-mira-civilianext.pdf" "$SRC/ordinanza-mira-civilianext.html" 2>/dev/null
python3 "$SRC/avviso_mira.py" "$OUT/avviso-mira-civilianext.pdf"                          # fpdf2

# --- Citta' di Barletta (J-Iride style) ---
cp "$SRC/determinazione-barletta-jiride-ambiente.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-barletta-jiride-ambiente.tex >/dev/null \
         && pdflatex -interaction=nonstopmode determinazione-barletta-jiride-ambiente.tex >/dev/null)
cp "$T/determinazione-barletta-jiride-ambiente.pdf" "$OUT/"
python3 "$SRC/det_barletta_tributi.py" "$OUT/determinazione-barletta-jiride-tributi.pdf"  # pikepdf, hand-written streams
wkhtmltopdf -q --page-size A4 -T 16mm -B 18mm -L 18mm -R 18mm --title "Ordinanza sindacale n. 58/2027" \
  "$SRC/ordinanza-barletta-jiride.html" "$OUT/ordinanza-barletta-jiride.pdf" 2>/dev/null
python3 "$SRC/decreto_barletta_fodt.py" "$T/decreto-barletta-jiride.fodt"                 # flat ODF
soffice --headless $LO --convert-to pdf --outdir "$T" "$T/decreto-barletta-jiride.fodt" >/dev/null
cp "$T/decreto-barletta-jiride.pdf" "$OUT/"

# --- Comune di Caltanissetta (Cityware style) ---
groff -k -Tps "$SRC/determinazione-caltanissetta-cityware-strade.tr" > "$T/strade.ps"
ps2pdf -sPAPERSIZE=a4 "$T/strade.ps" "$OUT/determinazione-caltanissetta-cityware-strade.pdf"
python3 "$SRC/det_caltanissetta_sociale.py" "$T/sociale.txt"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold9 --margins=46:40:40:46 \
  --header='Comune di Caltanissetta - Direzione III||Det. n. 1538 del 24/09/2027 - pag. $% di $=' \
  -o "$T/sociale.ps" "$T/sociale.txt"
ps2pdf -sPAPERSIZE=a4 "$T/sociale.ps" "$OUT/determinazione-caltanissetta-cityware-sociale.pdf"
python3 "$SRC/decreto_caltanissetta.py" "$OUT/decreto-caltanissetta-cityware.pdf"         # ReportLab canvas form
U=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-caltanissetta-cityware.pdf" "$SRC/avviso-caltanissetta-cityware.html" 2>/dev/null

python3 "$SRC/keys_make.py"
