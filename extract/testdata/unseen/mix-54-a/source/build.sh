#!/bin/sh
# Rebuilds the 12 PDFs of mix-54-a into the parent folder, and keys.json.
# Needs: python3 with reportlab, python-docx, openpyxl, pillow; libreoffice (soffice); enscript + ghostscript;
# pdflatex with lmodern; chromium; an it_IT.UTF-8 locale (Calc number format).
set -e
cd "$(dirname "$0")"
OUT=..
mkdir -p $OUT/work
python3 d01_cortaccia.py
python3 d02_faedis.py
python3 d03_aspsanmichele.py
python3 d09_santacroce.py
python3 d10_trepuzzi.py
for f in delibera-faedis-insiel delibera-aspsanmichele-word attestazione-santacrocedimagliano-typewriter; do
  soffice --headless --convert-to pdf --outdir $OUT $OUT/work/$f.docx >/dev/null
done
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf --outdir $OUT $OUT/work/allegato-trepuzzi-calc.xlsx >/dev/null
sh d04_caravaggio.sh
python3 d05_rossiglione.py
sh d06_bonifica.sh
sh d07_lathuile.sh
python3 d08_provinciaancona.py
python3 d11_sangiovanniteatino.py
python3 d12_parcomaremma.py
python3 keys.py
python3 check_keys.py
rm -rf $OUT/work
