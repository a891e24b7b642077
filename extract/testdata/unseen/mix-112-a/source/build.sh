#!/bin/sh
# Rebuilds the 12 PDFs of set mix-112-a into the set folder (the parent of
# this source/ folder), then writes keys.json. No test runs this script.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, pdflatex, groff, enscript, ghostscript, poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
cd "$SET"

# --- Comune di Chiari (house style "sicraweb") ---
python3 "$SRC/deliberazione_chiari.py" deliberazione-chiari-sicraweb.pdf
CHR="$TMP/chromium"; mkdir -p "$CHR"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR" --no-pdf-header-footer \
  --print-to-pdf="$SET/determinazione-chiari-sicraweb.pdf" "$SRC/determinazione-chiari.html" 2>/dev/null
python3 "$SRC/ordinanza_chiari.py" "$TMP/ordinanza-chiari-sicraweb.docx" "$TMP"
soffice --headless -env:UserInstallation=file://"$TMP"/lo --convert-to pdf --outdir "$TMP" \
  "$TMP/ordinanza-chiari-sicraweb.docx" >/dev/null 2>&1
cp "$TMP/ordinanza-chiari-sicraweb.pdf" .
python3 "$SRC/certificato_chiari.py" certificato-chiari-sicraweb.pdf

# --- Comune di San Severino Marche (house style "halley") ---
mkdir -p "$TMP/tex"
cp "$SRC/deliberazione-sanseverinomarche.tex" "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode deliberazione-sanseverinomarche.tex >/dev/null \
  && pdflatex -interaction=nonstopmode deliberazione-sanseverinomarche.tex >/dev/null)
cp "$TMP/tex/deliberazione-sanseverinomarche.pdf" deliberazione-sanseverinomarche-halley.pdf
python3 "$SRC/determinazione_sanseverinomarche.py" determinazione-sanseverinomarche-halley.pdf
python3 "$SRC/decreto_sanseverinomarche.py" decreto-sanseverinomarche-halley.pdf
wkhtmltopdf -q -s A4 -T 16mm -B 18mm -L 16mm -R 16mm --disable-smart-shrinking --zoom 1.22 \
  --title "Convocazione Consiglio Comunale 22-12-2026" \
  "$SRC/convocazione-sanseverinomarche.html" convocazione-sanseverinomarche-halley.pdf 2>/dev/null

# --- Comune di San Pietro Vernotico (house style "hypersic") ---
python3 "$SRC/deliberazione_sanpietrovernotico.py" "$TMP/delibera.tr"
groff -k -Tps -P-pa4 "$TMP/delibera.tr" > "$TMP/delibera.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/delibera.ps" deliberazione-sanpietrovernotico-hypersic.pdf
python3 "$SRC/determinazione_sanpietrovernotico.py" "$TMP/determina.txt"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold8 --margins=54:40:30:40 \
  -b 'COMUNE DI SAN PIETRO VERNOTICO||DETERMINA R.G. N. 734 DEL 17/12/2026 - PAG. $%/$=' \
  -t "Determinazione 734/2026" -o "$TMP/determina.ps" "$TMP/determina.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/determina.ps" determinazione-sanpietrovernotico-hypersic.pdf
mkdir -p "$TMP/chromium2"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chromium2" --no-pdf-header-footer \
  --print-to-pdf="$SET/avviso-sanpietrovernotico-hypersic.pdf" "$SRC/avviso-sanpietrovernotico.html" 2>/dev/null
python3 "$SRC/ordinanza_sanpietrovernotico.py" ordinanza-sanpietrovernotico-hypersic.pdf

python3 "$SRC/keys_make.py"
