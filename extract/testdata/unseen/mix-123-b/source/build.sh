#!/bin/sh
# Rebuilds the twelve PDFs of set mix-123-b into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, LibreOffice,
# wkhtmltopdf, groff (groff-base) + ghostscript, enscript, pdflatex (texlive).
# No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Comune di Missaglia (LC): "civilianext" house style ---
python3 "$SRC/m1_avviso_missaglia.py" "$OUT/avviso-missaglia-civilianext.pdf"            # ReportLab
mkdir "$T/chr"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/esito-missaglia-civilianext.pdf" "$SRC/m2_esito_missaglia.html" 2>/dev/null
python3 "$SRC/m3_graduatoria_missaglia.py" "$T/g.txt"                                       # enscript
enscript -q -X latin1 -M A4 -f Courier@10 --margins=56:40:36:36 \
  -b 'COMUNE DI MISSAGLIA - Orti urbani via Meriggio 2028/2030||Pag. $% di $=' \
  -t "Graduatoria orti urbani" -o "$T/g.ps" "$T/g.txt"
ps2pdf -dPDFSETTINGS=/prepress "$T/g.ps" "$OUT/graduatoria-missaglia-civilianext.pdf"
groff -Tps "$SRC/m4_avviso_missaglia.tr" > "$T/m4.ps"                                        # groff
ps2pdf "$T/m4.ps" "$OUT/avviso-loculi-missaglia-civilianext.pdf"

# --- Comune di Carmiano (LE): "halley" house style ---
python3 "$SRC/c1_bando_carmiano.py" "$OUT/bando-carmiano-halley.pdf"                         # ReportLab canvas
python3 "$SRC/c2_avviso_carmiano.py" "$T/avviso-carmiano-halley.docx"                        # python-docx
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/avviso-carmiano-halley.docx" >/dev/null 2>&1
cp "$T/avviso-carmiano-halley.pdf" "$OUT/"
python3 "$SRC/c3_graduatoria_carmiano.py" "$T/c3.html"                                       # wkhtmltopdf
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 14mm -R 14mm --title "Graduatoria provvisoria ERP 2027" \
  "$T/c3.html" "$OUT/graduatoria-carmiano-halley.pdf" 2>/dev/null
python3 "$SRC/c4_avviso_carmiano.py" "$OUT/avviso-derattizzazione-carmiano-halley.pdf"       # fpdf2

# --- Comune di Castel di Lama (AP): "sicraweb" house style ---
cp "$SRC/l1_avviso_casteldilama.tex" "$T/l1.tex"                                             # pdfLaTeX
(cd "$T" && pdflatex -interaction=nonstopmode l1.tex >/dev/null && pdflatex -interaction=nonstopmode l1.tex >/dev/null)
cp "$T/l1.pdf" "$OUT/avviso-viabilita-casteldilama-sicraweb.pdf"
python3 "$SRC/l2_avviso_casteldilama.py" "$OUT/avviso-associazioni-casteldilama-sicraweb.pdf" # fpdf2 + DejaVu
python3 "$SRC/l3_graduatoria_casteldilama.py" "$OUT/graduatoria-casteldilama-sicraweb.pdf"   # ReportLab canvas
python3 "$SRC/l4_esito_casteldilama.py" "$OUT/esito-casteldilama-sicraweb.pdf"               # pikepdf, raw streams

# creation dates of the day each was issued
python3 "$SRC/setdates.py" "$OUT"/*.pdf
# keys and their check against pdftotext -layout
python3 "$SRC/keys_make.py"
