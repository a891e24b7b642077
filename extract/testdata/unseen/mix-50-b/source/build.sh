#!/bin/sh
# Rebuilds the 12 PDFs of mix-50-b into the parent directory. Needs: python3 (reportlab,
# fpdf2, openpyxl), pdflatex (memoir, beamer), LibreOffice, wkhtmltopdf, chromium, php + php-tcpdf,
# Java 17 with OpenPDF 1.3.43 in ~/.m2, Go with github.com/go-pdf/fpdf v0.9.0 in the module cache.
set -e
cd "$(dirname "$0")"
OUT=..
TMP=$(mktemp -d)
python3 villastellone_reportlab.py $OUT/deliberazione-villastellone-reportlab.pdf
for i in 1 2; do pdflatex -interaction=batchmode -output-directory=$TMP preganziol_memoir.tex >/dev/null; done
cp $TMP/preganziol_memoir.pdf $OUT/deliberazione-preganziol-memoir.pdf
python3 marcianise_openxml.py $TMP/deliberazione-marcianise-openxmlsdk.docx
(cd $TMP && soffice --headless --convert-to pdf deliberazione-marcianise-openxmlsdk.docx >/dev/null 2>&1)
cp $TMP/deliberazione-marcianise-openxmlsdk.pdf $OUT/
java -cp "$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar" BovesDetermina.java $OUT/determinazione-boves-oracleforms.pdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm allerona_wickedpdf.html $OUT/determinazione-allerona-wickedpdf.pdf 2>/dev/null || true
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/determinazione-pianurareggiana-vuejs.pdf pianurareggiana_vuejs.html 2>/dev/null
php serravalle_smarty.php "$(cd $OUT && pwd)/ordinanza-serravallescrivia-smarty.pdf"
python3 occhiobello_quark.py $OUT/avviso-occhiobello-quarkxpress.pdf
(cd angri_xbase && GOFLAGS=-mod=mod GOPROXY=off go run . ../$OUT/attestazione-angri-xbase.pdf)
python3 collecchio_excel.py $TMP/allegato-collecchio-excel.xlsx
(cd $TMP && LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf allegato-collecchio-excel.xlsx >/dev/null 2>&1)
cp $TMP/allegato-collecchio-excel.pdf $OUT/
cp campello_ventura.html $TMP/convocazione-campellosulclitunno-ventura.html
(cd $TMP && soffice --headless --convert-to pdf:writer_web_pdf_Export convocazione-campellosulclitunno-ventura.html >/dev/null 2>&1)
cp $TMP/convocazione-campellosulclitunno-ventura.pdf $OUT/
for i in 1 2; do pdflatex -interaction=batchmode -output-directory=$TMP pisciotta_beamer.tex >/dev/null; done
cp $TMP/pisciotta_beamer.pdf $OUT/avviso-pisciotta-beamer.pdf
rm -rf $TMP
