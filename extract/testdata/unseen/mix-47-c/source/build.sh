#!/bin/sh
# Rebuilds the 12 PDFs of set mix-47-c into the folder above this one.
# Needs: python3 (odfpy, reportlab, fpdf2, python-docx, openpyxl), LibreOffice (writer+calc), chromium,
# wkhtmltopdf, php-cli + php-tcpdf, Java 17 + OpenPDF 1.3.43 jar (Maven Central, com.github.librepdf:openpdf),
# texlive-latex-base (+ lmodern), ghostscript (ps2pdf).
set -e
cd "$(dirname "$0")"
OUT=..
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
python3 d01_bellano.py && soffice --headless --convert-to pdf bellano.odt --outdir . >/dev/null
cp bellano.pdf $OUT/delibera-bellano-dasein.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=borghetto.pdf d02_borghetto.html 2>/dev/null
cp borghetto.pdf $OUT/delibera-borghettosantospirito-isiweb.pdf
python3 d03_palazzo.py && cp palazzo.pdf $OUT/delibera-palazzosangervasio-reportlab.pdf
javac -cp "$OPENPDF" Inzago.java && java -cp "$OPENPDF:." Inzago && cp inzago.pdf $OUT/determina-inzago-genexus.pdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm --zoom 1.2 --title "Determinazione 203/2026" d05_monteriggioni.html monteriggioni.pdf 2>/dev/null || true
cp monteriggioni.pdf $OUT/determina-monteriggioni-jsreport.pdf
php d06_salemi.php && cp salemi.pdf $OUT/determina-salemi-tinymce.pdf
python3 d07_trevignano.py && soffice --headless --convert-to pdf trevignano.docx --outdir . >/dev/null
cp trevignano.pdf $OUT/ordinanza-trevignanoromano-powerpdf.pdf
python3 d08_valdimerse.py && cp valdimerse.pdf $OUT/avviso-valdimerse-starttoscana.pdf
python3 d09_nepi.py && cp nepi.pdf $OUT/attestazione-nepi-harbour.pdf
python3 d10_aidone.py && LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf aidone.xlsx --outdir . >/dev/null
cp aidone.pdf $OUT/allegato-aidone-excel.pdf
pdflatex -interaction=nonstopmode d11_cercemaggiore.tex >/dev/null && cp d11_cercemaggiore.pdf $OUT/convocazione-cercemaggiore-pdflatex.pdf
python3 d12_pescolanciano.py && ps2pdf -sPAPERSIZE=a4 pescolanciano.ps pescolanciano.pdf && cp pescolanciano.pdf $OUT/avviso-pescolanciano-quarkxpress.pdf
# intermediate files are not kept
rm -f *.class bellano.odt bellano.pdf borghetto.pdf palazzo.pdf inzago.pdf monteriggioni.pdf salemi.pdf trevignano.docx trevignano.pdf valdimerse.pdf nepi.pdf aidone.xlsx aidone.pdf d11_cercemaggiore.aux d11_cercemaggiore.log d11_cercemaggiore.pdf pescolanciano.ps pescolanciano.pdf
