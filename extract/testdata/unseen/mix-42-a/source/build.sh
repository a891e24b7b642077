#!/bin/sh
# Rebuilds the 12 PDFs of this set into the directory given (default: ..).
# Needs: python3 (fpdf2, reportlab, python-docx, openpyxl), LibreOffice
# (writer + calc), chromium, pdflatex (lmodern, fancyhdr), enscript, ghostscript.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "${1:-$SRC/..}" && pwd)
TMP=$(mktemp -d)
cd "$TMP"

# 1 Sluderno / Schluderns: fpdf2, German and Italian side by side
python3 "$SRC/d01_sluderno.py" "$OUT/delibera-sluderno-siag.pdf"
# 2 Savogna d'Isonzo / Sovodnje ob Soči: Word document -> LibreOffice
python3 "$SRC/d02_savogna.py" delibera-savognadisonzo-insiel.docx
soffice --headless --convert-to pdf --outdir "$OUT" delibera-savognadisonzo-insiel.docx
# 3 Comunità Montana del Triangolo Lariano: pdflatex (run twice)
cp "$SRC/d03_triangololariano.tex" .
pdflatex -interaction=nonstopmode d03_triangololariano.tex >/dev/null
pdflatex -interaction=nonstopmode d03_triangololariano.tex >/dev/null
cp d03_triangololariano.pdf "$OUT/delibera-triangololariano-jiride.pdf"
# 4 Arvier: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determina-arvier-inva.pdf" "$SRC/d04_arvier.html"
# 5 Alimena: 132-column text -> enscript (landscape Courier) -> ps2pdf
python3 "$SRC/d05_alimena.py" alimena.txt
enscript -q -B -r -M A4 -f Courier8.5 --margins=36:36:30:30 -X latin1 -p alimena.ps alimena.txt
ps2pdf -sPAPERSIZE=a4 alimena.ps "$OUT/determina-alimena-datagraph.pdf"
# 6 Vicopisano: reportlab, Tw/Tc, Form XObject, rotated stamp, out of order
python3 "$SRC/d06_vicopisano.py" "$OUT/determina-vicopisano-halley.pdf"
# 7 Provincia di Latina: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/decreto-provincialatina-sicraweb.pdf" "$SRC/d07_provincialatina.html"
# 8 Consorzio di Bonifica della Basilicata: Word template -> LibreOffice
python3 "$SRC/d08_bonificabasilicata.py" avviso-bonificabasilicata-wordtemplate.docx
soffice --headless --convert-to pdf --outdir "$OUT" avviso-bonificabasilicata-wordtemplate.docx
# 9 Sutera: filled form (reportlab)
python3 "$SRC/d09_sutera.py" "$OUT/attestazione-sutera-kibernetes.pdf"
# 10 Masone: spreadsheet -> LibreOffice Calc
python3 "$SRC/d10_masone.py" allegato-masone-excel.xlsx
soffice --headless --convert-to pdf --outdir "$OUT" allegato-masone-excel.xlsx
# 11 Ente Parco dell'Aveto: raw PDF, one glyph at a time
python3 "$SRC/d11_parcoaveto.py" "$OUT/convocazione-parcoaveto-civilia.pdf"
# 12 Sant'Elia a Pianisi: typewriter-like Word document -> LibreOffice
python3 "$SRC/d12_santeliaapianisi.py" avviso-santeliaapianisi-word.docx
soffice --headless --convert-to pdf --outdir "$OUT" avviso-santeliaapianisi-word.docx

cd / && rm -rf "$TMP"
