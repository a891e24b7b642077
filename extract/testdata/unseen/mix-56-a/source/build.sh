#!/bin/sh
# Rebuilds the 12 PDFs of set mix-56-a into the parent directory (OUTDIR) and keys.json.
# Needs: python3 (reportlab, python-docx, openpyxl), LibreOffice (writer + calc), chromium, pdflatex (lmodern, babel-italian), Liberation fonts.
set -e
cd "$(dirname "$0")"
OUT=..
mkdir -p $OUT/work
python3 d01_andriano.py
python3 d02_cammarata.py
pdflatex -interaction=nonstopmode -output-directory=$OUT/work d03_larioceresio.tex >/dev/null
pdflatex -interaction=nonstopmode -output-directory=$OUT/work d03_larioceresio.tex >/dev/null
cp $OUT/work/d03_larioceresio.pdf $OUT/deliberazione-cmlarioceresio-latex.pdf
python3 d04_reggello.py
chromium --headless --no-sandbox --disable-gpu --user-data-dir=$PWD/$OUT/work/chr --no-pdf-header-footer \
  --print-to-pdf=$OUT/determinazione-provinciarieti-jiride.pdf d05_provinciarieti.html
python3 d06_dolegna.py
python3 d07_poggiorsini.py
python3 d08_verrayes.py
python3 d09_castropignano.py
python3 d10_bonificacentro.py
python3 d11_petritoli.py
chromium --headless --no-sandbox --disable-gpu --user-data-dir=$PWD/$OUT/work/chr --no-pdf-header-footer \
  --print-to-pdf=$OUT/avviso-parcoportofino-chromium.pdf d12_parcoportofino.html
python3 keys.py
python3 check_keys.py
rm -rf $OUT/work
