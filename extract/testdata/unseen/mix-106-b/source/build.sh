#!/bin/sh
# Rebuilds the 12 PDFs of set mix-106-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium,
# wkhtmltopdf, enscript, groff (ms, tbl), ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-106b.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file:///tmp/lo-106b"
# 1 Pasturo: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_pasturo.html" --outdir "$T" >/dev/null
mv "$T/d01_pasturo.pdf" "$OUT/deliberazione-pasturo-writer.pdf"
# 2 Albaredo Arnaboldi: fpdf2, running head and foot on both pages
python3 "$SRC/d02_albaredo.py" "$OUT/deliberazione-albaredoarnaboldi-halley.pdf"
# 3 Toano: reportlab platypus, justified lines with Tw, letterhead letter-spaced with Tc
python3 "$SRC/d03_toano.py" "$OUT/deliberazione-toano-sipal.pdf"
# 4 Quarna Sopra: Chromium headless, CSS two-column premises
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-106b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-quarnasopra-chromium.pdf" "file://$SRC/d04_quarnasopra.html" 2>/dev/null
# 5 Bellino: pdfLaTeX, microtype letter-spacing, fancyhdr
cp "$SRC/d05_bellino.tex" "$T/deliberazione-bellino-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-bellino-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-bellino-latex.tex >/dev/null)
mv "$T/deliberazione-bellino-latex.pdf" "$OUT/"
# 6 Ferriere: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d06_ferriere.html" "$OUT/deliberazione-ferriere-wkhtml.pdf"
# 7 Montagna in Valtellina: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=50:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_montagna.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-montagnainvaltellina-halley.pdf"
# 8 Pecco: reportlab canvas, one glyph per text object, rotated Albo stamp
python3 "$SRC/d08_pecco.py" "$OUT/ordinanza-pecco-kibernetes.pdf"
# 9 Casalmorano: groff -ms + tbl -> PostScript -> ghostscript
groff -t -ms -Kutf8 -Tps "$SRC/d09_casalmorano.ms" > "$T/d09.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/attestazione-casalmorano-groff.pdf"
# 10 Monchio delle Corti: python-docx (header/footer) -> LibreOffice
python3 "$SRC/d10_monchio.py" "$T/convocazione-monchiodellecorti-word.docx"
soffice $LO --headless --convert-to pdf "$T/convocazione-monchiodellecorti-word.docx" --outdir "$OUT" >/dev/null
# 11 Brione: openpyxl -> LibreOffice Calc, landscape, merged title and total cells
python3 "$SRC/d11_brione.py" "$T/allegato-brione-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-brione-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Villa Minozzo: python-docx, header as a two-cell table -> LibreOffice
python3 "$SRC/d12_villaminozzo.py" "$T/avviso-villaminozzo-word.docx"
soffice $LO --headless --convert-to pdf "$T/avviso-villaminozzo-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
