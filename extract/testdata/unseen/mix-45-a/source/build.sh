#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder (OUTDIR) and keys.json.
# Needs: python3 with reportlab, python-docx, openpyxl, Pillow; LibreOffice (writer+calc);
# enscript + ghostscript (ps2pdf); pdflatex (lmodern); chromium; wkhtmltopdf;
# fonts-liberation, fonts-crosextra-carlito, fonts-dejavu.
set -e
cd "$(dirname "$0")"
sh build_lagundo.sh                       # delibera-lagundo-libreoffice.pdf
sh build_rosarno.sh                       # delibera-rosarno-datagraph.pdf
python3 barbagia_halley.py                # delibera-unionebarbagia-halley.pdf
sh build_stregna.sh                       # determina-stregna-insiel.pdf
python3 charvensod_civilia.py             # ordinanza-charvensod-civilia.pdf
python3 uslumbria2_jiride.py              # determina-uslumbria2-jiride.pdf
sh build_vitulano.sh                      # determina-vitulano-word.pdf
sh build_ogliastra.sh                     # avviso-bonificaogliastra-chromium.pdf
python3 ferentillo_sicraweb.py            # attestazione-ferentillo-sicraweb.pdf
sh build_csac.sh                          # allegato-csacuneese-calc.pdf
sh build_salzano.sh                       # convocazione-salzano-wkhtmltopdf.pdf
rm -f salzano/stemma_intestazione.png
sh build_atersir.sh                       # avviso-atersir-word.pdf
python3 make_keys.py                      # ../keys.json
python3 check_keys.py                     # keyed strings vs pdftotext -layout
rm -rf __pycache__
