#!/bin/sh
# Rebuilds the 12 PDFs of set mix-124-a into the set folder (the parent of
# this source/ folder). Needs python3 (reportlab, fpdf2, python-docx,
# pikepdf), pdflatex, groff, enscript, a2ps, ghostscript (ps2pdf),
# LibreOffice, chromium and wkhtmltopdf. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Comune di Riva Ligure: "IBIS Atti" -----------------------------------
python3 "$SRC/riva_delibera.py"     "$OUT/deliberazione-rivaligure-ibis.pdf"
python3 "$SRC/riva_ordinanza.py"    "$OUT/ordinanza-rivaligure-ibis.pdf"
python3 "$SRC/riva_attestazione.py" "$OUT/attestazione-rivaligure-ibis.pdf"
mkdir "$T/tex" && cp "$SRC/riva_determinazione.tex" "$T/tex/"
( cd "$T/tex" && pdflatex -interaction=nonstopmode riva_determinazione.tex >/dev/null \
              && pdflatex -interaction=nonstopmode riva_determinazione.tex >/dev/null )
cp "$T/tex/riva_determinazione.pdf" "$OUT/determinazione-rivaligure-ibis.pdf"

# --- Comune di Nocera Terinese: "SIGEP Atti" -------------------------------
groff -k -Tps -dpaper=a4 -P-pa4 "$SRC/noceraterinese_delibera.tr" > "$T/delibera.ps"
ps2pdf -sPAPERSIZE=a4 "$T/delibera.ps" "$OUT/deliberazione-noceraterinese-sigep.pdf"

python3 "$SRC/noceraterinese_determinazione.py" > "$T/determina.txt"
enscript -q -M A4 -f Courier@10.2 -F Courier-Bold@9 --margins=42:30:30:36 \
  --header='COMUNE DI NOCERA TERINESE|DETERMINAZIONE R.G. N. 287 DEL 14/12/2027|Pag. $% di $=' \
  -o "$T/determina.ps" "$T/determina.txt"
ps2pdf -sPAPERSIZE=a4 "$T/determina.ps" "$OUT/determinazione-noceraterinese-sigep.pdf"

python3 "$SRC/noceraterinese_decreto.py" > "$T/decreto.txt"
a2ps -q -1 -R --medium=A4 --borders=no --chars-per-line=80 --header="" \
  --center-title="" --left-title="" --right-title="" \
  --left-footer="SIGEP Atti Amministrativi 7.2" --footer="Decreto n. 12 del 15/12/2027" \
  --right-footer='Pag. %p.' -o "$T/decreto.ps" "$T/decreto.txt"
ps2pdf -sPAPERSIZE=a4 "$T/decreto.ps" "$OUT/decreto-noceraterinese-sigep.pdf"

python3 "$SRC/noceraterinese_ordinanza.py" "$T/ordinanza-noceraterinese-sigep.docx"
( cd "$T" && soffice --headless -env:UserInstallation=file://$T/lo \
      --convert-to pdf ordinanza-noceraterinese-sigep.docx >/dev/null 2>&1 )
cp "$T/ordinanza-noceraterinese-sigep.pdf" "$OUT/"

# --- Comune di Fontanellato: "Atlante Atti" --------------------------------
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-fontanellato-atlante.pdf" "$SRC/fontanellato_deliberazione.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-fontanellato-atlante.pdf" "$SRC/fontanellato_avviso.html" 2>/dev/null
wkhtmltopdf -q --enable-local-file-access -s A4 -T 16mm -B 16mm -L 18mm -R 18mm \
  --title "Determinazione n. 623 del 15/12/2027" \
  "$SRC/fontanellato_determinazione.html" "$OUT/determinazione-fontanellato-atlante.pdf" 2>/dev/null
python3 "$SRC/fontanellato_convocazione.py" "$OUT/convocazione-fontanellato-atlante.pdf"

python3 "$SRC/keys_make.py"
