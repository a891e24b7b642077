#!/bin/sh
# Rebuilds the 12 PDFs of set mix-125-c into the set folder (..).
# Intermediate sources (HTML, .docx, .tex, .txt, .tr) are rewritten into
# source/generated/; work files go to temporary directories made by mktemp.
# No test runs this script.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
GEN="$SRC/generated"
mkdir -p "$GEN"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# --- Comune di Collecorvino (house style "halley") -------------------------
python3 coll_reportlab.py C1 "$SET/deliberazione-collecorvino-halley-n2.pdf"

python3 coll_html.py C2 "$GEN/C2.html"
CHR=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR" \
  --no-pdf-header-footer --print-to-pdf="$SET/deliberazione-collecorvino-halley-n5.pdf" \
  "file://$GEN/C2.html" 2>/dev/null
rm -rf "$CHR"

python3 coll_docx.py C3 "$GEN/C3.docx"
LO=$(mktemp -d)
soffice --headless -env:UserInstallation="file://$LO" --convert-to pdf --outdir "$TMP" "$GEN/C3.docx" >/dev/null 2>&1
rm -rf "$LO"
cp "$TMP/C3.pdf" "$SET/deliberazione-collecorvino-halley-n9.pdf"

python3 coll_fpdf.py C4 "$SET/deliberazione-collecorvino-halley-n14.pdf"

# --- Comune di Merano / Stadtgemeinde Meran (house style "gvcc") ----------
python3 mer_latex.py M1 "$GEN/M1.tex"
cp "$GEN/M1.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode M1.tex >/dev/null && pdflatex -interaction=nonstopmode M1.tex >/dev/null)
cp "$TMP/M1.pdf" "$SET/deliberazione-merano-gvcc-n6.pdf"

python3 mer_raw.py M2 "$SET/deliberazione-merano-gvcc-n18.pdf"

python3 mer_reportlab.py M3 "$SET/deliberazione-merano-gvcc-n31.pdf"

python3 mer_html.py M4 "$GEN/M4.html"
wkhtmltopdf -q --page-size A4 -T 16mm -B 16mm -L 18mm -R 18mm "$GEN/M4.html" "$SET/deliberazione-merano-gvcc-n44.pdf" 2>/dev/null

# --- Comune di San Giovanni Valdarno (house style "jserfin") --------------
python3 sgv_make.py text S1 "$GEN/S1.txt"
enscript -q -M A4 -f Courier10 -F Courier8 --margins=56:40:30:40 \
  -b 'COMUNE DI SAN GIOVANNI VALDARNO|DELIBERA G.C. N. 1 DEL 04/01/2028|PAG. $% DI $=' \
  -t "DELIBERA G.C. N. 1 DEL 04/01/2028" -o "$TMP/s1.ps" "$GEN/S1.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/s1.ps" "$SET/deliberazione-sangiovannivaldarno-jserfin-n1.pdf"

python3 sgv_make.py text S2 "$GEN/S2.txt"
a2ps -q -1 --portrait --medium=A4 --chars-per-line=80 --borders=no --encoding=latin1 \
  --center-title='DELIBERA G.C. N. 4 DEL 11/01/2028' --left-title='COMUNE DI SAN GIOVANNI VALDARNO' \
  --right-title='PAG. $p./$p>' --left-footer='' --footer='' --right-footer='' --header='' \
  -o "$TMP/s2.ps" "$GEN/S2.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/s2.ps" "$SET/deliberazione-sangiovannivaldarno-jserfin-n4.pdf"

python3 sgv_make.py troff S3 "$GEN/S3.tr"
groff -Tps -P-pa4 "$GEN/S3.tr" > "$TMP/s3.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/s3.ps" "$SET/deliberazione-sangiovannivaldarno-jserfin-n8.pdf"

python3 sgv_make.py form S4 "$SET/deliberazione-sangiovannivaldarno-jserfin-n13.pdf"

ls -l "$SET"/*.pdf
