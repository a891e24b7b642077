#!/bin/sh
# Rebuilds the 12 PDFs into the parent folder (OUTDIR). Needs: python3 with reportlab,
# fpdf2, python-docx, openpyxl; /usr/bin/python3 with python3-cairo; wkhtmltopdf;
# pdflatex (texlive-latex-base + babel-italian); ghostscript (ps2pdf); php-cli + php-tcpdf;
# Java 17 + Maven (iText 7.2.5 from Maven Central); LibreOffice (Writer, Calc); chromium.
set -e
cd "$(dirname "$0")"
O=$(cd .. && pwd)
python3 d01_cupramontana_reportlab.py "$O/deliberazione-giunta-cupramontana-reportlab.pdf"
sh d02_build.sh d02_cutrofiano.html "$O/deliberazione-consiglio-cutrofiano-wkhtmltopdf.pdf"
sh d03_build.sh "$O/deliberazione-giunta-gerrei-latex.pdf"
python3 ps_spool.py d04_remanzacco.txt /tmp/d04_remanzacco.ps 10 "DETERMINA 148/2026" && ps2pdf -sPAPERSIZE=a4 /tmp/d04_remanzacco.ps "$O/determina-remanzacco-clipper.pdf" && rm -f /tmp/d04_remanzacco.ps
sh d05_modugno_itext7/build.sh "$O/determina-modugno-itext7.pdf"
/usr/bin/python3 d06_crecchio_cairo.py "$O/determina-crecchio-firefox.pdf"
python3 d07_sardara_fpdf.py "$O/ordinanza-sardara-framemaker.pdf"
php d08_poggiardo_tcpdf.php "$O/bando-poggiardo-tuttogare.pdf"
sh d09_build.sh "$O/attestazione-staffolo-edk.pdf"
sh d10_build.sh "$O/allegato-aquileia-excel.pdf"
sh d11_build.sh "$O/convocazione-tonara-quarkxpress.pdf"
sh d12_build.sh "$O/avviso-navelli-coreldraw.pdf"
