#!/bin/sh
# Rebuilds the 12 PDFs of set mix-78-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file:///tmp/lo-78b"
# 1 Parma: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-78b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-parma-chromium.pdf" "$SRC/d01_parma.html" 2>/dev/null
# 2 Livorno: reportlab, one glyph per BT/Tm/Tj, rotated stamp
python3 "$SRC/d02_livorno.py" "$OUT/ordinanza-livorno-kibernetes.pdf"
# 3 Monza: python-docx -> LibreOffice
python3 "$SRC/d03_monza.py" "$T/decreto-monza-word.docx"
soffice $LO --headless --convert-to pdf "$T/decreto-monza-word.docx" --outdir "$OUT" >/dev/null
# 4 Vicenza: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d04_vicenza.html" "$T/deliberazione-vicenza-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-vicenza-writer.html" --outdir "$OUT" >/dev/null
# 5 Trento: pdfLaTeX with letter-spacing
cp "$SRC/d05_trento.tex" "$T/avviso-trento-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-trento-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-trento-latex.tex >/dev/null)
mv "$T/avviso-trento-latex.pdf" "$OUT/"
# 6 Rimini: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_rimini.html" "$OUT/determinazione-rimini-sicraweb.pdf"
# 7 Alessandria: 80-column Courier report, enscript + ghostscript
iconv -f UTF-8 -t LATIN1 "$SRC/d07_alessandria.txt" > "$T/d07.txt"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$T/d07.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-alessandria-halley.pdf"
# 8 Bolzano: fpdf2, two-column roll
python3 "$SRC/d08_bolzano.py" "$OUT/deliberazione-bolzano-insiel.pdf"
# 9 Imola: reportlab, Tw/Tc
python3 "$SRC/d09_imola.py" "$OUT/attestazione-imola-civilia.pdf"
# 10 Cinisello Balsamo: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_cinisello.py" "$T/allegato-cinisellobalsamo-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-cinisellobalsamo-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Lamezia Terme: groff -ms -> gropdf
groff -ms -Kutf8 -Tpdf -dpaper=a4 -P-pa4 "$SRC/d11_lamezia.ms" > "$OUT/convocazione-lameziaterme-groff.pdf"
# 12 Casoria: reportlab, Form XObjects, two columns drawn out of order
python3 "$SRC/d12_casoria.py" "$OUT/avviso-casoria-apkappa.pdf"
rm -rf "$T"
