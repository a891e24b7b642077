#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above this one.
# Needs: LibreOffice (soffice), texlive (pdflatex, fancyhdr), python3 with python-docx, reportlab, fpdf2, weasyprint,
# Java 17 with OpenPDF 1.3.43 in ~/.m2, php-cli with php-tcpdf, wkhtmltopdf, chromium, ghostscript (ps2pdf).
set -e
cd "$(dirname "$0")"
OUT=..
TMP=$(mktemp -d)
# 1 Mortegliano: LibreOffice Writer from a flat ODT
soffice --headless --convert-to pdf --outdir "$TMP" deliberazione-mortegliano.fodt
cp "$TMP/deliberazione-mortegliano.pdf" $OUT/deliberazione-mortegliano-staroffice.pdf
# 2 Campli: pdflatex (run twice)
pdflatex -interaction=nonstopmode -output-directory="$TMP" deliberazione-campli.tex >/dev/null
pdflatex -interaction=nonstopmode -output-directory="$TMP" deliberazione-campli.tex >/dev/null
cp "$TMP/deliberazione-campli.pdf" $OUT/deliberazione-campli-latex.pdf
# 3 Unione Montana dei Monti Azzurri: python-docx, converted by LibreOffice
python3 deliberazione_montiazzurri.py "$TMP/deliberazione-montiazzurri-primopdf.docx"
soffice --headless --convert-to pdf --outdir $OUT "$TMP/deliberazione-montiazzurri-primopdf.docx"
# 4 Leverano: OpenPDF (Java)
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
javac -cp "$CP" -d "$TMP/cls" java/DeterminaLeverano.java
java -cp "$CP:$TMP/cls" DeterminaLeverano $OUT/determinazione-leverano-syncfusion.pdf
# 5 Cuglieri: WeasyPrint
python3 -c "import weasyprint; weasyprint.HTML('determinazione-cuglieri.html').write_pdf('$OUT/determinazione-cuglieri-dike.pdf')"
# 6 Appignano: ReportLab, fixed pitch
python3 determinazione_appignano.py $OUT/determinazione-appignano-acucobol.pdf
# 7 Peschici: TCPDF (PHP)
php ordinanza-peschici.php $OUT/ordinanza-peschici-html2pdf.pdf
# 8 Casalbordino: wkhtmltopdf
wkhtmltopdf -q --page-size A4 --margin-top 12mm --margin-bottom 14mm --margin-left 12mm --margin-right 12mm --title "Avviso pubblico n. 3/2026" avviso-casalbordino.html $OUT/avviso-casalbordino-opencms.pdf
# 9 Sedegliano: fpdf2
python3 attestazione_sedegliano.py $OUT/attestazione-sedegliano-sepel.pdf
# 10 Baunei: ReportLab
python3 allegato_baunei.py $OUT/allegato-baunei-primus.pdf
# 11 Monteprandone: Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$(cd $OUT && pwd)/convocazione-monteprandone-thunderbird.pdf convocazione-monteprandone.html
# 12 Turi: hand-written PostScript, Ghostscript
python3 avviso_turi.py "$TMP/turi.ps"
ps2pdf -dPDFSETTINGS=/prepress "$TMP/turi.ps" $OUT/avviso-turi-quarkxpress.pdf
rm -rf "$TMP"
