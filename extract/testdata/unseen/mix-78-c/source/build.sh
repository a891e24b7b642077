#!/bin/sh
# Rebuilds the 12 PDFs of set mix-78-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-78c"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Sant'Angelo Lodigiano: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d01_santangelo.html" "$T/deliberazione-santangelolodigiano-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-santangelolodigiano-writer.html" --outdir "$OUT" >/dev/null
# 2 Castel d'Aiano: fpdf2, running head and foot on every page
python3 "$SRC/d02_casteldaiano.py" "$OUT/determinazione-casteldaiano-halley.pdf"
# 3 San Giovanni di Fassa - Sen Jan: reportlab, Tw justification, Tc heading
python3 "$SRC/d03_sangiovannidifassa.py" "$OUT/deliberazione-sangiovannidifassa-civilia.pdf"
# 4 Artegna: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d04_artegna.py" "$OUT/ordinanza-artegna-kibernetes.pdf"
# 5 Sampeyre: pdfLaTeX, letter-spacing and small caps
cp "$SRC/d05_sampeyre.tex" "$T/avviso-sampeyre-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-sampeyre-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-sampeyre-latex.tex >/dev/null)
mv "$T/avviso-sampeyre-latex.pdf" "$OUT/"
# 6 Montescudo-Monte Colombo: Chromium headless, two-column body
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-78c --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-montescudomontecolombo-chromium.pdf" "file://$SRC/d06_montescudo.html" 2>/dev/null
# 7 Unione Montana del Grappa: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d07_unionegrappa.html" "$OUT/deliberazione-unionemontanagrappa-wkhtml.pdf"
# 8 Comunita della Valle dei Laghi: python-docx -> LibreOffice
python3 "$SRC/d08_valledeilaghi.py" "$T/deliberazione-valledeilaghi-word.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-valledeilaghi-word.docx" --outdir "$OUT" >/dev/null
# 9 BIM Piave: openpyxl -> LibreOffice Calc, merged cells
python3 "$SRC/d09_bimpiave.py" "$T/allegato-bimpiave-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-bimpiave-calc.xlsx" --outdir "$OUT" >/dev/null
# 10 Sant'Ambrogio di Torino: 80-column text, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/c.ps" "$SRC/d10_santambrogio.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c.ps" "$OUT/certificato-santambrogioditorino-enscript.pdf"
# 11 Sant'Anna d'Alfaedo: groff -ms -> PDF
groff -k -ms -Tpdf -P-pa4 "$SRC/d11_santannadalfaedo.ms" > "$OUT/convocazione-santannadalfaedo-groff.pdf"
# 12 Sant'Onofrio: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d12_santonofrio.py" "$OUT/decreto-santonofrio-apkappa.pdf"
rm -rf "$T"
