#!/bin/sh
# Rebuilds the 12 PDFs of set mix-28-c into the parent directory.
# Needs: python3 (reportlab, fpdf2, odfpy, python-docx), php-cli + php-tcpdf,
# Java 17 + OpenPDF 1.3.43 jar (from the local Maven repository), wkhtmltopdf,
# chromium, LibreOffice (soffice), groff with tbl.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
JAR=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}

# Java / OpenPDF
javac -d "$T/classes" -cp "$JAR" "$S"/java/PietraLigure.java "$S"/java/Alberobello.java
java -cp "$T/classes:$JAR" PietraLigure "$O/deliberazione-pietraligure-kroll.pdf"
java -cp "$T/classes:$JAR" Alberobello "$O/allegato-alberobello-crystal.pdf"

# ODT (odfpy) -> LibreOffice
python3 "$S/passignano_odt.py" "$T/passignano.odt"
soffice --headless --convert-to pdf --outdir "$T" "$T/passignano.odt" >/dev/null
cp "$T/passignano.pdf" "$O/deliberazione-passignano-openoffice4.pdf"

# HTML -> wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 16mm -L 16mm -R 16mm \
  "$S/html/biancavilla.html" "$O/deliberazione-biancavilla-linkmate.pdf"

# TCPDF
php "$S/php/massafra.php" "$O/determinazione-massafra-soluzionepa.pdf"

# ReportLab / fpdf2
python3 "$S/py/irsina.py" "$O/determinazione-irsina-advsys.pdf"
python3 "$S/py/valvibrata.py" "$O/determinazione-valvibrata-dmpa.pdf"
python3 "$S/py/sangiustino.py" "$O/avviso-sangiustino-scribus.pdf"

# HTML -> Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/ordinanza-ospedaletti-sharepoint.pdf" "$S/html/ospedaletti.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/convocazione-casoli-pages.pdf" "$S/html/casoli.html"

# .docx (python-docx) -> LibreOffice
python3 "$S/py/frosolone_docx.py" "$T/frosolone.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/frosolone.docx" >/dev/null
cp "$T/frosolone.pdf" "$O/avviso-frosolone-proxima.pdf"

# groff -ms + tbl
groff -Kutf8 -t -ms -Tpdf "$S/groff/capodorlando.ms" > "$O/certificato-capodorlando-sisinfprov.pdf"

rm -rf "$T"
