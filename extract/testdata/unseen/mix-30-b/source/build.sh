#!/bin/sh
# Rebuilds the 12 PDFs of mix-30-b into the folder above this one, then
# rewrites keys.json and checks the keyed strings against pdftotext.
# Needs: python3 (reportlab, fpdf2, python-docx), LibreOffice (soffice),
# enscript + ghostscript, groff (gropdf), php-cli + php-tcpdf, Java 17 with
# OpenPDF 1.3.43 in the local Maven repository, chromium, wkhtmltopdf,
# abiword, poppler-utils.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
cd "$S"
python3 d01_darfo_as400.py "$O/deliberazione-darfoboario-as400.pdf"
python3 d02_finaleligure_sicrawebj.py "$O/deliberazione-finaleligure-sicrawebj.pdf"
CP=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
[ -f "$CP" ] || mvn -q dependency:get -Dartifact=com.github.librepdf:openpdf:1.3.43
T=$(mktemp -d)
javac -nowarn -d "$T" -cp "$CP" D03AmiataOracleReports.java
java -cp "$T:$CP" D03AmiataOracleReports "$O/deliberazione-amiatavaldorcia-oraclereports.pdf"
rm -rf "$T"
python3 d04_chiavenna_mailmerge.py "$O/determinazione-chiavenna-mailmerge.pdf"
php d05_spoltore_digitalpa.php "$O/determinazione-spoltore-digitalpa.pdf"
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/determinazione-montalcino-drupal.pdf" "$S/d06_montalcino_drupal.html" 2>/dev/null
python3 d07_sarnano_egaf.py "$O/ordinanza-sarnano-egaf.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14 -B 14 -L 14 -R 14 \
  --title "Avviso pubblico n. 3/2026 – Comune di San Salvo" \
  "$S/d08_sansalvo_wordpress.html" "$O/avviso-sansalvo-wordpress.pdf"
groff -ms -t -Tpdf -P-pa4 -Kutf8 d09_portovenere_swingreport.ms > "$O/attestazione-portovenere-swingreport.pdf"
python3 d10_urbania_calc.py "$O/allegato-urbania-calc.pdf"
python3 d11_montalbanojonico_lotusnotes.py "$O/convocazione-montalbanojonico-lotusnotes.pdf"
abiword --to=pdf -o "$O/avviso-castelmezzano-abiword.pdf" "$S/d12_castelmezzano_abiword.html"
python3 make_keys.py
