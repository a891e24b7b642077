#!/bin/sh
# Rebuilds the 12 PDFs of set mix-85-a into the parent directory (OUTDIR). Intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff, pdflatex (lmodern, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); cd "$SRC"
LO="-env:UserInstallation=file:///tmp/lo-85a"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 PYTHONDONTWRITEBYTECODE=1
python3 d01_valgoglio.py "$OUT/deliberazione-valgoglio-halley.pdf"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export d02_male.html --outdir "$T" >/dev/null
mv "$T/d02_male.pdf" "$OUT/deliberazione-male-writer.pdf"
python3 d03_ampezzo.py "$OUT/deliberazione-ampezzo-insiel.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-85a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-vallarsa-chromium.pdf" "file://$SRC/d04_vallarsa.html" 2>/dev/null
cp d05_dogna.tex "$T/deliberazione-dogna-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-dogna-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-dogna-latex.tex >/dev/null)
mv "$T/deliberazione-dogna-latex.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm d06_cusio.html "$OUT/determinazione-cusio-wkhtml.pdf"
groff -Kutf8 -ms -Tpdf -P-pa4 d07_ossana.ms > "$OUT/manifesto-ossana-groff.pdf"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" d08_pagnona.txt 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/comunicato-pagnona-enscript.pdf"
python3 d09_preone.py "$OUT/attestazione-preone-kibernetes.pdf"
python3 d10_tartano.py "$T/allegato-tartano-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-tartano-calc.xlsx" --outdir "$OUT" >/dev/null
python3 d11_socchieve.py "$OUT/convocazione-socchieve-reportlab.pdf"
python3 d12_caldes.py "$T/ordinanza-caldes-word.docx"
soffice $LO --headless --convert-to pdf "$T/ordinanza-caldes-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
