#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above source/.
# Needs: python3 (reportlab, fpdf2, odfpy, python-docx, openpyxl, weasyprint),
# LibreOffice (soffice), wkhtmltopdf, chromium, a2ps + ghostscript (ps2pdf),
# pdflatex (texlive), php-cli + php-tcpdf, Java 17 + OpenPDF 1.3.43 from ~/.m2.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
cd "$O"
# 1 Martignacco - ReportLab, ReportBuilder-like
python3 "$S/01_martignacco_reportbuilder.py" delibera-martignacco-reportbuilder.pdf
# 2 Camerano - odfpy -> LibreOffice Writer
python3 "$S/02_camerano_openact.py" "$T/delibera-camerano-openact.odt"
soffice --headless --convert-to pdf --outdir "$T" "$T/delibera-camerano-openact.odt" >/dev/null
cp "$T/delibera-camerano-openact.pdf" .
# 3 Unione Valle della Cupa - wkhtmltopdf (unpatched Qt; CSS zoom compensates)
wkhtmltopdf -q --enable-local-file-access -s A4 -T 12mm -B 14mm -L 12mm -R 12mm \
  "$S/03_vallecupa_docsuite.html" delibera-vallecupa-docsuite.pdf 2>/dev/null || true
# 4 Baselga di Pine - fpdf2
python3 "$S/04_baselga_clesius.py" determina-baselgadipine-clesius.pdf
# 5 Manoppello - fixed-width spool through a2ps + ps2pdf
iconv -f utf-8 -t latin1 "$S/05_manoppello_spool.txt" > "$T/spool.txt"
a2ps -q -1 -R --columns=1 --borders=no -f 10 --center-title= --left-title= --right-title= \
  --left-footer= --right-footer='Pag. $p./$p>' --footer= --header= --encoding=latin1 -M A4 \
  -o "$T/spool.ps" "$T/spool.txt"
ps2pdf -sPAPERSIZE=a4 "$T/spool.ps" determina-manoppello-a2ps.pdf
# 6 Crispiano - python-docx -> LibreOffice
python3 "$S/06_crispiano_pdfxchange.py" "$T/determina-crispiano-pdfxchange.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/determina-crispiano-pdfxchange.docx" >/dev/null
cp "$T/determina-crispiano-pdfxchange.pdf" .
# 7 Mosciano Sant'Angelo - pdflatex
(cd "$T" && pdflatex -interaction=nonstopmode "$S/07_mosciano_latex.tex" >/dev/null)
cp "$T/07_mosciano_latex.pdf" ordinanza-mosciano-latex.pdf
# 8 Casarsa della Delizia - Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/avviso-casarsa-eappaltifvg.pdf" "$S/08_casarsa_eappaltifvg.html" 2>/dev/null
# 9 Gradara - OpenPDF (Java)
J=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
javac -cp "$J" -d "$T" "$S/09_gradara/Attestazione.java"
java -cp "$J:$T" Attestazione "$O/attestazione-gradara-gazzettaamministrativa.pdf"
# 10 Potenza Picena - openpyxl -> LibreOffice Calc (Italian locale for 1.234,56)
python3 "$S/10_potenzapicena_excel.py" "$T/Allegato_A_tariffe_2026.xlsx"
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf --outdir "$T" "$T/Allegato_A_tariffe_2026.xlsx" >/dev/null
cp "$T/Allegato_A_tariffe_2026.pdf" allegato-potenzapicena-excel.pdf
# 11 Fossacesia - TCPDF (PHP)
php "$S/11_fossacesia_bullzip.php" "$O/convocazione-fossacesia-bullzip.pdf"
# 12 Castelrotto - WeasyPrint
python3 -c "import weasyprint,sys; weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])" \
  "$S/12_castelrotto_quarkxpress.html" avviso-castelrotto-quarkxpress.pdf 2>/dev/null
rm -rf "$T"
ls -1 "$O"/*.pdf
