#!/bin/sh
# Rebuilds the 12 PDFs of mix-54-c into the parent folder (OUTDIR) and keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy, openpyxl), php + php-tcpdf,
# Java 17 with OpenPDF 1.3.43 (~/.m2) and Debian's itext5.jar, wkhtmltopdf,
# chromium, LibreOffice (soffice), poppler-utils (for check_keys.py).
set -e
cd "$(dirname "$0")"
OUT=..
TMP=$(mktemp -d "$OUT/.build.XXXX")
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
ITEXT5=${ITEXT5:-/usr/share/java/itext5.jar}

# 1 San Venanzo - Giunta (wkhtmltopdf)
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15 -B 18 d01_sanvenanzo.html $OUT/deliberazione-sanvenanzo-selda.pdf
# 2 Breganze - Consiglio (.docx -> LibreOffice)
python3 d02_breganze.py $TMP/deliberazione-breganze-csel.docx
# 3 Unione Marmo Platano - Giunta dell'Unione (ReportLab)
python3 d03_marmoplatano.py $OUT/deliberazione-marmoplatano-reportlab.pdf
# 4 Porto Viro - determinazione (OpenPDF)
java -cp "$OPENPDF" java/PortoViro.java $OUT/determinazione-portoviro-sapforms.pdf
# 5 Sersale - determinazione (TCPDF)
php php/sersale.php "$(cd $OUT && pwd)/determinazione-sersale-argo.pdf"   # TCPDF needs an absolute path
# 6 Chiaromonte - determinazione (iText 5)
java -cp "$ITEXT5" java/Chiaromonte.java $OUT/determinazione-chiaromonte-nier.pdf
# 7 Botricello - ordinanza (ODT -> LibreOffice Writer)
python3 d07_botricello.py $TMP/ordinanza-botricello-caldarini.odt
# 8 Longarone - avviso pubblico n. 3 (Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/avviso-longarone-winnovative.pdf d08_longarone.html
# 9 Fabro - attestazione di pubblicazione (fpdf2)
python3 d09_fabro.py $OUT/attestazione-fabro-livecycle.pdf
# 10 Villapiana - allegato A (xlsx -> LibreOffice Calc)
python3 d10_villapiana.py $TMP/allegato-villapiana-excel.xlsx
# 11 Costacciaro - convocazione (Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/convocazione-costacciaro-hiqpdf.pdf d11_costacciaro.html
# 12 Aliano - avviso (.docx -> LibreOffice)
python3 d12_aliano.py $TMP/avviso-aliano-ability.docx

(cd $TMP && soffice --headless --convert-to pdf *.docx *.odt *.xlsx >/dev/null)
mv $TMP/*.pdf $OUT/
rm -rf $TMP
python3 keys.py
python3 check_keys.py
