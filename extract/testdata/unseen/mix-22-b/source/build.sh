#!/bin/bash
# Rebuilds the 12 PDFs of mix-22-b into the folder above this one.
# Needs: php-cli + php-tcpdf, python3 with reportlab, fpdf2, python-docx,
# LibreOffice (writer + calc, nogui), wkhtmltopdf, chromium, Java 17 and
# OpenPDF 1.3.43 in ~/.m2 (mvn dependency:get -Dartifact=com.github.librepdf:openpdf:1.3.43).
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d)"
cd "$SRC"

# TCPDF (PHP)
php determina-cordenons-epraxi.php "$OUT/determina-cordenons-epraxi.pdf"
php ordinanza-montesarchio-tinn.php "$OUT/ordinanza-montesarchio-tinn.pdf"
# ReportLab / fpdf2
python3 delibera-lerici-softech.py "$OUT/delibera-lerici-softech.pdf"
python3 determina-tresinarosecchia-starch.py "$OUT/determina-tresinarosecchia-starch.pdf"
# LibreOffice Writer (.fodt), docx -> LibreOffice, Calc (.fods)
python3 delibera-levicoterme-cctmodello.py "$TMP/delibera-levicoterme-cctmodello.fodt"
python3 convocazione-assemini-writer.py "$TMP/convocazione-assemini-writer.fodt"
python3 delibera-villasimius-mercurio.py "$TMP/delibera-villasimius-mercurio.docx"
python3 avviso-bibbiena-modellodocx.py "$TMP/avviso-bibbiena-modellodocx.docx"
python3 allegato-cittadellapieve-calc.py "$TMP/allegato-cittadellapieve-calc.fods"
for f in "$TMP"/*.fodt "$TMP"/*.docx "$TMP"/*.fods; do
  soffice --headless --convert-to pdf --outdir "$OUT" "$f" >/dev/null
done
# wkhtmltopdf and Chromium
wkhtmltopdf -q --page-size A4 --margin-top 15mm --margin-bottom 15mm --title "Certificato di pubblicazione" \
  attestazione-budrio-finmatica.html "$OUT/attestazione-budrio-finmatica.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-atripalda-opengov.pdf" avviso-atripalda-opengov.html 2>/dev/null
# OpenPDF (Java), printed like a JasperReports report
JAR="$(find ~/.m2 -name 'openpdf-1.3.43.jar' | head -1)"
mkdir -p "$TMP/java"
javac -nowarn -d "$TMP/java" -cp "$JAR" java/DeterminaTricarico.java
java -cp "$JAR:$TMP/java" DeterminaTricarico "$OUT/determina-tricarico-jasper.pdf"
rm -rf "$TMP"
ls -l "$OUT"/*.pdf
