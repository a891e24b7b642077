#!/bin/sh
# Rebuilds the 12 PDFs of mix-52-c into the directory above this one (OUTDIR).
# Needs: python3 (reportlab, fpdf2, openpyxl), php-cli + php-tcpdf, Java 17 with iText 7.2.5 / PDFBox 2.0.31 jars
# in ~/.m2, chromium, wkhtmltopdf, enscript + ghostscript, pdflatex (texlive with beamer, lmodern, fancyhdr), LibreOffice Calc.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d "$O/tmp.XXXX")
export TEXMFVAR="$T/texmfvar"
cd "$O"
python3 "$S/01_nurri_reportlab.py" delibera-giunta-nurri-reportlab.pdf
python3 "$S/02_sanbonifacio_thymeleaf.py" "$T/02.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=delibera-consiglio-sanbonifacio-thymeleaf.pdf "$T/02.html"
for n in 03_trasimeno_pdflatex 11_fiesso_beamer; do
  cp "$S/$n.tex" "$T/"; (cd "$T" && pdflatex -interaction=nonstopmode $n.tex >/dev/null && pdflatex -interaction=nonstopmode $n.tex >/dev/null)
done
cp "$T/03_trasimeno_pdflatex.pdf" delibera-giunta-unionetrasimeno-pdflatex.pdf
cp "$T/11_fiesso_beamer.pdf" convocazione-fiessodartico-beamer.pdf
iconv -f utf-8 -t latin1 "$S/04_ceggia_printfil.txt" > "$T/04.txt"
enscript -q --fancy-header=simple --header='COMUNE DI CEGGIA - DETERMINAZIONE N. 78 DEL 10/03/2026||Pag. $% di $=' \
  --margins=48:40:30:30 -f Courier9 -F Courier-Bold8 -t 'Determinazione n. 78/2026' -o "$T/04.ps" "$T/04.txt"
ps2pdf -dPDFSETTINGS=/prepress "$T/04.ps" determina-ceggia-printfil.pdf
M=$HOME/.m2/repository
CP1=$M/com/itextpdf/kernel/7.2.5/kernel-7.2.5.jar:$M/com/itextpdf/io/7.2.5/io-7.2.5.jar:$M/com/itextpdf/layout/7.2.5/layout-7.2.5.jar:$M/com/itextpdf/commons/7.2.5/commons-7.2.5.jar:$M/org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar:$M/org/slf4j/slf4j-nop/1.7.36/slf4j-nop-1.7.36.jar
CP2=$M/org/apache/pdfbox/pdfbox/2.0.31/pdfbox-2.0.31.jar:$M/org/apache/pdfbox/fontbox/2.0.31/fontbox-2.0.31.jar:$M/commons-logging/commons-logging/1.2/commons-logging-1.2.jar
javac -d "$T/java" -cp "$CP1" "$S/OppidoDetermina.java"
java -cp "$T/java:$CP1" OppidoDetermina determina-oppidolucano-cecsistemi.pdf
javac -d "$T/java" -cp "$CP2" "$S/ArroneAttestazione.java"
java -cp "$T/java:$CP2" ArroneAttestazione attestazione-arrone-richfaces.pdf
php "$S/06_frattatodina_kohana.php" "$O/determina-frattatodina-kohana.pdf"
python3 "$S/07_corleto_pageplus.py" ordinanza-corletoperticara-pageplus.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=avviso-samugheo-quarkxpress.pdf "$S/08_samugheo_quarkxpress.html"
python3 "$S/10_rotondella_excel.py" "$T/Riparto_contributi_sport_2026.xlsx"
(cd "$T" && soffice --headless --convert-to pdf Riparto_contributi_sport_2026.xlsx >/dev/null)
cp "$T/Riparto_contributi_sport_2026.pdf" allegato-rotondella-excel.pdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 16mm -L 20mm -R 20mm --title "Pubblicazione di matrimonio n. 4/2026" \
  "$S/12_pattada_ansc.html" pubblicazione-pattada-ansc.pdf
python3 "$S/keys_src.py"
rm -rf "$T"
