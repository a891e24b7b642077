#!/bin/sh
# Rebuilds the twelve PDFs of mix-127-a from the sources in this folder.
# Needs: chromium, LibreOffice (soffice), wkhtmltopdf, groff (groff-base) +
# ghostscript (ps2pdf), enscript, pdflatex (mathptmx, fancyhdr, enumitem,
# lastpage, eurosym), Python 3 with reportlab, fpdf2, python-docx, Pillow, pikepdf.
# No test runs it.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Arnara (Lazio), house style "Urbi"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" \
  --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-arnara-urbi.pdf" \
  "$SRC/deliberazione-arnara-urbi.html" 2>/dev/null
python3 "$SRC/determinazione-arnara-urbi.py" "$T/determinazione-arnara-urbi.docx" "$T/crest-arnara.png"
soffice --headless -env:UserInstallation="file://$T/lo" --convert-to pdf --outdir "$T" \
  "$T/determinazione-arnara-urbi.docx" >/dev/null 2>&1
cp "$T/determinazione-arnara-urbi.pdf" "$OUT/"
python3 "$SRC/ordinanza-arnara-urbi.py" "$OUT/ordinanza-arnara-urbi.pdf"
python3 "$SRC/certificato-arnara-urbi.py" "$OUT/certificato-arnara-urbi.pdf"

# --- Maschito (Basilicata), house style "Halley"
groff -Tps -Kutf8 -P-pa4 "$SRC/deliberazione-maschito-halley.tr" > "$T/delib.ps"
ps2pdf -sPAPERSIZE=a4 "$T/delib.ps" "$OUT/deliberazione-maschito-halley.pdf"
iconv -f utf-8 -t latin1 "$SRC/determinazione-maschito-halley.txt" > "$T/det.txt"
enscript -q -X latin1 -M A4 -f Courier10 --margins=56:40:30:36 \
  --header='COMUNE DI MASCHITO - DETERMINAZIONE REG. GEN. N. 112 DEL 08-03-2028||PAG. $% DI $=' \
  --header-font=Courier-Bold9 -t "Determinazione n. 112/2028" -o "$T/det.ps" "$T/det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$OUT/determinazione-maschito-halley.pdf"
cp "$SRC/decreto-maschito-halley.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-maschito-halley.tex >/dev/null \
         && pdflatex -interaction=nonstopmode decreto-maschito-halley.tex >/dev/null)
cp "$T/decreto-maschito-halley.pdf" "$OUT/"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 16mm -B 18mm -L 22mm -R 20mm \
  --title "Avviso pubblico orti sociali 2028" \
  "$SRC/avviso-maschito-halley.html" "$OUT/avviso-maschito-halley.pdf" 2>/dev/null

# --- Spormaggiore (Trentino), house style "Civilia"
python3 "$SRC/deliberazione-spormaggiore-civilia.py" "$OUT/deliberazione-spormaggiore-civilia.pdf"
python3 "$SRC/determinazione-spormaggiore-civilia.py" "$OUT/determinazione-spormaggiore-civilia.pdf"
python3 "$SRC/convocazione-spormaggiore-civilia.py" "$T/convocazione-spormaggiore-civilia.docx" "$T/crest-sporm.png"
soffice --headless -env:UserInstallation="file://$T/lo" --convert-to pdf --outdir "$T" \
  "$T/convocazione-spormaggiore-civilia.docx" >/dev/null 2>&1
cp "$T/convocazione-spormaggiore-civilia.pdf" "$OUT/"
python3 "$SRC/certificato-spormaggiore-civilia.py" "$OUT/certificato-spormaggiore-civilia.pdf"

# keys and their check against pdftotext -layout
python3 "$SRC/keys_make.py"
