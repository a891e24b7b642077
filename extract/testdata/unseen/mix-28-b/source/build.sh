#!/bin/sh
# Rebuild the 12 PDFs of set mix-28-b into the parent folder of source/.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice (soffice),
# wkhtmltopdf, chromium, php-cli + php-tcpdf (/usr/share/php/tcpdf), Java 17 and the
# OpenPDF 1.3.43 jar from the local Maven repository (not copied here).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
JAR=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
cd "$OUT"

# 1 Spinea - flat ODT -> LibreOffice Writer
python3 "$SRC/01_spinea_fodt.py" "$TMP/deliberazione-spinea-halleyveneto.fodt"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/deliberazione-spinea-halleyveneto.fodt"

# 2 Casalpusterlengo - OpenPDF (Java)
javac -d "$TMP/cls" -cp "$JAR" "$SRC/02_casalpusterlengo/DelibCC.java"
java -cp "$JAR:$TMP/cls" DelibCC deliberazione-casalpusterlengo-crystalreports.pdf

# 3 Unione Valdarno e Valdisieve - wkhtmltopdf
wkhtmltopdf -q -s A4 -T 18 -B 18 -L 18 -R 18 "$SRC/03_valdarnovaldisieve.html" deliberazione-valdarnovaldisieve-sistemaattitoscana.pdf

# 4 Fiano Romano - TCPDF (PHP)
php "$SRC/04_fianoromano.php" "$OUT/determinazione-fianoromano-soluzionepa.pdf"

# 5 Sarre - ReportLab
python3 "$SRC/05_sarre_reportlab.py" determinazione-sarre-inva.pdf

# 6 Mori - Chromium
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-mori-proxima.pdf" "file://$SRC/06_mori.html"

# 7 Cascina - fpdf2
python3 "$SRC/07_cascina_fpdf2.py" ordinanza-cascina-datamanagementpa.pdf

# 8 Malo - python-docx -> LibreOffice
python3 "$SRC/08_malo_docx.py" "$TMP/bando-malo-pasubiotecnologia.docx"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/bando-malo-pasubiotecnologia.docx"

# 9 Ciampino - Chromium
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/attestazione-ciampino-sharepoint.pdf" "file://$SRC/09_ciampino.html"

# 10 Civita Castellana - OpenPDF (Java)
javac -d "$TMP/cls" -cp "$JAR" "$SRC/10_civitacastellana/AllegatoA.java"
java -cp "$JAR:$TMP/cls" AllegatoA allegato-civitacastellana-globo.pdf

# 11 Tradate - wkhtmltopdf, then Pages-like metadata
wkhtmltopdf -q -s A4 -T 20 -B 20 -L 24 -R 20 "$SRC/11_tradate.html" convocazione-tradate-applepages.pdf
python3 "$SRC/set_meta.py" convocazione-tradate-applepages.pdf "Pages" "macOS Versione 14.6.1 (Build 23G93) Quartz PDFContext"

# 12 Morbegno - ReportLab canvas, then Scribus-like metadata
python3 "$SRC/12_morbegno_reportlab.py" avviso-morbegno-scribus.pdf
python3 "$SRC/set_meta.py" avviso-morbegno-scribus.pdf "Scribus 1.6.2" "Scribus PDF Library 1.6.2"

rm -rf "$TMP"
