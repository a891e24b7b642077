#!/bin/sh
# Rebuilds the twelve PDFs of set mix-126-b into the set folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium,
# wkhtmltopdf, LibreOffice, groff, enscript, a2ps, ghostscript, pdflatex.
set -eu
export PYTHONDONTWRITEBYTECODE=1
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SRC"

# --- Codevigo (Civilia Next): HTML by Chromium (9, 12) and wkhtmltopdf (15), .docx by Writer (18)
python3 codevigo_html.py "$T"
for n in 9 12; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" \
    --no-pdf-header-footer --print-to-pdf="$SET/deliberazione-codevigo-civilianext-$n.pdf" \
    "file://$T/codevigo-$n.html" 2>/dev/null
done
wkhtmltopdf -q -s A4 -T 16mm -B 18mm -L 18mm -R 16mm --encoding utf-8 \
  --title "Deliberazione di Giunta Comunale n. 15 del 17/02/2028" \
  "$T/codevigo-15.html" "$SET/deliberazione-codevigo-civilianext-15.pdf"
python3 codevigo_docx.py "$T"
soffice --headless -env:UserInstallation=file:///tmp/lo-mix-126-b --convert-to pdf \
  --outdir "$T" "$T/deliberazione-codevigo-civilianext-18.docx" >/dev/null 2>&1
cp "$T/deliberazione-codevigo-civilianext-18.pdf" "$SET/"

# --- Gragnano (Cityware, 80 columns): groff (21), enscript (25), a2ps (29), fpdf2 form (33)
python3 gragnano_text.py "$T"
python3 gragnano_groff.py "$T"
groff -Tps -P-pa4 "$T/gragnano-21.tr" > "$T/g21.ps"
ps2pdf -sPAPERSIZE=a4 "$T/g21.ps" "$SET/deliberazione-gragnano-cityware-21.pdf"
enscript -q -f Courier10 -M A4 --margins=50:36:36:48 \
  -b "COMUNE DI GRAGNANO - DELIBERAZIONE G.C. N. 25 DEL 11/02/2028||PAG. \$%" \
  -o "$T/g25.ps" "$T/gragnano-25.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g25.ps" "$SET/deliberazione-gragnano-cityware-25.pdf"
a2ps -q -1 --portrait -M A4 --borders=no -l 80 --pretty-print=plain \
  --header="COMUNE DI GRAGNANO" --center-title="DELIBERAZIONE G.C. N. 29 DEL 18/02/2028" \
  --left-title="" --right-title="" --left-footer="CITYWARE - STAMPA VERBALI" --footer="" \
  --right-footer="PAG. %p." -o "$T/g29.ps" "$T/gragnano-29.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g29.ps" "$SET/deliberazione-gragnano-cityware-29.pdf"
python3 gragnano_form.py "$SET"

# --- Naro (Halley): ReportLab platypus (11), glyph by glyph (16), pikepdf (20), pdfLaTeX (24)
python3 naro_platypus.py "$SET"
python3 naro_glyphs.py "$SET"
python3 naro_pikepdf.py "$SET"
python3 naro_latex.py "$T"
( cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-naro-halley-24.tex >/dev/null; done )
cp "$T/deliberazione-naro-halley-24.pdf" "$SET/"

# --- keys
python3 keys_make.py
