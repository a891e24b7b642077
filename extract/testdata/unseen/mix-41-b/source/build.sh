#!/bin/sh
# Rebuild the 12 PDFs of mix-41-b into the parent directory.
# Needs: python3 (python-docx, odfpy, reportlab, fpdf2), LibreOffice (soffice),
# chromium, wkhtmltopdf, php + php-tcpdf, Java 17 with OpenPDF 1.3.43 and
# PDFBox 2.0.31 (+fontbox, commons-logging) in ~/.m2, pdflatex (texlive with
# koma-script).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
M=$HOME/.m2/repository

python3 "$SRC/01_oggiono_docx.py" "$TMP/deliberazione-oggiono-mediagroup98.docx"
(cd "$TMP" && soffice --headless --convert-to pdf deliberazione-oggiono-mediagroup98.docx >/dev/null)
cp "$TMP/deliberazione-oggiono-mediagroup98.pdf" "$OUT/"

python3 "$SRC/02_viadana_reportlab.py" "$OUT/deliberazione-viadana-reportlab.pdf"

sh "$SRC/03_francofonte_chrome/print.sh" "$OUT/deliberazione-francofonte-chrome.pdf"

(cd "$SRC/04_antolatigullio_openpdf" && java -cp "$M/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar" \
   Determina.java "$OUT/determinazione-antolatigullio-itext7.pdf")

python3 "$SRC/05_bibbona_odt.py" "$TMP/determinazione-bibbona-neooffice.odt"
(cd "$TMP" && soffice --headless --convert-to pdf determinazione-bibbona-neooffice.odt >/dev/null)
cp "$TMP/determinazione-bibbona-neooffice.pdf" "$OUT/"

python3 "$SRC/06_tolve_fpdf.py" "$OUT/determinazione-tolve-clipper.pdf"

php "$SRC/07_sonnino_tcpdf.php" "$OUT/ordinanza-sonnino-yii.pdf"

sh "$SRC/08_gandino_wkhtml/print.sh" "$OUT/avviso-gandino-wkhtmltopdf.pdf"

(cd "$SRC/09_geracisiculo_pdfbox" && java -cp "$M/org/apache/pdfbox/pdfbox/2.0.31/pdfbox-2.0.31.jar:$M/org/apache/pdfbox/fontbox/2.0.31/fontbox-2.0.31.jar:$M/commons-logging/commons-logging/1.2/commons-logging-1.2.jar" \
   Attestazione.java "$OUT/attestazione-geracisiculo-siciliadigitale.pdf")

python3 "$SRC/10_radda_reportlab.py" "$OUT/allegato-radda-quarkxpress.pdf"

cp "$SRC/11_macchiagodena.tex" "$SRC/12_accettura_scrlttr2.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode 11_macchiagodena.tex >/dev/null && pdflatex -interaction=nonstopmode 11_macchiagodena.tex >/dev/null)
cp "$TMP/11_macchiagodena.pdf" "$OUT/convocazione-macchiagodena-latex.pdf"
(cd "$TMP" && pdflatex -interaction=nonstopmode 12_accettura_scrlttr2.tex >/dev/null)
cp "$TMP/12_accettura_scrlttr2.pdf" "$OUT/avviso-accettura-komascript.pdf"
rm -rf "$TMP"
