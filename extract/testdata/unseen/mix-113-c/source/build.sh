#!/bin/sh
# Rebuilds the twelve PDFs of mix-113-c from the scripts in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, wkhtmltopdf,
# enscript, a2ps, groff (groff-base), ghostscript (ps2pdf), LibreOffice.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
T=$(mktemp -d)
U=$(mktemp -d)

trap 'rm -rf "$T" "$U"' EXIT

# ---- Comune di Pieve Ligure (Sicraweb-like): HTML, Chromium and wkhtmltopdf
python3 "$SRC/pieve_html.py" "$T"
for n in 1 2; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
    --print-to-pdf="$SET/consiglio-$n-pieveligure-sicraweb.pdf" "file://$T/cc$n.html" 2>/dev/null
done
wkhtmltopdf -q -s A4 -T 18mm -B 20mm -L 20mm -R 17mm --encoding utf-8 \
  "$T/cc3.html" "$SET/consiglio-3-pieveligure-sicraweb.pdf"
wkhtmltopdf -q -s A4 -T 18mm -B 20mm -L 20mm -R 17mm --encoding utf-8 \
  "$T/gc4.html" "$SET/giunta-4-pieveligure-sicraweb.pdf"

# ---- Comune di Oria (Hypersic-like): ReportLab, hand-written streams, fpdf2
python3 "$SRC/oria_rl.py" "$SET"
python3 "$SRC/oria_glyphs.py" "$SET/consiglio-3-oria-hypersic.pdf"
python3 "$SRC/oria_fpdf.py" "$SET/giunta-6-oria-hypersic.pdf"

# ---- Comune di Maserada sul Piave (Ascot-like 80-column reports)
python3 "$SRC/maserada.py" "$T"
enscript -q -b 'Comune di Maserada sul Piave|Delib. C.C. n. 1 del 26/01/2027|Pag. $% di $=' \
  -f Courier10 -F Courier8 -M A4 --margins=48:40:30:40 -X latin1 -o "$T/cc1.ps" "$T/cc1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cc1.ps" "$SET/consiglio-1-maseradasulpiave-ascot.pdf"
a2ps -q -1 --portrait -M A4 --chars-per-line=80 -X latin1 --borders=no --pretty-print=plain \
  --header='COMUNE DI MASERADA SUL PIAVE' --center-title='Delib. C.C. n. 2 del 26/01/2027' \
  --left-title='' --right-title='' --left-footer='Ascot - Atti' --footer='' --right-footer='Pag. %p./%p#' \
  -o "$T/cc2.ps" "$T/cc2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cc2.ps" "$SET/consiglio-2-maseradasulpiave-ascot.pdf"
groff -Tps "$T/cc3.tr" > "$T/cc3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/cc3.ps" "$SET/consiglio-3-maseradasulpiave-ascot.pdf"
soffice --headless -env:UserInstallation=file:///tmp/lo-mix-113-c --convert-to pdf --outdir "$T" "$T/gc5.docx" >/dev/null 2>&1
cp "$T/gc5.pdf" "$SET/giunta-5-maseradasulpiave-ascot.pdf"

python3 "$SRC/keys_make.py"
