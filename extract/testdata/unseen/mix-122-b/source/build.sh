#!/bin/sh
# Rebuilds the twelve PDFs of set mix-122-b into the set folder (the parent of this one).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice, chromium,
# wkhtmltopdf, pdflatex, groff, enscript, a2ps, ghostscript (ps2pdf).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Provincia di Pesaro e Urbino ("J-Iride")
python3 "$SRC/a1_det_pu_reportlab.py" "$SET/determinazione-pesaroeurbino-jiride.pdf"
python3 "$SRC/a2_ord_pu_pikepdf.py" "$SET/ordinanza-pesaroeurbino-jiride.pdf"
python3 "$SRC/a3_decreto_pu_docx.py" "$TMP/decreto-pesaroeurbino-jiride.docx"
soffice --headless -env:UserInstallation="file://$TMP/lo" --convert-to pdf --outdir "$TMP" \
    "$TMP/decreto-pesaroeurbino-jiride.docx" >/dev/null 2>&1
cp "$TMP/decreto-pesaroeurbino-jiride.pdf" "$SET/"
python3 "$SRC/a4_det_pu_fpdf2.py" "$SET/determinazione-pesaroeurbino-jiride-scuole.pdf"

# --- Città metropolitana di Bologna ("Civilia Next")
mkdir -p "$TMP/chr"
chromium --headless --no-sandbox --user-data-dir="$TMP/chr" --no-pdf-header-footer \
    --print-to-pdf="$SET/determinazione-cmbologna-civilianext.pdf" "$SRC/b1_det_cmbo.html" >/dev/null 2>&1
cp "$SRC/b2_decreto_cmbo.tex" "$TMP/decreto.tex"
(cd "$TMP" && pdflatex -interaction=nonstopmode decreto.tex >/dev/null && pdflatex -interaction=nonstopmode decreto.tex >/dev/null)
cp "$TMP/decreto.pdf" "$SET/decreto-cmbologna-civilianext.pdf"
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 14mm -R 14mm --title "Ordinanza n. 412 del 22/10/2027" \
    "$SRC/b3_ord_cmbo.html" "$SET/ordinanza-cmbologna-civilianext.pdf" 2>/dev/null
python3 "$SRC/b4_det_cmbo_reportlab.py" "$SET/determinazione-cmbologna-civilianext-sociale.pdf"

# --- Comune di Ardea ("Datagraph", 80-column prints)
python3 "$SRC/c_ardea_text.py" "$TMP"
enscript -q -X latin1 -f Courier10 -F Courier-Bold8 --margins=56:40:36:36 \
    -b 'COMUNE DI ARDEA - DETERMINAZIONE R.G. N. 1187 DEL 12/10/2027||PAG. $% DI $=' \
    -o "$TMP/c1.ps" "$TMP/c1_det_ardea.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c1.ps" "$SET/determinazione-ardea-datagraph.pdf"
groff -Tps -P-pa4 "$TMP/c2_ord_ardea.tr" > "$TMP/c2.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/c2.ps" "$SET/ordinanza-ardea-datagraph.pdf"
python3 "$SRC/c3_decreto_ardea_fpdf2.py" "$SET/decreto-ardea-datagraph.pdf"
a2ps -q -1 -R --medium=A4 --encoding=ibm-cp850 --chars-per-line=80 --borders=no --header='' \
    --left-title='COMUNE DI ARDEA' --center-title='DETERMINAZIONE R.G. N. 1263 DEL 28/10/2027' \
    --right-title='PAG. $p./$p>' --left-footer='SETTORE IV - POLITICHE SOCIALI' --footer='' \
    --right-footer='DATAGRAPH ATTI/400' -o "$TMP/c4.ps" "$TMP/c4_det_ardea.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c4.ps" "$SET/determinazione-ardea-datagraph-sociale.pdf"

ls -l "$SET"/*.pdf
