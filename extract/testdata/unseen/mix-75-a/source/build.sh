#!/bin/sh
# Rebuilds the 12 PDFs of set mix-75-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, pdflatex (lmodern, microtype, fancyhdr), groff (gropdf, tbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-75a"
export LANG=it_IT.UTF-8
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-75a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-roccaverano-chromium.pdf" "$SRC/d01_roccaverano.html" 2>/dev/null
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d02_cremosano.html" --outdir "$T" >/dev/null
mv "$T/d02_cremosano.pdf" "$OUT/deliberazione-cremosano-writer.pdf"
python3 "$SRC/d03_castelcondino.py" "$OUT/deliberazione-castelcondino-reportlab.pdf"
python3 "$SRC/d04_moimacco.py" "$OUT/deliberazione-moimacco-insiel.pdf"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d05_sovizzo.html" "$OUT/deliberazione-sovizzo-wkhtml.pdf"
cp "$SRC/d06_lauco.tex" "$T/verbale-lauco-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode verbale-lauco-latex.tex >/dev/null && pdflatex -interaction=nonstopmode verbale-lauco-latex.tex >/dev/null)
mv "$T/verbale-lauco-latex.pdf" "$OUT/"
groff -t -ms -k -Tpdf -P-pa4 "$SRC/d07_gorlago.ms" > "$OUT/deliberazione-gorlago-groff.pdf"
enscript -B -f Courier9.5 -M A4 --margins=50:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_villadelconte.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/deliberazione-villadelconte-halley.pdf"
python3 "$SRC/d09_ternengo.py" "$OUT/certificato-ternengo-kibernetes.pdf"
python3 "$SRC/d10_grezzago.py" "$T/convocazione-grezzago-word.docx"
soffice $LO --headless --convert-to pdf "$T/convocazione-grezzago-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d11_bleggio.py" "$T/allegato-bleggiosuperiore-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-bleggiosuperiore-calc.xlsx" --outdir "$OUT" >/dev/null
python3 "$SRC/d12_montecchia.py" "$OUT/deliberazione-montecchiadicrosara-apkappa.pdf"
rm -rf "$T"
