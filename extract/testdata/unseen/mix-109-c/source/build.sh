#!/bin/sh
# Rebuilds the twelve PDFs of mix-109-c from the sources in this folder and
# rewrites keys.json (keys_make.py checks the keys against pdftotext -layout).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, pdflatex (soul, fancyhdr, lastpage, enumitem),
# groff, enscript, a2ps, ghostscript (ps2pdf), poppler-utils. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

python3 "$SRC/crest.py" "$T/crest.png" tower

# --- Comune di Rocca Priora (Civilia Next layout) ---
mkdir "$T/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer \
  --print-to-pdf="$OUT/giunta-roccapriora-civilianext.pdf" \
  "file://$SRC/giunta-roccapriora-civilianext.html" 2>/dev/null
python3 "$SRC/consiglio_roccapriora.py" "$OUT/consiglio-roccapriora-civilianext.pdf"
python3 "$SRC/giunta_roccapriora_123.py" "$OUT/giunta-roccapriora-civilianext-123.pdf"
python3 "$SRC/certificato_roccapriora.py" "$OUT/certificato-roccapriora-civilianext.pdf"

# --- Comune di Porcari (Halley layout) ---
python3 "$SRC/consiglio_porcari_docx.py" "$T/consiglio-porcari-halley.docx" "$T/crest.png"
(cd "$T" && soffice --headless -env:UserInstallation=file:///tmp/lo-mix-109-c \
   --convert-to pdf consiglio-porcari-halley.docx >/dev/null 2>&1)
cp "$T/consiglio-porcari-halley.pdf" "$OUT/"

cp "$SRC/giunta-porcari-halley.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode giunta-porcari-halley.tex >/dev/null \
   && pdflatex -interaction=nonstopmode giunta-porcari-halley.tex >/dev/null)
cp "$T/giunta-porcari-halley.pdf" "$OUT/"

wkhtmltopdf -q --enable-local-file-access -s A4 -T 15mm -B 15mm -L 20mm -R 20mm \
  --title "Deliberazione G.C. n. 124 del 22-09-2026" \
  "$SRC/giunta-porcari-halley-124.html" "$OUT/giunta-porcari-halley-124.pdf" 2>/dev/null

groff -Kutf8 -Tps -P-pa4 "$SRC/certificato-porcari-halley.tr" > "$T/cert-porcari.ps"
ps2pdf -sPAPERSIZE=a4 "$T/cert-porcari.ps" "$OUT/certificato-porcari-halley.pdf"

# --- Comune di Cambiano (Hypersic layout) ---
python3 "$SRC/cambiano_reports.py" "$T"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold9 --margins=56:40:36:36 \
  --header='Comune di Cambiano - Deliberazione C.C. n. 29 del 24/09/2026||Pag. $% di $=' \
  -t "Deliberazione C.C. n. 29 del 24/09/2026" -p "$T/c29.ps" "$T/consiglio-29.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c29.ps" "$OUT/consiglio-cambiano-hypersic.pdf"
a2ps -q --encoding=latin1 -M A4 -1 --portrait --chars-per-line=80 --borders=no \
  --header='COMUNE DI CAMBIANO' --center-title='Deliberazione C.C. n. 30 del 24/09/2026' \
  --left-title='' --right-title='' --left-footer='Hypersic - Stampa verbale' --footer='' \
  --right-footer='Pag. %p./%p#' -o "$T/c30.ps" "$T/consiglio-30.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c30.ps" "$OUT/consiglio-cambiano-hypersic-30.pdf"
python3 "$SRC/giunta_cambiano_raw.py" "$OUT/giunta-cambiano-hypersic.pdf"
python3 "$SRC/certificato_cambiano.py" "$OUT/certificato-cambiano-hypersic.pdf"

python3 "$SRC/keys_make.py"
