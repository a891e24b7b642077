#!/bin/sh
# Rebuilds the 12 PDFs of set mix-43-c into the parent folder (OUTDIR).
# Needs: python3 + reportlab, fpdf2, python-docx, rst2pdf; php-cli + php-tcpdf; Java 17 + OpenPDF 1.3.43
# in ~/.m2; node + docx (npm install in docxjs/); Go + maroto v2 (go.mod in maroto/); wkhtmltopdf;
# chromium; pdflatex (texlive-latex-base); LibreOffice (soffice); Liberation, DejaVu, Carlito fonts.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
TMP=$(mktemp -d)
cd "$HERE"

# 1 Zoppola - Giunta 38/2026 - ReportLab (two passes: the page total is printed on every page)
python3 delibera_zoppola.py "$OUT/delibera-zoppola-adweb.pdf" 2

# 2 Montecarotto - Consiglio 9/2026 - python-docx -> LibreOffice
python3 delibera_montecarotto.py "$TMP/delibera-montecarotto-filippetti.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/delibera-montecarotto-filippetti.docx" >/dev/null
cp "$TMP/delibera-montecarotto-filippetti.pdf" "$OUT/"

# 3 Unione dei Comuni del Monte Acuto - Giunta dell'Unione 14/2026 - wkhtmltopdf (unpatched Qt)
(cd monteacuto && wkhtmltopdf --quiet -s A4 -T 18mm -B 18mm -L 18mm -R 18mm \
   --title "Deliberazione G.U. n. 14 del 18.03.2026" delibera.html "$OUT/delibera-monteacuto-technicaldesign.pdf")

# 4 Latiano - determinazione R.G. 212/2026 - TCPDF
php determina_latiano.php "$OUT/determina-latiano-pragma.pdf"

# 5 Nereto - determinazione 87/2026 - OpenPDF
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
mkdir -p "$TMP/nereto"
javac -d "$TMP/nereto" -cp "$CP" nereto/Determina.java
java -cp "$TMP/nereto:$CP" Determina "$OUT/determina-nereto-mediasoft.pdf"

# 6 Arborea - determinazione 156/2026 - Chromium headless, CSS @page margin boxes
(cd arborea && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
   --print-to-pdf="$OUT/determina-arborea-sardegnait.pdf" determina.html 2>/dev/null)

# 7 Trasacco - ordinanza 7/2026 - pdfLaTeX (two runs for "Pagina x di y")
(cd trasacco && pdflatex -interaction=batchmode -output-directory "$TMP" ordinanza.tex >/dev/null \
   && pdflatex -interaction=batchmode -output-directory "$TMP" ordinanza.tex >/dev/null)
cp "$TMP/ordinanza.pdf" "$OUT/ordinanza-trasacco-pdflatex.pdf"

# 8 Bovino - avviso pubblico 3/2026 - ReportLab (DTP-style layout)
python3 avviso_bovino.py "$OUT/avviso-bovino-quarkxpress.pdf" 2

# 9 Polverigi - attestazione di pubblicazione - fpdf2
python3 attestazione_polverigi.py "$OUT/attestazione-polverigi-gestel.pdf"

# 10 Sava - Allegato A - reStructuredText -> rst2pdf
python3 sava/gen_rst.py "$TMP/allegato.rst"
rst2pdf -s sava/sava.yaml "$TMP/allegato.rst" -o "$OUT/allegato-sava-rst2pdf.pdf"

# 11 Lestizza - convocazione del Consiglio - Go + maroto v2
(cd maroto && go run . "$OUT/convocazione-lestizza-maroto.pdf")

# 12 Montelupone - avviso - docx (npm) -> LibreOffice
(cd docxjs && [ -d node_modules ] || npm install docx@9 >/dev/null)
(cd docxjs && node avviso_montelupone.js "$TMP/avviso-montelupone-docxjs.docx")
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/avviso-montelupone-docxjs.docx" >/dev/null
cp "$TMP/avviso-montelupone-docxjs.pdf" "$OUT/"

rm -rf "$TMP"
echo built
