#!/bin/sh
# Rebuilds the 12 PDFs of set mix-103-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (mathptmx, fancyhdr, lastpage).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build103c.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-103c --headless"
# 1 ASL Napoli 2 Nord: reportlab, Tw/Tc
python3 "$SRC/d01_aslnapoli2nord.py" "$OUT/deliberazione-aslnapoli2nord-reportlab.pdf"
# 2 Consorzio di Bonifica Territori del Mincio: pdfLaTeX
cp "$SRC/d02_territoridelmincio.tex" "$T/decreto-territoridelmincio-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode decreto-territoridelmincio-latex.tex >/dev/null; done)
mv "$T/decreto-territoridelmincio-latex.pdf" "$OUT/"
# 3 Parco Nazionale della Val Grande: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-103c --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-parcovalgrande-chromium.pdf" "file://$SRC/d03_parcovalgrande.html" 2>/dev/null
# 4 Unione dei Comuni della Bassa Valle Scrivia: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d04_bassavallescrivia.html" "$OUT/determinazione-bassavallescrivia-wkhtml.pdf"
# 5 Comunità Montana Calore Salernitano: HTML opened as a Writer document
cp "$SRC/d05_caloresalernitano.html" "$T/deliberazione-caloresalernitano-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-caloresalernitano-writer.html" --outdir "$OUT" >/dev/null
# 6 ARPA Lazio: fpdf2, CID fonts
python3 "$SRC/d06_arpalazio.py" "$OUT/avviso-arpalazio-fpdf.pdf"
# 7 ASP Ragusa: reportlab glyph by glyph, rotated stamp
python3 "$SRC/d07_aspragusa.py" "$OUT/ordinanza-aspragusa-nuance.pdf"
# 8 Consorzio di Bonifica della Gallura: enscript + ps2pdf
enscript -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_bonificagallura.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/certificato-bonificagallura-enscript.pdf"
# 9 ATO Toscana Centro: openpyxl -> LibreOffice Calc
python3 "$SRC/d09_atotoscanacentro.py" "$T/allegato-atotoscanacentro-calc.xlsx"
$LO --convert-to pdf "$T/allegato-atotoscanacentro-calc.xlsx" --outdir "$OUT" >/dev/null
# 10 Comunità Montana Laghi Bergamaschi: groff -ms -> gropdf
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d10_cmlaghibergamaschi.ms" > "$OUT/convocazione-cmlaghibergamaschi-groff.pdf"
# 11 AATO 3 Marche Centro: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d11_aato3marche.py" "$OUT/deliberazione-aato3marche-reportlab.pdf"
# 12 Parchi Romagna: python-docx -> LibreOffice
python3 "$SRC/d12_parchiromagna.py" "$T/avviso-parchiromagna-word.docx"
$LO --convert-to pdf "$T/avviso-parchiromagna-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
