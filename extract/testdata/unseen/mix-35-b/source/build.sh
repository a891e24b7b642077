#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above source/.
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy, openpyxl), php-cli with
# the Debian fpdf and tcpdf packages, Java 17 + Maven (pdfbox from Maven
# Central), LibreOffice, enscript + ghostscript, pdflatex, wkhtmltopdf, chromium.
set -e
cd "$(dirname "$0")"
OUT=$(cd .. && pwd)
W=${TMPDIR:-/tmp}/albo-mix35b-build
mkdir -p "$W"

python3 01_lendinara_reportlab.py $OUT/delibera-giunta-lendinara-sapidata.pdf

python3 02_popoliterme_docx.py $W/delibera-consiglio-popoliterme-aspose.docx
soffice --headless --convert-to pdf --outdir $OUT $W/delibera-consiglio-popoliterme-aspose.docx

php 03_altagallura_fpdf.php $OUT/delibera-giunta-unionealtagallura-listlabel.pdf

( cd 04_silandro_pdfbox
  mvn -q -B dependency:copy-dependencies -DoutputDirectory=$W/silandro-lib
  mkdir -p $W/silandro-classes
  javac -encoding UTF-8 -cp "$W/silandro-lib/*" -d $W/silandro-classes src/main/java/Silandro.java
  java -cp "$W/silandro-classes:$W/silandro-lib/*" Silandro $OUT/determina-silandro-pdfbox.pdf )

php 05_belvedere_tcpdf.php $OUT/determina-belvederemarittimo-exprivia.pdf

python3 06_caldonazzo_odt.py $W/determina-caldonazzo-trentinodigitale.odt
soffice --headless --convert-to pdf --outdir $OUT $W/determina-caldonazzo-trentinodigitale.odt

iconv -f utf-8 -t latin1 07_pescina_ordinanza.txt > $W/pescina.txt
enscript -q -X latin1 --margins=60:50:30:40 -f Courier10 -F Courier9 \
  --header='Comune di Pescina (AQ)|ORDINANZA N. 12/2026|Pag. $% di $=' \
  -t 'Ordinanza n. 12 del 09/03/2026' -p $W/pescina.ps $W/pescina.txt
ps2pdf -sPAPERSIZE=a4 $W/pescina.ps $OUT/ordinanza-pescina-enscript.pdf

wkhtmltopdf -q -s A4 -T 16 -B 16 -L 18 -R 18 --encoding utf-8 08_sigillo_avviso.html $OUT/bando-sigillo-webred.pdf

python3 09_guardavalle_fpdf2.py $OUT/attestazione-guardavalle-fpdf2.pdf

python3 10_isoladellascala_xlsx.py $W/allegato-isoladellascala-excel.xlsx
# Italian locale so that Calc prints 38.600,00 rather than 38,600.00
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice -env:UserInstallation=file://$W/lo_it --headless \
  --convert-to pdf --outdir $OUT $W/allegato-isoladellascala-excel.xlsx

cp 11_abbasanta_convocazione.tex $W/convocazione-abbasanta-latex.tex
( cd $W && pdflatex -interaction=nonstopmode convocazione-abbasanta-latex.tex >/dev/null \
        && pdflatex -interaction=nonstopmode convocazione-abbasanta-latex.tex >/dev/null )
cp $W/convocazione-abbasanta-latex.pdf $OUT/

chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=$OUT/avviso-sangemini-bootstrapitalia.pdf "file://$(pwd)/12_sangemini_avviso.html"

python3 check_keys.py
