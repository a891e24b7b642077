#!/bin/bash
# Rebuilds the 12 PDFs of mix-128-b from the sources in this folder, then
# writes and checks keys.json. No test runs it.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, groff, enscript, a2ps, ghostscript, poppler-utils.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
T="$(mktemp -d)"
LO="$(mktemp -d)"
trap 'rm -rf "$T" "$LO"' EXIT

chrome() {  # html pdf
  local u; u="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$u" --no-pdf-header-footer \
    --print-to-pdf="$2" "$1" 2>/dev/null
  rm -rf "$u"
}
lo() {  # file  (exports to $T)
  soffice --headless -env:UserInstallation="file://$LO" --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
}

# --- Castello d'Argile (house style "civilia") ------------------------------
chrome "$SRC/avviso-castellodargile.html" "$OUT/avviso-castellodargile-civilia.pdf"
python3 "$SRC/bando_castellodargile_docx.py" "$T/bando-castellodargile-civilia.docx"
lo "$T/bando-castellodargile-civilia.docx"
cp "$T/bando-castellodargile-civilia.pdf" "$OUT/"
python3 "$SRC/esito_castellodargile_rl.py" "$OUT/esito-castellodargile-civilia.pdf"
python3 "$SRC/graduatoria_castellodargile_fpdf.py" "$OUT/graduatoria-castellodargile-civilia.pdf"

# --- Fagnano Castello (house style "halley") ---------------------------------
iconv -f utf-8 -t latin1 "$SRC/avviso-fagnanocastello.txt" > "$T/avviso.txt"
enscript -q -B -X latin1 -f Courier10 --margins=56:40:40:40 -t "Avviso servizio civico 2028" \
  -o "$T/avviso.ps" "$T/avviso.txt"
ps2pdf -sPAPERSIZE=a4 "$T/avviso.ps" "$OUT/avviso-fagnanocastello-halley.pdf"

groff -k -t -Tps -dpaper=a4 -P-pa4 "$SRC/bando-fagnanocastello.tr" > "$T/bando.ps"
ps2pdf -sPAPERSIZE=a4 "$T/bando.ps" "$OUT/bando-fagnanocastello-halley.pdf"

iconv -f utf-8 -t latin1 "$SRC/esito-fagnanocastello.txt" > "$T/esito.txt"
a2ps -q -1 --portrait -B --borders=no -l 80 --encoding=latin1 -M A4 -o "$T/esito.ps" "$T/esito.txt"
ps2pdf -sPAPERSIZE=a4 "$T/esito.ps" "$OUT/esito-fagnanocastello-halley.pdf"

python3 "$SRC/graduatoria_fagnanocastello_form.py" "$OUT/graduatoria-fagnanocastello-halley.pdf"

# --- Fabrica di Roma (house style "sicraweb") --------------------------------
wkhtmltopdf -q --page-size A4 -T 14mm -B 12mm -L 16mm -R 16mm --zoom 1.25 \
  --title "Determinazione n. 211 del 20/04/2028" \
  "$SRC/determinazione-fabricadiroma.html" "$OUT/determinazione-fabricadiroma-sicraweb.pdf" 2>/dev/null
python3 "$SRC/avviso_fabricadiroma_raw.py" "$OUT/avviso-fabricadiroma-sicraweb.pdf"
python3 "$SRC/bando_fabricadiroma_fodt.py" "$T/bando-fabricadiroma-sicraweb.fodt"
lo "$T/bando-fabricadiroma-sicraweb.fodt"
cp "$T/bando-fabricadiroma-sicraweb.pdf" "$OUT/"
chrome "$SRC/esito-fabricadiroma.html" "$OUT/esito-fabricadiroma-sicraweb.pdf"

python3 "$SRC/keys_make.py"
