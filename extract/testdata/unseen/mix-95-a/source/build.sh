#!/bin/sh
# Rebuilds the 12 PDFs of set mix-95-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix95a-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file://$T/lo --headless"
# 1 Caltabellotta: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-caltabellotta-halley.pdf" "$SRC/d01_caltabellotta.html" 2>/dev/null
# 2 Aragona: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 16mm -R 16mm --zoom 1.25 "$SRC/d02_aragona.html" "$OUT/deliberazione-aragona-sicraweb.pdf" 2>/dev/null
# 3 Alessandria della Rocca: reportlab, one text object per glyph, rotated stamp
python3 "$SRC/d03_alessandria.py" "$OUT/deliberazione-alessandriadellarocca-maggioli.pdf"
# 4 Lucca Sicula: reportlab platypus, two columns, Tw justification
python3 "$SRC/d04_luccasicula.py" "$OUT/deliberazione-luccasicula-civilia.pdf"
# 5 Andali: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d05.ps" "$SRC/d05_andali.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/deliberazione-andali-halley.pdf"
# 6 Belcastro: fpdf2, CID TrueType, header/footer on every page
python3 "$SRC/d06_belcastro.py" "$OUT/deliberazione-belcastro-sicraweb.pdf"
# 7 Cortale: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d07_cortale.html" "$T/deliberazione-cortale-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-cortale-writer.html" --outdir "$OUT" >/dev/null
# 8 Amaroni: pdfLaTeX, microtype letter-spacing
cp "$SRC/d08_amaroni.tex" "$T/deliberazione-amaroni-civilia.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-amaroni-civilia.tex >/dev/null)
mv "$T/deliberazione-amaroni-civilia.pdf" "$OUT/"
# 9 Cropani: python-docx -> LibreOffice
python3 "$SRC/d09_cropani.py" "$T/determinazione-cropani-word.docx"
$LO --convert-to pdf "$T/determinazione-cropani-word.docx" --outdir "$OUT" >/dev/null
# 10 Montallegro: groff -ms -> gropdf
groff -ms -Tpdf -P-pa4 "$SRC/d10_montallegro.ms" > "$OUT/attestazione-montallegro-groff.pdf"
# 11 Realmonte: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_realmonte.py" "$T/allegato-realmonte-calc.xlsx"
$LO --convert-to pdf "$T/allegato-realmonte-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Vallelonga: reportlab, Form XObjects, out-of-order drawing, rotated stamp
python3 "$SRC/d12_vallelonga.py" "$OUT/convocazione-vallelonga-halley.pdf"
rm -rf "$T"
