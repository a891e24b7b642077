#!/bin/sh
# Rebuild the twelve PDFs of set mix-109-a into the folder above this one,
# then write and check keys.json. No test runs this script.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice, chromium,
# wkhtmltopdf, pdflatex, groff, enscript, ghostscript (ps2pdf), poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Tione di Trento ("PiTre") ---
python3 "$SRC/tione_delibera_docx.py" "$TMP/deliberazione-tioneditrento-pitre.docx"
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir "$TMP" \
    "$TMP/deliberazione-tioneditrento-pitre.docx" >/dev/null 2>&1
cp "$TMP/deliberazione-tioneditrento-pitre.pdf" "$OUT/"
python3 "$SRC/tione_determinazione_rl.py" "$OUT/determinazione-tioneditrento-pitre.pdf"
mkdir -p "$TMP/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chrome" --no-pdf-header-footer \
    --print-to-pdf="$OUT/decreto-tioneditrento-pitre.pdf" "file://$SRC/decreto-tioneditrento-pitre.html" 2>/dev/null
python3 "$SRC/tione_attestazione_fpdf.py" "$OUT/attestazione-tioneditrento-pitre.pdf"

# --- Busso ("Halley") ---
cp "$SRC/deliberazione-busso-halley.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode deliberazione-busso-halley.tex >/dev/null \
    && pdflatex -interaction=nonstopmode deliberazione-busso-halley.tex >/dev/null)
cp "$TMP/deliberazione-busso-halley.pdf" "$OUT/"
python3 "$SRC/busso_determinazione_txt.py" "$TMP/det.txt"
enscript -q -B -M A4 -f Courier10 -L 62 --margins=62:40:36:30 -t "Determinazione R.G. 187/2026" \
    -p "$TMP/det.ps" "$TMP/det.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/det.ps" "$OUT/determinazione-busso-halley.pdf"
groff -k -Tps -dpaper=a4 -P-pa4 "$SRC/convocazione-busso-halley.tr" > "$TMP/conv.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/conv.ps" "$OUT/convocazione-busso-halley.pdf"
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 20mm --title "Avviso pubblico - libri di testo 2026/2027" \
    "$SRC/avviso-busso-halley.html" "$OUT/avviso-busso-halley.pdf" 2>/dev/null

# --- Falerna ("Asmenet") ---
(cd "$SRC" && python3 falerna_giunta_raw.py "$OUT/deliberazione-falerna-asmenet.pdf" \
    && python3 falerna_attestazione_raw.py "$OUT/attestazione-falerna-asmenet.pdf")
python3 "$SRC/falerna_determinazione_fpdf.py" "$OUT/determinazione-falerna-asmenet.pdf"
python3 "$SRC/falerna_ordinanza_rl.py" "$OUT/ordinanza-falerna-asmenet.pdf"

# --- keys ---
python3 "$SRC/keys_make.py" "$OUT"
