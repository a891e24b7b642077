#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR), then writes keys.json and checks it.
# Needs: soffice (LibreOffice 7.4 Writer + Calc), chromium (>= 131, for @page margin boxes), wkhtmltopdf 0.12.6 (unpatched Qt),
# php + php-tcpdf 6.6, java 17 + OpenPDF 1.3.43 jar, pdflatex (texlive: babel-italian, psnfss, fancyhdr, hyperref),
# python3 with reportlab 4/5, fpdf2 2.8, python-docx, odfpy; Liberation, DejaVu and Carlito/Caladea fonts; poppler-utils.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
SOFFICE="soffice --headless -env:UserInstallation=file:///tmp/lo-albo-27c"
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"

cd "$HERE/01-santeramo" && python3 delibera_santeramo.py
cp delibera-santeramo.pdf "$OUT/delibera-santeramo-publisys.pdf"

cd "$HERE/02-bastiaumbra" && python3 gen_fodt.py && $SOFFICE --convert-to pdf delibera-bastia.fodt >/dev/null
cp delibera-bastia.pdf "$OUT/delibera-bastiaumbra-progettiesoluzioni.pdf"

cd "$HERE/03-trexenta" && php delibera-trexenta.php
cp delibera-trexenta.pdf "$OUT/delibera-trexenta-cedaf.pdf"

cd "$HERE/04-recco" && wkhtmltopdf -q --enable-local-file-access --encoding utf-8 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm --title "DET/2026/0214" determina-recco.html determina-recco.pdf 2>/dev/null
cp determina-recco.pdf "$OUT/determina-recco-odoo.pdf"

cd "$HERE/05-solofra" && python3 determina_solofra.py && $SOFFICE --convert-to pdf determina-solofra.docx >/dev/null
cp determina-solofra.pdf "$OUT/determina-solofra-wolterskluwer.pdf"

cd "$HERE/06-serrasanbruno" && javac -cp "$J" DeterminaSerra.java && java -cp "$J:." DeterminaSerra determina-serra.pdf && rm -f ./*.class
cp determina-serra.pdf "$OUT/determina-serrasanbruno-alfresco.pdf"

cd "$HERE/07-maiori" && $CHROME --print-to-pdf=ordinanza-maiori.pdf ordinanza-maiori.html 2>/dev/null
cp ordinanza-maiori.pdf "$OUT/ordinanza-maiori-googledocs.pdf"

cd "$HERE/08-sepino" && python3 bando_sepino.py
cp bando-sepino.pdf "$OUT/bando-sepino-molisedati.pdf"

cd "$HERE/09-diamante" && python3 attestazione_diamante.py
cp attestazione-diamante.pdf "$OUT/attestazione-diamante-msaccess.pdf"

cd "$HERE/10-panicale" && python3 gen_fods.py && $SOFFICE --convert-to pdf allegato-panicale.fods >/dev/null
cp allegato-panicale.pdf "$OUT/allegato-panicale-umbriadigitale.pdf"

cd "$HERE/11-zoagli" && pdflatex -interaction=nonstopmode convocazione-zoagli.tex >/dev/null && pdflatex -interaction=nonstopmode convocazione-zoagli.tex >/dev/null && rm -f ./*.aux ./*.log ./*.out
cp convocazione-zoagli.pdf "$OUT/convocazione-zoagli-sigaudo.pdf"

cd "$HERE/12-mogoro" && python3 avviso_mogoro.py && $SOFFICE --convert-to pdf avviso-mogoro.odt >/dev/null
cp avviso-mogoro.pdf "$OUT/avviso-mogoro-archiflow.pdf"

cd "$HERE" && python3 make_keys.py
cd "$OUT" && python3 source/check_keys.py
echo done
