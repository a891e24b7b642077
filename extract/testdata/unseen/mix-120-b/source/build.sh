#!/bin/sh
# Rebuilds the twelve PDFs of set mix-120-b from the sources in this folder,
# then writes and checks keys.json. No test runs it.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice,
# chromium, wkhtmltopdf, groff + ghostscript, enscript, pdflatex, poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
LO=$(mktemp -d)
CH=$(mktemp -d)
trap 'rm -rf "$T" "$LO" "$CH"' EXIT
cd "$OUT"

# Unione dei Comuni del Goceano ("Halley")
python3 "$SRC/a1_giunta_goceano.py" deliberazione-giunta-goceano-halley.pdf
python3 "$SRC/a2_assemblea_goceano.py" "$T/deliberazione-assemblea-goceano-halley.docx"
soffice --headless "-env:UserInstallation=file://$LO" --convert-to pdf --outdir "$T" \
    "$T/deliberazione-assemblea-goceano-halley.docx" >/dev/null
cp "$T/deliberazione-assemblea-goceano-halley.pdf" .
cp "$SRC/a3_decreto_goceano.tex" "$T/d.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d.tex >/dev/null && pdflatex -interaction=nonstopmode d.tex >/dev/null)
cp "$T/d.pdf" decreto-goceano-halley.pdf
python3 "$SRC/a4_determinazione_goceano.py" determinazione-goceano-halley.pdf

# Comunita' Montana Vallo di Diano ("Studio K")
chromium --headless --no-sandbox --user-data-dir="$CH" --no-pdf-header-footer \
    --print-to-pdf=deliberazione-consiglio-vallodidiano-studiok.pdf "$SRC/b1_consiglio_vallodidiano.html" 2>/dev/null
wkhtmltopdf --quiet -s A4 -T 14mm -B 16mm -L 15mm -R 15mm --enable-local-file-access \
    "$SRC/b2_giunta_vallodidiano.html" deliberazione-giunta-vallodidiano-studiok.pdf
python3 "$SRC/b3_decreto_vallodidiano.py" decreto-vallodidiano-studiok.pdf
groff -Tps -P-pa4 "$SRC/b4_determinazione_vallodidiano.tr" > "$T/b4.ps"
ps2pdf -sPAPERSIZE=a4 "$T/b4.ps" determinazione-vallodidiano-studiok.pdf

# C.I.S.A. Ovest Ticino ("Sicraweb")
iconv -f utf-8 -t latin1 "$SRC/c1_assemblea_ovestticino.txt" > "$T/c1.txt"
enscript -q -X latin1 -f Courier10 --margins=54:40:28:30 \
    -b 'C.I.S.A. OVEST TICINO - DELIB. ASSEMBLEA N. 7/2027||Pag. $% di $=' -p "$T/c1.ps" "$T/c1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c1.ps" deliberazione-assemblea-ovestticino-sicraweb.pdf
python3 "$SRC/c2_cda_ovestticino.py" "$T/deliberazione-cda-ovestticino-sicraweb.docx"
soffice --headless "-env:UserInstallation=file://$LO" --convert-to pdf --outdir "$T" \
    "$T/deliberazione-cda-ovestticino-sicraweb.docx" >/dev/null
cp "$T/deliberazione-cda-ovestticino-sicraweb.pdf" .
python3 "$SRC/c3_decreto_ovestticino.py" decreto-ovestticino-sicraweb.pdf
chromium --headless --no-sandbox --user-data-dir="$CH" --no-pdf-header-footer \
    --print-to-pdf=determinazione-ovestticino-sicraweb.pdf "$SRC/c4_determinazione_ovestticino.html" 2>/dev/null

python3 "$SRC/keys_make.py"
