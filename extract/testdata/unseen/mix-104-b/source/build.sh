#!/bin/sh
# Rebuilds the 12 PDFs of set mix-104-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff (-ms, tbl, gropdf), enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix104b-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-104b"
# 1 Castello-Molina di Fiemme: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_castellomolina.html" --outdir "$T" >/dev/null
mv "$T/d01_castellomolina.pdf" "$OUT/deliberazione-castellomolinadifiemme-writer.pdf"
# 2 Lauregno/Laurein: fpdf2
python3 "$SRC/d02_lauregno.py" "$OUT/deliberazione-lauregno-gisprotokoll.pdf"
# 3 Rhemes-Saint-Georges: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-104b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-rhemessaintgeorges-chromium.pdf" "$SRC/d03_rhemes.html" 2>/dev/null
# 4 Treppo Ligosullo: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d04_treppo.py" "$OUT/deliberazione-treppoligosullo-kibernetes.pdf"
# 5 Lorenzago di Cadore: pdfLaTeX
cp "$SRC/d05_lorenzago.tex" "$T/l.tex"
(cd "$T" && pdflatex -interaction=nonstopmode l.tex >/dev/null && pdflatex -interaction=nonstopmode l.tex >/dev/null)
mv "$T/l.pdf" "$OUT/deliberazione-lorenzagodicadore-latex.pdf"
# 6 Dambel: groff -ms with tbl, gropdf
groff -ms -t -k -Tpdf -P-pa4 "$SRC/d06_dambel.ms" > "$OUT/deliberazione-dambel-groff.pdf"
# 7 Torrebelvicino: reportlab, Form XObjects, drawn out of reading order
python3 "$SRC/d07_torrebelvicino.py" "$OUT/deliberazione-torrebelvicino-apkappa.pdf"
# 8 Gazzo Veronese: 80-column Courier report, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_gazzo.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/deliberazione-gazzoveronese-halley.pdf"
# 9 Roverchiara: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d09_roverchiara.html" "$OUT/determinazione-roverchiara-wkhtml.pdf"
# 10 Valdastico: python-docx -> LibreOffice
python3 "$SRC/d10_valdastico.py" "$T/attestazione-valdastico-word.docx"
soffice $LO --headless --convert-to pdf "$T/attestazione-valdastico-word.docx" --outdir "$OUT" >/dev/null
# 11 Lillianes: reportlab, Tw/Tc
python3 "$SRC/d11_lillianes.py" "$OUT/ordinanza-lillianes-halley.pdf"
# 12 Fontainemore: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_fontainemore.py" "$T/allegato-fontainemore-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-fontainemore-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
