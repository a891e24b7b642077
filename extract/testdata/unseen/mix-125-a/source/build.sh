#!/bin/bash
# Rebuilds the 12 PDFs of set mix-125-a into the set folder, then keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice, chromium,
# wkhtmltopdf, pdflatex (texlive with tgtermes, babel-italian, fancyhdr, lastpage),
# groff-base, enscript, a2ps, ghostscript (ps2pdf), poppler-utils. No test runs it.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$SRC")"
T="$(mktemp -d)"
LO="$(mktemp -d)"
trap 'rm -rf "$T" "$LO"' EXIT
cd "$SET"

# Montescudaio (Civilia Next)
python3 "$SRC/delib_montescudaio.py" deliberazione-montescudaio-civilianext.pdf
python3 "$SRC/det_montescudaio.py" "$T/determinazione-montescudaio-civilianext.docx"
soffice --headless -env:UserInstallation="file://$LO" --convert-to pdf --outdir "$T" \
    "$T/determinazione-montescudaio-civilianext.docx" >/dev/null
cp "$T/determinazione-montescudaio-civilianext.pdf" .
U="$(mktemp -d -p "$T")"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
    --print-to-pdf="$SET/ordinanza-montescudaio-civilianext.pdf" \
    "file://$SRC/ordinanza-montescudaio-civilianext.html" 2>/dev/null
python3 "$SRC/cert_montescudaio.py" certificato-montescudaio-civilianext.pdf

# Campi Salentina (Halley)
cp "$SRC/deliberazione-campisalentina-halley.tex" "$T/"
( cd "$T" && for i in 1 2; do pdflatex -interaction=batchmode deliberazione-campisalentina-halley.tex >/dev/null; done )
cp "$T/deliberazione-campisalentina-halley.pdf" .
python3 "$SRC/det_campisalentina.py" determinazione-campisalentina-halley.pdf
wkhtmltopdf -q --disable-smart-shrinking --encoding utf-8 -s A4 -T 16mm -B 18mm -L 18mm -R 18mm \
    --title "Decreto del Sindaco n. 1/2028" "$SRC/decreto-campisalentina-halley.html" \
    decreto-campisalentina-halley.pdf 2>/dev/null
python3 "$SRC/avviso_campisalentina.py" "$T/avviso-campisalentina-halley.docx"
soffice --headless -env:UserInstallation="file://$LO" --convert-to pdf --outdir "$T" \
    "$T/avviso-campisalentina-halley.docx" >/dev/null
cp "$T/avviso-campisalentina-halley.pdf" .

# Osoppo (ADWeb)
python3 "$SRC/delib_osoppo.py" "$T/deliberazione-osoppo-adweb.tr"
groff -k -Tps "$T/deliberazione-osoppo-adweb.tr" > "$T/deliberazione-osoppo-adweb.ps"
ps2pdf -sPAPERSIZE=a4 "$T/deliberazione-osoppo-adweb.ps" deliberazione-osoppo-adweb.pdf
python3 "$SRC/det_osoppo.py" "$T/determinazione-osoppo-adweb.txt"
enscript -q -X latin1 -f Courier10 --margins=60:40:30:40 -M A4 \
    -b 'COMUNE DI OSOPPO|Determinazione n. 7 del 13/01/2028|Pag. $% di $=' \
    -p "$T/determinazione-osoppo-adweb.ps" "$T/determinazione-osoppo-adweb.txt"
ps2pdf -sPAPERSIZE=a4 "$T/determinazione-osoppo-adweb.ps" determinazione-osoppo-adweb.pdf
python3 "$SRC/conv_osoppo.py" "$T/convocazione-osoppo-adweb.txt"
a2ps -q -X latin1 -1 -R -M A4 -l 80 --borders=no --header= --left-title='COMUNE DI OSOPPO' \
    --center-title='Convocazione C.C. - prot. 312 del 14/01/2028' --right-title='Pag. $p./$p>' \
    --left-footer= --footer= --right-footer= -o "$T/convocazione-osoppo-adweb.ps" "$T/convocazione-osoppo-adweb.txt"
ps2pdf -sPAPERSIZE=a4 "$T/convocazione-osoppo-adweb.ps" convocazione-osoppo-adweb.pdf
python3 "$SRC/avviso_osoppo.py" avviso-osoppo-adweb.pdf

python3 "$SRC/keys_make.py"
