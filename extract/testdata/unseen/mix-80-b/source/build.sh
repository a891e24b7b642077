#!/bin/sh
# Rebuilds the 12 PDFs of set mix-80-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 0,412
LO="soffice -env:UserInstallation=file:///tmp/lo-80b --headless"
# 1 Tortora: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_tortora.html" --outdir "$T" >/dev/null
mv "$T/d01_tortora.pdf" "$OUT/ordinanza-tortora-writer.pdf"
# 2 Pizzoni: reportlab, one glyph per BT/Tm/Tj, rotated stamp carries the number
python3 "$SRC/d02_pizzoni.py" "$OUT/ordinanza-pizzoni-halley.pdf"
# 3 Buonabitacolo: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-80b --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-buonabitacolo-chromium.pdf" "file://$SRC/d03_buonabitacolo.html" 2>/dev/null
# 4 San Paolo Albanese: pdfLaTeX, letter-spaced headings
cp "$SRC/d04_sanpaoloalbanese.tex" "$T/avviso-sanpaoloalbanese-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-sanpaoloalbanese-latex.tex >/dev/null)
mv "$T/avviso-sanpaoloalbanese-latex.pdf" "$OUT/"
# 5 Nocara: 80-column Courier report, enscript + ghostscript
iconv -f UTF-8 -t LATIN1 "$SRC/d05_nocara.txt" > "$T/d05.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d05.ps" "$T/d05.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/ordinanza-nocara-enscript.pdf"
# 6 Celle di San Vito: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_celle.html" "$OUT/determinazione-cellesanvito-wkhtml.pdf"
# 7 Valle dell'Angelo: fpdf2 form
python3 "$SRC/d07_valledellangelo.py" "$OUT/attestazione-valledellangelo-fpdf.pdf"
# 8 Chiauci: python-docx -> LibreOffice
python3 "$SRC/d08_chiauci.py" "$T/avviso-chiauci-word.docx"
$LO --convert-to pdf "$T/avviso-chiauci-word.docx" --outdir "$OUT" >/dev/null
# 9 Roccavivara: openpyxl -> LibreOffice Calc
python3 "$SRC/d09_roccavivara.py" "$T/allegato-roccavivara-calc.xlsx"
$LO --convert-to pdf "$T/allegato-roccavivara-calc.xlsx" --outdir "$OUT" >/dev/null
# 10 Castelluccio Valmaggiore: groff -ms with tbl, UTF-8 through preconv
groff -k -t -ms -Tps -P-pa4 "$SRC/d10_castelluccio.ms" > "$T/d10.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/deliberazione-castelluccio-groff.pdf"
# 11 Sant'Angelo Le Fratte: reportlab, Form XObjects, two columns, out-of-order drawing
python3 "$SRC/d11_santangelolefratte.py" "$OUT/ordinanza-santangelolefratte-xobject.pdf"
# 12 Villa Santa Lucia degli Abruzzi: reportlab, Tw justification, Tc headings
python3 "$SRC/d12_villasantalucia.py" "$OUT/decreto-villasantalucia-tw.pdf"
rm -rf "$T"
