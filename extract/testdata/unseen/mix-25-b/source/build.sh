#!/bin/sh
# Rebuilds the 12 PDFs of mix-25-b into the parent directory, then keys.json, then checks the keys.
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy, openpyxl), LibreOffice 7.4 (writer + calc),
# chromium, wkhtmltopdf, php + php-tcpdf, groff, Java 17 + OpenPDF 1.3.43 in ~/.m2, poppler-utils.
set -e
cd "$(dirname "$0")"
OUT=$(cd .. && pwd)
python3 d01_cossato.py "$OUT"
python3 d02_scandiano.py "$OUT"
php d03_decimomannu.php "$OUT/delibera-decimomannu-comunas.pdf"
python3 d04_loano.py "$OUT"
sh d05_cetraro/build.sh "$OUT/determina-cetraro-golem.pdf"
python3 d06_bassaromagna.py "$OUT" 2>/dev/null
python3 d07_francavilla.py "$OUT"
python3 d08_cittadicastello.py "$OUT"
python3 d09_guilcier.py "$OUT"
python3 d10_magione.py "$OUT"
groff -k -ms -Tpdf -P-pa4 d11_squillace.ms 2>/dev/null > "$OUT/convocazione-squillace-axios.pdf"
python3 d12_ispica.py "$OUT"
python3 make_keys.py
python3 check_keys.py
