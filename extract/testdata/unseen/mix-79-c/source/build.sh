#!/bin/sh
# Rebuilds the 12 PDFs of set mix-79-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff (ms macros), enscript + ghostscript (ps2pdf), pdflatex (lmodern, fancyhdr, lastpage), DejaVu fonts.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-79c --headless"
# 1 Circello: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_circello.html" --outdir "$T" >/dev/null
mv "$T/d01_circello.pdf" "$OUT/deliberazione-circello-writer.pdf"
# 2 Pontelandolfo: groff -ms -> PDF (gropdf)
preconv -e utf-8 "$SRC/d02_pontelandolfo.ms" | groff -ms -Tpdf -P-pa4 > "$OUT/decreto-pontelandolfo-groff.pdf"
# 3 Torrecuso: 80-column report, enscript + ghostscript
iconv -f utf-8 -t latin1 "$SRC/d03_torrecuso.txt" > "$T/d03.txt"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d03.ps" "$T/d03.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/determinazione-torrecuso-halley.pdf"
# 4 Serracapriola: reportlab, one glyph per Tm/Tj
python3 "$SRC/d04_serracapriola.py" "$OUT/deliberazione-serracapriola-halley.pdf"
# 5 Cagnano Varano: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-79c --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-cagnanovarano-chromium.pdf" "file://$SRC/d05_cagnanovarano.html" 2>/dev/null
# 6 Celenza Valfortore: fpdf2 (DejaVu TTF, CID font)
python3 "$SRC/d06_celenza.py" "$OUT/certificato-celenzavalfortore-sicraweb.pdf"
# 7 Verzino: pdfLaTeX two columns, running head and foot
cp "$SRC/d07_verzino.tex" "$T/deliberazione-verzino-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-verzino-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-verzino-latex.tex >/dev/null)
mv "$T/deliberazione-verzino-latex.pdf" "$OUT/"
# 8 Castelsilano: reportlab, Tw per line, Tc heading, rotated stamp
python3 "$SRC/d08_castelsilano.py" "$OUT/decreto-castelsilano-reportlab.pdf"
# 9 Oriolo: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d09_oriolo.html" "$OUT/ordinanza-oriolo-wkhtml.pdf"
# 10 Galati Mamertino: python-docx -> LibreOffice
python3 "$SRC/d10_galati.py" "$T/deliberazione-galatimamertino-word.docx"
$LO --convert-to pdf "$T/deliberazione-galatimamertino-word.docx" --outdir "$OUT" >/dev/null
# 11 Gioiosa Marea: reportlab Form XObjects, out-of-order drawing
python3 "$SRC/d11_gioiosa.py" "$OUT/convocazione-gioiosamarea-apkappa.pdf"
# 12 Alcara li Fusi: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_alcara.py" "$T/allegato-alcaralifusi-calc.xlsx"
$LO --convert-to pdf "$T/allegato-alcaralifusi-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
