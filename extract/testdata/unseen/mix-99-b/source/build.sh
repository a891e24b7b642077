#!/bin/sh
# Rebuilds the 12 PDFs of set mix-99-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix99b-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-99b --headless"
# 1 Castelnuovo Cilento: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_castelnuovocilento.html" --outdir "$T" >/dev/null
mv "$T/d01_castelnuovocilento.pdf" "$OUT/deliberazione-castelnuovocilento-writer.pdf"
# 2 Galluccio: reportlab platypus (Tw justification, Tc headings)
python3 "$SRC/d02_galluccio.py" "$OUT/deliberazione-galluccio-reportlab.pdf"
# 3 Ortelle: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-99b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-ortelle-chromium.pdf" "$SRC/d03_ortelle.html" 2>/dev/null
# 4 Supino: pdfLaTeX, roll in three columns, multicol body
cp "$SRC/d04_supino.tex" "$T/s.tex"; (cd "$T" && pdflatex -interaction=nonstopmode s.tex >/dev/null && pdflatex -interaction=nonstopmode s.tex >/dev/null)
mv "$T/s.pdf" "$OUT/deliberazione-supino-latex.pdf"
# 5 Melendugno: fpdf2, running head on every page
python3 "$SRC/d05_melendugno.py" "$OUT/deliberazione-melendugno-halley.pdf"
# 6 Ischia di Castro: 80-column report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d06.ps" "$SRC/d06_ischiadicastro.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/deliberazione-ischiadicastro-enscript.pdf"
# 7 Rocca Santo Stefano: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d07_roccasantostefano.py" "$OUT/deliberazione-roccasantostefano-kibernetes.pdf"
# 8 Giungano: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d08_giungano.html" "$OUT/determinazione-giungano-wkhtml.pdf"
# 9 Sant'Arcangelo Trimonte: python-docx -> LibreOffice
python3 "$SRC/d09_santarcangelotrimonte.py" "$T/convocazione-santarcangelotrimonte-word.docx"
$LO --convert-to pdf "$T/convocazione-santarcangelotrimonte-word.docx" --outdir "$OUT" >/dev/null
# 10 Colle San Magno: groff -ms -Tpdf
groff -ms -Tpdf -Kutf8 "$SRC/d10_collesanmagno.ms" > "$OUT/attestazione-collesanmagno-groff.pdf"
# 11 San Marco la Catola: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_sanmarcolacatola.py" "$T/allegato-sanmarcolacatola-calc.xlsx"
$LO --convert-to pdf "$T/allegato-sanmarcolacatola-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Torre Le Nocelle: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d12_torrelenocelle.py" "$OUT/decreto-torrelenocelle-xobject.pdf"
rm -rf "$T"
