#!/bin/sh
# Rebuilds the 12 PDFs of set mix-75-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff (-ms, tbl), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 2>/dev/null || true
LO="-env:UserInstallation=file:///tmp/lo-75c"
python3 "$SRC/d01_ceppaloni.py" "$OUT/attestazione-ceppaloni-kibernetes.pdf"
cp "$SRC/d02_vigolzone.tex" "$T/certificato-vigolzone-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode certificato-vigolzone-latex.tex >/dev/null && pdflatex -interaction=nonstopmode certificato-vigolzone-latex.tex >/dev/null)
mv "$T/certificato-vigolzone-latex.pdf" "$OUT/"
enscript -B -f Courier10 -M A4 --margins=54:40:40:40 -X latin1 -o "$T/d03.ps" "$SRC/d03_gizzeria.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/referto-gizzeria-enscript.pdf"
python3 "$SRC/d04_esterzili.py" "$OUT/relata-esterzili-fpdf.pdf"
wkhtmltopdf -q -s A4 -T 20mm -B 20mm -L 20mm -R 20mm "$SRC/d05_castelnuovo.html" "$OUT/esecutivita-castelnuovoberardenga-wkhtml.pdf"
groff -ms -t -k -Tpdf -P-pa4 "$SRC/d06_ripabottoni.ms" > "$OUT/deposito-ripabottoni-groff.pdf"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d07_pofi.html" --outdir "$T" >/dev/null
mv "$T/d07_pofi.pdf" "$OUT/matrimonio-pofi-writer.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-75c --no-pdf-header-footer --print-to-pdf="$OUT/convocazione-roccadimezzo-chromium.pdf" "file://$SRC/d08_roccadimezzo.html" 2>/dev/null
python3 "$SRC/d09_moio.py" "$T/allegato-moiodellacivitella-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-moiodellacivitella-calc.xlsx" --outdir "$OUT" >/dev/null
python3 "$SRC/d10_torrepellice.py" "$OUT/allegato-torrepellice-hypersic.pdf"
python3 "$SRC/d11_castellana.py" "$T/allegato-castellanasicula-word.docx"
soffice $LO --headless --convert-to pdf "$T/allegato-castellanasicula-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d12_vallerano.py" "$OUT/certificato-vallerano-reportlab.pdf"
rm -rf "$T"
