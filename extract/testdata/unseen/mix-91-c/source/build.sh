#!/bin/sh
# Rebuilds the 12 PDFs of set mix-91-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr, multicol).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-91c"
# 1 Ortisei: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_ortisei.html" --outdir "$T" >/dev/null
mv "$T/d01_ortisei.pdf" "$OUT/deliberazione-ortisei-writer.pdf"
# 2 San Candido: reportlab, Tw justification
python3 "$SRC/d02_sancandido.py" "$OUT/determinazione-sancandido-reportlab.pdf"
# 3 Dobbiaco: fpdf2, DejaVu CID fonts, two columns
python3 "$SRC/d03_dobbiaco.py" "$OUT/ordinanza-dobbiaco-fpdf.pdf"
# 4 Castelbello-Ciardes: pdfLaTeX two columns
cp "$SRC/d04_castelbello.tex" "$T/avviso-castelbello-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-castelbello-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-castelbello-latex.tex >/dev/null)
mv "$T/avviso-castelbello-latex.pdf" "$OUT/"
# 5 Corvara: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-91c --no-pdf-header-footer --print-to-pdf="$OUT/decreto-corvara-chromium.pdf" "file://$SRC/d05_corvara.html" 2>/dev/null
# 6 Comunità comprensoriale Valle Isarco: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_valleisarco.html" "$OUT/deliberazione-valleisarco-wkhtml.pdf"
# 7 Torgnon: python-docx -> LibreOffice
python3 "$SRC/d07_torgnon.py" "$T/deliberazione-torgnon-word.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-torgnon-word.docx" --outdir "$OUT" >/dev/null
# 8 Champdepraz: 80-column text, enscript + ghostscript
iconv -f UTF-8 -t LATIN1 "$SRC/d08_champdepraz.txt" > "$T/d08.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$T/d08.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/determinazione-champdepraz-enscript.pdf"
# 9 Etroubles: reportlab glyph by glyph, rotated stamp
python3 "$SRC/d09_etroubles.py" "$OUT/avviso-etroubles-kibernetes.pdf"
# 10 Emarèse: groff -ms -> gropdf
groff -k -ms -Tpdf -P-pa4 "$SRC/d10_emarese.ms" > "$OUT/attestazione-emarese-groff.pdf"
# 11 Avise: reportlab Form XObjects, out-of-order drawing
python3 "$SRC/d11_avise.py" "$OUT/convocazione-avise-apkappa.pdf"
# 12 Senales: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_senales.py" "$T/allegato-senales-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-senales-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
