#!/bin/sh
# Rebuilds the 12 PDFs of mix-49-c into the parent folder, then keys.json, then checks the keys.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, wkhtmltopdf, chromium,
# php (php-tcpdf in /usr/share/php/tcpdf, FPDF in /usr/share/php/fpdf), pdflatex, Java 17 with the jars
# below in ~/.m2 (iText 7.2.5, OpenPDF 1.3.30, Apache FOP 2.7 + Batik 1.14), poppler-utils.
set -e
cd "$(dirname "$0")"
O=..
M=${M2:-$HOME/.m2/repository}
python3 d01_villaputzu_reportlab.py $O/deliberazione-villaputzu-reportlab.pdf
./build_docx.sh d02_pulsano_hotdocs.py $O/deliberazione-pulsano-hotdocs.pdf docx Pulsano_CC_9_2026
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 18mm -L 12mm -R 12mm d03_montemarciano_pd4ml.html $O/deliberazione-montemarciano-pd4ml.pdf
ITEXT=$M/com/itextpdf/kernel/7.2.5/kernel-7.2.5.jar:$M/com/itextpdf/layout/7.2.5/layout-7.2.5.jar:$M/com/itextpdf/io/7.2.5/io-7.2.5.jar:$M/com/itextpdf/commons/7.2.5/commons-7.2.5.jar:$M/org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar
java -cp "$ITEXT" D04Anglona.java $O/determinazione-anglona-dynamicreports.pdf
php d05_raiano_windward.php $O/determinazione-raiano-windward.pdf
FOP=$(cd $M && ls org/apache/xmlgraphics/batik-*/1.14/*.jar org/apache/xmlgraphics/fop/2.7/fop-2.7.jar org/apache/xmlgraphics/xmlgraphics-commons/2.7/*.jar commons-io/commons-io/2.11.0/*.jar commons-logging/commons-logging/1.2/*.jar | sed "s|^|$M/|" | tr '\n' ':')
java -cp "$FOP" org.apache.fop.cli.Main -q -fo d06_scordia_antennahouse.fo -pdf $O/determinazione-scordia-antennahouse.pdf
T=$(mktemp -d)
pdflatex -interaction=batchmode -output-directory $T d07_rosolini_pdflatex.tex >/dev/null
cp $T/d07_rosolini_pdflatex.pdf $O/ordinanza-rosolini-pdflatex.pdf; rm -rf $T
python3 d08_ischitella_pdfsharp.py $O/avviso-ischitella-pdfsharp.pdf
php d09_capistrello_velocity.php $O/attestazione-capistrello-velocity.pdf
./build_docx.sh d10_santaninfa_excel.py $O/allegato-santaninfa-excel.pdf xlsx Allegato_A_det_61_2026
java -cp $M/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar D11Sarroch.java $O/convocazione-sarroch-renderx.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$O/avviso-biccari-quarkxpress.pdf d12_biccari_quarkxpress.html 2>/dev/null
python3 make_keys.py
python3 check_keys.py
