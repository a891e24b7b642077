#!/bin/sh
# Rebuilds the 12 PDFs of set mix-58-a and keys.json into the parent directory.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow), chromium, pdflatex (lmodern),
# enscript + ghostscript (ps2pdf), libreoffice (soffice), poppler-utils (for keys.py --check).
set -e
cd "$(dirname "$0")"
OUT=..
TMP=$OUT/tmp
mkdir -p "$TMP"
# 1 Chromium HTML print
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=$TMP/chrome \
  --print-to-pdf=$OUT/deliberazione-gardachiese-chromium.pdf d01_gardachiese.html
# 2 reportlab platypus, German | Italian side by side
python3 d02_pusteria.py $OUT/deliberazione-valpusteria-gvcc.pdf
# 3 pdflatex
pdflatex -interaction=batchmode -output-directory=$TMP d03_montesangiusto.tex >/dev/null
pdflatex -interaction=batchmode -output-directory=$TMP d03_montesangiusto.tex >/dev/null
cp $TMP/d03_montesangiusto.pdf $OUT/deliberazione-montesangiusto-tex.pdf
# 4 132-column text -> enscript -> ghostscript
python3 d04_bonefro.py $TMP/d04.txt
enscript -q -B -r -f Courier8.4 -X latin1 -M A4 --margins=28:28:20:20 -p $TMP/d04.ps $TMP/d04.txt
ps2pdf -sPAPERSIZE=a4 $TMP/d04.ps $OUT/determinazione-bonefro-datagraph.pdf
# 5, 8, 11 python-docx -> LibreOffice Writer; 10 openpyxl -> LibreOffice Calc
python3 d05_saintmarcel.py $TMP/determinazione-saintmarcel-word.docx
python3 d08_sirentevelino.py $TMP/avviso-sirentevelino-word.docx
python3 d11_bergeggi.py $TMP/convocazione-bergeggi-word.docx
python3 d10_centrosudpuglia.py $TMP/allegato-centrosudpuglia-calc.xlsx
(cd $TMP && for f in determinazione-saintmarcel-word.docx avviso-sirentevelino-word.docx \
      convocazione-bergeggi-word.docx allegato-centrosudpuglia-calc.xlsx; do
   soffice --headless --convert-to pdf "$f" >/dev/null 2>&1; done)
mv $TMP/determinazione-saintmarcel-word.pdf $TMP/avviso-sirentevelino-word.pdf \
   $TMP/convocazione-bergeggi-word.pdf $TMP/allegato-centrosudpuglia-calc.pdf $OUT/
# 6, 9, 12 reportlab canvas (low level); 7 fpdf2
python3 d06_barrafranca.py $OUT/determinazione-barrafranca-saga.pdf
python3 d09_roccagorga.py $OUT/attestazione-roccagorga-modulo.pdf
python3 d12_peccioli.py $OUT/avviso-peccioli-word365.pdf
python3 d07_sagrado.py $OUT/ordinanza-sagrado-insiel.pdf
# keys (and a check of keyed strings against pdftotext -layout)
python3 keys.py --check
rm -rf "$TMP"
