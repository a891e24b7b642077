#!/bin/sh
# Rebuilds the 12 PDFs of set mix-29-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), php-cli + php-tcpdf (/usr/share/php/tcpdf),
# Java 17 + OpenPDF 1.3.43 from the local Maven repository, LibreOffice (soffice), chromium, wkhtmltopdf.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
[ -f "$OPENPDF" ] || mvn -q dependency:get -Dartifact=com.github.librepdf:openpdf:1.3.43

# OpenPDF (Java): Veroli deliberation, Telese Terme certificate
javac -d "$TMP" -cp "$OPENPDF" "$SRC/veroli/DeliberaVeroli.java" "$SRC/teleseterme/AttestazioneTelese.java"
java -cp "$TMP:$OPENPDF" DeliberaVeroli "$OUT/deliberazione-veroli-datanet.pdf"
java -cp "$TMP:$OPENPDF" AttestazioneTelese "$OUT/attestazione-teleseterme-myo.pdf"

# python-docx -> LibreOffice: Cotignola
python3 "$SRC/cotignola/make_docx.py" "$TMP/deliberazione-cotignola-acrobat.docx"
# flat ODT -> LibreOffice: Isili
python3 "$SRC/isili/make_fodt.py" "$TMP/deliberazione-isili-wps.fodt"
(cd "$TMP" && soffice --headless --convert-to pdf deliberazione-cotignola-acrobat.docx deliberazione-isili-wps.fodt >/dev/null)
cp "$TMP/deliberazione-cotignola-acrobat.pdf" "$TMP/deliberazione-isili-wps.pdf" "$OUT/"

# TCPDF (PHP): Castellamonte (TCPDF wants an absolute output path)
php "$SRC/castellamonte/determina.php" "$OUT/determinazione-castellamonte-advsys.pdf"

# Chromium: Arcevia, Ripatransone
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-arcevia-isweb.pdf" "$SRC/arcevia/determinazione.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/convocazione-ripatransone-zoho.pdf" "$SRC/ripatransone/convocazione.html" 2>/dev/null

# wkhtmltopdf: Airola
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 18mm -L 18mm -R 18mm "$SRC/airola/ordinanza.html" "$OUT/ordinanza-airola-asmenet.pdf" 2>/dev/null || true

# ReportLab: Unione Valli del Reno, Lavino e Samoggia; Unione del Guilcer
python3 "$SRC/renolavinosamoggia/make.py" "$OUT/determinazione-renolavinosamoggia-gestatti.pdf"
python3 "$SRC/guilcer/make.py" "$OUT/allegato-guilcer-indesign.pdf"

# fpdf2: Priverno, Trino
python3 "$SRC/priverno/make.py" "$OUT/bando-priverno-net4market.pdf"
python3 "$SRC/trino/make.py" "$OUT/avviso-trino-msprint.pdf"
rm -rf "$TMP"
