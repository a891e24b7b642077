#!/bin/sh
# Rebuilds the 12 PDFs of set mix-91-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (ms, tbl), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file://$T/lo"
# 1 Castelvetere sul Calore: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=40:40:30:30 -X latin1 -o "$T/d01.ps" "$SRC/d01_castelvetere.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/deliberazione-castelvetere-halley.pdf"
# 2 Faicchio: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d02_faicchio.html" "$OUT/deliberazione-faicchio-sicraweb.pdf"
# 3 Roccabascerana: reportlab platypus, Tw justification, Tc running head
python3 "$SRC/d03_roccabascerana.py" "$OUT/deliberazione-roccabascerana-civilia.pdf"
# 4 Auletta: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d04_auletta.py" "$OUT/deliberazione-auletta-kibernetes.pdf"
# 5 Ailano: HTML opened as a Writer document, exported by LibreOffice
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d05_ailano.html" --outdir "$T" >/dev/null
mv "$T/d05_ailano.pdf" "$OUT/deliberazione-ailano-halley.pdf"
# 6 Melizzano: headless Chromium, running head/foot repeated on every page
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-melizzano-sicraweb.pdf" "$SRC/d06_melizzano.html" 2>/dev/null
# 7 Pastena: pdfLaTeX
cp "$SRC/d07_pastena.tex" "$T/deliberazione-pastena-civilia.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-pastena-civilia.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-pastena-civilia.tex >/dev/null)
mv "$T/deliberazione-pastena-civilia.pdf" "$OUT/"
# 8 Falvaterra: fpdf2
python3 "$SRC/d08_falvaterra.py" "$OUT/deliberazione-falvaterra-kibernetes.pdf"
# 9 Bassiano: groff -ms + tbl -> PostScript -> ghostscript
groff -k -ms -t -Tps "$SRC/d09_bassiano.ms" > "$T/d09.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/deliberazione-bassiano-halley.pdf"
# 10 Blera: python-docx -> LibreOffice
python3 "$SRC/d10_blera.py" "$T/deliberazione-blera-sicraweb.docx"
soffice "$LO" --headless --convert-to pdf "$T/deliberazione-blera-sicraweb.docx" --outdir "$OUT" >/dev/null
# 11 Guarcino: reportlab, Form XObjects, drawn out of reading order
python3 "$SRC/d11_guarcino.py" "$OUT/attestazione-guarcino-kibernetes.pdf"
# 12 Cervara di Roma: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_cervara.py" "$T/allegato-cervaradiroma-civilia.xlsx"
soffice "$LO" --headless --convert-to pdf "$T/allegato-cervaradiroma-civilia.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
