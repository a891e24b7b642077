#!/bin/sh
# Rebuilds the twelve PDFs of set mix-120-c into the set folder (..).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# wkhtmltopdf, LibreOffice, enscript, a2ps, groff, ghostscript (ps2pdf), pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
PROF=$(mktemp -d)
LOPROF=$(mktemp -d)
trap 'rm -rf "$T" "$PROF" "$LOPROF"' EXIT

# ---- Leivi (CiviliaNext-like web package): Chromium, wkhtmltopdf, Writer
python3 "$SRC/leivi_html.py" "$T"
for k in L1 L3; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROF" \
    --no-pdf-header-footer --print-to-pdf="$T/$k.pdf" "file://$T/$k.html" 2>/dev/null
done
wkhtmltopdf -q -s A4 -T 16mm -B 18mm -L 17mm -R 17mm "$T/L2.html" "$T/L2.pdf" 2>/dev/null || true
python3 "$SRC/leivi_docx.py" "$T"
(cd "$T" && soffice --headless -env:UserInstallation=file://$LOPROF --convert-to pdf L4.docx >/dev/null 2>&1)
cp "$T/L1.pdf" "$OUT/giunta54-leivi-civilnext.pdf"
cp "$T/L2.pdf" "$OUT/giunta58-leivi-civilnext.pdf"
cp "$T/L3.pdf" "$OUT/consiglio21-leivi-civilnext.pdf"
cp "$T/L4.pdf" "$OUT/consiglio23-leivi-civilnext.pdf"

# ---- Solarino (Sikuel-like legacy 80-column reports): enscript, a2ps, groff, fpdf2
python3 "$SRC/solarino_txt.py" "$T"
enscript -q -X latin1 -f Courier10 --margins=50:40:30:40 -M A4 \
  -b 'Comune di Solarino - Delibera G.M. n. 112 del 04/08/2027||Pag. $% di $=' \
  -p "$T/S1.ps" "$T/S1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/S1.ps" "$OUT/giunta112-solarino-sikuel.pdf"
a2ps -q -1 --portrait --medium=A4 --chars-per-line=80 --encoding=latin1 --borders=no \
  --header='' --center-title='' --left-title='' --right-title='' --footer='' \
  --left-footer='COMUNE DI SOLARINO - Delibera G.M. n. 115 del 10/08/2027' \
  --right-footer='Pagina %p. di %p#' -o "$T/S2.ps" "$T/S2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/S2.ps" "$OUT/giunta115-solarino-sikuel.pdf"
groff -k -Tps -P-pa4 "$T/S3.tr" > "$T/S3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/S3.ps" "$OUT/consiglio38-solarino-sikuel.pdf"
python3 "$SRC/solarino_form.py" "$OUT/consiglio40-solarino-sikuel.pdf"

# ---- Rosciano (Halley-like): ReportLab, hand-written content streams (pikepdf), pdfLaTeX
python3 "$SRC/rosciano_rl.py" "$T"
cp "$T/R1.pdf" "$OUT/giunta76-rosciano-halley.pdf"
cp "$T/R4.pdf" "$OUT/consiglio31-rosciano-halley.pdf"
python3 "$SRC/rosciano_raw.py" "$OUT/giunta79-rosciano-halley.pdf"
python3 "$SRC/rosciano_tex.py" "$T"
(cd "$T" && pdflatex -interaction=nonstopmode R3.tex >/dev/null && pdflatex -interaction=nonstopmode R3.tex >/dev/null)
cp "$T/R3.pdf" "$OUT/consiglio29-rosciano-halley.pdf"

# ---- keys
python3 "$SRC/keys_make.py"
