#!/bin/sh
# Rebuilds the 12 PDFs of set mix-72-c into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, multicol, fancyhdr, lastpage).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix72c-build.XXXXXX)
export LANG=C.UTF-8 LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
LO="-env:UserInstallation=file://$T/lo-profile"
# Alì Terme (Sicilia): python-docx -> LibreOffice Writer; certificate as an enscript Courier report
python3 "$SRC/d01_aliterme.py" "$T/deliberazione-aliterme-writer.docx"
python3 "$SRC/d02_aliterme.py" "$T/determinazione-aliterme-writer.docx"
soffice "$LO" --headless --convert-to pdf "$T/deliberazione-aliterme-writer.docx" "$T/determinazione-aliterme-writer.docx" --outdir "$OUT" >/dev/null 2>&1
iconv -f UTF-8 -t LATIN1 "$SRC/d03_aliterme.txt" > "$T/d03.txt"
enscript -q -B -f Courier11 -M A4 --margins=60:40:50:40 -X latin1 -o "$T/d03.ps" "$T/d03.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/certificato-aliterme-enscript.pdf"
# Pietrapaola (Calabria): reportlab canvas (Form XObject letterhead, Tw justification, glyph-by-glyph), wkhtmltopdf
python3 "$SRC/d04_pietrapaola.py" "$OUT/deliberazione-pietrapaola-reportlab.pdf"
python3 "$SRC/d05_pietrapaola.py" "$OUT/decreto-pietrapaola-reportlab.pdf"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d06_pietrapaola.html" "$OUT/avviso-pietrapaola-wkhtml.pdf"
# Calvera (Basilicata): headless Chromium (CSS letter-spacing), pdfLaTeX two columns
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-calvera-chromium.pdf" "file://$SRC/d07_calvera.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-calvera-chromium.pdf" "file://$SRC/d08_calvera.html" 2>/dev/null
cp "$SRC/d09_calvera.tex" "$T/bando-calvera-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode bando-calvera-latex.tex >/dev/null && pdflatex -interaction=nonstopmode bando-calvera-latex.tex >/dev/null)
mv "$T/bando-calvera-latex.pdf" "$OUT/"
# Unione dei Comuni Alta Marmilla (Sardegna): fpdf2 with CID fonts and running heads; groff -ms
python3 "$SRC/d10_altamarmilla.py" "$OUT/deliberazione-altamarmilla-fpdf.pdf"
python3 "$SRC/d11_altamarmilla.py" "$OUT/determinazione-altamarmilla-fpdf.pdf"
groff -k -ms -Tpdf -P-pa4 "$SRC/d12_altamarmilla.ms" > "$OUT/decreto-altamarmilla-groff.pdf"
rm -rf "$T" "$SRC/__pycache__"
