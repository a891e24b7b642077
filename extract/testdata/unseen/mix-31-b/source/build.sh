#!/bin/sh
# Rebuilds the 12 PDFs and keys.json of mix-31-b into the parent folder of source/.
# Needs: python3 with reportlab, fpdf2, odfpy, python-docx, weasyprint; php + php-tcpdf;
# javac/java 17 + openpdf-1.3.43.jar (Maven local repository); groff + ghostscript; pdflatex
# (KOMA-Script, lmodern, hyperref); LibreOffice (soffice); chromium; wkhtmltopdf.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
cd "$S"
python3 01_orbassano_doqui.py "$O/deliberazione-orbassano-doqui.pdf"
python3 02_vinchiaturo_molisedati.py "$T/deliberazione-vinchiaturo-molisedati.odt"
soffice --headless --convert-to pdf --outdir "$O" "$T/deliberazione-vinchiaturo-molisedati.odt" >/dev/null
weasyprint 03_pedemontana_weasyprint.html "$O/deliberazione-pedemontanaparmense-weasyprint.pdf"
php 04_ventimiglia_tcpdf.php "$O/determinazione-ventimiglia-tcpdf.pdf"
python3 05_corato_publika.py "$T/determinazione-corato-publika.docx"
soffice --headless --convert-to pdf --outdir "$O" "$T/determinazione-corato-publika.docx" >/dev/null
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
mkdir -p "$T/cls"
javac -d "$T/cls" -cp "$J" 06_colleferro_openpdf/Colleferro.java
java -cp "$T/cls:$J" Colleferro "$O/determinazione-colleferro-openpdf.pdf"
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 07_pavullo_troff.ms > "$T/o.ps"
ps2pdf -sPAPERSIZE=a4 "$T/o.ps" "$O/ordinanza-pavullonelfrignano-troff.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/avviso-farainsabina-joomla.pdf" "file://$S/08_farainsabina_joomla.html" 2>/dev/null
python3 09_capracotta_fpdf.py "$O/attestazione-capracotta-fpdf.pdf"
python3 10_andora_googlesheets.py "$O/allegato-andora-googlesheets.pdf" "$T/andora.html"
(cd 11_statte_latex && for i in 1 2; do pdflatex -interaction=nonstopmode -output-directory="$T" convocazione-statte-latex.tex >/dev/null; done)
cp "$T/convocazione-statte-latex.pdf" "$O/"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/avviso-cuorgne-iocomune.pdf" "file://$S/12_cuorgne_iocomune.html" 2>/dev/null
python3 keys_make.py "$O/keys.json"
rm -rf "$T"
