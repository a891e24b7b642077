#!/bin/sh
# Rebuilds the twelve PDFs of mix-107-b from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium, LibreOffice,
# wkhtmltopdf, pdflatex (tikz, multicol, fancyhdr, lastpage, enumitem), enscript, a2ps,
# groff (groff-base is enough: the troff model carries its own macros), ghostscript.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

python3 "$SRC/crest_png.py" oleggio "$T/crest-oleggio.png"

# --- Oleggio ("Civilia Next")
python3 "$SRC/o1_oleggio_det_reportlab.py" "$OUT/determinazione-oleggio-civilianext.pdf"
python3 "$SRC/o2_oleggio_det_docx.py" "$T/determinazione-oleggio-civilianext-tributi.docx" "$T/crest-oleggio.png"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
    "$T/determinazione-oleggio-civilianext-tributi.docx" >/dev/null 2>&1
cp "$T/determinazione-oleggio-civilianext-tributi.pdf" "$OUT/"
cp "$SRC/o3_oleggio_ordinanza.html" "$T/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer \
    --print-to-pdf="$OUT/ordinanza-oleggio-civilianext.pdf" "file://$T/o3_oleggio_ordinanza.html" 2>/dev/null
python3 "$SRC/o4_oleggio_decreto_pikepdf.py" "$OUT/decreto-oleggio-civilianext.pdf"

# --- Frosinone ("Sicraweb EVO")
cp "$SRC/f1_frosinone_det.html" "$T/"
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 12mm -B 12mm -L 20mm -R 20mm \
    "$T/f1_frosinone_det.html" "$OUT/determinazione-frosinone-sicrawebevo.pdf" 2>/dev/null
python3 "$SRC/f2_frosinone_ordinanza_fpdf.py" "$OUT/ordinanza-frosinone-sicrawebevo.pdf"
cp "$SRC/f3_frosinone_decreto.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode f3_frosinone_decreto.tex >/dev/null \
         && pdflatex -interaction=nonstopmode f3_frosinone_decreto.tex >/dev/null)
cp "$T/f3_frosinone_decreto.pdf" "$OUT/decreto-frosinone-sicrawebevo.pdf"
python3 "$SRC/f4_frosinone_det_reportlab.py" "$OUT/determinazione-frosinone-sicrawebevo-personale.pdf"

# --- Castrolibero ("Halley", legacy prints)
enscript -q --fancy-header=simple -f Courier10 -F Courier-Bold8 --margins=60:40:30:40 \
    --header='COMUNE DI CASTROLIBERO - Det. Area Tecnica n. 54/2026 - R.G. n. 321||Pag. $% di $=' \
    -o "$T/c1.ps" "$SRC/c1_castrolibero_det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c1.ps" "$OUT/determinazione-castrolibero-halley.pdf"
python3 "$SRC/c2_castrolibero_ordinanza_form.py" "$OUT/ordinanza-castrolibero-halley.pdf"
groff -k -Tps -dpaper=a4 -P-pa4 "$SRC/c3_castrolibero_decreto.tr" > "$T/c3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/c3.ps" "$OUT/decreto-castrolibero-halley.pdf"
a2ps -q -1 --portrait -M A4 --borders=no --chars-per-line=80 -X latin1 --center-title= --left-title= \
    --right-title= --header='COMUNE DI CASTROLIBERO - AREA AMMINISTRATIVA' \
    --left-footer='Det. Area Amministrativa n. 31/2026 - R.G. n. 338 del 27/05/2026' --footer= \
    --right-footer='Pag. %p./%p#' -o "$T/c4.ps" "$SRC/c4_castrolibero_det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c4.ps" "$OUT/determinazione-castrolibero-halley-affarigenerali.pdf"

python3 "$SRC/keys_make.py"
