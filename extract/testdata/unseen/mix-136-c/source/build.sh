#!/bin/bash
# Rebuilds the twelve PDFs of mix-136-c into the set folder (the parent of
# this one). Needs python3 (reportlab, fpdf2, python-docx, pikepdf),
# chromium, wkhtmltopdf, LibreOffice, groff (groff-base), enscript, a2ps,
# ghostscript (ps2pdf), pdflatex (tgtermes, fancyhdr, lastpage, enumitem).
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
export XDG_RUNTIME_DIR="$T/xdg"; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"

# Ciminna (Sicilia) - "Archimede"
python3 "$SRC/c1_delib_ciminna.py"        "$OUT/deliberazione-ciminna-archimede.pdf"
cp "$SRC/c2_determinazione_ciminna.tex" "$T/"
( cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode c2_determinazione_ciminna.tex >/dev/null; done )
cp "$T/c2_determinazione_ciminna.pdf"     "$OUT/determinazione-ciminna-archimede.pdf"
python3 "$SRC/c3_ordinanza_ciminna.py"    "$OUT/ordinanza-ciminna-archimede.pdf"
python3 "$SRC/c4_decreto_ciminna.py"      "$OUT/decreto-ciminna-archimede.pdf"

# Bomarzo (Lazio) - "IterWeb"
mkdir -p "$T/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-bomarzo-iterweb.pdf" "file://$SRC/b1_consiglio_bomarzo.html" 2>/dev/null
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm \
  "$SRC/b2_determinazione_bomarzo.html" "$OUT/determinazione-bomarzo-iterweb.pdf" 2>/dev/null
groff -k -Tps "$SRC/b3_ordinanza_bomarzo.tr" > "$T/b3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/b3.ps" "$OUT/ordinanza-bomarzo-iterweb.pdf"
python3 "$SRC/b4_decreto_bomarzo.py" "$T/decreto-bomarzo-iterweb.docx"
soffice --headless "-env:UserInstallation=file://$T/lo" --convert-to pdf --outdir "$T" \
  "$T/decreto-bomarzo-iterweb.docx" >/dev/null 2>&1
cp "$T/decreto-bomarzo-iterweb.pdf"       "$OUT/decreto-bomarzo-iterweb.pdf"

# Neive (Piemonte) - "Cartesio"
iconv -f utf-8 -t latin1 "$SRC/n1_giunta_neive.txt" > "$T/n1.txt"
enscript -q -X latin1 -f Courier10 --margins=56:40:30:36 -b 'CARTESIO - Atti Giunta|DGC 96/2028|Pag. $% di $=' \
  --header-font=Courier8 -o "$T/n1.ps" "$T/n1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/n1.ps" "$OUT/deliberazione-neive-cartesio.pdf"
python3 "$SRC/n2_determinazione_neive.py" "$OUT/determinazione-neive-cartesio.pdf"
python3 "$SRC/n3_ordinanza_neive.py"      "$OUT/ordinanza-neive-cartesio.pdf"
iconv -f utf-8 -t latin1 "$SRC/n4_decreto_neive.txt" > "$T/n4.txt"
a2ps -q -1 --portrait -M A4 --encoding=latin1 -l 80 -B --borders=no --left-footer= --right-footer= \
  --footer= --margin=28 -o "$T/n4.ps" "$T/n4.txt"
ps2pdf -sPAPERSIZE=a4 "$T/n4.ps" "$OUT/decreto-neive-cartesio.pdf"

ls -l "$OUT"/*.pdf
