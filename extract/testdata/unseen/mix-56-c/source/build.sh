#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder (OUTDIR). Kept as a record.
# Needs: python3 (reportlab, ezodf, odfdo, openpyxl, trml2pdf), php + php-tcpdf, perl + libpdf-builder-perl,
# Java 17 with org.jfree.pdf 2.0.1, easytable 1.0.2, pdfbox 3.0.2 (+fontbox, pdfbox-io, commons-logging) in ~/.m2,
# node + npm (officegen 0.6.5), LibreOffice (soffice), wkhtmltopdf, chromium, poppler-utils.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); W=$(mktemp -d "$O/.build.XXXX"); R=$HOME/.m2/repository
cd "$W"
python3 "$S/d01_villanova_reportlab.py" "$O/deliberazione-villanovamondovi-reportlab.pdf"
php "$S/d02_langhirano_tcpdf.php" "$O/deliberazione-langhirano-tcpdf.pdf"
CP1=$R/org/jfree/org.jfree.pdf/2.0.1/org.jfree.pdf-2.0.1.jar
javac -d "$W/java" -cp "$CP1" "$S/D03Calangianus.java"
java -cp "$W/java:$CP1" D03Calangianus "$O/deliberazione-calangianus-jfreepdf.pdf"
perl "$S/d04_sassano_pdfbuilder.pl" "$S/d04_sassano.txt" "$O/determinazione-sassano-pdfbuilder.pdf"
python3 "$S/d05_unionevaltrebbia_ezodf.py" "$W/determinazione-unionevaltrebbia-ezodf.odt"
wkhtmltopdf -q -s A4 -T 15mm -B 18mm -L 18mm -R 18mm "$S/d06_castellarquato.html" "$O/determinazione-castellarquato-wkhtmltopdf.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$W/chr" --print-to-pdf="$O/ordinanza-stresa-chromium.pdf" "$S/d07_stresa.html"
python3 "$S/d08_guardia_odfdo.py" "$W/avviso-guardiasanframondi-odfdo.odt"
python3 "$S/d09_pietramelara_trml2pdf.py" "$S/d09_pietramelara.rml" "$O/attestazione-pietramelara-trml2pdf.pdf"
python3 "$S/d10_castelnuovodb_openpyxl.py" "$W/allegato-castelnuovodonbosco-openpyxl.xlsx"
mkdir -p node && (cd node && npm install --no-audit --no-fund officegen@0.6.5 >/dev/null && NODE_PATH=$PWD/node_modules node "$S/d11_aritzo_officegen.js" "$W/convocazione-aritzo-officegen.docx")
for f in determinazione-unionevaltrebbia-ezodf.odt avviso-guardiasanframondi-odfdo.odt allegato-castelnuovodonbosco-openpyxl.xlsx convocazione-aritzo-officegen.docx; do
  soffice --headless --convert-to pdf --outdir "$O" "$W/$f" >/dev/null
done
CP2=$R/com/github/vandeseer/easytable/1.0.2/easytable-1.0.2.jar:$R/org/apache/pdfbox/pdfbox/3.0.2/pdfbox-3.0.2.jar:$R/org/apache/pdfbox/fontbox/3.0.2/fontbox-3.0.2.jar:$R/org/apache/pdfbox/pdfbox-io/3.0.2/pdfbox-io-3.0.2.jar:$R/commons-logging/commons-logging/1.3.0/commons-logging-1.3.0.jar
javac -d "$W/java" -cp "$CP2" "$S/D12Fusignano.java"
java -cp "$W/java:$CP2" D12Fusignano "$O/avviso-fusignano-easytable.pdf" 2>/dev/null
python3 "$S/make_keys.py" && python3 "$S/check_keys.py"
rm -rf "$W"
