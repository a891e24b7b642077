#!/bin/sh
# Rebuild the twelve PDFs of set mix-133-b into the set folder (the parent of
# this source/ folder).  Intermediate files go to a mktemp directory; a copy
# of the generated HTML, .docx, .tex, troff and text sources is kept in
# source/generated/ as the record of what was printed.  No test runs this.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
GEN="$SRC/generated"
mkdir -p "$GEN"

# --- Carpenedolo (house style "civilianext") --------------------------------
# A1, A2: ReportLab
python3 "$SRC/rl_carpenedolo.py" "$OUT"
# A3: Chromium; A4: wkhtmltopdf (same template, flowed for the older engine)
python3 "$SRC/html_carpenedolo.py" "$T"
PROFILE=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-carpenedolo-civilianext-trasporto.pdf" "file://$T/A3.html" 2>/dev/null
rm -rf "$PROFILE"
wkhtmltopdf -q -s A4 -T 14mm -B 16mm -L 18mm -R 16mm --encoding utf-8 "$T/A4.html" \
  "$OUT/determinazione-carpenedolo-civilianext-personale.pdf" 2>/dev/null
cp "$T/A3.html" "$T/A4.html" "$GEN/"

# --- Paceco (house style "halley") ------------------------------------------
# B1, B2: python-docx, exported by LibreOffice Writer
python3 "$SRC/docx_paceco.py" "$T"
(cd "$T" && soffice --headless -env:UserInstallation=file:///tmp/lo-mix-133-b \
   --convert-to pdf B1.docx B2.docx >/dev/null 2>&1)
cp "$T/B1.pdf" "$OUT/determinazione-paceco-halley-strade.pdf"
cp "$T/B2.pdf" "$OUT/determinazione-paceco-halley-libri.pdf"
cp "$T/B1.docx" "$T/B2.docx" "$GEN/"
# B3: fpdf2, glyphs placed one by one
python3 "$SRC/fpdf_paceco.py" "$OUT"
# B4: pdfLaTeX
python3 "$SRC/tex_paceco.py" "$T"
(cd "$T" && pdflatex -interaction=nonstopmode B4.tex >/dev/null && pdflatex -interaction=nonstopmode B4.tex >/dev/null)
cp "$T/B4.pdf" "$OUT/determinazione-paceco-halley-rifiuti.pdf"
cp "$T/B4.tex" "$GEN/"

# --- Palombara Sabina (house style "saga", 80-column Courier) ---------------
python3 "$SRC/pal_report.py" "$T"
# C1: enscript, running head with the number
enscript -q -X latin1 -M A4 -f Courier10 -L 70 --margins=54:40:30:40 \
  -b 'COMUNE DI PALOMBARA SABINA - DETERMINAZIONE REG. GEN. N. 733 DEL 05/09/2028||PAG. $% DI $=' \
  -o "$T/C1.ps" "$T/C1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/C1.ps" "$OUT/determinazione-palombarasabina-saga-tari.pdf"
# C2: a2ps, its own titles and foots
a2ps -q -1 -R --medium=A4 -X latin1 --chars-per-line=80 --borders=no --pretty-print=plain \
  --header='COMUNE DI PALOMBARA SABINA' --center-title='DETERMINAZIONE REG. GEN. N. 751 DEL 12/09/2028' \
  --left-title='' --right-title='PAG. %p./%p#' --left-footer='PROCEDURA ATTI' --footer='' \
  --right-footer='AREA III N. 118' -o "$T/C2.ps" "$T/C2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/C2.ps" "$OUT/determinazione-palombarasabina-saga-scuola.pdf"
# C3: groff (troff) to PostScript
groff -Tps -P-pa4 "$T/C3.tr" > "$T/C3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/C3.ps" "$OUT/determinazione-palombarasabina-saga-segnaletica.pdf"
# C4: form printed by enscript, filled by a ReportLab overlay merged with pikepdf
enscript -q -B -X latin1 -M A4 -f Courier10 -L 64 --margins=54:40:30:40 -o "$T/C4.ps" "$T/C4-form.txt"
ps2pdf -sPAPERSIZE=a4 "$T/C4.ps" "$T/C4-form.pdf"
python3 "$SRC/fill_form.py" "$T/C4-form.pdf" "$T/C4-fill.json" "$OUT/determinazione-palombarasabina-saga-cie.pdf"
cp "$T/C1.txt" "$T/C2.txt" "$T/C3.tr" "$T/C4-form.txt" "$T/C4-fill.json" "$GEN/"

ls -l "$OUT"/*.pdf
