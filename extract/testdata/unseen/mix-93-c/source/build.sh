#!/bin/sh
# Rebuilds the 12 PDFs of set mix-93-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr, colortbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file://$T/lo"
# 1 Pico: reportlab, label grid, lines justified with Tw
python3 "$SRC/d01_pico.py" "$OUT/determinazione-pico-civilia.pdf"
# 2 Brittoli: reportlab, one glyph per Tm/Tj, number and date in words, rotated stamp
python3 "$SRC/d02_brittoli.py" "$OUT/determinazione-brittoli-kibernetes.pdf"
# 3 Palombaro: fpdf2, determinazione a contrarre
python3 "$SRC/d03_palombaro.py" "$OUT/determinazione-palombaro-halley.pdf"
# 4 Rocca Sinibalda: HTML opened as a Writer document, LibreOffice
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d04_roccasinibalda.html" --outdir "$T" >/dev/null
mv "$T/d04_roccasinibalda.pdf" "$OUT/determinazione-roccasinibalda-writer.pdf"
# 5 Cortino: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cortino-chromium.pdf" "$SRC/d05_cortino.html" 2>/dev/null
# 6 Mirabello Sannitico: wkhtmltopdf, register table with merged cells
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_mirabello.html" "$OUT/determinazione-mirabellosannitico-wkhtml.pdf" 2>/dev/null
# 7 Gagliano Aterno: 80-column text, enscript + ghostscript
enscript -B -q -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_gaglianoaterno.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-gaglianoaterno-enscript.pdf"
# 8 Petrella Tifernina: pdfLaTeX with microtype letter-spacing
cp "$SRC/d08_petrellatifernina.tex" "$T/determinazione-petrellatifernina-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-petrellatifernina-latex.tex >/dev/null)
mv "$T/determinazione-petrellatifernina-latex.pdf" "$OUT/"
# 9 Pizzone: groff -ms with tbl
groff -ms -t -Tpdf -P-pa4 -k -Kutf8 "$SRC/d09_pizzone.ms" > "$OUT/certificato-pizzone-groff.pdf"
# 10 Terelle: python-docx (grid in the running head) -> LibreOffice
python3 "$SRC/d10_terelle.py" "$T/determinazione-terelle-word.docx"
soffice "$LO" --headless --convert-to pdf "$T/determinazione-terelle-word.docx" --outdir "$OUT" >/dev/null
# 11 Carpineto Sinello: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_carpinetosinello.py" "$T/allegato-carpinetosinello-calc.xlsx"
soffice "$LO" --headless --convert-to pdf "$T/allegato-carpinetosinello-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Vivaro Romano: reportlab, Form XObjects, blocks drawn out of reading order
python3 "$SRC/d12_vivaroromano.py" "$OUT/determinazione-vivaroromano-apkappa.pdf"
rm -rf "$T"
