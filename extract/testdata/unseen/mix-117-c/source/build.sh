#!/bin/bash
# Rebuilds the 12 PDFs of set mix-117-c into the folder above this one, then
# writes and checks keys.json. No test runs it. Needs: chromium, LibreOffice,
# wkhtmltopdf, python3 with reportlab, fpdf2 and python-docx, pdflatex (with
# tikz, helvet, fancyhdr, lastpage, enumitem), enscript, a2ps, groff-base,
# ghostscript (ps2pdf), poppler-utils (pdftotext).
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$SRC")"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT

chrome() {  # html -> pdf with a private profile
  local prof; prof="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$prof" \
    --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null
  rm -rf "$prof"
}

# Fara Filiorum Petri (Sicraweb-like house style)
chrome "$SRC/gc41-farafiliorumpetri.html" "$SET/deliberazione-gc41-farafiliorumpetri-sicraweb.pdf"
python3 "$SRC/gc46_farafiliorumpetri_reportlab.py" "$SET/deliberazione-gc46-farafiliorumpetri-sicraweb.pdf"
python3 "$SRC/cc14_farafiliorumpetri_docx.py" "$T/deliberazione-cc14-farafiliorumpetri-sicraweb.docx"
(cd "$T" && soffice --headless -env:UserInstallation=file://$T/lo-profile \
   --convert-to pdf deliberazione-cc14-farafiliorumpetri-sicraweb.docx >/dev/null 2>&1)
cp "$T/deliberazione-cc14-farafiliorumpetri-sicraweb.pdf" "$SET/"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 18mm -L 18mm -R 18mm \
  "$SRC/cc15-farafiliorumpetri.html" "$SET/deliberazione-cc15-farafiliorumpetri-sicraweb.pdf" 2>/dev/null

# Maiolati Spontini (Halley-like house style)
python3 "$SRC/cc23_maiolatispontini_fpdf.py" "$SET/deliberazione-cc23-maiolatispontini-halley.pdf"
cp "$SRC/gc58-maiolatispontini.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode gc58-maiolatispontini.tex >/dev/null \
         && pdflatex -interaction=nonstopmode gc58-maiolatispontini.tex >/dev/null)
cp "$T/gc58-maiolatispontini.pdf" "$SET/deliberazione-gc58-maiolatispontini-halley.pdf"
python3 "$SRC/gc62_maiolatispontini_glyphs.py" "$SET/deliberazione-gc62-maiolatispontini-halley.pdf"
chrome "$SRC/cc24-maiolatispontini.html" "$SET/deliberazione-cc24-maiolatispontini-halley.pdf"

# Villafranca Tirrena (Kibernetes-like 80-column Courier house style)
python3 "$SRC/vt_reports.py" "$T"
enscript -q -M A4 -f Courier10 -F Courier-Bold8 --margins=60:40:30:40 \
  --header='Comune di Villafranca Tirrena - G.M. n. 77 del 11/05/2027||Pag. $% di $=' \
  -t "GM 77/2027" -o "$T/gm77.ps" "$T/gm77-villafrancatirrena.txt"
ps2pdf -sPAPERSIZE=a4 "$T/gm77.ps" "$SET/deliberazione-gm77-villafrancatirrena-kibernetes.pdf"
groff -Tps -P-pa4 "$SRC/gm81-villafrancatirrena.tr" > "$T/gm81.ps"
ps2pdf -sPAPERSIZE=a4 "$T/gm81.ps" "$SET/deliberazione-gm81-villafrancatirrena-kibernetes.pdf"
python3 "$SRC/cc19_villafrancatirrena_modulo.py" "$SET/deliberazione-cc19-villafrancatirrena-kibernetes.pdf"
a2ps -q -1 --portrait -M A4 --chars-per-line=80 --borders=no \
  --header='COMUNE DI VILLAFRANCA TIRRENA' --center-title='Deliberazione C.C. n. 20 del 26/05/2027' \
  --left-title='' --right-title='Pag. %p./%p#' --left-footer='' --footer='' --right-footer='' \
  --encoding=latin1 -o "$T/cc20.ps" "$T/cc20-villafrancatirrena.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cc20.ps" "$SET/deliberazione-cc20-villafrancatirrena-kibernetes.pdf"

python3 "$SRC/keys_make.py"
rm -rf "$SRC/__pycache__"
