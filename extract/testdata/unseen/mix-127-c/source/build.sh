#!/bin/sh
# Rebuild the twelve PDFs of set mix-127-c. Generated sources (HTML, .docx, .tex,
# troff, 80-column text) are written to source/gen/ and kept; PDFs go to the set folder.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
GEN="$HERE/gen"
T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-mix-127-c"
mkdir -p "$GEN"
cd "$HERE"
python3 crest.py "$GEN/crest.png"

lo_pdf() {  # $1 = generated .docx
  d=$(mktemp -d -p "$T")
  cp "$GEN/$1" "$d/"
  (cd "$d" && soffice --headless "$LO" --convert-to pdf "$1" >/dev/null 2>&1)
  cp "$d/${1%.docx}.pdf" "$OUT/"
}

# ---- Bellizzi (SA), Sicraweb house style
F=giunta-bellizzi-sicraweb-38
python3 bellizzi_docx.py $F.pdf "$GEN/$F.docx" "$GEN/crest.png"
lo_pdf $F.docx

F=giunta-bellizzi-sicraweb-41
python3 bellizzi_html.py $F.pdf "$GEN/$F.html" chromium
U=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf="$OUT/$F.pdf" "file://$GEN/$F.html" >/dev/null 2>&1

F=consiglio-bellizzi-sicraweb-9
python3 bellizzi_rl.py $F.pdf "$OUT/$F.pdf"

F=consiglio-bellizzi-sicraweb-11
python3 bellizzi_html.py $F.pdf "$GEN/$F.html" wkhtml
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 20mm -L 20mm -R 17mm \
  --title "Delibera C.C. 11/2028" "$GEN/$F.html" "$OUT/$F.pdf" 2>/dev/null

# ---- Colli del Tronto (AP), Halley house style
F=giunta-collideltronto-halley-22
python3 halley_fpdf.py $F.pdf "$OUT/$F.pdf"

F=giunta-collideltronto-halley-25
python3 halley_glyphs.py $F.pdf "$OUT/$F.pdf"

F=consiglio-collideltronto-halley-6
python3 halley_tex.py $F.pdf "$GEN/$F.tex"
d=$(mktemp -d -p "$T"); cp "$GEN/$F.tex" "$d/"
(cd "$d" && pdflatex -interaction=nonstopmode $F.tex >/dev/null && pdflatex -interaction=nonstopmode $F.tex >/dev/null)
cp "$d/$F.pdf" "$OUT/"

F=consiglio-collideltronto-halley-8
python3 halley_groff.py $F.pdf "$GEN/$F.tr"
groff -k -t -Tps "$GEN/$F.tr" > "$T/$F.ps"
ps2pdf "$T/$F.ps" "$OUT/$F.pdf"

# ---- San Canzian d'Isonzo (GO), Insiel house style (80-column reports)
F=giunta-sancanziandisonzo-insiel-47
python3 insiel_text.py $F.pdf "$GEN/$F.txt"
enscript -q -M A4 -X latin1 -f Courier10 -F Courier-Bold9 --margins=62:40:36:44 \
  -b "Comune di San Canzian d'Isonzo - Deliberazione G.C. n. 47 del 13/03/2028||Pag. \$% di \$=" \
  -o "$T/$F.ps" "$GEN/$F.txt"
ps2pdf "$T/$F.ps" "$OUT/$F.pdf"

F=giunta-sancanziandisonzo-insiel-52
python3 insiel_pikepdf.py $F.pdf "$OUT/$F.pdf"

F=consiglio-sancanziandisonzo-insiel-5
python3 insiel_text.py $F.pdf "$GEN/$F.txt"
a2ps -q -1 -R -M A4 -l 80 -X latin1 --borders=no --center-title= --left-title= --right-title= \
  --header="Comune di San Canzian d'Isonzo - Deliberazione C.C. n. 5 del 16/03/2028" \
  --footer='Pagina $p. di $p>' --left-footer= --right-footer= -o "$T/$F.ps" "$GEN/$F.txt"
ps2pdf "$T/$F.ps" "$OUT/$F.pdf"

F=consiglio-sancanziandisonzo-insiel-7
python3 insiel_docx.py $F.pdf "$GEN/$F.docx"
lo_pdf $F.docx

rm -rf "$T"
ls -l "$OUT"/*.pdf
