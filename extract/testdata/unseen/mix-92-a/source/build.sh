#!/bin/sh
# Rebuilds the 12 PDFs of set mix-92-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, fancyhdr, multirow).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-92a.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-92a --headless"
# 1 Pioraco: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_pioraco.html" --outdir "$T" >/dev/null
mv "$T/d01_pioraco.pdf" "$OUT/deliberazione-pioraco-writer.pdf"
# 2 Montelparo: reportlab, Tw justification
python3 "$SRC/d02_montelparo.py" "$OUT/deliberazione-montelparo-halley.pdf"
# 3 Castelplanio: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-92a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-castelplanio-chromium.pdf" "file://$SRC/d03_castelplanio.html" 2>/dev/null
# 4 Monteverdi Marittimo: fpdf2, two side-by-side roll groups
python3 "$SRC/d04_monteverdi.py" "$OUT/deliberazione-monteverdimarittimo-civilia.pdf"
# 5 Londa: pdfLaTeX
cp "$SRC/d05_londa.tex" "$T/deliberazione-londa-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-londa-latex.tex >/dev/null)
mv "$T/deliberazione-londa-latex.pdf" "$OUT/"
# 6 Sassetta: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_sassetta.html" "$OUT/deliberazione-sassetta-sicraweb.pdf"
# 7 Lunano: 80-column report, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_lunano.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-lunano-halley.pdf"
# 8 Suvereto: reportlab, glyph by glyph, rotated stamp
python3 "$SRC/d08_suvereto.py" "$OUT/ordinanza-suvereto-kibernetes.pdf"
# 9 Rosora: groff -ms -> gropdf
groff -ms -Kutf8 -Tpdf -P-pa4 "$SRC/d09_rosora.ms" > "$OUT/attestazione-rosora-groff.pdf"
# 10 Unione Terre dell'Olio e del Sagrantino: python-docx -> LibreOffice
python3 "$SRC/d10_terredellolio.py" "$T/convocazione-terredellolio-word.docx"
$LO --convert-to pdf "$T/convocazione-terredellolio-word.docx" --outdir "$OUT" >/dev/null
# 11 Filattiera: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_filattiera.py" "$T/allegato-filattiera-calc.xlsx"
$LO --convert-to pdf "$T/allegato-filattiera-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Fiuminata: reportlab, Form XObjects, out-of-order drawing, Tc
python3 "$SRC/d12_fiuminata.py" "$OUT/decreto-fiuminata-apkappa.pdf"
rm -rf "$T"
