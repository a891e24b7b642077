#!/bin/sh
# Rebuilds the 12 PDFs of set mix-72-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
SO="soffice -env:UserInstallation=file://$T/lo --headless"
python3 "$SRC/d01_vallerotonda.py" "$OUT/deliberazione-vallerotonda-halley.pdf"
python3 "$SRC/d02_vallerotonda.py" "$OUT/determinazione-vallerotonda-fpdf.pdf"
python3 "$SRC/d03_vallerotonda.py" "$OUT/relata-vallerotonda-halley.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-roccacasale-chromium.pdf" "$SRC/d04_roccacasale.html" 2>/dev/null
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 12mm -R 12mm "$SRC/d05_roccacasale.html" "$OUT/convocazione-roccacasale-wkhtml.pdf"
cp "$SRC/d06_roccacasale.html" "$T/determinazione-roccacasale-writer.html"
$SO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-roccacasale-writer.html" --outdir "$OUT" >/dev/null
iconv -f utf-8 -t latin1 "$SRC/d07_pietracupa.txt" > "$T/d07.txt"
enscript -B -f Courier10 -M A4 --margins=50:40:40:40 -X latin1 -q -o "$T/d07.ps" "$T/d07.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/ordinanza-pietracupa-enscript.pdf"
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/d08_pietracupa.ms" > "$OUT/determinazione-pietracupa-groff.pdf"
cp "$SRC/d09_pietracupa.tex" "$T/avviso-pietracupa-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-pietracupa-latex.tex >/dev/null)
mv "$T/avviso-pietracupa-latex.pdf" "$OUT/"
python3 "$SRC/d10_castelvetere.py" "$T/deliberazione-castelvetere-word.docx"
$SO --convert-to pdf "$T/deliberazione-castelvetere-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d11_castelvetere.py" "$OUT/determinazione-castelvetere-xobject.pdf"
python3 "$SRC/d12_castelvetere.py" "$T/allegato-castelvetere-calc.xlsx"
$SO --convert-to pdf "$T/allegato-castelvetere-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
