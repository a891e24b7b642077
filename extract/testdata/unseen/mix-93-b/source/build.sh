#!/bin/sh
# Rebuilds the 12 PDFs of set mix-93-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix93b-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-93b --headless"
# 1 Marzabotto: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_marzabotto.html" --outdir "$T" >/dev/null
mv "$T/d01_marzabotto.pdf" "$OUT/deliberazione-marzabotto-writer.pdf"
# 2 Galeata: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-93b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-galeata-chromium.pdf" "file://$SRC/d02_galeata.html" 2>/dev/null
# 3 Canossa: reportlab, Tw justification
python3 "$SRC/d03_canossa.py" "$OUT/deliberazione-canossa-civilia.pdf"
# 4 Bedonia: fpdf2, running head on every page, two-column roll
python3 "$SRC/d04_bedonia.py" "$OUT/deliberazione-bedonia-halley.pdf"
# 5 Montoggio: pdfLaTeX
cp "$SRC/d05_montoggio.tex" "$T/d05.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d05.tex >/dev/null && pdflatex -interaction=nonstopmode d05.tex >/dev/null)
mv "$T/d05.pdf" "$OUT/deliberazione-montoggio-latex.pdf"
# 6 Badalucco: reportlab, glyph by glyph, rotated stamp
python3 "$SRC/d06_badalucco.py" "$OUT/deliberazione-badalucco-kibernetes.pdf"
# 7 Cosseria: wkhtmltopdf, merged cells
wkhtmltopdf -q --zoom 1.4 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d07_cosseria.html" "$OUT/deliberazione-cosseria-sicraweb.pdf"
# 8 Gropparello: 80-column Courier, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_gropparello.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/determinazione-gropparello-enscript.pdf"
# 9 Mezzanego: groff -ms
groff -ms -Kutf8 -Tpdf "$SRC/d09_mezzanego.ms" > "$OUT/convocazione-mezzanego-groff.pdf"
# 10 Prignano: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d10_prignano.py" "$OUT/attestazione-prignano-apkappa.pdf"
# 11 Calice al Cornoviglio: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_calice.py" "$T/allegato-calicealcornoviglio-calc.xlsx"
$LO --convert-to pdf "$T/allegato-calicealcornoviglio-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Monghidoro: python-docx -> LibreOffice
python3 "$SRC/d12_monghidoro.py" "$T/decreto-monghidoro-word.docx"
$LO --convert-to pdf "$T/decreto-monghidoro-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
