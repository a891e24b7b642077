#!/bin/sh
# Rebuilds the 12 PDFs of mix-30-c into the parent folder.
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy), php-cli + php-tcpdf, Java 17 + OpenPDF 1.3.43 in ~/.m2,
# wkhtmltopdf, chromium, LibreOffice (soffice), Ghostscript (ps2pdf).
set -e
cd "$(dirname "$0")"
O=..
LO=/tmp/mix30c_lo; mkdir -p $LO
python3 sommacampagna_oraclereports.py $O/delibera-sommacampagna-oraclereports.pdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 12mm -B 14mm -L 14mm -R 14mm bettona_lotusnotes.html $O/delibera-bettona-lotusnotes.pdf
./acquaviva_build.sh
JAR=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
( cd trebaseleghe_pentaho && javac -cp $JAR DetTrebaseleghe.java && java -cp $JAR:. DetTrebaseleghe ../$O/determina-trebaseleghe-pentaho.pdf && rm -f *.class )
python3 gianodellumbria_ssrs.py $O/determina-gianodellumbria-ssrs.pdf
python3 terradileuca_activereports.py $O/determina-terradileuca-activereports.pdf
python3 malles_gvcc.py $LO/malles_gvcc.docx && soffice --headless --convert-to pdf --outdir $LO $LO/malles_gvcc.docx && mv $LO/malles_gvcc.pdf $O/ordinanza-malles-gvcc.pdf
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$O/bando-casacalenda-canva.pdf "file://$PWD/casacalenda_canva.html"
php petraliasottana_buffetti.php "$PWD/$O/attestazione-petraliasottana-buffetti.pdf"
python3 copertino_siope_ps.py $LO/copertino_siope.ps && ps2pdf -sPAPERSIZE=a4 -dAutoRotatePages=/None $LO/copertino_siope.ps $O/allegato-copertino-siope.pdf
python3 sortino_mailmerge.py sortino_destinatari.csv $LO/convocazione_sortino.fodt && soffice --headless --convert-to pdf --outdir $LO $LO/convocazione_sortino.fodt && mv $LO/convocazione_sortino.pdf $O/convocazione-sortino-mailmerge.pdf
python3 predazzo_pitre.py $LO/predazzo_pitre.odt && soffice --headless --convert-to pdf --outdir $LO $LO/predazzo_pitre.odt && mv $LO/predazzo_pitre.pdf $O/avviso-predazzo-pitre.pdf
