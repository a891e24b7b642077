#!/bin/sh
# Rebuilds the 12 PDFs of mix-48-c into the parent directory.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), chromium, wkhtmltopdf,
# pdflatex (texlive-latex-base + fancyhdr), php-cli + php-tcpdf, libreoffice (writer, calc),
# Java 17 with the iText 7.2.5 jars (kernel, io, layout, commons) + slf4j + bouncycastle in ~/.m2.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d)
cd "$S"
python3 a_tertenia.py "$O/deliberazione-tertenia-reportlab.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$O/deliberazione-serrasanquirico-angular.pdf" b_serrasanquirico.html
pdflatex -interaction=nonstopmode -output-directory="$T" c_toccodacasauria.tex >/dev/null
pdflatex -interaction=nonstopmode -output-directory="$T" c_toccodacasauria.tex >/dev/null
cp "$T/c_toccodacasauria.pdf" "$O/deliberazione-toccodacasauria-pdflatex.pdf"
python3 d_buccheri.py "$T/buccheri.docx"
(cd "$T" && soffice --headless --convert-to pdf buccheri.docx >/dev/null)
cp "$T/buccheri.pdf" "$O/determinazione-buccheri-etnahitech.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm e_sestoalreghena.html "$O/determinazione-sestoalreghena-aspnet.pdf"
php f_idruntino.php "$O/determinazione-idruntino-phalcon.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$O/ordinanza-storo-freemarker.pdf" g_storo.html
python3 h_alberona.py "$O/avviso-alberona-vaadin.pdf"
python3 i_ulassai.py "$O/attestazione-ulassai-zkoss.pdf"
python3 j_pergola.py "$T/pergola.xlsx"
(cd "$T" && soffice --headless --convert-to pdf pergola.xlsx >/dev/null)
cp "$T/pergola.pdf" "$O/allegato-pergola-excel.pdf"
R=$HOME/.m2/repository
CP=$R/com/itextpdf/kernel/7.2.5/kernel-7.2.5.jar:$R/com/itextpdf/io/7.2.5/io-7.2.5.jar:$R/com/itextpdf/layout/7.2.5/layout-7.2.5.jar:$R/com/itextpdf/commons/7.2.5/commons-7.2.5.jar:$R/org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar:$R/org/slf4j/slf4j-nop/1.7.36/slf4j-nop-1.7.36.jar:$R/org/bouncycastle/bcprov-jdk15on/1.70/bcprov-jdk15on-1.70.jar:$R/org/bouncycastle/bcpkix-jdk15on/1.70/bcpkix-jdk15on-1.70.jar:$R/org/bouncycastle/bcutil-jdk15on/1.70/bcutil-jdk15on-1.70.jar
mkdir -p "$T/jcls"
javac -d "$T/jcls" -cp "$CP" k_paluzza/Convocazione.java
java -cp "$T/jcls:$CP" Convocazione "$O/convocazione-paluzza-javafx.pdf"
python3 l_novaradisicilia.py "$O/pubblicazione-novaradisicilia-jdemos.pdf"
rm -rf "$T"
echo done
