#!/bin/sh
# Rebuilds the 12 PDFs of set mix-87-c into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff, enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=C.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-87c"
python3 "$SRC/d01_polinago.py" "$OUT/ordinanza-polinago-glyphs.pdf"
python3 "$SRC/d02_careggine.py" "$OUT/ordinanza-careggine-fpdf.pdf"
groff -ms -Kutf8 -Tps "$SRC/d03_montecreto.ms" > "$T/d03.ps"; ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/ordinanza-montecreto-groff.pdf"
enscript -B -f Courier11 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d04.ps" "$SRC/d04_mulazzo.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/avviso-mulazzo-enscript.pdf"
cp "$SRC/d05_sestino.tex" "$T/pubblicazione-sestino-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode pubblicazione-sestino-latex.tex >/dev/null)
mv "$T/pubblicazione-sestino-latex.pdf" "$OUT/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-87c --no-pdf-header-footer --print-to-pdf="$OUT/decreto-afor-chromium.pdf" "$SRC/d06_afor.html" 2>/dev/null
python3 "$SRC/d07_chitignano.py" "$T/avviso-chitignano-word.docx"
soffice $LO --headless --convert-to pdf "$T/avviso-chitignano-word.docx" --outdir "$OUT" >/dev/null
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d08_vetto.html" "$OUT/ordinanza-vetto-wkhtml.pdf"
cp "$SRC/d09_monterchi.html" "$T/ordinanza-monterchi-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/ordinanza-monterchi-writer.html" --outdir "$OUT" >/dev/null
python3 "$SRC/d10_semproniano.py" "$OUT/ordinanza-semproniano-reportlab.pdf"
python3 "$SRC/d11_baiso.py" "$OUT/attestazione-baiso-xobject.pdf"
python3 "$SRC/d12_sangodenzo.py" "$T/allegato-sangodenzo-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-sangodenzo-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
