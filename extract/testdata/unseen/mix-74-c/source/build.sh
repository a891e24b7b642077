#!/bin/sh
# Rebuilds the 12 PDFs of set mix-74-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-74c"
# 1 Sinagra: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d01_sinagra.py" "$OUT/decreto-sinagra-hypersic.pdf"
# 2 Salcito: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d02_salcito.html" "$T/ordinanza-salcito-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/ordinanza-salcito-writer.html" --outdir "$OUT" >/dev/null
# 3 Calvera: groff -ms -> PostScript -> ps2pdf
groff -ms -Kutf8 -Tps "$SRC/d03_calvera.ms" > "$T/d03.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/ordinanza-calvera-groff.pdf"
# 4 Belvì: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-74c --no-pdf-header-footer --print-to-pdf="$OUT/avviso-belvi-chromium.pdf" "$SRC/d04_belvi.html" 2>/dev/null
# 5 Moresco: pdfLaTeX with microtype letter-spacing
cp "$SRC/d05_moresco.tex" "$T/bando-moresco-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode bando-moresco-latex.tex >/dev/null && pdflatex -interaction=nonstopmode bando-moresco-latex.tex >/dev/null)
mv "$T/bando-moresco-latex.pdf" "$OUT/"
# 6 Armento: wkhtmltopdf, table with merged cells
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d06_armento.html" "$OUT/avviso-armento-wkhtml.pdf" 2>/dev/null
# 7 Bidonì: 80-column text, enscript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_bidoni.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/deposito-bidoni-enscript.pdf"
# 8 Sclafani Bagni: fpdf2 with embedded TrueType (Type0/CID)
python3 "$SRC/d08_sclafani.py" "$OUT/matrimonio-sclafanibagni-fpdf.pdf"
# 9 Cirigliano: reportlab, Tw justification, Form XObjects
python3 "$SRC/d09_cirigliano.py" "$OUT/esito-cirigliano-halley.pdf"
# 10 Monte Rinaldo: python-docx -> LibreOffice
python3 "$SRC/d10_monterinaldo.py" "$T/convocazione-monterinaldo-word.docx"
soffice $LO --headless --convert-to pdf "$T/convocazione-monterinaldo-word.docx" --outdir "$OUT" >/dev/null
# 11 Santa Domenica Vittoria: reportlab, two columns, out of reading order
python3 "$SRC/d11_santadomenica.py" "$OUT/ordinanza-santadomenicavittoria-sicraweb.pdf"
# 12 Lucito: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-74c --no-pdf-header-footer --print-to-pdf="$OUT/decreto-lucito-chromium.pdf" "$SRC/d12_lucito.html" 2>/dev/null
rm -rf "$T"
