#!/bin/sh
# Rebuild the 12 PDFs of mix-112-c from the sources in this folder, then
# write and check keys.json. No test runs this; it is the record of how the
# documents were made.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SET"

# --- Comune di Spilamberto (Emilia-Romagna), Sicraweb house style ----------
python3 "$SRC/consiglio_spilamberto.py" consiglio-spilamberto-sicraweb.pdf           # ReportLab platypus
U=$(mktemp -d "$T/chr.XXXX")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf="$SET/giunta-spilamberto-sicraweb.pdf" "$SRC/giunta-spilamberto-sicraweb.html" 2>/dev/null
python3 "$SRC/giunta_tariffe_spilamberto_docx.py" "$T/giunta-tariffe-spilamberto-sicraweb.docx"  # python-docx
cp "$T/giunta-tariffe-spilamberto-sicraweb.docx" "$SRC/"
soffice --headless -env:UserInstallation=file:///tmp/lo-mix-112-c --convert-to pdf --outdir "$T" \
  "$T/giunta-tariffe-spilamberto-sicraweb.docx" >/dev/null 2>&1
cp "$T/giunta-tariffe-spilamberto-sicraweb.pdf" .
python3 "$SRC/attestazione_spilamberto.py" attestazione-spilamberto-sicraweb.pdf      # fpdf2

# --- Comune di Maida (Calabria), Halley fixed-width print --------------------
enscript -q -M A4 -f Courier10 -F Courier-Bold9 --margins=54:40:30:30 \
  -b 'COMUNE DI MAIDA - DELIBERAZIONE G.C. N. 97 DEL 10/12/2026||Pag. $% di $=' \
  -X latin1 -o "$T/g97.ps" "$SRC/giunta-maida-halley.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g97.ps" giunta-maida-halley.pdf
groff -Tps -P-pa4 "$SRC/consiglio-maida-halley.tr" > "$T/c41.ps"
ps2pdf -sPAPERSIZE=a4 "$T/c41.ps" consiglio-maida-halley.pdf
a2ps -q -1 -R --medium=A4 --chars-per-line=80 --borders=no --encoding=latin1 \
  --header='COMUNE DI MAIDA' --center-title='DELIBERAZIONE G.C. N. 99 DEL 17/12/2026' \
  --left-title='' --right-title='Pag. $p./$p>' --left-footer='' --footer='' --right-footer='' \
  -o "$T/g99.ps" "$SRC/giunta-sociale-maida-halley.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g99.ps" giunta-sociale-maida-halley.pdf
python3 "$SRC/attestazione_maida.py" attestazione-maida-halley.pdf                   # ReportLab form + pikepdf overlay

# --- Comune di Terranuova Bracciolini (Toscana), Civilia Next style ----------
cp "$SRC/consiglio-terranuovabracciolini-civilianext.tex" "$T/"
( cd "$T" && pdflatex -interaction=nonstopmode consiglio-terranuovabracciolini-civilianext.tex >/dev/null \
          && pdflatex -interaction=nonstopmode consiglio-terranuovabracciolini-civilianext.tex >/dev/null )
cp "$T/consiglio-terranuovabracciolini-civilianext.pdf" .
python3 "$SRC/giunta_terranuova_raw.py" giunta-terranuovabracciolini-civilianext.pdf  # hand-written streams, pikepdf
wkhtmltopdf -q -s A4 -T 18mm -B 20mm -L 20mm -R 20mm --title "Deliberazione G.C. n. 209 del 30/12/2026" \
  "$SRC/giunta-personale-terranuovabracciolini-civilianext.html" giunta-personale-terranuovabracciolini-civilianext.pdf 2>/dev/null
python3 "$SRC/attestazione_terranuova.py" attestazione-terranuovabracciolini-civilianext.pdf  # ReportLab canvas

python3 "$SRC/keys_make.py"
