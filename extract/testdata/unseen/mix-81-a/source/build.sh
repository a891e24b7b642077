#!/bin/sh
# Rebuilds the 12 PDFs of set mix-81-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-81a"
# 1 San Vito Lo Capo: pdfLaTeX
cp "$SRC/d01_sanvitolocapo.tex" "$T/ordinanza-sanvitolocapo-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-sanvitolocapo-latex.tex >/dev/null && pdflatex -interaction=nonstopmode ordinanza-sanvitolocapo-latex.tex >/dev/null)
mv "$T/ordinanza-sanvitolocapo-latex.pdf" "$OUT/"
# 2 Torre del Greco: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-81a --no-pdf-header-footer --print-to-pdf="$OUT/ordinanza-torredelgreco-chromium.pdf" "$SRC/d02_torredelgreco.html" 2>/dev/null
# 3 Praiano: python-docx -> LibreOffice
python3 "$SRC/d03_praiano.py" "$T/ordinanza-praiano-word.docx"
soffice "$LO" --headless --convert-to pdf "$T/ordinanza-praiano-word.docx" --outdir "$OUT" >/dev/null
# 4 Stintino: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d04_stintino.html" "$OUT/ordinanza-stintino-wkhtml.pdf"
# 5 Porto Cesareo: reportlab, one glyph per Tm/Tj, rotated number stamp
(cd "$SRC" && python3 d05_portocesareo.py "$OUT/ordinanza-portocesareo-glyphs.pdf")
# 6 Castelnuovo Rangone: 74-column Courier, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d06.ps" "$SRC/d06_castelnuovorangone.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/ordinanza-castelnuovorangone-enscript.pdf"
# 7 Santa Marinella: fpdf2
python3 "$SRC/d07_santamarinella.py" "$OUT/ordinanza-santamarinella-halley.pdf"
# 8 Montegrotto Terme: reportlab, Form XObjects, out-of-order drawing
(cd "$SRC" && python3 d08_montegrottoterme.py "$OUT/ordinanza-montegrottoterme-xobject.pdf")
# 9 Baveno: groff -ms -Tpdf
groff -ms -Tpdf -dpaper=a4 -P-pa4 -k "$SRC/d09_baveno.ms" > "$OUT/ordinanza-baveno-groff.pdf"
# 10 Chiusa di Pesio: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d10_chiusadipesio.html" "$T/ordinanza-chiusadipesio-writer.html"
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/ordinanza-chiusadipesio-writer.html" --outdir "$OUT" >/dev/null
# 11 Ragalna: reportlab, Tw/Tc
(cd "$SRC" && python3 d11_ragalna.py "$OUT/ordinanza-ragalna-reportlab.pdf")
# 12 Monte Argentario: fpdf2 two columns
python3 "$SRC/d12_monteargentario.py" "$OUT/ordinanza-monteargentario-fpdf.pdf"
rm -rf "$T" "$SRC/__pycache__"
