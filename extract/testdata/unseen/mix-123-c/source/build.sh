#!/bin/sh
# Rebuilds the twelve PDFs of set mix-123-c from the scripts in this folder.
# Needs python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, pdflatex (soul, fancyhdr, lastpage, enumitem),
# groff, enscript, a2ps and ghostscript. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$SRC/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"
export PYTHONDONTWRITEBYTECODE=1

# ---- Castrezzato (BS): "Civilia Next" house style
python3 make_a1_html.py "$TMP/a1.html"
PROFILE=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" \
  --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-castrezzato-civilianext-131.pdf" \
  "file://$TMP/a1.html" 2>/dev/null
rm -rf "$PROFILE"
python3 make_a2_reportlab.py "$OUT/deliberazione-castrezzato-civilianext-134.pdf"
python3 make_a3_docx.py "$TMP/deliberazione-castrezzato-civilianext-138.docx" "$TMP/crest.png"
(cd "$TMP" && soffice --headless -env:UserInstallation=file://$TMP/lo-profile \
   --convert-to pdf deliberazione-castrezzato-civilianext-138.docx >/dev/null 2>&1)
cp "$TMP/deliberazione-castrezzato-civilianext-138.pdf" "$OUT/"
python3 make_a4_rawstream.py "$OUT/deliberazione-castrezzato-civilianext-141.pdf"

# ---- Pieve a Nievole (PT): "J-Iride" house style
python3 make_b1_fpdf.py "$OUT/deliberazione-pieveanievole-jiride-118.pdf"
python3 make_b2_html.py "$TMP/b2.html"
XDG_RUNTIME_DIR=$TMP wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 20mm -L 20mm -R 20mm \
  --title "Deliberazione G.C. n. 121 del 16/11/2027" "$TMP/b2.html" \
  "$OUT/deliberazione-pieveanievole-jiride-121.pdf" 2>/dev/null
python3 make_b3_tex.py "$TMP/b3.tex"
(cd "$TMP" && pdflatex -interaction=nonstopmode b3.tex >/dev/null && \
   pdflatex -interaction=nonstopmode b3.tex >/dev/null)
cp "$TMP/b3.pdf" "$OUT/deliberazione-pieveanievole-jiride-124.pdf"
python3 make_b4_glyphs.py "$OUT/deliberazione-pieveanievole-jiride-127.pdf"

# ---- Carosino (TA): "Halley" house style, 80 columns
python3 make_c1_enscript.py "$TMP/c1.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:40:40 -L 66 -X latin1 \
  --title="Deliberazione G.C. n. 88 del 03-11-2027" -p "$TMP/c1.ps" "$TMP/c1.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c1.ps" "$OUT/deliberazione-carosino-halley-88.pdf"
python3 make_c2_groff.py "$TMP/c2.tr"
groff -Tps -P-pa4 "$TMP/c2.tr" > "$TMP/c2.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/c2.ps" "$OUT/deliberazione-carosino-halley-91.pdf"
python3 make_c3_form.py "$OUT/deliberazione-carosino-halley-95.pdf"
python3 make_c4_a2ps.py "$TMP/c4.txt"
(cd "$TMP" && a2ps -q -1 -R --medium=A4 --chars-per-line=80 --borders=no -X iso1 \
   --title="Deliberazione G.C. n. 98 del 26-11-2027" \
   --center-title="DELIBERA G.C. N. 98 DEL 26-11-2027" --left-title="COMUNE DI CAROSINO" \
   --right-title='Pag. $p./$p>' --header="" --left-footer="" --footer="" --right-footer="" \
   -o c4.ps c4.txt)
ps2pdf -sPAPERSIZE=a4 "$TMP/c4.ps" "$OUT/deliberazione-carosino-halley-98.pdf"

# keep the intermediate sources beside the scripts
mkdir -p "$SRC/generated"
cp "$TMP/a1.html" "$TMP/deliberazione-castrezzato-civilianext-138.docx" "$TMP/b2.html" \
   "$TMP/b3.tex" "$TMP/c1.txt" "$TMP/c2.tr" "$TMP/c4.txt" "$SRC/generated/"

python3 keys_make.py
