#!/bin/sh
# Rebuilds the 12 PDFs of set mix-117-a into the set folder (the parent of
# this one), then writes and checks keys.json. No test runs it.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, groff (groff-base), enscript, ghostscript,
# pdflatex (texlive with mathptmx, fancyhdr, lastpage, enumitem, tikz),
# poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SET"

# --- Serra Riccò (GE), "Sicraweb" house style ---
python3 "$SRC/deliberazione_serraricco.py" deliberazione-serraricco-sicraweb.pdf
CH=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH" --no-pdf-header-footer \
  --print-to-pdf="$SET/determinazione-serraricco-sicraweb.pdf" "$SRC/determinazione-serraricco.html" 2>/dev/null
python3 "$SRC/ordinanza_serraricco.py" ordinanza-serraricco-sicraweb.pdf
python3 "$SRC/certificato_serraricco.py" certificato-serraricco-sicraweb.pdf

# --- San Ferdinando di Puglia (BT), "Hypersic" house style ---
python3 "$SRC/deliberazione_sanferdinando_docx.py" "$T/deliberazione-sanferdinandodipuglia-hypersic.docx" "$T"
soffice --headless -env:UserInstallation=file:///tmp/lo-mix-117-a --convert-to pdf --outdir "$T" \
  "$T/deliberazione-sanferdinandodipuglia-hypersic.docx" >/dev/null 2>&1
cp "$T/deliberazione-sanferdinandodipuglia-hypersic.pdf" .
W=$(mktemp -d -p "$T")
python3 "$SRC/determinazione_sanferdinando.py" "$W"
# wkhtmltopdf here ignores --zoom: the HTML's sizes are already scaled up
wkhtmltopdf -q --enable-local-file-access --disable-smart-shrinking -s A4 -T 15mm -B 15mm -L 20mm -R 20mm \
  "$W/determinazione-sanferdinando.html" determinazione-sanferdinandodipuglia-hypersic.pdf 2>/dev/null
python3 "$SRC/avviso_sanferdinando.py" avviso-sanferdinandodipuglia-hypersic.pdf
C=$(mktemp -d -p "$T")
python3 -c "import sys; sys.path.insert(0, '$SRC'); from sanferdinando_common import crest_png; crest_png('$C/crest-sfp.png', 3)"
cp "$SRC/convocazione-sanferdinando.html" "$C/"
CH2=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH2" --no-pdf-header-footer \
  --print-to-pdf="$SET/convocazione-sanferdinandodipuglia-hypersic.pdf" "$C/convocazione-sanferdinando.html" 2>/dev/null

# --- Tesero (TN), "PiTre" house style ---
L=$(mktemp -d -p "$T")
cp "$SRC/deliberazione-tesero.tex" "$L/"
(cd "$L" && pdflatex -interaction=nonstopmode deliberazione-tesero.tex >/dev/null \
         && pdflatex -interaction=nonstopmode deliberazione-tesero.tex >/dev/null)
cp "$L/deliberazione-tesero.pdf" deliberazione-tesero-pitre.pdf
python3 "$SRC/determinazione_tesero_groff.py" "$T/det.tr"
groff -k -Tps -P-pa4 "$T/det.tr" > "$T/det.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" determinazione-tesero-pitre.pdf
python3 "$SRC/decreto_tesero.py" decreto-tesero-pitre.pdf
iconv -f utf-8 -t latin1 "$SRC/convocazione-tesero.txt" > "$T/conv.txt"
enscript -q -X latin1 -M A4 -f Courier10 --margins=54:40:30:30 \
  --header='Comune di Tesero - Convocazione del Consiglio comunale (prot. n. 2871)||Pag. $% di $=' \
  -p "$T/conv.ps" "$T/conv.txt"
ps2pdf -sPAPERSIZE=a4 "$T/conv.ps" convocazione-tesero-pitre.pdf

python3 "$SRC/keys_make.py"
