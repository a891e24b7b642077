#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR), then writes keys.json.
# Needs: soffice (LibreOffice 7.4), chromium (>= 131, for @page margin boxes), wkhtmltopdf 0.12.6 (unpatched Qt is fine),
# php + php-tcpdf, java 17 + OpenPDF 1.3.43 jar, pdflatex (texlive: babel-italian, psnfss, fancyhdr, tabularx, hyperref),
# groff 1.22 (gropdf), python3 with reportlab, fpdf2, python-docx, odfpy, pikepdf; Liberation, DejaVu and Carlito fonts.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
SOFFICE="soffice --headless -env:UserInstallation=file:///tmp/lo-albo-26c"
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"

cd "$HERE/01-bordighera" && $CHROME --print-to-pdf=delibera-bordighera.pdf delibera-bordighera.html 2>/dev/null
cp delibera-bordighera.pdf "$OUT/delibera-bordighera-liguriadigitale.pdf"

cd "$HERE/02-lavis" && $SOFFICE --convert-to pdf delibera-lavis.fodt >/dev/null
cp delibera-lavis.pdf "$OUT/delibera-lavis-sistemaattitrento.pdf"

cd "$HERE/03-castellaneta" && python3 delibera_castellaneta.py
cp delibera-castellaneta.pdf "$OUT/delibera-castellaneta-jente.pdf"

cd "$HERE/04-corciano" && wkhtmltopdf -q --enable-local-file-access --encoding utf-8 -s A4 -T 16mm -B 16mm -L 20mm -R 18mm --zoom 1.3 --title "Determinazione R.G. n. 312/2026" determina-corciano.html determina-corciano.pdf 2>/dev/null
cp determina-corciano.pdf "$OUT/determina-corciano-engineering.pdf"

cd "$HERE/05-partemontis" && php determina-partemontis.php
cp determina-partemontis.pdf "$OUT/determina-partemontis-inforcoop.pdf"

cd "$HERE/06-altopascio" && python3 determina_altopascio.py && $SOFFICE --convert-to pdf determina-altopascio.docx >/dev/null
cp determina-altopascio.pdf "$OUT/determina-altopascio-zucchetti.pdf"

cd "$HERE/07-cogoleto" && python3 ordinanza_cogoleto.py
cp ordinanza-cogoleto.pdf "$OUT/ordinanza-cogoleto-gosign.pdf"

cd "$HERE/08-riccia" && $CHROME --print-to-pdf=avviso-riccia.pdf avviso-riccia.html 2>/dev/null
cp avviso-riccia.pdf "$OUT/avviso-riccia-entionline.pdf"

cd "$HERE/09-brunico" && javac -cp "$J" AttestatoBrunico.java && java -cp "$J:." AttestatoBrunico attestato-brunico.pdf
cp attestato-brunico.pdf "$OUT/attestazione-brunico-siag.pdf"

cd "$HERE/10-torgiano" && pdflatex -interaction=nonstopmode allegato-torgiano.tex >/dev/null && pdflatex -interaction=nonstopmode allegato-torgiano.tex >/dev/null
cp allegato-torgiano.pdf "$OUT/allegato-torgiano-latexstudio.pdf"

cd "$HERE/11-collesalvetti" && python3 convocazione_collesalvetti.py
cp convocazione-collesalvetti.pdf "$OUT/convocazione-collesalvetti-pecprotocollo.pdf"

cd "$HERE/12-sennori" && groff -ms -t -k -Tpdf pubblicazione-sennori.ms > pubblicazione-sennori.pdf 2>/dev/null
cp pubblicazione-sennori.pdf "$OUT/pubblicazione-sennori-ancitel.pdf"

cd "$HERE" && python3 make_keys.py
echo done
