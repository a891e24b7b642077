#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above source/.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), libreoffice, chromium, enscript, ghostscript, pdflatex.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
W=$(mktemp -d)
cd "$SRC"

# reportlab
python3 delibera_terlano.py "$OUT/delibera-terlano-siag.pdf"
python3 determina_sanfloriano.py "$OUT/determina-sanfloriano-insiel.pdf"
python3 ordinanza_ripalimosani.py "$OUT/ordinanza-ripalimosani-halley.pdf"
python3 certificato_pietrapertosa.py "$OUT/certificato-pietrapertosa-wordmodulo.pdf"

# python-docx / openpyxl -> LibreOffice
python3 delibera_grandcombin.py "$W/delibera-grandcombin-libreoffice.docx"
python3 determina_santaflavia.py "$W/determina-santaflavia-word.docx"
python3 avviso_toscanasud.py "$W/avviso-toscanasud-word.docx"
python3 allegato_albino.py "$W/allegato-albino-excel.xlsx"
for f in delibera-grandcombin-libreoffice.docx determina-santaflavia-word.docx avviso-toscanasud-word.docx allegato-albino-excel.xlsx; do
  soffice --headless --convert-to pdf --outdir "$W" "$W/$f" >/dev/null
done
cp "$W/delibera-grandcombin-libreoffice.pdf" "$W/determina-santaflavia-word.pdf" \
   "$W/avviso-toscanasud-word.pdf" "$W/allegato-albino-excel.pdf" "$OUT/"

# 132-column report: enscript (landscape Courier 7.6) + Ghostscript
python3 determina_pontinia.py "$W/pontinia.txt"
enscript -r -B -f Courier7.6 -M A4 --margins=28:28:20:20 -X latin1 -q -o "$W/pontinia.ps" "$W/pontinia.txt"
ps2pdf -sPAPERSIZE=a4 "$W/pontinia.ps" "$OUT/determina-pontinia-datagraph.pdf"

# Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/delibera-folgaria-dedagroup.pdf" "$SRC/delibera_folgaria.html" 2>/dev/null
python3 logo_lariointelvese.py "$W/logo_lariointelvese.png"
cp convocazione_lariointelvese.html "$W/"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/convocazione-lariointelvese-chromium.pdf" "$W/convocazione_lariointelvese.html" 2>/dev/null

# pdflatex
cp avviso_sori.tex "$W/"
(cd "$W" && pdflatex -interaction=nonstopmode avviso_sori.tex >/dev/null && pdflatex -interaction=nonstopmode avviso_sori.tex >/dev/null)
cp "$W/avviso_sori.pdf" "$OUT/avviso-sori-latex.pdf"

rm -rf "$W"
echo "built 12 PDFs in $OUT"
