#!/bin/sh
# Rebuilds the 12 PDFs of set mix-75-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2 >= 2.7, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff, pdflatex (lmodern, microtype, fancyhdr, enumitem), iconv.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-75b --headless"
# 1 Città Metropolitana di Napoli: HTML opened as Writer document, LibreOffice export
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_cmnapoli.html" --outdir "$T" >/dev/null
mv "$T/d01_cmnapoli.pdf" "$OUT/decreto-cmnapoli-writer.pdf"
# 2 Provincia di Avellino: pdfLaTeX
cp "$SRC/d02_provavellino.tex" "$T/d02.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d02.tex >/dev/null && pdflatex -interaction=nonstopmode d02.tex >/dev/null)
mv "$T/d02.pdf" "$OUT/decreto-provavellino-latex.pdf"
# 3 Provincia di Foggia: wkhtmltopdf, two-row header table with merged cell
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d03_provfoggia.html" "$OUT/determinazione-provfoggia-sicraweb.pdf"
# 4 Provincia di Taranto: reportlab, Tw/Tc
python3 "$SRC/d04_provtaranto.py" "$OUT/determinazione-provtaranto-maggioli.pdf"
# 5 Provincia di Catanzaro: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-75b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-provcatanzaro-chromium.pdf" "$SRC/d05_provcatanzaro.html" 2>/dev/null
# 6 Comunità Montana Monti Lepini e Ausoni: 80-column Courier, enscript + ps2pdf
iconv -f utf-8 -t latin1 "$SRC/d06_cmlepini.txt" > "$T/d06.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d06.ps" "$T/d06.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/determinazione-cmlepini-halley.pdf"
# 7 Provincia BAT: reportlab, one Tm+Tj per glyph, rotated stamp
python3 "$SRC/d07_provbat.py" "$OUT/determinazione-provbat-kibernetes.pdf"
# 8 Libero Consorzio Comunale di Agrigento: groff -ms
groff -k -ms -Tpdf "$SRC/d08_lcagrigento.ms" > "$OUT/determinazione-lcagrigento-groff.pdf"
# 9 Unione Valle del Savuto: python-docx -> LibreOffice
python3 "$SRC/d09_unionesavuto.py" "$T/determinazione-unionesavuto-word.docx"
$LO --convert-to pdf "$T/determinazione-unionesavuto-word.docx" --outdir "$OUT" >/dev/null
# 10 Comunità Montana Alburni: reportlab, Form XObjects, out of order, rotated stamp
python3 "$SRC/d10_cmalburni.py" "$OUT/certificato-cmalburni-halley.pdf"
# 11 Provincia di Lecce: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_provlecce.py" "$T/allegato-provlecce-calc.xlsx"
$LO --convert-to pdf "$T/allegato-provlecce-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Provincia di Viterbo: fpdf2 two columns
python3 "$SRC/d12_provviterbo.py" "$OUT/avviso-provviterbo-fpdf.pdf"
rm -rf "$T"
