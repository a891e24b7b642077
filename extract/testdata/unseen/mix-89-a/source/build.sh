#!/bin/sh
# Rebuilds the 12 PDFs of set mix-89-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, tabularx, fancyhdr, babel-italian).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix89a-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
LO="soffice -env:UserInstallation=file:///tmp/lo-89a --headless"
CHR_PROFILE=/tmp/chr-89a
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Campomorone: python-docx -> LibreOffice Writer
python3 "$SRC/s01_campomorone.py" "$T/deliberazione-campomorone-writer.docx"
$LO --convert-to pdf "$T/deliberazione-campomorone-writer.docx" --outdir "$OUT" >/dev/null
# 2 Uscio: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/s02_uscio.html" "$OUT/determinazione-uscio-wkhtml.pdf"
# 3 Borgomaro: reportlab, glyph by glyph, rotated number in the right margin
python3 "$SRC/s03_borgomaro.py" "$OUT/decreto-borgomaro-reportlab.pdf"
# 4 Beverino: fpdf2 form
python3 "$SRC/s04_beverino.py" "$OUT/certificato-beverino-fpdf.pdf"
# 5 Coazze: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR_PROFILE" --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-coazze-chromium.pdf" "file://$SRC/s05_coazze.html" 2>/dev/null
# 6 Narzole: reportlab Tw/Tc
python3 "$SRC/s06_narzole.py" "$OUT/deliberazione-narzole-civilia.pdf"
# 7 Valdieri: groff -ms -> PostScript -> ps2pdf
groff -ms -Kutf8 -Tps "$SRC/s07_valdieri.ms" > "$T/s07.ps"
ps2pdf -sPAPERSIZE=a4 "$T/s07.ps" "$OUT/ordinanza-valdieri-groff.pdf"
# 8 Mombaruzzo: 80-column text, enscript -> ps2pdf
enscript -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/s08.ps" "$SRC/s08_mombaruzzo.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/s08.ps" "$OUT/convocazione-mombaruzzo-enscript.pdf"
# 9 Guiglia: pdfLaTeX
cp "$SRC/s09_guiglia.tex" "$T/determinazione-guiglia-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-guiglia-latex.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-guiglia-latex.tex >/dev/null)
mv "$T/determinazione-guiglia-latex.pdf" "$OUT/"
# 10 Casina: fpdf2 with repeated header/footer
python3 "$SRC/s10_casina.py" "$OUT/avviso-casina-fpdf.pdf"
# 11 Gatteo: openpyxl -> LibreOffice Calc
python3 "$SRC/s11_gatteo.py" "$T/allegato-gatteo-calc.xlsx"
$LO --convert-to pdf "$T/allegato-gatteo-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Predappio: HTML opened as a Writer document by LibreOffice
cp "$SRC/s12_predappio.html" "$T/bando-predappio-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/bando-predappio-writer.html" --outdir "$OUT" >/dev/null
rm -rf "$T"
