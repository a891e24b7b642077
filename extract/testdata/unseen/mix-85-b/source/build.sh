#!/bin/sh
# Rebuilds the 12 PDFs of set mix-85-b into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, pdflatex (lmodern, fancyhdr), groff (ms macros).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="soffice -env:UserInstallation=file:///tmp/lo-85b --headless"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
python3 "$SRC/d_reportlab.py" capurso "$OUT/determinazione-capurso-halley.pdf"
cp "$SRC/d02_stornarella.html" "$T/determinazione-stornarella-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-stornarella-writer.html" --outdir "$OUT" >/dev/null
enscript -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d03.ps" "$SRC/d03_andrano.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/determinazione-andrano-sicraweb.pdf"
cp "$SRC/d04_avetrana.tex" "$T/ordinanza-avetrana-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-avetrana-latex.tex >/dev/null)
mv "$T/ordinanza-avetrana-latex.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d05_calciano.html" "$OUT/determinazione-calciano-wkhtml.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-85b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-banzi-chromium.pdf" "file://$SRC/d06_banzi.html" 2>/dev/null
python3 "$SRC/d07_sarconi.py" "$OUT/determinazione-sarconi-fpdf.pdf"
groff -ms -Kutf8 -Tpdf "$SRC/d08_episcopia.ms" > "$OUT/attestazione-episcopia-groff.pdf"
python3 "$SRC/d_office.py" docx "$T/determinazione-campodipietra-word.docx"
$LO --convert-to pdf "$T/determinazione-campodipietra-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d_office.py" xlsx "$T/allegato-mafalda-calc.xlsx"
$LO --convert-to pdf "$T/allegato-mafalda-calc.xlsx" --outdir "$OUT" >/dev/null
python3 "$SRC/d_reportlab.py" fossalto "$OUT/determinazione-fossalto-kibernetes.pdf"
python3 "$SRC/d_reportlab.py" tufara "$OUT/determinazione-tufara-apkappa.pdf"
rm -rf "$T"
