#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR).
# Needs: soffice (LibreOffice 7.x), chromium, wkhtmltopdf, php + php-tcpdf, java 17 + OpenPDF 1.3.43 jar,
# python3 with reportlab, fpdf2, python-docx; Liberation, DejaVu and Carlito fonts.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
SOFFICE="soffice --headless -env:UserInstallation=file:///tmp/lo-albo-build"

cd "$HERE/01-rovato" && $SOFFICE --convert-to pdf delibera-rovato.fodt >/dev/null
cp delibera-rovato.pdf "$OUT/delibera-rovato-writermodello.pdf"

cd "$HERE/02-monfalcone" && javac -cp "$J" DeliberaMonfalcone.java && java -cp "$J:." DeliberaMonfalcone delibera-monfalcone.pdf
cp delibera-monfalcone.pdf "$OUT/delibera-monfalcone-infor.pdf"

cd "$HERE/03-molfetta" && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=delibera-molfetta.pdf delibera-molfetta.html 2>/dev/null
cp delibera-molfetta.pdf "$OUT/delibera-molfetta-pa33.pdf"

cd "$HERE/04-saronno" && php determina-saronno.php
cp determina-saronno.pdf "$OUT/determina-saronno-arcadia.pdf"

cd "$HERE/05-corinaldo" && python3 determina_corinaldo.py && $SOFFICE --convert-to pdf determina-corinaldo.docx >/dev/null
cp determina-corinaldo.pdf "$OUT/determina-corinaldo-docxmodello.pdf"

cd "$HERE/06-greciasalentina" && python3 determina_grecia.py
cp determina-greciasalentina.pdf "$OUT/determina-greciasalentina-pes.pdf"

cd "$HERE/07-terracina" && python3 ordinanza_terracina.py
cp ordinanza-terracina.pdf "$OUT/ordinanza-terracina-pal.pdf"

cd "$HERE/08-baronissi" && wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 14mm -R 14mm --title "Avviso pubblico n. 4/2026" avviso-baronissi.html avviso-baronissi.pdf 2>/dev/null
cp avviso-baronissi.pdf "$OUT/avviso-baronissi-gaspari.pdf"

cd "$HERE/09-tavagnacco" && $SOFFICE --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export attestazione-tavagnacco.html >/dev/null
cp attestazione-tavagnacco.pdf "$OUT/attestazione-tavagnacco-ads.pdf"

cd "$HERE/10-misilmeri" && javac -cp "$J" AllegatoMisilmeri.java && java -cp "$J:." AllegatoMisilmeri allegato-misilmeri.pdf
cp allegato-misilmeri.pdf "$OUT/allegato-misilmeri-jasper.pdf"

cd "$HERE/11-gallarate" && python3 convocazione_gallarate.py
cp convocazione-gallarate.pdf "$OUT/convocazione-gallarate-concilium.pdf"

cd "$HERE/12-grammichele" && python3 avviso_grammichele.py
cp avviso-grammichele.pdf "$OUT/avviso-grammichele-modelloufficio.pdf"
echo done
