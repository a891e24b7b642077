#!/bin/sh
# Rebuilds the 12 PDFs of set mix-36-c into the parent folder.
# Needs: python3 (reportlab, fpdf2, python-docx), php-cli + php-tcpdf, Java 17 +
# OpenPDF 1.3.43 in ~/.m2, chromium, wkhtmltopdf, enscript + ghostscript,
# LibreOffice (soffice), pdflatex with beamer + pgf (texlive-pictures).
set -e
cd "$(dirname "$0")"
SRC=$PWD
OUT=$(cd .. && pwd)
TMP=$(mktemp -d)

python3 d01_brugnera_powerbuilder.py "$OUT/deliberazione-brugnera-powerbuilder.pdf"
php d02_pratolapeligna_quickreport.php "$OUT/deliberazione-pratolapeligna-quickreport.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-nordsalento-mpdf.pdf" "$SRC/d03_nordsalento_mpdf.html"

python3 d04_vipiteno_wordperfect.py "$TMP/determinazione-vipiteno-wordperfect.docx"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/determinazione-vipiteno-wordperfect.docx"

OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
javac -cp "$OPENPDF" -d "$TMP/java" d05_noicattaro_visualfoxpro/Determina.java
java -cp "$OPENPDF:$TMP/java" Determina "$OUT/determinazione-noicattaro-visualfoxpro.pdf"

wkhtmltopdf -q --enable-local-file-access -s A4 -T 15mm -B 18mm -L 18mm -R 18mm \
  --title "Determinazione n. 63/2026" d06_amandola_paleo.html "$OUT/determinazione-amandola-paleo.pdf"

python3 d07_martinsicuro_clarion.py "$OUT/ordinanza-martinsicuro-clarion.pdf"
python3 d08_portocannone_quarkxpress.py "$OUT/avviso-portocannone-quarkxpress.pdf"

iconv -f utf-8 -t latin1 d09_colletorto_scounix.txt > "$TMP/cert.txt"
enscript -q -X latin1 -f Courier10 --margins=60:50:40:40 -b 'Colletorto - Albo||Pag. $% di $=' \
  -t "Certificato pubblicazione 219/2026" -p "$TMP/cert.ps" "$TMP/cert.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/cert.ps" "$OUT/attestazione-colletorto-scounix.pdf"

python3 d10_aldeno_excel.py "$TMP/allegato-aldeno-excel.fods"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/allegato-aldeno-excel.fods"

python3 d11_fontanafredda_wordpad.py "$TMP/convocazione-fontanafredda-wordpad.rtf"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/convocazione-fontanafredda-wordpad.rtf"

cp d12_pianbruscolo_beamer.tex "$TMP/avviso-pianbruscolo-beamer.tex"
(cd "$TMP" && pdflatex -interaction=nonstopmode avviso-pianbruscolo-beamer.tex >/dev/null \
  && pdflatex -interaction=nonstopmode avviso-pianbruscolo-beamer.tex >/dev/null)
cp "$TMP/avviso-pianbruscolo-beamer.pdf" "$OUT/"
rm -rf "$TMP"
