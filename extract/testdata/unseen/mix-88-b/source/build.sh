#!/bin/sh
# Rebuilds the 12 PDFs of set mix-88-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (ms, tbl), pdflatex (lmodern, microtype, fancyhdr, multirow, mathptmx).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix88b-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-88b --headless"
CHR="chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-88b --no-pdf-header-footer"
# 1 Fara Vicentino: openpyxl -> LibreOffice Calc (landscape, title row repeated)
python3 "$SRC/d01_faravicentino.py" "$T/elenco-faravicentino-calc.xlsx"
$LO --convert-to pdf "$T/elenco-faravicentino-calc.xlsx" --outdir "$OUT" >/dev/null
# 2 Chiampo: pdfLaTeX, microtype letter-spacing
cp "$SRC/d02_chiampo.tex" "$T/avviso-chiampo-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-chiampo-latex.tex >/dev/null)
mv "$T/avviso-chiampo-latex.pdf" "$OUT/"
# 3 Meduno: 80-column text, enscript -> PostScript -> ps2pdf
enscript -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d03.ps" "$SRC/d03_meduno.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/pubblicazione-meduno-anusca.pdf"
# 4 Mussolente: reportlab, one glyph per Tm/Tj, number in a box, rotated stamp
python3 "$SRC/d04_mussolente.py" "$OUT/ordinanza-mussolente-halley.pdf"
# 5 Vivaro: fpdf2, running head and foot on both pages
python3 "$SRC/d05_vivaro.py" "$OUT/decreto-vivaro-insiel.pdf"
# 6 Longare: HTML printed by headless Chromium
$CHR --print-to-pdf="$OUT/avviso-longare-chromium.pdf" "$SRC/d06_longare.html" 2>/dev/null
# 7 Ravascletto: groff -ms with tbl -> PostScript -> ps2pdf
groff -ms -t -Kutf8 -Tps "$SRC/d07_ravascletto.ms" > "$T/d07.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/attestazione-ravascletto-groff.pdf"
# 8 Roveredo in Piano: HTML printed by wkhtmltopdf
wkhtmltopdf -q --zoom 1.2 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d08_roveredoinpiano.html" "$OUT/deliberazione-roveredoinpiano-wkhtml.pdf" 2>/dev/null
# 9 Comeglians: python-docx -> LibreOffice Writer
python3 "$SRC/d09_comeglians.py" "$T/deliberazione-comeglians-word.docx"
$LO --convert-to pdf "$T/deliberazione-comeglians-word.docx" --outdir "$OUT" >/dev/null
# 10 Sossano: HTML label grid printed by headless Chromium
$CHR --print-to-pdf="$OUT/determinazione-sossano-chromium.pdf" "$SRC/d10_sossano.html" 2>/dev/null
# 11 Montebello Vicentino: reportlab, Form XObjects, Tw justification, out-of-order drawing
python3 "$SRC/d11_montebellovicentino.py" "$OUT/determinazione-montebellovicentino-sicraweb.pdf"
# 12 Travesio: pdfLaTeX table with merged cells (multirow/multicolumn)
cp "$SRC/d12_travesio.tex" "$T/allegato-travesio-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode allegato-travesio-latex.tex >/dev/null)
mv "$T/allegato-travesio-latex.pdf" "$OUT/"
rm -rf "$T"
