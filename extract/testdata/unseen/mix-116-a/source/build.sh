#!/bin/sh
# Rebuilds the twelve PDFs of set mix-116-a into the set folder (the parent
# of this directory), then writes keys.json. No test runs this script.
# Needs: chromium, LibreOffice, wkhtmltopdf, groff-base, enscript, a2ps,
# ghostscript (ps2pdf), pdflatex (tex-gyre, psnfss, tikz), Python 3 with
# reportlab, fpdf2, python-docx, pikepdf, Pillow; poppler-utils for the keys.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
LO="-env:UserInstallation=file:///tmp/lo-mix-116-a"

# --- Comune di Gambassi Terme ("Civilia Next") ---
mkdir "$T/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" \
  --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-gambassiterme-civilianext.pdf" \
  "$SRC/deliberazione-gambassiterme-civilianext.html" 2>/dev/null
python3 "$SRC/determinazione-gambassiterme-civilianext.py" "$OUT/determinazione-gambassiterme-civilianext.pdf"
python3 "$SRC/avviso-gambassiterme-civilianext.py" "$T/avviso-gambassiterme-civilianext.docx"
soffice --headless "$LO" --convert-to pdf --outdir "$T" "$T/avviso-gambassiterme-civilianext.docx" >/dev/null 2>&1
cp "$T/avviso-gambassiterme-civilianext.pdf" "$OUT/"
python3 "$SRC/certificato-gambassiterme-civilianext.py" "$OUT/certificato-gambassiterme-civilianext.pdf"

# --- Comune di Bauladu ("Halley") ---
groff -k -Tps -P-pa4 "$SRC/deliberazione-bauladu-halley.tr" > "$T/delib.ps"
ps2pdf -sPAPERSIZE=a4 "$T/delib.ps" "$OUT/deliberazione-bauladu-halley.pdf"
iconv -f utf-8 -t latin1 "$SRC/determinazione-bauladu-halley.txt" > "$T/det.txt"
enscript -q -X latin1 -f Courier10 -F Courier-Bold8 --margins=48:40:30:40 \
  -b 'Comune di Bauladu - Determinazione n. 96 del 15/04/2027||Pag. $% di $=' \
  -M A4 -o "$T/det.ps" "$T/det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$OUT/determinazione-bauladu-halley.pdf"
python3 "$SRC/ordinanza-bauladu-halley.py" "$OUT/ordinanza-bauladu-halley.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 12mm -R 12mm \
  "$SRC/convocazione-bauladu-halley.html" "$OUT/convocazione-bauladu-halley.pdf" 2>/dev/null

# --- Comune di Apice ("Hypersic") ---
mkdir "$T/tex"
cp "$SRC/deliberazione-apice-hypersic.tex" "$T/tex/"
(cd "$T/tex" && pdflatex -interaction=nonstopmode deliberazione-apice-hypersic.tex >/dev/null \
  && pdflatex -interaction=nonstopmode deliberazione-apice-hypersic.tex >/dev/null)
cp "$T/tex/deliberazione-apice-hypersic.pdf" "$OUT/"
python3 "$SRC/determinazione-apice-hypersic.py" "$OUT/determinazione-apice-hypersic.pdf"
python3 "$SRC/decreto-apice-hypersic.py" "$T/decreto-apice-hypersic.fodt"
soffice --headless "$LO" --convert-to pdf --outdir "$T" "$T/decreto-apice-hypersic.fodt" >/dev/null 2>&1
cp "$T/decreto-apice-hypersic.pdf" "$OUT/"
a2ps -q -1 -R --medium=A4 --borders=no --chars-per-line=80 --header='' \
  --center-title='Comune di Apice - Albo Pretorio on line' --left-title='' --right-title='' \
  --left-footer='Relata n. 402/2027 - Deliberazione G.C. n. 38 del 15/04/2027' \
  --right-footer='Pag. %p./%p#' --footer='' -o "$T/cert.ps" "$SRC/certificato-apice-hypersic.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cert.ps" "$OUT/certificato-apice-hypersic.pdf"

python3 "$SRC/keys_make.py"
