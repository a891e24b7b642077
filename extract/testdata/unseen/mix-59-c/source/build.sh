#!/bin/sh
# Rebuilds the 12 PDFs of mix-59-c into the parent directory.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), php-cli + php-tcpdf,
# libreoffice (writer + calc), wkhtmltopdf, chromium.
set -e
cd "$(dirname "$0")"
OUT=$(cd .. && pwd)
W=$OUT/work; mkdir -p $W/rt; chmod 700 $W/rt
export XDG_RUNTIME_DIR=$(cd $W && pwd)/rt
LO="soffice -env:UserInstallation=file://$(cd $W && pwd)/lo --headless --convert-to pdf --outdir $W"
python3 d01_bolano.py      $OUT/deliberazione-bolano-elixforms.pdf
python3 d02_ruffano.py     $W/ruffano.docx   && $LO $W/ruffano.docx   && mv $W/ruffano.pdf   $OUT/deliberazione-ruffano-pitagora.pdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 12mm -R 12mm --title "Delibera G.M. n. 34/2026" d03_tortorici.html $OUT/deliberazione-tortorici-siciliaeservizi.pdf
python3 d04_lesina.py      $OUT/determina-lesina-tecnopa.pdf
HOME=$(cd $W && pwd) chromium --headless=new --no-sandbox --disable-gpu --user-data-dir=$(cd $W && pwd)/chr --no-pdf-header-footer --print-to-pdf=$OUT/determina-cantiano-marchecloud.pdf d05_cantiano.html
php d06_golfoparadiso.php  $OUT/determina-golfoparadiso-gesat.pdf
python3 d07_rotello.py     $W/rotello.rtf    && $LO $W/rotello.rtf    && mv $W/rotello.pdf   $OUT/ordinanza-rotello-ted.pdf
python3 d08_raffadali.py   $W/raffadali.docx && $LO $W/raffadali.docx && mv $W/raffadali.pdf $OUT/avviso-raffadali-wordonline.pdf
python3 d09_falerone.py    $OUT/certificato-falerone-bluesoft.pdf
python3 d10_maruggio.py    $W/maruggio.xlsx  && $LO $W/maruggio.xlsx  && mv $W/maruggio.pdf  $OUT/allegato-maruggio-excel.pdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 14mm -L 14mm -R 14mm --title "Convocazione C.C. 23/03/2026" d11_gildone.html $OUT/convocazione-gildone-egovmolise.pdf
python3 d12_bisacquino.py  $OUT/avviso-bisacquino-sicilweb.pdf
python3 check_keys.py $OUT
