#!/bin/sh
# Rebuilds the 12 PDFs of set mix-81-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium,
# wkhtmltopdf, enscript + ghostscript (ps2pdf), pdflatex (lmodern, fancyhdr, multicol), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56 €
LO="soffice -env:UserInstallation=file:///tmp/lo-81b --headless"
# 1 Rezzoaglio: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d01_rezzoaglio.html" "$T/deliberazione-rezzoaglio-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-rezzoaglio-writer.html" --outdir "$OUT" >/dev/null
# 2 Carro: fpdf2, running head and foot on every page
python3 "$SRC/d02_carro.py" "$OUT/deliberazione-carro-halley.pdf"
# 3 Castelbianco: reportlab, Tw justification, Tc letter-spacing
python3 "$SRC/d03_castelbianco.py" "$OUT/deliberazione-castelbianco-jiride.pdf"
# 4 Bosia: 80-column text, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -q -o "$T/d04.ps" "$SRC/d04_bosia.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/deliberazione-bosia-enscript.pdf"
# 5 Moncenisio: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-81b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-moncenisio-chromium.pdf" "file://$SRC/d05_moncenisio.html" 2>/dev/null
# 6 Antey-Saint-André: wkhtmltopdf, roll in two columns of name and mark
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_antey.html" "$OUT/deliberazione-anteysaintandre-wkhtml.pdf"
# 7 Valgrisenche: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d07_valgrisenche.py" "$OUT/attestazione-valgrisenche-ascot.pdf"
# 8 Gorreto: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d08_gorreto.py" "$OUT/deliberazione-gorreto-sicraweb.pdf"
# 9 Cerveno: pdfLaTeX, two-column premises, running head
cp "$SRC/d09_cerveno.tex" "$T/deliberazione-cerveno-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-cerveno-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-cerveno-latex.tex >/dev/null)
mv "$T/deliberazione-cerveno-latex.pdf" "$OUT/"
# 10 Ornica: python-docx (header/footer) -> LibreOffice
python3 "$SRC/d10_ornica.py" "$T/determinazione-ornica-word.docx"
$LO --convert-to pdf "$T/determinazione-ornica-word.docx" --outdir "$OUT" >/dev/null
# 11 Morterone: groff -ms -> PostScript -> ps2pdf
groff -ms -Tps -Kutf8 "$SRC/d11_morterone.ms" > "$T/d11.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$OUT/convocazione-morterone-groff.pdf"
# 12 Cravanzana: openpyxl .xlsx -> LibreOffice Calc
python3 "$SRC/d12_cravanzana.py" "$T/allegato-cravanzana-calc.xlsx"
$LO --convert-to pdf "$T/allegato-cravanzana-calc.xlsx" --outdir "$OUT" >/dev/null
