#!/bin/sh
# Rebuilds the twelve PDFs of mix-136-a and keys.json from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium, LibreOffice,
# wkhtmltopdf, pdflatex (tex-gyre), groff (-Tps, tbl), enscript, a2ps, ghostscript (ps2pdf),
# poppler-utils (pdftotext, for keys_make.py).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
W=$(mktemp -d)
LO=$(mktemp -d)
CH=$(mktemp -d)
trap 'rm -rf "$W" "$LO" "$CH"' EXIT
LOARGS="--headless -env:UserInstallation=file://$LO --convert-to pdf --outdir $W"

python3 "$SRC/crest.py" "$W"

# --- Comune di Montefano (MC), Halley-like house style ------------------------------
python3 "$SRC/montefano_delibera.py" "$SET/deliberazione-montefano-halley.pdf"          # ReportLab
python3 "$SRC/montefano_determina.py" "$W/determinazione-montefano-halley.docx" "$W/crest-montefano.png"
soffice $LOARGS "$W/determinazione-montefano-halley.docx" >/dev/null 2>&1              # Writer 7.4
cp "$W/determinazione-montefano-halley.pdf" "$SET/"
python3 "$SRC/montefano_attestato.py" "$SET/attestazione-montefano-halley.pdf"         # fpdf2
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH" --no-pdf-header-footer \
  --print-to-pdf="$SET/ordinanza-montefano-halley.pdf" "file://$SRC/montefano_ordinanza.html" 2>/dev/null

# --- Comune di Terrassa Padovana (PD), Kibernetes-like house style -------------------
cp "$SRC/terrassa_delibera.tex" "$W/"
(cd "$W" && pdflatex -interaction=nonstopmode terrassa_delibera.tex >/dev/null \
         && pdflatex -interaction=nonstopmode terrassa_delibera.tex >/dev/null)
cp "$W/terrassa_delibera.pdf" "$SET/deliberazione-terrassapadovana-kibernetes.pdf"
python3 "$SRC/terrassa_determina.py" "$SET/determinazione-terrassapadovana-kibernetes.pdf"  # pikepdf
cp "$SRC/terrassa_avviso.html" "$W/"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 14mm -B 14mm -L 20mm -R 20mm \
  --title "Avviso pubblico - contributi canoni di locazione 2028" \
  "$W/terrassa_avviso.html" "$SET/avviso-terrassapadovana-kibernetes.pdf" 2>/dev/null
groff -k -t -Tps -P-pa4 "$SRC/terrassa_decreto.tr" > "$W/decreto.ps"
ps2pdf -sPAPERSIZE=a4 "$W/decreto.ps" "$SET/decreto-terrassapadovana-kibernetes.pdf"

# --- Comune di Castelgrande (PZ), Saga-like legacy house style -----------------------
python3 "$SRC/castelgrande_txt.py" "$W"
enscript -q -B -M A4 -X latin1 -f Courier10.5 -s 1.5 --margins=46:30:24:18 \
  -o "$W/delibera.ps" "$W/deliberazione-castelgrande-saga.txt"
ps2pdf -sPAPERSIZE=a4 "$W/delibera.ps" "$SET/deliberazione-castelgrande-saga.pdf"
a2ps -q -1 -B --borders=no -M A4 --portrait -X latin1 --font-size=10.5 --margin=0 -l 80 \
  -o "$W/determina.ps" "$W/determinazione-castelgrande-saga.txt"
ps2pdf -sPAPERSIZE=a4 "$W/determina.ps" "$SET/determinazione-castelgrande-saga.pdf"
python3 "$SRC/castelgrande_ordinanza.py" "$SET/ordinanza-castelgrande-saga.pdf"         # fpdf2
python3 "$SRC/castelgrande_convocazione.py" "$W/convocazione-castelgrande-saga.docx"
soffice $LOARGS "$W/convocazione-castelgrande-saga.docx" >/dev/null 2>&1
cp "$W/convocazione-castelgrande-saga.pdf" "$SET/"

python3 "$SRC/keys_make.py" "$SET"
