#!/bin/sh
# Rebuilds the 12 PDFs of set mix-53-c into the parent directory (OUTDIR) and rewrites keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy, openpyxl, weasyprint, pymupdf), libreoffice,
# wkhtmltopdf, chromium, php + php-tcpdf, java 17 + openpdf-1.3.30.jar in ~/.m2, poppler-utils.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T="$O/.build"; mkdir -p "$T"
cd "$S"
python3 d01_quiliano.py "$O/deliberazione-giunta-quiliano-apra.pdf"
python3 d02_francavilla.py "$T/francavilla.docx"
(cd "$T" && soffice --headless --convert-to pdf francavilla.docx >/dev/null) && cp "$T/francavilla.pdf" "$O/deliberazione-consiglio-francavillafontana-asmez.pdf"
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 18mm -R 18mm d03_acicatena.html "$O/deliberazione-giunta-acicatena-actalis.pdf" || true
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$O/determinazione-vallefoglia-docushare.pdf" d04_vallefoglia.html
python3 d05_canosa.py "$O/determinazione-canosadipuglia-mepa.pdf"
J=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
javac -d "$T" -cp "$J" d06/Determina.java && java -cp "$J:$T" Determina "$O/determinazione-marcadicamerino-intesi.pdf"
python3 d07_laigueglia.py "$T/laigueglia.odt"
(cd "$T" && soffice --headless --convert-to pdf laigueglia.odt >/dev/null) && cp "$T/laigueglia.pdf" "$O/ordinanza-laigueglia-unimatica.pdf"
php d08_apricena.php "$O/bando-apricena-empulia.pdf"
python3 d09_sestocampano.py "$O/attestazione-sestocampano-mfiles.pdf"
python3 d10_mascalucia.py "$T/Graduatoria_contributi_locazione_2025.xlsx"
(cd "$T" && soffice --headless --convert-to pdf Graduatoria_contributi_locazione_2025.xlsx >/dev/null) && cp "$T/Graduatoria_contributi_locazione_2025.pdf" "$O/allegato-mascalucia-excel.pdf"
python3 d11_racale.py "$O/convocazione-racale-quarkxpress.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$O/avviso-pievediteco-gmail.pdf" d12_pievediteco.html
python3 make_keys.py
rm -rf "$T"
