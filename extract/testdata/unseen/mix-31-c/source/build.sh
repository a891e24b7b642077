#!/bin/sh
# Rebuilds the 12 PDFs of set mix-31-c into the parent folder.
# Needs: python3 (python-docx, reportlab, fpdf2, weasyprint), LibreOffice, OpenJDK + OpenPDF 1.3.43 jar,
# php-cli + php-tcpdf, pdflatex (texlive-latex-base, fancyhdr/tabularx/helvet), groff + ghostscript,
# wkhtmltopdf, chromium.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}

# 1 Bressanone: python-docx -> LibreOffice
python3 "$S/d01_bressanone_docx.py" "$T/d01.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/d01.docx" >/dev/null 2>&1
cp "$T/d01.pdf" "$O/deliberazione-bressanone-gemeindenverband.pdf"
# 2 Corridonia: WeasyPrint
python3 "$S/d02_weasy.py" "$S/d02_corridonia.html" "$O/deliberazione-corridonia-weasyprint.pdf"
# 3 Nicotera: fpdf2
python3 "$S/d03_nicotera_fpdf.py" "$O/deliberazione-nicotera-filemaker.pdf"
# 4 Arco: OpenPDF (Java)
mkdir -p "$T/j" && javac -d "$T/j" -cp "$OPENPDF" "$S/d04_arco/DeterminaArco.java"
java -cp "$T/j:$OPENPDF" DeterminaArco "$O/determina-arco-openpdf.pdf"
# 5 Pontecagnano Faiano: TCPDF writeHTML
php "$S/d05_pontecagnano_tcpdf.php" "$O/determina-pontecagnanofaiano-codeigniter.pdf"
# 6 Unione Mandrolisai: ReportLab platypus
python3 "$S/d06_mandrolisai_rl.py" "$O/determina-mandrolisai-basereport.pdf"
# 7 Muggia: pdfLaTeX (two runs for the page count)
cp "$S/d07_muggia.tex" "$T/d07.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d07.tex >/dev/null && pdflatex -interaction=nonstopmode d07.tex >/dev/null)
cp "$T/d07.pdf" "$O/ordinanza-muggia-latex.pdf"
# 8 Pollenza: wkhtmltopdf of a Joomla print page
wkhtmltopdf -q --page-size A4 --margin-top 10mm --margin-bottom 10mm --margin-left 12mm --margin-right 12mm \
  "$S/d08_pollenza_joomla.html" "$O/avviso-pollenza-joomla.pdf"
# 9 Capaccio Paestum: TCPDF cell API
php "$S/d09_capaccio_tcpdf.php" "$O/attestazione-capacciopaestum-gazzettaamministrativa.pdf"
# 10 Cutro: ReportLab table, Google Sheets export look
python3 "$S/d10_cutro_sheets.py" "$O/allegato-cutro-googlesheets.pdf"
# 11 Bonorva: groff -ms | ps2pdf
groff -k -ms -t -Tps "$S/d11_bonorva.ms" > "$T/d11.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$O/convocazione-bonorva-groff.pdf"
# 12 Porcia: Chromium print of a PEC webmail page
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/avviso-porcia-arubapec.pdf" "file://$S/d12_porcia_pec.html" 2>/dev/null
rm -rf "$T"
ls -l "$O"/*.pdf
