#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR).
# Needs: python3 (python-docx, reportlab, fpdf2, openpyxl), LibreOffice (soffice),
# wkhtmltopdf, chromium, php + php-tcpdf (/usr/share/php/tcpdf), Java 17 + OpenPDF 1.3.43 jar,
# Ghostscript (ps2pdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}

# 1 Ghedi: .docx (python-docx) converted by LibreOffice
python3 "$SRC/ghedi_docx.py" "$TMP/ghedi.docx"
# 9 Aci Castello: .docx converted by LibreOffice
python3 "$SRC/acicastello_docx.py" "$TMP/acicastello.docx"
# 10 Sarnico: .xlsx (openpyxl) exported by LibreOffice Calc
python3 "$SRC/sarnico_xlsx.py" "$TMP/sarnico.xlsx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/ghedi.docx" "$TMP/acicastello.docx" "$TMP/sarnico.xlsx" >/dev/null 2>&1
# 12 Campagnano: HTML imported into Writer, exported by LibreOffice
cp "$SRC/campagnano.html" "$TMP/"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$TMP" "$TMP/campagnano.html" >/dev/null 2>&1
# 2 Sorano: wkhtmltopdf
wkhtmltopdf -q --zoom 1.28 --disable-smart-shrinking --page-size A4 --margin-top 18 --margin-bottom 18 --margin-left 16 --margin-right 16 "$SRC/sorano.html" "$TMP/sorano.pdf" 2>/dev/null || true
# 6 Unione Media Valle del Serchio: headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$TMP/mvserchio.pdf" "file://$SRC/mvserchio.html" 2>/dev/null
# 3 Castroreale, 11 Rapolla: OpenPDF
javac -d "$TMP/cls" -cp "$OPENPDF" "$SRC/Castroreale.java" "$SRC/Rapolla.java"
java -cp "$TMP/cls:$OPENPDF" Castroreale "$TMP/castroreale.pdf"
java -cp "$TMP/cls:$OPENPDF" Rapolla "$TMP/rapolla.pdf"
# 4 Vallecrosia: ReportLab
python3 "$SRC/vallecrosia_rl.py" "$TMP/vallecrosia.pdf"
# 5 Montemurro: TCPDF
php "$SRC/montemurro.php" "$TMP/montemurro.pdf"
# 7 Bolsena: fpdf2
python3 "$SRC/bolsena_fpdf.py" "$TMP/bolsena.pdf"
# 8 Castelmauro: PostScript distilled by Ghostscript
python3 "$SRC/castelmauro_ps.py" "$TMP/castelmauro.ps"
ps2pdf -dPDFSETTINGS=/printer -sPAPERSIZE=a4 "$TMP/castelmauro.ps" "$TMP/castelmauro.pdf"

cp "$TMP/ghedi.pdf"        "$OUT/delibera-ghedi-ilovepdf.pdf"
cp "$TMP/sorano.pdf"       "$OUT/delibera-sorano-rotativa.pdf"
cp "$TMP/castroreale.pdf"  "$OUT/delibera-castroreale-xdocreport.pdf"
cp "$TMP/vallecrosia.pdf"  "$OUT/determina-vallecrosia-reportlab.pdf"
cp "$TMP/montemurro.pdf"   "$OUT/determina-montemurro-tcpdf.pdf"
cp "$TMP/mvserchio.pdf"    "$OUT/determina-mediavalleserchio-browsershot.pdf"
cp "$TMP/bolsena.pdf"      "$OUT/ordinanza-bolsena-novapdf.pdf"
cp "$TMP/castelmauro.pdf"  "$OUT/avviso-castelmauro-quarkxpress.pdf"
cp "$TMP/acicastello.pdf"  "$OUT/certificato-acicastello-gembox.pdf"
cp "$TMP/sarnico.pdf"      "$OUT/allegato-sarnico-excel.pdf"
cp "$TMP/rapolla.pdf"      "$OUT/convocazione-rapolla-pdfelement.pdf"
cp "$TMP/campagnano.pdf"   "$OUT/avviso-campagnano-smallpdf.pdf"
rm -rf "$TMP"
echo done
