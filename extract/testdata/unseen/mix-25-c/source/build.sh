#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR).
# Needs: soffice (LibreOffice 7.4), chromium, wkhtmltopdf 0.12.6, php + php-tcpdf, java 17 + OpenPDF 1.3.43 jar,
# python3 with reportlab, fpdf2, python-docx, openpyxl; Liberation, DejaVu, Carlito and Caladea fonts.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
SOFFICE="soffice --headless -env:UserInstallation=file:///tmp/lo-albo-build-c"
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"

cd "$HERE/01-sansevero" && $CHROME --print-to-pdf=delibera-sansevero.pdf delibera-sansevero.html 2>/dev/null
cp delibera-sansevero.pdf "$OUT/delibera-sansevero-maggioliattiweb.pdf"

cd "$HERE/02-portosantelpidio" && $SOFFICE --convert-to pdf delibera-portosantelpidio.fodt >/dev/null
cp delibera-portosantelpidio.pdf "$OUT/delibera-portosantelpidio-nexus.pdf"

cd "$HERE/03-chatillon" && javac -cp "$J" DeliberaChatillon.java && java -cp "$J:." DeliberaChatillon delibera-chatillon.pdf
cp delibera-chatillon.pdf "$OUT/delibera-chatillon-celva.pdf"

cd "$HERE/04-tarcento" && python3 determina_tarcento.py
cp determina-tarcento.pdf "$OUT/determina-tarcento-ermes.pdf"

cd "$HERE/05-filottrano" && python3 determina_filottrano.py && $SOFFICE --convert-to pdf determina-filottrano.docx >/dev/null
cp determina-filottrano.pdf "$OUT/determina-filottrano-spaggiari.pdf"

cd "$HERE/06-montedoro" && wkhtmltopdf -q --enable-local-file-access --encoding utf-8 -s A4 -T 14mm -B 14mm -L 18mm -R 18mm --zoom 1.3 --title "Determinazione R.G. n. 52/2026" determina-montedoro.html determina-montedoro.pdf 2>/dev/null
cp determina-montedoro.pdf "$OUT/determina-unionemontedoro-asmel.pdf"

cd "$HERE/07-augusta" && python3 ordinanza_augusta.py
cp ordinanza-augusta.pdf "$OUT/ordinanza-augusta-sielte.pdf"

cd "$HERE/08-guglionesi" && php avviso-guglionesi.php
cp avviso-guglionesi.pdf "$OUT/avviso-guglionesi-eldasoft.pdf"

cd "$HERE/09-montenero" && $CHROME --print-to-pdf=attestazione-montenero.pdf attestazione-montenero.html 2>/dev/null
cp attestazione-montenero.pdf "$OUT/attestazione-montenerodibisaccia-cmshtml.pdf"

cd "$HERE/10-casentino" && python3 allegato_casentino.py && $SOFFICE --convert-to pdf allegato-casentino.xlsx >/dev/null
cp allegato-casentino.pdf "$OUT/allegato-casentino-excelform.pdf"

cd "$HERE/11-santacroce" && python3 convocazione_santacroce.py
cp convocazione-santacroce.pdf "$OUT/convocazione-santacrocesullarno-axios.pdf"

cd "$HERE/12-capodorlando" && javac -cp "$J" AvvisoCapoOrlando.java && java -cp "$J:." AvvisoCapoOrlando avviso-capodorlando.pdf
cp avviso-capodorlando.pdf "$OUT/avviso-capodorlando-golem.pdf"

cd "$HERE" && python3 make_keys.py
echo done
