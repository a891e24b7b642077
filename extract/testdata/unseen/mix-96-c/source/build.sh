#!/bin/sh
# Rebuilds the 12 PDFs of set mix-96-c into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix96c-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-96c --headless"
# 1 Calcinaia: Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=/tmp/chr-96c --print-to-pdf="$OUT/determinazione-calcinaia-chromium.pdf" "$SRC/d01_calcinaia.html" 2>/dev/null
# 2 Cortemaggiore: reportlab, Tw/Tc, rotated stamp
python3 "$SRC/d02_cortemaggiore.py" "$OUT/ordinanza-cortemaggiore-tw.pdf"
# 3 Lajatico: enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -q -o "$T/d03.ps" "$SRC/d03_lajatico.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/deposito-lajatico-enscript.pdf"
# 4 Brescello: fpdf2 (DejaVu, CID fonts)
python3 "$SRC/d04_brescello.py" "$OUT/matrimonio-brescello-fpdf.pdf"
# 5 Gattatico: pdfLaTeX
cp "$SRC/d05_gattatico.tex" "$T/avviso-gattatico-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-gattatico-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-gattatico-latex.tex >/dev/null)
mv "$T/avviso-gattatico-latex.pdf" "$OUT/"
# 6 Pianoro: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_pianoro.html" "$OUT/determinazione-pianoro-wkhtml.pdf"
# 7 Rapolano Terme: reportlab, one glyph per text object
python3 "$SRC/d07_rapolano.py" "$OUT/determinazione-rapolanoterme-glyphs.pdf"
# 8 Santa Luce: groff -ms + tbl
groff -t -ms -Tps -dpaper=a4 -P-pa4 -K utf8 "$SRC/d08_santaluce.ms" > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/ordinanza-santaluce-groff.pdf"
# 9 Ravarino: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d09_ravarino.html" "$T/deliberazione-ravarino-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-ravarino-writer.html" --outdir "$OUT" >/dev/null
# 10 Minucciano: python-docx -> LibreOffice
python3 "$SRC/d10_minucciano.py" "$T/decreto-minucciano-word.docx"
$LO --convert-to pdf "$T/decreto-minucciano-word.docx" --outdir "$OUT" >/dev/null
# 11 Solarolo: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_solarolo.py" "$T/allegato-solarolo-calc.xlsx"
$LO --convert-to pdf "$T/allegato-solarolo-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Poviglio: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d12_poviglio.py" "$OUT/certificato-poviglio-formxobj.pdf"
rm -rf "$T"
python3 "$SRC/keys_make.py"
