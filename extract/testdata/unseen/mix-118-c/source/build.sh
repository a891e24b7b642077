#!/bin/sh
# Rebuilds the twelve PDFs of mix-118-c into the set folder (the parent of
# this directory). No test runs it. Needs: chromium, LibreOffice, pdflatex,
# enscript, a2ps, groff (groff-base), ghostscript (ps2pdf), wkhtmltopdf,
# Python 3 with reportlab, fpdf2, python-docx, pikepdf and Pillow.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Comune di Pettorazza Grimani (house style "PA Digitale / Urbi")
mkdir "$T/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer \
  --print-to-pdf="$OUT/giunta41-pettorazzagrimani-padigitale.pdf" "$SRC/giunta41-pettorazzagrimani.html" 2>/dev/null
python3 "$SRC/giunta44_pettorazzagrimani.py" "$OUT/giunta44-pettorazzagrimani-padigitale.pdf"
python3 "$SRC/consiglio18_pettorazzagrimani_docx.py" "$T/consiglio18-pettorazzagrimani-padigitale.docx" "$T/crest.png"
soffice --headless -env:UserInstallation=file:///tmp/lo-mix-118-c --convert-to pdf --outdir "$OUT" \
  "$T/consiglio18-pettorazzagrimani-padigitale.docx" >/dev/null 2>&1
mkdir "$T/tex"
cp "$SRC/consiglio19-pettorazzagrimani.tex" "$T/tex/"
(cd "$T/tex" && pdflatex -interaction=nonstopmode consiglio19-pettorazzagrimani.tex >/dev/null \
             && pdflatex -interaction=nonstopmode consiglio19-pettorazzagrimani.tex >/dev/null)
cp "$T/tex/consiglio19-pettorazzagrimani.pdf" "$OUT/consiglio19-pettorazzagrimani-padigitale.pdf"

# --- Comune di San Lorenzo Bellizzi (house style "Halley", 80 columns)
python3 "$SRC/paginate.py" "$SRC/giunta52-sanlorenzobellizzi.txt" "$T/g52.txt" 64 \
  "COMUNE DI SAN LORENZO BELLIZZI - Deliberazione G.C. n. 52 del 09/06/2027" "Delibera G.C. n. 52 del 09/06/2027"
enscript -q -B -f Courier10 -L 64 --margins=60:40:36:36 -M A4 -p "$T/g52.ps" "$T/g52.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g52.ps" "$OUT/giunta52-sanlorenzobellizzi-halley.pdf"
python3 "$SRC/paginate.py" "$SRC/giunta55-sanlorenzobellizzi.txt" "$T/g55.txt" 72 \
  "COMUNE DI SAN LORENZO BELLIZZI - Deliberazione G.C. n. 55 del 16/06/2027" "Delibera G.C. n. 55 del 16/06/2027" noff
a2ps -q -1 -R -B --borders=no --medium=A4 -L 72 --left-footer= --footer= --right-footer= \
  --left-title= --center-title= --right-title= -X latin1 -o "$T/g55.ps" "$T/g55.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g55.ps" "$OUT/giunta55-sanlorenzobellizzi-halley.pdf"
python3 "$SRC/consiglio21_sanlorenzobellizzi.py" "$OUT/consiglio21-sanlorenzobellizzi-halley.pdf"
groff -Tps -P-pa4 "$SRC/consiglio23-sanlorenzobellizzi.tr" > "$T/c23.ps" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/c23.ps" "$OUT/consiglio23-sanlorenzobellizzi-halley.pdf"

# --- Comune di Siurgus Donigala (house style "Siscom")
python3 "$SRC/giunta60_siurgusdonigala_raw.py" "$OUT/giunta60-siurgusdonigala-siscom.pdf"
python3 "$SRC/giunta63_siurgusdonigala.py" "$OUT/giunta63-siurgusdonigala-siscom.pdf"
wkhtmltopdf -q --disable-smart-shrinking --page-size A4 -T 18mm -B 20mm -L 20mm -R 18mm \
  --title "Deliberazione C.C. n. 12 del 24/06/2027" \
  "$SRC/consiglio12-siurgusdonigala.html" "$OUT/consiglio12-siurgusdonigala-siscom.pdf" 2>/dev/null
python3 "$SRC/consiglio13_siurgusdonigala.py" "$OUT/consiglio13-siurgusdonigala-siscom.pdf"

# python3 "$SRC/keys_make.py"   # re-check the keys against the rebuilt PDFs
