#!/bin/sh
# Rebuilds the 12 PDFs of set mix-84-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# pdflatex (lmodern, multirow, fancyhdr), enscript + ghostscript (ps2pdf), groff (-ms, tbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix84b-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8      # Calc prints 1.234,56
LO="-env:UserInstallation=file:///tmp/lo-84b"
# 1 Tiglieto: reportlab, grid right of the letterhead, Tw justification
python3 "$SRC/d01_tiglieto.py" "$OUT/determinazione-tiglieto-reportlab.pdf"
# 2 Neirone: fpdf2, labels in capitals with colons
python3 "$SRC/d02_neirone.py" "$OUT/ordinanza-neirone-iride.pdf"
# 3 Pornassio: HTML opened as a Writer document, grid over two label|value column pairs
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d03_pornassio.html" --outdir "$T" >/dev/null
mv "$T/d03_pornassio.pdf" "$OUT/determinazione-pornassio-writer.pdf"
# 4 Pettinengo: Chromium, number and date only in the grid's last row
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-84b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-pettinengo-chromium.pdf" "$SRC/d04_pettinengo.html" 2>/dev/null
# 5 Vogogna: wkhtmltopdf
wkhtmltopdf -q -s A4 "$SRC/d05_vogogna.html" "$OUT/ordinanza-vogogna-wkhtml.pdf"
# 6 Chiaverano: pdfLaTeX, merged cells (multirow / multicolumn)
cp "$SRC/d06_chiaverano.tex" "$T/d06.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d06.tex >/dev/null && pdflatex -interaction=nonstopmode d06.tex >/dev/null)
mv "$T/d06.pdf" "$OUT/determinazione-chiaverano-latex.pdf"
# 7 Sorico: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier9 -M A4 --margins=50:40:40:40 -X latin1 -o "$T/d07.ps" "$SRC/d07_sorico.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-sorico-halley.pdf"
# 8 Samolaco: groff -ms + tbl
groff -ms -t -Tpdf -P-pa4 -dpaper=a4 "$SRC/d08_samolaco.ms" > "$OUT/ordinanza-samolaco-groff.pdf"
# 9 Griante: reportlab, one text object per glyph, drawn bottom-up, rotated stamp
python3 "$SRC/d09_griante.py" "$OUT/determinazione-griante-halley.pdf"
# 10 Miane: python-docx (grid in the page header) -> LibreOffice
python3 "$SRC/d10_miane.py" "$T/ordinanza-miane-word.docx"
soffice $LO --headless --convert-to pdf "$T/ordinanza-miane-word.docx" --outdir "$OUT" >/dev/null
# 11 Segusino: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d11_segusino.py" "$OUT/attestazione-segusino-sicraweb.pdf"
# 12 Solagna: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_solagna.py" "$T/allegato-solagna-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-solagna-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
