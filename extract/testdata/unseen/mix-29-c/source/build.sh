#!/bin/sh
# Rebuilds the 12 PDFs of mix-29-c and keys.json into the parent folder.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice
# (soffice), chromium, wkhtmltopdf, php-cli with php-tcpdf and php-dompdf,
# Java 17 with the OpenPDF 1.3.43 jar from the local Maven repository,
# poppler-utils for the check.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
JAR=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
cd "$OUT"

# ReportLab
python3 "$SRC/delibera_tagliacozzo.py" delibera-tagliacozzo-fastreport.pdf
python3 "$SRC/avviso_taverna.py" avviso-taverna-indesign.pdf
# fpdf2
python3 "$SRC/determina_grumentonova.py" determina-grumentonova-datanet.pdf
# python-docx -> LibreOffice Writer
python3 "$SRC/delibera_mezzocorona.py" "$TMP/delibera-mezzocorona-wpsoffice.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/delibera-mezzocorona-wpsoffice.docx" >/dev/null 2>&1
cp "$TMP/delibera-mezzocorona-wpsoffice.pdf" .
# flat ODT -> LibreOffice Writer
cp "$SRC/stigliano/convocazione.fodt" "$TMP/convocazione-stigliano-msprinttopdf.fodt"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/convocazione-stigliano-msprinttopdf.fodt" >/dev/null 2>&1
cp "$TMP/convocazione-stigliano-msprinttopdf.pdf" .
# openpyxl -> LibreOffice Calc (Italian locale for the number formats)
python3 "$SRC/allegato_loretoaprutino.py" "$TMP/allegato-loretoaprutino-excel.xlsx"
LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/allegato-loretoaprutino-excel.xlsx" >/dev/null 2>&1
cp "$TMP/allegato-loretoaprutino-excel.pdf" .
# Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/delibera-bagnaracalabra-stimulsoft.pdf" "$SRC/bagnara/delibera.html" 2>/dev/null
# wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm --disable-smart-shrinking \
  --title "Avviso pubblico n. 3/2026" "$SRC/montemilius/avviso.html" avviso-montemilius-zohowriter.pdf 2>/dev/null || true
# TCPDF and dompdf
php "$SRC/caldaro/determina.php" "$OUT/determina-caldaro-telerik.pdf"
rm -rf "$(php -r 'echo sys_get_temp_dir();')/dompdf-fonts-petacciato"
php "$SRC/petacciato/ordinanza.php" "$OUT/ordinanza-petacciato-dompdf.pdf"
# OpenPDF (Java)
javac -cp "$JAR" -d "$TMP/cls" "$SRC/pasian/Determina.java" "$SRC/carovilli/Attestazione.java"
java -cp "$JAR:$TMP/cls" Determina determina-pasiandiprato-vesta.pdf
java -cp "$JAR:$TMP/cls" Attestazione attestazione-carovilli-birt.pdf
# keys and check
python3 "$SRC/keys_src.py" keys.json
python3 "$SRC/check_keys.py" "$OUT"
rm -rf "$TMP"
