#!/bin/sh
# Rebuilds the 12 PDFs of set mix-95-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff + ghostscript (ps2pdf), enscript, pdflatex (lmodern, multicol).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix95b-build.XXXXXX)
LO="soffice -env:UserInstallation=file:///tmp/lo-95b --headless"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
cd "$SRC"
cp d01_vinadio.html "$T/determinazione-vinadio-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-vinadio-writer.html" --outdir "$OUT" >/dev/null
python3 d02_bossolasco.py "$OUT/determinazione-bossolasco-reportlab.pdf"
python3 d03_dego.py "$OUT/ordinanza-dego-glyphs.pdf"
python3 d04_mignanego.py "$OUT/determinazione-mignanego-fpdf.pdf"
cp d05_colico.tex "$T/determinazione-colico-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-colico-latex.tex >/dev/null)
mv "$T/determinazione-colico-latex.pdf" "$OUT/"
groff -ms -Kutf8 -Tps d06_sulzano.ms > "$T/d06.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/ordinanza-sulzano-groff.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-95b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-ranica-chromium.pdf" "$SRC/d07_ranica.html" 2>/dev/null
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm d08_bubbio.html "$OUT/decreto-bubbio-wkhtmltopdf.pdf" 2>/dev/null
iconv -f utf-8 -t latin1 d09_grosio.txt > "$T/d09.txt"
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d09.ps" "$T/d09.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/avviso-grosio-enscript.pdf"
python3 d10_cicagna.py "$T/attestazione-cicagna-word.docx"
$LO --convert-to pdf "$T/attestazione-cicagna-word.docx" --outdir "$OUT" >/dev/null
python3 d11_delebio.py "$T/allegato-delebio-calc.xlsx"
$LO --convert-to pdf "$T/allegato-delebio-calc.xlsx" --outdir "$OUT" >/dev/null
python3 d12_bargagli.py "$OUT/determinazione-bargagli-xobject.pdf"
rm -rf "$T" "$SRC/__pycache__"
