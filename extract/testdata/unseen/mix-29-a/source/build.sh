#!/bin/sh
# Rebuilds the 12 PDFs of set mix-29-a into the parent directory (OUTDIR).
# Needs: python3 with reportlab, python-docx, openpyxl, Pillow; enscript + ghostscript (ps2pdf);
# pdflatex (lmodern, multicol, fancyhdr); LibreOffice (writer + calc); chromium; wkhtmltopdf.
set -e
cd "$(dirname "$0")"
O=..
python3 d01_cantu_saga.py                 $O/deliberazione-cantu-saga.pdf
./build_tex.sh                            $O/deliberazione-palmadimontechiaro-sicraweb.pdf
python3 d03_aspsiena_word.py              $O/deliberazione-aspsiena-word.pdf
python3 d04_bonificapiave_dedagroup.py    $O/determinazione-bonificapiave-dedagroup.pdf
python3 d05_cannara_halley.py             $O/determinazione-cannara-halley.pdf
python3 d06_camporosso_apkappa.py         $O/determinazione-camporosso-apkappa.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=$O/decreto-cmgenova-jiride.pdf html/decreto-cmgenova.html
python3 d08_lastraasigna_civilia.py       $O/avviso-lastraasigna-civilia.pdf
python3 d09_bovolone_kibernetes.py        $O/attestazione-bovolone-kibernetes.pdf
python3 d10_chiaramontegulfi_calc.py      $O/allegato-chiaramontegulfi-calc.pdf
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 20mm --title "Convocazione CI 18-06-2026" \
  html/convocazione-ambitomaglie.html $O/convocazione-ambitomaglie-word.pdf
python3 d12_carovigno_wordcourier.py      $O/pubblicazione-carovigno-wordcourier.pdf
python3 make_keys.py
python3 check_keys.py ..
