#!/bin/sh
# Rebuilds the 12 PDFs of set mix-102-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-102b.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-102b"; CHR="--user-data-dir=/tmp/chr-102b"
# 1 Collepietro: 80-column Courier report, enscript + ghostscript
iconv -f utf-8 -t latin1 "$SRC/d01_collepietro.txt" > "$T/d01.txt"
enscript -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d01.ps" "$T/d01.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/deliberazione-collepietro-halley.pdf"
# 2 Bortigiadas: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d02_bortigiadas.html" "$T/deliberazione-bortigiadas-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-bortigiadas-writer.html" --outdir "$OUT" >/dev/null
# 3 Civitaquana: reportlab platypus, Tw justification, Tc heading
python3 "$SRC/d03_civitaquana.py" "$OUT/deliberazione-civitaquana-reportlab.pdf"
# 4 Noragugume: fpdf2, running head/foot, number only in the last-page box
python3 "$SRC/d04_noragugume.py" "$OUT/deliberazione-noragugume-sic.pdf"
# 5 Aidomaggiore: reportlab, one glyph per text object
python3 "$SRC/d05_aidomaggiore.py" "$OUT/deliberazione-aidomaggiore-datagraph.pdf"
# 6 Serramonacesca: Chromium headless
chromium --headless --no-sandbox --disable-gpu $CHR --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-serramonacesca-chromium.pdf" "$SRC/d06_serramonacesca.html" 2>/dev/null
# 7 Esporlatu: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d07_esporlatu.html" "$OUT/determinazione-esporlatu-wkhtml.pdf" 2>/dev/null
# 8 Bisegna: pdfLaTeX, microtype letter-spacing, fancyhdr
cp "$SRC/d08_bisegna.tex" "$T/ordinanza-bisegna-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-bisegna-latex.tex >/dev/null && pdflatex -interaction=nonstopmode ordinanza-bisegna-latex.tex >/dev/null)
mv "$T/ordinanza-bisegna-latex.pdf" "$OUT/"
# 9 Tramatza: groff -ms, two columns, gropdf
groff -Kutf8 -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/d09_tramatza.ms" > "$OUT/decreto-tramatza-groff.pdf"
# 10 Gergei: python-docx -> LibreOffice
python3 "$SRC/d10_gergei.py" "$T/convocazione-gergei-word.docx"
soffice $LO --headless --convert-to pdf "$T/convocazione-gergei-word.docx" --outdir "$OUT" >/dev/null
# 11 Roccaspinalveti: reportlab, Form XObject letterhead, out-of-order drawing, rotated stamp
python3 "$SRC/d11_roccaspinalveti.py" "$OUT/attestazione-roccaspinalveti-serfin.pdf"
# 12 Basciano: Chromium headless, letter-spaced CSS
chromium --headless --no-sandbox --disable-gpu $CHR --no-pdf-header-footer --print-to-pdf="$OUT/avviso-basciano-chromium.pdf" "$SRC/d12_basciano.html" 2>/dev/null
rm -rf "$T"
