#!/bin/sh
# Rebuilds the twelve PDFs of set mix-124-c into the set folder (..).
# Needs: python3 with reportlab, fpdf2, python-docx, pikepdf, Pillow; chromium;
# LibreOffice; wkhtmltopdf; groff (groff-base); enscript; a2ps; ghostscript
# (ps2pdf); pdflatex with mathptmx, fancyhdr, lastpage, longtable, enumitem, tikz.
# No test runs this script.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# ---- Comune di Lamon (Boxxapps-like house style)
python3 make_l38.py "$SET"                       # ReportLab canvas, glyphs one by one
python3 make_l41.py "$SET"                       # ReportLab platypus, Tw justification
python3 make_l45.py "$SET"                       # fpdf2
python3 make_l42.py "$TMP"                       # HTML -> Chromium
PROFILE=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" --no-pdf-header-footer \
  --print-to-pdf="$SET/deliberazione-lamon-boxxapps-42.pdf" "file://$TMP/l42.html" 2>/dev/null
rm -rf "$PROFILE"

# ---- Comune di Boville Ernica (Sicraweb-like house style)
python3 make_b58.py "$TMP"                       # .docx -> LibreOffice Writer
LO=$(mktemp -d)
(cd "$TMP" && soffice --headless -env:UserInstallation=file://$LO --convert-to pdf b58.docx >/dev/null 2>&1)
rm -rf "$LO"
cp "$TMP/b58.pdf" "$SET/deliberazione-bovilleernica-sicraweb-58.pdf"
python3 make_b59.py "$TMP"                       # HTML -> wkhtmltopdf
wkhtmltopdf -q --enable-local-file-access -s A4 -T 15mm -B 15mm -L 18mm -R 18mm \
  "$TMP/b59.html" "$SET/deliberazione-bovilleernica-sicraweb-59.pdf" 2>/dev/null
python3 make_b60.py "$SET"                       # hand-written content streams, pikepdf
python3 make_b61.py "$TMP"                       # LaTeX -> pdfTeX
(cd "$TMP" && pdflatex -interaction=nonstopmode -halt-on-error b61.tex >/dev/null \
           && pdflatex -interaction=nonstopmode -halt-on-error b61.tex >/dev/null)
cp "$TMP/b61.pdf" "$SET/deliberazione-bovilleernica-sicraweb-61.pdf"

# ---- Comune di Porto Empedocle (Halley-like 80-column reports)
python3 make_p71.py "$TMP"                       # plain troff -> groff -Tps -> ps2pdf
groff -Tps -P-pa4 "$TMP/p71.tr" > "$TMP/p71.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/p71.ps" "$SET/deliberazione-portoempedocle-halley-71.pdf"
python3 make_p72.py "$TMP"                       # text -> enscript -> ps2pdf
enscript -q -M A4 -f Courier10 --margins=52:40:36:40 \
  -b 'Comune di Porto Empedocle - Deliberazione C.C. n. 72 del 20/12/2027||Pag. $% di $=' \
  -o "$TMP/p72.ps" "$TMP/p72.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/p72.ps" "$SET/deliberazione-portoempedocle-halley-72.pdf"
python3 make_p73.py "$TMP"                       # text -> a2ps -> ps2pdf
a2ps -q -1 -R --medium=A4 --chars-per-line=80 --borders=no --no-header --center-title= \
  --left-title= --right-title= --header= --footer= \
  --left-footer='Comune di Porto Empedocle - Deliberazione C.C. n. 73 del 27/12/2027' \
  --right-footer='Pag. $p.' -o "$TMP/p73.ps" "$TMP/p73.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/p73.ps" "$SET/deliberazione-portoempedocle-halley-73.pdf"
python3 make_p74.py "$SET"                       # ReportLab form filled over underscores

python3 fixdates.py "$SET"                       # creation dates of December 2027
ls -l "$SET"/*.pdf
