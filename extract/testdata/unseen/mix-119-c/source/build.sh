#!/bin/sh
# Rebuilds the 12 PDFs of set mix-119-c into the set folder (the parent of source/).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium, wkhtmltopdf,
# LibreOffice, enscript, a2ps, groff, ghostscript (ps2pdf), pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
PROFILE=$(mktemp -d)
LO=$(mktemp -d)
trap 'rm -rf "$T" "$PROFILE" "$LO"' EXIT

# --- Comune di Montefalcone Appennino ("Halley")
python3 "$SRC/halley_rl.py" "$OUT"        # giunta 41, consiglio 17 (ReportLab)
python3 "$SRC/halley_fpdf.py" "$OUT"      # giunta 43 (fpdf2)
python3 "$SRC/halley_raw.py" "$OUT"       # consiglio 18 (hand-written content streams, pikepdf)

# --- Comune di Piansano ("Sicraweb")
python3 "$SRC/sicraweb_html.py" "$T"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" --no-pdf-header-footer \
  --print-to-pdf="$OUT/giunta-piansano-sicraweb-58.pdf" "file://$T/giunta-58.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" --no-pdf-header-footer \
  --print-to-pdf="$OUT/consiglio-piansano-sicraweb-20.pdf" "file://$T/consiglio-20.html" 2>/dev/null
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 18mm -L 18mm -R 16mm \
  --title "Deliberazione della Giunta Comunale n. 61 del 13/07/2027" \
  "$T/giunta-61.html" "$OUT/giunta-piansano-sicraweb-61.pdf" 2>/dev/null || test -s "$OUT/giunta-piansano-sicraweb-61.pdf"
python3 "$SRC/sicraweb_docx.py" "$T"
soffice --headless "-env:UserInstallation=file://$LO" --convert-to pdf --outdir "$T" \
  "$T/consiglio-piansano-sicraweb-21.docx" >/dev/null 2>&1
cp "$T/consiglio-piansano-sicraweb-21.pdf" "$OUT/"

# --- Comune di Cessole ("Siscom", 80 columns)
python3 "$SRC/siscom_text.py" "$T"
enscript -q -X latin1 -f Courier10 -M A4 --margins=62:40:36:40 \
  -b 'Comune di Cessole - Delib. G.C. n. 29 del 02/07/2027||Pag. $% di $=' \
  -t "Deliberazione G.C. n. 29 del 02/07/2027" -o "$T/g29.ps" "$T/giunta-29.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g29.ps" "$OUT/giunta-cessole-siscom-29.pdf"
groff -Tps -P-pa4 "$T/giunta-31.tr" > "$T/g31.ps"
ps2pdf -sPAPERSIZE=a4 "$T/g31.ps" "$OUT/giunta-cessole-siscom-31.pdf"
a2ps -q -X latin1 -1 -R --medium=A4 --borders=no -l 80 \
  --header='COMUNE DI CESSOLE - SERVIZIO SEGRETERIA' \
  --center-title='Deliberazione C.C. n. 12 del 27/07/2027' --left-title='' --right-title='' \
  --left-footer='Siscom - Stampa verbali' --footer='' --right-footer='Pagina %p./%p#' \
  -o "$T/c12.ps" "$T/consiglio-12.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c12.ps" "$OUT/consiglio-cessole-siscom-12.pdf"
python3 "$SRC/siscom_form_tex.py" "$T"
(cd "$T" && pdflatex -interaction=batchmode consiglio-13.tex >/dev/null && \
            pdflatex -interaction=batchmode consiglio-13.tex >/dev/null)
cp "$T/consiglio-13.pdf" "$OUT/consiglio-cessole-siscom-13.pdf"

python3 "$SRC/keys_make.py"
