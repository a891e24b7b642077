#!/bin/sh
# Rebuilds the 12 PDFs of set mix-106-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, tikz, multicol, enumitem, eurosym).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix106c.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-106c"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 2>/dev/null || true
# 1 San Michele di Ganzaria: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-106c --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-sanmichelediganzaria-chromium.pdf" "$SRC/d01_ganzaria.html" 2>/dev/null
# 2 Belvedere di Spinello: reportlab, one glyph per BT/Tm/Tj
python3 "$SRC/d02_belvedere.py" "$OUT/determinazione-belvederedispinello-halley.pdf"
# 3 Panni: fpdf2, Tc/Tw
python3 "$SRC/d03_panni.py" "$OUT/determinazione-panni-sicraweb.pdf"
# 4 Graniti: pdfLaTeX
cp "$SRC/d04_graniti.tex" "$T/determinazione-graniti-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-graniti-latex.tex >/dev/null)
mv "$T/determinazione-graniti-latex.pdf" "$OUT/"
# 5 Cessaniti: python-docx -> LibreOffice
python3 "$SRC/d05_cessaniti.py" "$T/determinazione-cessaniti-word.docx"
soffice $LO --headless --convert-to pdf "$T/determinazione-cessaniti-word.docx" --outdir "$OUT" >/dev/null
# 6 Nociglia: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d06.ps" "$SRC/d06_nociglia.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/determinazione-nociglia-ascii.pdf"
# 7 Motta Camastra: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d07_mottacamastra.html" "$OUT/deliberazione-mottacamastra-wkhtml.pdf" 2>/dev/null
# 8 Savelli: groff -ms -> PostScript -> ghostscript
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$SRC/d08_savelli.ms" > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/deliberazione-savelli-groff.pdf"
# 9 Rocchetta Sant'Antonio: reportlab, Form XObjects, out-of-order drawing, rotated stamp
python3 "$SRC/d09_rocchetta.py" "$OUT/ordinanza-rocchettasantantonio-xobject.pdf"
# 10 Militello Rosmarino: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d10_militello.html" "$T/avviso-militellorosmarino-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-militellorosmarino-writer.html" --outdir "$OUT" >/dev/null
# 11 Brognaturo: reportlab platypus
python3 "$SRC/d11_brognaturo.py" "$OUT/attestazione-brognaturo-platypus.pdf"
# 12 Castrignano del Capo: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_castrignano.py" "$T/allegato-castrignanodelcapo-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-castrignanodelcapo-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
