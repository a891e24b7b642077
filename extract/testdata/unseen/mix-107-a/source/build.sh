#!/bin/sh
# Rebuilds the twelve PDFs of set mix-107-a into the set folder (the parent
# of this source/ folder), then writes keys.json. No test runs it.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, pdflatex, groff(-base) + ghostscript, enscript,
# a2ps, poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LO="-env:UserInstallation=file:///tmp/lo-mix-107-a"

# --- Comune di Quinto di Treviso (Veneto), "Civilia Next" house style ------
python3 "$SRC/quinto_delibera_rl.py" "$OUT/deliberazione-quintoditreviso-civilianext.pdf"

CHR=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR" --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-quintoditreviso-civilianext.pdf" \
  "file://$SRC/quinto_determinazione.html" 2>/dev/null
rm -rf "$CHR"

python3 "$SRC/quinto_decreto_docx.py" "$TMP/decreto-quintoditreviso-civilianext.docx" "$TMP/crest.png"
soffice --headless "$LO" --convert-to pdf --outdir "$TMP" "$TMP/decreto-quintoditreviso-civilianext.docx" >/dev/null
cp "$TMP/decreto-quintoditreviso-civilianext.pdf" "$OUT/"

python3 "$SRC/quinto_attestazione_fpdf.py" "$OUT/attestazione-quintoditreviso-civilianext.pdf"

# --- Comune di Borgo San Lorenzo (Toscana), "Sicraweb" house style ---------
mkdir "$TMP/tex"
cp "$SRC/borgo_consiglio.tex" "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode borgo_consiglio.tex >/dev/null &&
                  pdflatex -interaction=nonstopmode borgo_consiglio.tex >/dev/null)
cp "$TMP/tex/borgo_consiglio.pdf" "$OUT/deliberazione-borgosanlorenzo-sicraweb.pdf"

wkhtmltopdf -q --page-size A4 -T 18mm -B 20mm -L 20mm -R 20mm \
  "$SRC/borgo_determinazione.html" "$OUT/determinazione-borgosanlorenzo-sicraweb.pdf" 2>/dev/null

groff -Kutf8 -Tps -dpaper=a4 -P-pa4 "$SRC/borgo_convocazione.ms" > "$TMP/conv.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/conv.ps" "$OUT/convocazione-borgosanlorenzo-sicraweb.pdf"

python3 "$SRC/borgo_ordinanza_pikepdf.py" "$OUT/ordinanza-borgosanlorenzo-sicraweb.pdf"

# --- Comune di Santu Lussurgiu (Sardegna), "Halley" house style ------------
enscript -q -M A4 -f Courier10 --margins=60:40:30:40 \
  -b 'COMUNE DI SANTU LUSSURGIU - DELIBERA G.C. N. 31 DEL 15/04/2026||PAG. $% DI $=' \
  -o "$TMP/del.ps" "$SRC/santulussurgiu_delibera.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/del.ps" "$OUT/deliberazione-santulussurgiu-halley.pdf"

a2ps -q -1 -R --borders=no -l 80 --medium=A4 -X ibm-cp850 --header='' \
  --center-title='' --left-title='' --right-title='' --footer='' \
  --left-footer='DETERMINAZIONE R.G. N. 203 DEL 16/04/2026 - AREA AMMINISTRATIVA E SOCIO-CULTURALE' \
  --right-footer='PAG. %p./%p#' -o "$TMP/det.ps" "$SRC/santulussurgiu_determinazione.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/det.ps" "$OUT/determinazione-santulussurgiu-halley.pdf"

python3 "$SRC/santulussurgiu_ordinanza_rl.py" "$OUT/ordinanza-santulussurgiu-halley.pdf"

python3 "$SRC/santulussurgiu_avviso_docx.py" "$TMP/avviso-santulussurgiu-halley.docx"
soffice --headless "$LO" --convert-to pdf --outdir "$TMP" "$TMP/avviso-santulussurgiu-halley.docx" >/dev/null
cp "$TMP/avviso-santulussurgiu-halley.pdf" "$OUT/"

# --- keys -------------------------------------------------------------------
python3 "$SRC/keys_make.py" "$OUT"
