#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR).
# Needs: python3 (odfpy, python-docx, openpyxl, reportlab, fpdf2), LibreOffice (soffice),
# wkhtmltopdf, chromium, php + php-tcpdf, Java 17 + OpenPDF 1.3.43 jar (in ~/.m2),
# enscript + ghostscript (ps2pdf), pdflatex (texlive-latex-base, lmodern, babel-italian).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
cd "$SRC"

# 1. Volpiano - Giunta deliberation (ODT via odfpy -> LibreOffice Writer)
python3 volpiano.py "$TMP/volpiano.odt"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/volpiano.odt" >/dev/null
cp "$TMP/volpiano.pdf" "$OUT/deliberazione-volpiano-storti.pdf"

# 2. Novellara - Consiglio deliberation (DOCX via python-docx -> LibreOffice)
python3 novellara.py "$TMP/novellara.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/novellara.docx" >/dev/null
cp "$TMP/novellara.pdf" "$OUT/deliberazione-novellara-textmaker.pdf"

# 3. Collazzone - Giunta deliberation (ReportLab platypus)
python3 collazzone.py "$OUT/deliberazione-collazzone-umbriadigitale.pdf"

# 4. Dogliani - determinazione (HTML -> wkhtmltopdf)
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 15mm -B 15mm -L 18mm -R 18mm \
  dogliani.html "$OUT/determinazione-dogliani-ancitel.pdf" 2>/dev/null || true

# 5. Unione dei Comuni del Marghine - determinazione (fpdf2)
python3 marghine.py "$OUT/determinazione-marghine-fpdf.pdf"

# 6. Cervinara - determinazione (PHP TCPDF)
php cervinara.php "$OUT/determinazione-cervinara-advsys.pdf"

# 7. Nonantola - ordinanza (Java, OpenPDF)
JAR="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar"
javac -cp "$JAR" -d "$TMP/classes" nonantola/Ordinanza.java
java -cp "$JAR:$TMP/classes" Ordinanza "$OUT/ordinanza-nonantola-bipublisher.pdf"

# 8. Pagani - numbered avviso (HTML -> headless Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-pagani-liferay.pdf" "file://$SRC/pagani.html" 2>/dev/null

# 9. Stroncone - certificate of publication (plain text -> enscript -> ps2pdf)
enscript -q -B -f Courier10 --margins=56:40:50:50 -o "$TMP/stroncone.ps" stroncone.txt
ps2pdf -sPAPERSIZE=a4 "$TMP/stroncone.ps" "$OUT/certificato-stroncone-enscript.pdf"

# 10. Bitti - annex (XLSX via openpyxl -> LibreOffice Calc)
python3 bitti.py "$TMP/bitti.xlsx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/bitti.xlsx" >/dev/null
cp "$TMP/bitti.pdf" "$OUT/allegato-bitti-excel.pdf"

# 11. Serramanna - convocation (pdfLaTeX)
cp serramanna.tex "$TMP/" && (cd "$TMP" && pdflatex -interaction=nonstopmode serramanna.tex >/dev/null)
cp "$TMP/serramanna.pdf" "$OUT/convocazione-serramanna-latex.pdf"

# 12. Carignano - notice (ReportLab canvas)
python3 carignano.py "$OUT/avviso-carignano-quarkxpress.pdf"

rm -rf "$TMP"
ls -l "$OUT"/*.pdf
