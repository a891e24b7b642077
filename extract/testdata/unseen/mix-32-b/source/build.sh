#!/bin/sh
# Rebuilds the 12 PDFs of mix-32-b into the parent folder, then keys.json (with a string check).
# Needs: python3 (python-docx, fpdf2, reportlab, openpyxl), LibreOffice, wkhtmltopdf, chromium,
# php + php-tcpdf, Java 17 + OpenPDF 1.3.43 jar in ~/.m2, enscript + ghostscript, pdflatex (helvet), poppler-utils.
set -e
cd "$(dirname "$0")"
OUT=..
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
# 1 Menaggio: python-docx -> LibreOffice
python3 menaggio_docx.py && soffice --headless --convert-to pdf --outdir $OUT menaggio.docx && mv $OUT/menaggio.pdf $OUT/deliberazione-menaggio-intema.pdf && rm menaggio.docx
# 2 Grado: OpenPDF
(cd grado && javac -cp "$J" Grado.java && java -cp "$J:." Grado ../$OUT/deliberazione-grado-sinet.pdf && rm -f *.class)
# 3 Pitigliano: wkhtmltopdf
(cd pitigliano && wkhtmltopdf -q -s A4 -T 18 -B 18 -L 20 -R 20 body.html ../$OUT/deliberazione-pitigliano-entranext.pdf)
# 4 Bracciano: Chromium
(cd bracciano && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../$OUT/determinazione-bracciano-siav.pdf det.html)
# 5 Bisignano: TCPDF
(cd bisignano && php det.php)
# 6 Unione dei Comuni Garfagnana: fpdf2
python3 garfagnana_fpdf.py
# 7 Lipari: ReportLab
python3 lipari_rl.py
# 8 Patti: HTML through LibreOffice Writer/Web
(cd patti && soffice --headless --convert-to pdf:writer_web_pdf_Export avviso.html && mv avviso.pdf ../$OUT/avviso-patti-dylog.pdf)
# 9 Gerace: plain text -> enscript PostScript -> Ghostscript
(cd gerace && enscript -q -B -f Courier10 --margins=60:50:50:50 -o attestazione.ps attestazione.txt && ps2pdf -sPAPERSIZE=a4 attestazione.ps ../$OUT/attestazione-gerace-pdfcreator.pdf && rm attestazione.ps)
# 10 Portoferraio: openpyxl -> LibreOffice Calc
python3 portoferraio_xlsx.py && soffice --headless --convert-to pdf --outdir $OUT portoferraio.xlsx && mv $OUT/portoferraio.pdf $OUT/allegato-portoferraio-calc.pdf && rm portoferraio.xlsx
# 11 Magenta: Chromium
(cd magenta && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../$OUT/convocazione-magenta-comunweb.pdf convocazione.html)
# 12 Duino Aurisina: pdflatex
(cd duino && pdflatex -interaction=batchmode avviso.tex && mv avviso.pdf ../$OUT/avviso-duinoaurisina-latex.pdf && rm -f avviso.aux avviso.log)
python3 keys.py
