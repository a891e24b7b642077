#!/bin/sh
# Rebuilds the 12 PDFs of set mix-74-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff (gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-74a"
# 1 Torchiara: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_torchiara.html" --outdir "$T" >/dev/null
mv "$T/d01_torchiara.pdf" "$OUT/deliberazione-torchiara-writer.pdf"
# 2 Roseto Valfortore: python-docx -> LibreOffice
python3 "$SRC/d02_rosetovalfortore.py" "$T/deliberazione-rosetovalfortore-word.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-rosetovalfortore-word.docx" --outdir "$OUT" >/dev/null
# 3 Supersano: reportlab, Tw/Tc
python3 "$SRC/d03_supersano.py" "$OUT/deliberazione-supersano-civilia.pdf"
# 4 Montemesola: fpdf2, two-column roll, running head
python3 "$SRC/d04_montemesola.py" "$OUT/deliberazione-montemesola-halley.pdf"
# 5 Armento: pdfLaTeX, letter-spaced headings
cp "$SRC/d05_armento.tex" "$T/deliberazione-armento-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-armento-latex.tex >/dev/null)
mv "$T/deliberazione-armento-latex.pdf" "$OUT/"
# 6 Ripacandida: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-74a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-ripacandida-chromium.pdf" "$SRC/d06_ripacandida.html" 2>/dev/null
# 7 Salcito: 80-column Courier report, enscript + ghostscript
enscript -B -q -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_salcito.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/deliberazione-salcito-enscript.pdf"
# 8 Pietracupa: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d08_pietracupa.py" "$OUT/deliberazione-pietracupa-kibernetes.pdf"
# 9 Caraffa di Catanzaro: wkhtmltopdf, tables with merged cells
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d09_caraffa.html" "$OUT/deliberazione-caraffadicatanzaro-wkhtml.pdf"
# 10 Zagarise: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d10_zagarise.py" "$OUT/deliberazione-zagarise-apkappa.pdf"
# 11 Laurino: groff -ms -t -> gropdf
groff -ms -t -Tpdf -P-pa4 "$SRC/d11_laurino.ms" > "$OUT/determinazione-laurino-groff.pdf"
# 12 Cirigliano: Chromium headless, CSS grid label box
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-74a --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cirigliano-chromium.pdf" "$SRC/d12_cirigliano.html" 2>/dev/null
rm -rf "$T"
