#!/bin/bash
# Rebuilds the twelve PDFs of set mix-125-b from the scripts in this folder.
# Intermediate sources (HTML, .docx, .tex, text reports, troff) are written to
# a temporary directory and copied to source/generated/ for the record.
# No test runs this script.
set -euo pipefail
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
T=$(mktemp -d)
U=$(mktemp -d)                      # private Chromium profile
LO=$(mktemp -d)                     # private LibreOffice profile
trap 'rm -rf "$T" "$U" "$LO"' EXIT
cd "$SRC"
f() { python3 -c "import sys; sys.path.insert(0,'$SRC'); import data; print(data.filename(data.by_id('$1')))"; }

# --- Romano di Lombardia (civilia) ------------------------------------------
python3 romano_html.py "$T"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf="$SET/$(f A1)" "file://$T/A1.html" 2>/dev/null
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 16mm -B 20mm -L 20mm -R 17mm --encoding utf-8 \
  --title "Determinazione R.G. 48/2028" "$T/A3.html" "$SET/$(f A3)" 2>/dev/null
python3 romano_rl.py "$SET"                       # A2 (Tw/Tc) and A4 (Form XObjects, stamp)

# --- Barile (hypersic) --------------------------------------------------------
python3 barile_docx.py "$T"                       # B1.docx and crest-barile.png
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$T" "$T/B1.docx" >/dev/null 2>&1
cp "$T/B1.pdf" "$SET/$(f B1)"
python3 barile_tex.py "$T"
( cd "$T" && pdflatex -interaction=batchmode B2.tex >/dev/null && pdflatex -interaction=batchmode B2.tex >/dev/null )
cp "$T/B2.pdf" "$SET/$(f B2)"
python3 barile_fpdf.py "$SET" "$T"                # B3
python3 barile_rl.py "$SET" "$T"                  # B4

# --- Acqualagna (halley) ----------------------------------------------------
python3 acqualagna_txt.py "$T"                    # C1.txt, C2.txt (latin-1), C3.tr
enscript -q -X latin1 -f Courier10 -F Courier-Bold9 -M A4 --margins=56:40:36:40 \
  --header='Comune di Acqualagna - Determinazione R.G. n. 9 del 12/01/2028||Pag. $% di $=' \
  -t "Det. RG 9/2028" -o "$T/C1.ps" "$T/C1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/C1.ps" "$SET/$(f C1)"
a2ps -q -1 -R --medium=A4 --chars-per-line=80 --encoding=latin1 --borders=no \
  --center-title="Comune di Acqualagna - Det. R.G. n. 19 del 20/01/2028" --left-title="" --right-title="" \
  --header="" --left-footer="Area Amministrativa - Servizio Affari Generali" --footer="" \
  --right-footer='Pag. $p./$p>' --pretty-print=plain -o "$T/C2.ps" "$T/C2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/C2.ps" "$SET/$(f C2)"
groff -Tps -Kutf8 "$T/C3.tr" > "$T/C3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/C3.ps" "$SET/$(f C3)"
python3 acqualagna_form.py "$SET"                 # C4

# --- record of the intermediate sources ---------------------------------------
mkdir -p "$SRC/generated"
cp "$T"/A1.html "$T"/A3.html "$T"/B1.docx "$T"/B2.tex "$T"/C1.txt "$T"/C2.txt "$T"/C3.tr "$T"/crest-barile.png "$SRC/generated/"

python3 set_dates.py                              # Info/XMP dates of the act's day
python3 keys_make.py
