#!/bin/sh
# Rebuilds the 12 PDFs and keys.json of set mix-52-b. Run from anywhere; writes into the folder above source/.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
W=$(mktemp -d "$OUT/build.XXXXXX")
cd "$W"
# 1 Castellarano: python-docx -> LibreOffice Writer
python3 "$SRC/d01_castellarano.py" d01.docx && soffice --headless --convert-to pdf d01.docx >/dev/null && mv d01.pdf "$OUT/delibera-castellarano-consorzioit.pdf"
# 2 Morcone: HTML -> wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14 -B 14 -L 12 -R 12 "$SRC/d02_morcone.html" "$OUT/delibera-morcone-westpole.pdf" 2>/dev/null
# 3 Fiumefreddo Bruzio: hand-built .odt -> LibreOffice Writer
python3 "$SRC/d03_fiumefreddo.py" d03.odt && soffice --headless --convert-to pdf d03.odt >/dev/null && mv d03.pdf "$OUT/delibera-fiumefreddobruzio-delisa.pdf"
# 4 Unione Terre Verdiane: PHP TCPDF (php-tcpdf)
php "$SRC/d04_terreverdiane.php" "$OUT/determina-terreverdiane-secoval.pdf"
# 5 Giaveno: Java, iText 7.2.5 from the local Maven repository
M=$HOME/.m2/repository
CP=$M/com/itextpdf/kernel/7.2.5/kernel-7.2.5.jar:$M/com/itextpdf/io/7.2.5/io-7.2.5.jar:$M/com/itextpdf/layout/7.2.5/layout-7.2.5.jar:$M/com/itextpdf/commons/7.2.5/commons-7.2.5.jar:$M/org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar:$M/org/slf4j/slf4j-nop/1.7.36/slf4j-nop-1.7.36.jar
mkdir -p cls && javac -cp "$CP" -d cls "$SRC/d05_giaveno/Giaveno.java" && java -cp "$CP:cls" Giaveno "$OUT/determina-giaveno-infocamere.pdf"
# 6 Sellia Marina: ReportLab
python3 "$SRC/d06_selliamarina.py" "$OUT/determina-selliamarina-tdgroup.pdf"
# 7 Forio: pdfLaTeX article
cp "$SRC/d07_forio.tex" . && pdflatex -interaction=batchmode d07_forio.tex >/dev/null && pdflatex -interaction=batchmode d07_forio.tex >/dev/null && cp d07_forio.pdf "$OUT/ordinanza-forio-pdflatex.pdf"
# 8 Caiazzo: HTML -> headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/bando-caiazzo-chromium.pdf" "$SRC/d08_caiazzo.html" 2>/dev/null
# 9 Cavaglia: Go program writing the PDF by hand
(cd "$SRC/d09_cavaglia" && go run main.go "$OUT/attestato-cavaglia-inhouse.pdf")
# 10 Rubiera: matplotlib
python3 "$SRC/d10_rubiera.py" "$OUT/allegato-rubiera-matplotlib.pdf"
# 11 Gioiosa Ionica: pdfLaTeX letter class
cp "$SRC/d11_gioiosaionica.tex" . && pdflatex -interaction=batchmode d11_gioiosaionica.tex >/dev/null && cp d11_gioiosaionica.pdf "$OUT/convocazione-gioiosaionica-latexletter.pdf"
# 12 Unione Montana Valle Stura: openpyxl .xlsx -> LibreOffice Calc
python3 "$SRC/d12_vallestura.py" d12.xlsx && soffice --headless --convert-to pdf d12.xlsx >/dev/null && mv d12.pdf "$OUT/avviso-vallestura-excel.pdf"
cd "$OUT" && rm -rf "$W"
python3 "$SRC/make_keys.py" && python3 "$SRC/check_keys.py" "$OUT"
