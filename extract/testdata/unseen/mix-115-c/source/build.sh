#!/bin/sh
# Rebuilds the twelve PDFs of set mix-115-c from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, wkhtmltopdf,
# LibreOffice, pdflatex, groff, enscript, a2ps, ghostscript (ps2pdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# --- Comune di Campoformido (house style 'adweb')
python3 g31_campoformido_reportlab.py "$OUT/giunta-campoformido-adweb-31.pdf"

mkdir -p "$TMP/chr"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/giunta-campoformido-adweb-34.pdf" "file://$SRC/giunta-campoformido-adweb-34.html" 2>/dev/null

mkdir -p "$TMP/tex"
cp consiglio-campoformido-adweb-9.tex "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode consiglio-campoformido-adweb-9.tex >/dev/null \
  && pdflatex -interaction=nonstopmode consiglio-campoformido-adweb-9.tex >/dev/null)
cp "$TMP/tex/consiglio-campoformido-adweb-9.pdf" "$OUT/"

python3 c11_campoformido_docx.py consiglio-campoformido-adweb-11.docx
mkdir -p "$TMP/lo"
soffice --headless -env:UserInstallation=file://$TMP/lo-profile --convert-to pdf --outdir "$TMP/lo" \
  consiglio-campoformido-adweb-11.docx >/dev/null 2>&1
cp "$TMP/lo/consiglio-campoformido-adweb-11.pdf" "$OUT/"

# --- Comune di Soliera (house style 'sicrawebevo')
wkhtmltopdf -q -s A4 -T 14mm -B 16mm -L 18mm -R 18mm \
  --title "Delibera di Giunta n. 22 del 09/03/2027" \
  giunta-soliera-sicrawebevo-22.html "$OUT/giunta-soliera-sicrawebevo-22.pdf" 2>/dev/null
python3 g27_soliera_rawstream.py "$OUT/giunta-soliera-sicrawebevo-27.pdf"
python3 c14_soliera_xobjects.py "$OUT/consiglio-soliera-sicrawebevo-14.pdf"
python3 c15_soliera_fpdf.py "$OUT/consiglio-soliera-sicrawebevo-15.pdf"

# --- Comune di Cassano delle Murge (house style 'cityware', 80-column reports and a form)
python3 g45_cassano_text.py giunta-cassanodellemurge-cityware-45.txt
enscript -q -X latin1 -f Courier10 -F Courier-Bold9 --margins=56:40:24:30 \
  -t "Delibera G.C. n. 45 del 05/03/2027" \
  -b 'Comune di Cassano delle Murge - Delibera G.C. n. 45 del 05/03/2027||Pag. $% di $=' \
  -p "$TMP/g45.ps" giunta-cassanodellemurge-cityware-45.txt
ps2pdf -sPAPERSIZE=a4 "$TMP/g45.ps" "$OUT/giunta-cassanodellemurge-cityware-45.pdf"

groff -Tps -P-pa4 -Kutf8 giunta-cassanodellemurge-cityware-52.tr > "$TMP/g52.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/g52.ps" "$OUT/giunta-cassanodellemurge-cityware-52.pdf"

python3 c8_cassano_modulo.py "$OUT/consiglio-cassanodellemurge-cityware-8.pdf"

python3 c10_cassano_text.py consiglio-cassanodellemurge-cityware-10.txt
a2ps -q -1 -M A4 --portrait -f 10.2 --borders=no -X latin1 \
  --title='Deliberazione C.C. n. 10 del 26/03/2027' --header='' \
  --center-title='Deliberazione C.C. n. 10 del 26/03/2027' --left-title='' --right-title='Pag. $p./$p>' \
  --left-footer='' --right-footer='' --footer='Comune di Cassano delle Murge' \
  -o "$TMP/c10.ps" consiglio-cassanodellemurge-cityware-10.txt
ps2pdf -sPAPERSIZE=a4 "$TMP/c10.ps" "$OUT/consiglio-cassanodellemurge-cityware-10.pdf"

ls -l "$OUT"/*.pdf
