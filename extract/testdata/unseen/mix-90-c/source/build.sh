#!/bin/sh
# Rebuilds the 12 PDFs of set mix-90-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file:///tmp/lo-90c"
# 1 Monesiglio: 80-column Courier, enscript + ghostscript
iconv -f utf-8 -t latin1 "$SRC/d01_monesiglio.txt" > "$T/d01.txt"
enscript -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d01.ps" "$T/d01.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/relata-monesiglio-enscript.pdf"
# 2 Roccamonfina: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d02_roccamonfina.py" "$OUT/relata-roccamonfina-halley.pdf"
# 3 Piozzo: HTML opened as Writer document, LibreOffice
cp "$SRC/d03_piozzo.html" "$T/certificato-piozzo-writer.html"
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/certificato-piozzo-writer.html" --outdir "$OUT" >/dev/null
# 4 Vallinfreda: groff -ms
groff -ms -Kutf8 -Tps "$SRC/d04_vallinfreda.ms" > "$T/d04.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/certificato-vallinfreda-groff.pdf"
# 5 Menconico: fpdf2
python3 "$SRC/d05_menconico.py" "$OUT/parere-menconico-sicraweb.pdf"
# 6 Alvignano: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d06_alvignano.html" "$OUT/parere-alvignano-wkhtml.pdf"
# 7 Senerchia: reportlab, Tw justification + Tc letter-spacing
python3 "$SRC/d07_senerchia.py" "$OUT/attestazione-senerchia-civilia.pdf"
# 8 Camerana: pdfLaTeX with microtype letter-spacing
cp "$SRC/d08_camerana.tex" "$T/attestazione-camerana-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode attestazione-camerana-latex.tex >/dev/null)
mv "$T/attestazione-camerana-latex.pdf" "$OUT/"
# 9 Jenne: Chromium headless, CSS grid of labels
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-90c --no-pdf-header-footer --print-to-pdf="$OUT/attestazione-jenne-chromium.pdf" "file://$SRC/d09_jenne.html" 2>/dev/null
# 10 Zavattarello: reportlab, Form XObjects, stamp drawn first and rotated
python3 "$SRC/d10_zavattarello.py" "$OUT/attestazione-zavattarello-hypersic.pdf"
# 11 Laviano: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_laviano.py" "$T/allegato-laviano-calc.xlsx"
soffice "$LO" --headless --convert-to pdf "$T/allegato-laviano-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Cecima: reportlab platypus, two-column frames under a boxed title block
python3 "$SRC/d12_cecima.py" "$OUT/allegato-cecima-twocol.pdf"
