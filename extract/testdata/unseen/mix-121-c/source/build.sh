#!/bin/sh
# Rebuild the 12 PDFs of set mix-121-c and keys.json. No test runs this.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), wkhtmltopdf, chromium,
# LibreOffice, enscript, ghostscript (ps2pdf), groff-base (preconv, tbl, groff), pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SET"

# Soragna (Sicraweb style)
python3 "$SRC/s1_soragna_giunta96.py" giunta-96-soragna-sicraweb.pdf
wkhtmltopdf -q --disable-smart-shrinking --encoding utf-8 -s A4 -T 18mm -B 18mm -L 18mm -R 16mm \
    "$SRC/s2_soragna_giunta101.html" giunta-101-soragna-sicraweb.pdf 2>/dev/null
python3 "$SRC/s3_soragna_consiglio38.py" "$TMP/consiglio-38-soragna-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir "$SET" \
    "$TMP/consiglio-38-soragna-sicraweb.docx" >/dev/null 2>&1
python3 "$SRC/s4_soragna_consiglio39.py" consiglio-39-soragna-sicraweb.pdf

# Oppido Mamertina (Asmenet style)
mkdir -p "$TMP/chr1" "$TMP/chr2"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr1" --no-pdf-header-footer \
    --print-to-pdf="$SET/giunta-78-oppidomamertina-asmenet.pdf" "$SRC/o1_oppido_giunta78.html" 2>/dev/null
python3 "$SRC/o2_oppido_giunta80.py" giunta-80-oppidomamertina-asmenet.pdf
python3 "$SRC/o3_oppido_consiglio22.py" "$TMP/c22.txt"
enscript -q -X latin1 -f Courier10 --margins=56:40:30:30 \
    -b 'Delibera C.C. n. 22 del 23.09.2027||Pag. $% di $=' -o "$TMP/c22.ps" "$TMP/c22.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c22.ps" consiglio-22-oppidomamertina-asmenet.pdf
cp "$SRC/o4_oppido_consiglio23.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=batchmode o4_oppido_consiglio23.tex >/dev/null \
          && pdflatex -interaction=batchmode o4_oppido_consiglio23.tex >/dev/null)
cp "$TMP/o4_oppido_consiglio23.pdf" consiglio-23-oppidomamertina-asmenet.pdf

# Pozzuolo del Friuli (Insiel style)
preconv -e utf-8 "$SRC/p1_pozzuolo_giunta112.tr" | tbl | groff -Tps -P-pa4 > "$TMP/p1.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/p1.ps" giunta-112-pozzuolodelfriuli-insiel.pdf
python3 "$SRC/p2_pozzuolo_giunta117.py" giunta-117-pozzuolodelfriuli-insiel.pdf
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr2" --no-pdf-header-footer \
    --print-to-pdf="$SET/consiglio-31-pozzuolodelfriuli-insiel.pdf" "$SRC/p3_pozzuolo_consiglio31.html" 2>/dev/null
python3 "$SRC/p4_pozzuolo_consiglio32.py" consiglio-32-pozzuolodelfriuli-insiel.pdf

python3 "$SRC/keys_make.py"
