#!/bin/sh
# Rebuilds the 12 PDFs of set mix-104-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff (gropdf), enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr, enumitem).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-104c"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Summonte: reportlab, glyph by glyph, rotated stamp
python3 "$SRC/d01_summonte.py" "$OUT/ordinanza-summonte-halley.pdf"
# 2 Pontelatone: pdfLaTeX, letter-spaced, boxed register number
cp "$SRC/d02_pontelatone.tex" "$T/ordinanza-pontelatone-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-pontelatone-latex.tex >/dev/null && pdflatex -interaction=nonstopmode ordinanza-pontelatone-latex.tex >/dev/null)
mv "$T/ordinanza-pontelatone-latex.pdf" "$OUT/"
# 3 Perdifumo: python-docx (number only in the running foot) -> LibreOffice
python3 "$SRC/d03_perdifumo_foot.py" "$SRC/d03_perdifumo.html" "$T/ordinanza-perdifumo-word.docx"
soffice $LO --headless --convert-to pdf "$T/ordinanza-perdifumo-word.docx" --outdir "$OUT" >/dev/null
# 4 Verbicaro: Chromium, two-column recitals
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-104c --no-pdf-header-footer --print-to-pdf="$OUT/ordinanza-verbicaro-chromium.pdf" "file://$SRC/d04_verbicaro.html" 2>/dev/null
# 5 Roccabernarda: groff -ms + tbl (gropdf)
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/d05_roccabernarda.ms" > "$OUT/ordinanza-roccabernarda-groff.pdf"
# 6 Petronà: HTML opened as a Writer document
cp "$SRC/d06_petrona.html" "$T/deliberazione-petrona-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-petrona-writer.html" --outdir "$OUT" >/dev/null
# 7 Valledolmo: 80-column Courier, enscript + ghostscript
enscript -B -q -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_valledolmo.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/ordinanza-valledolmo-enscript.pdf"
# 8 Casteltermini: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d08_casteltermini.html" "$OUT/determinazione-casteltermini-wkhtml.pdf"
# 9 Raddusa: fpdf2, header/footer on both pages
python3 "$SRC/d09_raddusa.py" "$OUT/ordinanza-raddusa-sicraweb.pdf"
# 10 Bessude: reportlab Form XObjects drawn last
python3 "$SRC/d10_bessude.py" "$OUT/certificato-bessude-xobject.pdf"
# 11 Guamaggiore: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_guamaggiore.py" "$T/allegato-guamaggiore-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-guamaggiore-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Villasalto: reportlab Tw/Tc
python3 "$SRC/d12_villasalto.py" "$OUT/avviso-villasalto-reportlab.pdf"
rm -rf "$T"
