#!/bin/sh
# Rebuilds the 12 PDFs of set mix-79-a into the parent directory (OUTDIR); intermediates in a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf, groff,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr, lastpage).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-79a"
# Valfenera (AT) - house style "sipal"
python3 "$SRC/d01_valfenera.py" "$OUT/deliberazione-valfenera-sipal.pdf"
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d02_valfenera.html" "$OUT/determinazione-valfenera-sipal.pdf"
python3 "$SRC/d03_valfenera.py" "$OUT/attestazione-valfenera-sipal.pdf"
cp "$SRC/d04_valfenera.tex" "$T/avviso-valfenera-sipal.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-valfenera-sipal.tex >/dev/null)
mv "$T/avviso-valfenera-sipal.pdf" "$OUT/"
# Pontinvrea (SV) - house style "civilia"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=/tmp/chr-79a --print-to-pdf="$OUT/deliberazione-pontinvrea-civilia.pdf" "$SRC/d05_pontinvrea.html" 2>/dev/null
cp "$SRC/d06_pontinvrea.html" "$T/determinazione-pontinvrea-civilia.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-pontinvrea-civilia.html" --outdir "$OUT" >/dev/null
python3 "$SRC/d07_pontinvrea.py" "$OUT/ordinanza-pontinvrea-civilia.pdf"
groff -ms -Tpdf -K utf8 "$SRC/d08_pontinvrea.ms" > "$OUT/avviso-pontinvrea-civilia.pdf"
# Verolanuova (BS) - house style "maggioli"
python3 "$SRC/d09_verolanuova.py" "$T/deliberazione-verolanuova-maggioli.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-verolanuova-maggioli.docx" --outdir "$OUT" >/dev/null
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d10.ps" "$SRC/d10_verolanuova.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/determinazione-verolanuova-maggioli.pdf"
python3 "$SRC/d11_verolanuova.py" "$OUT/attestazione-verolanuova-maggioli.pdf"
cp "$SRC/d12_verolanuova.tex" "$T/ordinanza-verolanuova-maggioli.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-verolanuova-maggioli.tex >/dev/null && pdflatex -interaction=nonstopmode ordinanza-verolanuova-maggioli.tex >/dev/null)
mv "$T/ordinanza-verolanuova-maggioli.pdf" "$OUT/"
rm -rf "$T"
