#!/bin/sh
# Rebuilds the 12 PDFs of set mix-46-b into the parent folder (OUTDIR). Needs python3 (reportlab, fpdf2,
# python-docx, openpyxl), LibreOffice 7.x, chromium, pdflatex (texlive-latex-base/recommended + fonts-recommended),
# php-cli + php-tcpdf, Java 17 with OpenPDF 1.3.43 (Maven Central) and libitext5-java.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d)
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
ITEXT5=${ITEXT5:-/usr/share/java/itext5.jar}
cd "$O"
python3 "$S/01_gassino_gisweb.py" deliberazione-gassinotorinese-gisweb.pdf
python3 "$S/02_noventa_visura.py" "$T/deliberazione-noventapadovana-visura.docx"
soffice --headless --convert-to pdf --outdir "$O" "$T/deliberazione-noventapadovana-visura.docx"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-terredipianura-printcss.pdf" "$S/03_terredipianura_printcss.html"
cp "$S/04_teolo_pdflatex.tex" "$T/determinazione-teolo-pdflatex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-teolo-pdflatex.tex >/dev/null && \
            pdflatex -interaction=nonstopmode determinazione-teolo-pdflatex.tex >/dev/null)
cp "$T/determinazione-teolo-pdflatex.pdf" "$O/"
python3 "$S/05_valtopina_fpdf2.py" determinazione-valtopina-fpdf2.pdf
php "$S/06_pellezzano_datasiel.php" "$O/determinazione-pellezzano-datasiel.pdf"
python3 "$S/07_zumpano_reportlab.py" ordinanza-zumpano-reportlab.pdf
cp "$S/08_curinga_hsh.html" "$T/avviso-curinga-hsh.html"
(cd "$T" && soffice --headless --convert-to odt:writerweb8_writer avviso-curinga-hsh.html && \
            soffice --headless --convert-to pdf avviso-curinga-hsh.odt)
cp "$T/avviso-curinga-hsh.pdf" "$O/"
javac -cp "$OPENPDF" -d "$T" "$S/Attestazione.java"
java -cp "$OPENPDF:$T" Attestazione "$O/attestazione-grottolella-almaviva.pdf"
python3 "$S/10_vigarano_excel.py" "$T/allegato-vigaranomainarda-excel.xlsx"
(cd "$T" && soffice --headless --convert-to pdf allegato-vigaranomainarda-excel.xlsx)
cp "$T/allegato-vigaranomainarda-excel.pdf" "$O/"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/convocazione-nordesttorino-opencity.pdf" "$S/11_nordesttorino_opencity.html"
javac -cp "$ITEXT5" -d "$T" "$S/Manifesto.java"
java -cp "$ITEXT5:$T" Manifesto "$O/avviso-bricherasio-quarkxpress.pdf"
python3 "$S/keys_source.py"   # writes keys.json in OUTDIR
rm -rf "$T"
