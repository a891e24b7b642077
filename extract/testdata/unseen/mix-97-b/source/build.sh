#!/bin/sh
# Rebuilds the 12 PDFs of set mix-97-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr, multicol).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix97b-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 0,42
LO="soffice -env:UserInstallation=file:///tmp/lo-97b --headless"
# 1 Dolcedo: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_dolcedo.html" --outdir "$T" >/dev/null
mv "$T/d01_dolcedo.pdf" "$OUT/deliberazione-dolcedo-writer.pdf"
# 2 Usseaux: reportlab, Tw justification, Tc letter-spacing
python3 "$SRC/d02_usseaux.py" "$OUT/deliberazione-usseaux-civilia.pdf"
# 3 Champorcher: fpdf2, CID TrueType, running head/foot
python3 "$SRC/d03_champorcher.py" "$OUT/deliberazione-champorcher-apsystems.pdf"
# 4 Crodo: pdfLaTeX
cp "$SRC/d04_crodo.tex" "$T/deliberazione-crodo-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-crodo-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-crodo-latex.tex >/dev/null)
mv "$T/deliberazione-crodo-latex.pdf" "$OUT/"
# 5 Lumarzo: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-97b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-lumarzo-chromium.pdf" "$SRC/d05_lumarzo.html" 2>/dev/null
# 6 Sanfront: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_sanfront.html" "$OUT/determinazione-sanfront-wkhtml.pdf" 2>/dev/null
# 7 Oyace: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_oyace.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-oyace-enscript.pdf"
# 8 Ceriana: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d08_ceriana.py" "$OUT/ordinanza-ceriana-halley.pdf"
# 9 Montaldeo: groff -ms -> gropdf
preconv -e utf-8 "$SRC/d09_montaldeo.ms" | groff -ms -Tpdf -P-pa4 > "$OUT/convocazione-montaldeo-groff.pdf"
# 10 Vobbia: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d10_vobbia.py" "$OUT/attestazione-vobbia-padigitale.pdf"
# 11 Allein: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_allein.py" "$T/allegato-allein-calc.xlsx"
$LO --convert-to pdf "$T/allegato-allein-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Casanova Lerrone: python-docx -> LibreOffice Writer
python3 "$SRC/d12_casanovalerrone.py" "$T/avviso-casanovalerrone-word.docx"
$LO --convert-to pdf "$T/avviso-casanovalerrone-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
