#!/bin/bash
# Rebuilds the 12 PDFs of mix-135-a from the sources beside this script.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, LibreOffice,
# wkhtmltopdf, groff + ghostscript (ps2pdf), enscript, pdflatex.
# No test runs it.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
LOPROFILE="file:///tmp/lo-mix-135-a"

chromium_pdf() {  # html out
  local prof; prof="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$prof" \
    --no-pdf-header-footer --print-to-pdf="$2" "$1" >/dev/null 2>&1
  rm -rf "$prof"
}
soffice_pdf() {  # input outdir
  soffice --headless -env:UserInstallation="$LOPROFILE" --convert-to pdf --outdir "$2" "$1" >/dev/null 2>&1
}

# --- Vecchiano (Toscana), Civilia Next house style ---------------------------
python3 "$SRC/deliberazione_vecchiano.py" "$OUT/deliberazione-vecchiano-civilia.pdf"          # ReportLab platypus
chromium_pdf "$SRC/determinazione-vecchiano.html" "$OUT/determinazione-vecchiano-civilia.pdf"  # Chromium
python3 "$SRC/ordinanza_vecchiano_docx.py" "$TMP/ordinanza-vecchiano-civilia.docx"           # python-docx ->
soffice_pdf "$TMP/ordinanza-vecchiano-civilia.docx" "$TMP"                                   #   LibreOffice
cp "$TMP/ordinanza-vecchiano-civilia.pdf" "$OUT/"
python3 "$SRC/certificato_vecchiano.py" "$OUT/certificato-vecchiano-civilia.pdf"             # fpdf2

# --- Campolieto (Molise), Halley house style ----------------------------------
mkdir -p "$TMP/tex"
cp "$SRC/deliberazione-campolieto.tex" "$TMP/tex/"
( cd "$TMP/tex" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-campolieto.tex >/dev/null; done )
cp "$TMP/tex/deliberazione-campolieto.pdf" "$OUT/deliberazione-campolieto-halley.pdf"         # pdfTeX
python3 "$SRC/determinazione_campolieto_txt.py" "$TMP/det.txt"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold10 --margins=60:40:30:40 \
  -b 'COMUNE DI CAMPOLIETO - DETERMINAZIONE R.G. N. 214 DEL 22/11/2028||Pag. $% di $=' \
  -t "Determinazione R.G. 214/2028" -p "$TMP/det.ps" "$TMP/det.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/det.ps" "$OUT/determinazione-campolieto-halley.pdf"              # enscript + ps2pdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 14mm -R 14mm --disable-smart-shrinking --zoom 1.3 \
  --title "Avviso pubblico" "$SRC/avviso-campolieto.html" "$OUT/avviso-campolieto-halley.pdf" 2>/dev/null  # wkhtmltopdf
groff -Tps -P-pa4 "$SRC/convocazione-campolieto.tr" > "$TMP/conv.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/conv.ps" "$OUT/convocazione-campolieto-halley.pdf"               # groff + ps2pdf

# --- Pagnacco (Friuli-Venezia Giulia), Insiel house style -----------------------
python3 "$SRC/deliberazione_pagnacco_pikepdf.py" "$OUT/deliberazione-pagnacco-insiel.pdf"    # pikepdf, hand-written streams
python3 "$SRC/determinazione_pagnacco.py" "$OUT/determinazione-pagnacco-insiel.pdf"          # ReportLab canvas, Tw/Tc
cp "$SRC/decreto-pagnacco.fodt" "$TMP/decreto-pagnacco-insiel.fodt"
soffice_pdf "$TMP/decreto-pagnacco-insiel.fodt" "$TMP"                                       # flat ODT -> LibreOffice
cp "$TMP/decreto-pagnacco-insiel.pdf" "$OUT/"
chromium_pdf "$SRC/ordinanza-pagnacco.html" "$OUT/ordinanza-pagnacco-insiel.pdf"             # Chromium

ls -l "$OUT"/*.pdf
