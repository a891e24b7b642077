#!/bin/sh
# Rebuilds the 12 PDFs of set mix-102-a into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, multicol, fancyhdr, enumitem), groff (gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-102a.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-102a"
# --- Comune di Calestano (PR, Emilia-Romagna) ---
# 1 Giunta minute: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d01_calestano.html" "$T/deliberazione-calestano-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-calestano-writer.html" --outdir "$T" >/dev/null
mv "$T/deliberazione-calestano-writer.pdf" "$OUT/"
# 2 determinazione: reportlab, Tw justification
python3 "$SRC/d02_calestano.py" "$OUT/determinazione-calestano-reportlab.pdf"
# 3 ordinanza: 72-column text, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d03.ps" "$SRC/d03_calestano.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/ordinanza-calestano-enscript.pdf"
# 4 certificate of publication: fpdf2
python3 "$SRC/d04_calestano.py" "$OUT/certificato-calestano-fpdf.pdf"
# --- Comune di Monticiano (SI, Toscana) ---
# 5 Consiglio minute: pdfLaTeX, roll in two columns, running head
cp "$SRC/d05_monticiano.tex" "$T/deliberazione-monticiano-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-monticiano-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-monticiano-latex.tex >/dev/null)
mv "$T/deliberazione-monticiano-latex.pdf" "$OUT/"
# 6 determinazione: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-102a --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-monticiano-chromium.pdf" "file://$SRC/d06_monticiano.html" 2>/dev/null
# 7 decreto: reportlab, one glyph per Tm/Tj, rotated Albo stamp
python3 "$SRC/d07_monticiano.py" "$OUT/decreto-monticiano-halley.pdf"
# 8 unnumbered avviso: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 18mm -R 18mm "$SRC/d08_monticiano.html" "$OUT/avviso-monticiano-wkhtml.pdf"
# --- Comune di Vignanello (VT, Lazio) ---
# 9 Giunta minute: python-docx (header/footer, merged cells) -> LibreOffice
python3 "$SRC/d09_vignanello.py" "$T/deliberazione-vignanello-word.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-vignanello-word.docx" --outdir "$T" >/dev/null
mv "$T/deliberazione-vignanello-word.pdf" "$OUT/"
# 10 determinazione: groff -ms with tbl -> gropdf
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d10_vignanello.ms" > "$OUT/determinazione-vignanello-groff.pdf"
# 11 ordinanza: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d11_vignanello.py" "$OUT/ordinanza-vignanello-xobject.pdf"
# 12 numbered avviso pubblico: fpdf2, letter-spaced headings
python3 "$SRC/d12_vignanello.py" "$OUT/avviso-vignanello-fpdf.pdf"
rm -rf "$T"
