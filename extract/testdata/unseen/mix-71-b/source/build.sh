#!/bin/sh
# Rebuilds the 12 PDFs of set mix-71-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix71b-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
# 1 Prato Carnico: fpdf2, Insiel/Adweb register box
python3 "$SRC/d01_pratocarnico.py" "$OUT/deliberazione-pratocarnico-insiel.pdf"
# 2 Chiusaforte: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-chiusaforte-adweb.pdf" "$SRC/d02_chiusaforte.html" 2>/dev/null
# 3 Cibiana di Cadore: 80-column Halley report, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d03.ps" "$SRC/d03_cibiana.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/deliberazione-cibianadicadore-halley.pdf"
# 4 Zoppè di Cadore: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d04_zoppe.py" "$OUT/attestazione-zoppedicadore-halley.pdf"
# 5 Molveno: reportlab platypus, Tw justification, Tc letterhead
python3 "$SRC/d05_molveno.py" "$OUT/deliberazione-molveno-dedagroup.pdf"
# 6 Pieve Tesino: pdfLaTeX with microtype letter-spacing
cp "$SRC/d06_pievetesino.tex" "$T/deliberazione-pievetesino-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-pievetesino-latex.tex >/dev/null)
mv "$T/deliberazione-pievetesino-latex.pdf" "$OUT/"
# 7 Rodengo/Rodeneck: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d07_rodengo.html" "$T/deliberazione-rodengo-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-rodengo-writer.html" --outdir "$OUT" >/dev/null
# 8 Challand-Saint-Victor: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d08_challand.html" "$OUT/deliberazione-challandsaintvictor-wkhtml.pdf"
# 9 Gromo: python-docx (Maggioli template) -> LibreOffice
python3 "$SRC/d09_gromo.py" "$T/deliberazione-gromo-maggioli.docx"
$LO --convert-to pdf "$T/deliberazione-gromo-maggioli.docx" --outdir "$OUT" >/dev/null
# 10 Schilpario: groff -ms
groff -ms -Tpdf -P-pa4 "$SRC/d10_schilpario.ms" > "$OUT/determinazione-schilpario-groff.pdf"
# 11 Cocconato: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_cocconato.py" "$T/allegato-cocconato-calc.xlsx"
$LO --convert-to pdf "$T/allegato-cocconato-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Crissolo: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d12_crissolo.py" "$OUT/ordinanza-crissolo-sicraweb.pdf"
rm -rf "$T"
