#!/bin/sh
# Rebuilds the 12 PDFs of set mix-97-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff (gropdf, tbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix97c-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-97c --headless"
# 1 Peglio: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_peglio.html" --outdir "$T" >/dev/null
mv "$T/d01_peglio.pdf" "$OUT/determinazione-peglio-writer.pdf"
# 2 Fonteno: headless Chromium, two fixed-height pages, register number only in the last page's foot
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-97c --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-fonteno-chromium.pdf" "$SRC/d02_fonteno.html" 2>/dev/null
# 3 Vilminore di Scalve: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d03_vilminore.py" "$OUT/decreto-vilminorediscalve-kibernetes.pdf"
# 4 Massa Fermana: pdfLaTeX, microtype letter-spacing
cp "$SRC/d04_massafermana.tex" "$T/avviso-massafermana-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-massafermana-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-massafermana-latex.tex >/dev/null)
mv "$T/avviso-massafermana-latex.pdf" "$OUT/"
# 5 Rogno: python-docx -> LibreOffice
python3 "$SRC/d05_rogno.py" "$T/avvisogara-rogno-word.docx"
$LO --convert-to pdf "$T/avvisogara-rogno-word.docx" --outdir "$OUT" >/dev/null
# 6 Comunita Montana Valle Imagna: wkhtmltopdf
wkhtmltopdf -q --zoom 1.2 -s A4 -T 15mm -B 15mm -L 17mm -R 17mm "$SRC/d06_valleimagna.html" "$OUT/determinazione-valleimagna-wkhtml.pdf" 2>/dev/null
# 7 Bolognola: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_bolognola.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-bolognola-halley.pdf"
# 8 Colere: fpdf2
python3 "$SRC/d08_colere.py" "$OUT/ordinanza-colere-fpdf.pdf"
# 9 Loro Piceno: reportlab, Tw/Tc, rotated stamp
python3 "$SRC/d09_loropiceno.py" "$OUT/certificato-loropiceno-reportlab.pdf"
# 10 Rotella: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_rotella.py" "$T/allegato-rotella-calc.xlsx"
$LO --convert-to pdf "$T/allegato-rotella-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Palmiano: groff -ms, two-column body, tbl register box
groff -t -ms -Tpdf -P-pa4 "$SRC/d11_palmiano.ms" > "$OUT/determinazione-palmiano-groff.pdf"
# 12 Berbenno: reportlab Form XObjects, out-of-order drawing
python3 "$SRC/d12_berbenno.py" "$OUT/deliberazione-berbenno-apkappa.pdf"
rm -rf "$T"
