#!/bin/bash
# Rebuilds the 12 PDFs of set mix-128-a from the sources in this folder,
# then writes and checks ../keys.json. No test runs it.
# Needs: chromium, LibreOffice (soffice), wkhtmltopdf, pdflatex, enscript,
# groff (groff-base) and ghostscript (ps2pdf), Python 3 with reportlab,
# fpdf2, python-docx and pikepdf, poppler-utils (pdftotext).
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
T="$(mktemp -d)"
LO="$(mktemp -d)"
trap 'rm -rf "$T" "$LO"' EXIT
cd "$SRC"

chrome() {  # html -> pdf with headless Chromium, private profile
  local prof; prof="$(mktemp -d)"
  chromium --headless --no-sandbox --user-data-dir="$prof" --no-pdf-header-footer \
    --print-to-pdf="$2" "$1" 2>/dev/null
  rm -rf "$prof"
}
writer() {  # .docx / .fodt -> pdf with LibreOffice Writer
  soffice --headless -env:UserInstallation="file://$LO" --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
}

# Comune di Tremezzina (CO) - "Civilia Next" house style
chrome "$SRC/deliberazione-tremezzina-civilianext.html" "$OUT/deliberazione-tremezzina-civilianext.pdf"
python3 determinazione-tremezzina-civilianext.py "$OUT/determinazione-tremezzina-civilianext.pdf"
python3 ordinanza-tremezzina-civilianext.py "$T/ordinanza-tremezzina-civilianext.docx"
writer "$T/ordinanza-tremezzina-civilianext.docx"
cp "$T/ordinanza-tremezzina-civilianext.pdf" "$OUT/"
wkhtmltopdf -q --zoom 1.3 -s A4 -T 18mm -B 18mm -L 18mm -R 18mm \
  attestazione-tremezzina-civilianext.html "$OUT/attestazione-tremezzina-civilianext.pdf" 2>/dev/null

# Comune di Pietraperzia (EN) - "Halley" house style
for i in 1 2; do
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$T" deliberazione-pietraperzia-halley.tex >/dev/null
done
cp "$T/deliberazione-pietraperzia-halley.pdf" "$OUT/"
enscript -q --encoding=latin1 -f Courier10 -F Courier10 --margins=56:40:30:30 \
  -b 'Comune di Pietraperzia|Det. Reg. Gen. n. 301 del 21/04/2028|Pag. $% di $=' \
  -p "$T/det.ps" determinazione-pietraperzia-halley.txt
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$OUT/determinazione-pietraperzia-halley.pdf"
groff -k -Tps -dpaper=a4 -P-pa4 decreto-pietraperzia-halley.tr > "$T/dec.ps"
ps2pdf -sPAPERSIZE=a4 "$T/dec.ps" "$OUT/decreto-pietraperzia-halley.pdf"
python3 convocazione-pietraperzia-halley.py "$OUT/convocazione-pietraperzia-halley.pdf"

# Comune di Numana (AN) - "Sicraweb" house style
python3 deliberazione-numana-sicraweb.py "$OUT/deliberazione-numana-sicraweb.pdf"
python3 determinazione-numana-sicraweb.py "$OUT/determinazione-numana-sicraweb.pdf"
python3 ordinanza-numana-sicraweb.py "$T/ordinanza-numana-sicraweb.fodt"
writer "$T/ordinanza-numana-sicraweb.fodt"
cp "$T/ordinanza-numana-sicraweb.pdf" "$OUT/"
chrome "$SRC/avviso-numana-sicraweb.html" "$OUT/avviso-numana-sicraweb.pdf"

python3 keys_make.py
