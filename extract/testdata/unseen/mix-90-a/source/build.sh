#!/bin/sh
# Rebuilds the 12 PDFs of set mix-90-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-90a --headless"
# 1 Nerviano: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_nerviano.html" --outdir "$T" >/dev/null
mv "$T/d01_nerviano.pdf" "$OUT/deliberazione-nerviano-writer.pdf"
# 2 Brugherio: reportlab, one glyph per BT/Tj/ET
python3 "$SRC/d02_brugherio.py" "$OUT/deliberazione-brugherio-jiride.pdf"
# 3 Concorezzo: pdfLaTeX, cover sheet then roll on page 2
cp "$SRC/d03_concorezzo.tex" "$T/deliberazione-concorezzo-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-concorezzo-latex.tex >/dev/null)
mv "$T/deliberazione-concorezzo-latex.pdf" "$OUT/"
# 4 Stezzano: Chromium headless, roll in CSS columns
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-90a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-stezzano-chromium.pdf" "$SRC/d04_stezzano.html" 2>/dev/null
# 5 Selvazzano Dentro: fpdf2, running head on every page
python3 "$SRC/d05_selvazzano.py" "$OUT/deliberazione-selvazzanodentro-civilia.pdf"
# 6 Cassola: fixed-width report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d06.ps" "$SRC/d06_cassola.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/deliberazione-cassola-halley.pdf"
# 7 Rozzano: wkhtmltopdf
wkhtmltopdf -q -s A4 --zoom 1.2 "$SRC/d07_rozzano.html" "$OUT/determinazione-rozzano-sicraweb.pdf"
# 8 Travagliato: groff -ms -Tpdf
groff -ms -Kutf8 -Tpdf "$SRC/d08_travagliato.ms" > "$OUT/ordinanza-travagliato-groff.pdf"
# 9 Musile di Piave: reportlab, Form XObjects, rotated stamp, out-of-order drawing
python3 "$SRC/d09_musile.py" "$OUT/attestazione-musiledipiave-halley.pdf"
# 10 Castenedolo: python-docx -> LibreOffice
python3 "$SRC/d10_castenedolo.py" "$T/convocazione-castenedolo-word.docx"
$LO --convert-to pdf "$T/convocazione-castenedolo-word.docx" --outdir "$OUT" >/dev/null
# 11 Caldiero: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_caldiero.py" "$T/allegato-caldiero-calc.xlsx"
$LO --convert-to pdf "$T/allegato-caldiero-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Paullo: reportlab, Tw justification, Tc letter-spacing, signatures drawn first
python3 "$SRC/d12_paullo.py" "$OUT/deliberazione-paullo-reportlab.pdf"
rm -rf "$T"
