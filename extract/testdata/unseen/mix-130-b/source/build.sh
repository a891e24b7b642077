#!/bin/sh
# Rebuilds the 12 PDFs of mix-130-b into the set folder (or into $1),
# then writes and checks keys.json. No test runs this script.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium,
# soffice (LibreOffice), wkhtmltopdf, groff, enscript, a2ps, ghostscript
# (ps2pdf), pdflatex, pdftotext.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$(dirname "$SRC")}
TMP=$(mktemp -d)
LO=$(mktemp -d)
trap 'rm -rf "$TMP" "$LO"' EXIT
cd "$SRC"

# Santa Sofia (FC) - "ADS" house style
python3 s1_santasofia_cs_giunta.py "$OUT/deliberazione-santasofia-ads.pdf"
CH=$(mktemp -d "$TMP/chromium.XXXX")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH" --no-pdf-header-footer \
  --print-to-pdf="$OUT/consiglio-santasofia-ads.pdf" "file://$SRC/s2_santasofia_cs_consiglio.html" 2>/dev/null
python3 s3_santasofia_determinazione.py "$OUT/determinazione-santasofia-ads.pdf"
python3 s4_santasofia_ordinanza.py "$OUT/ordinanza-santasofia-ads.pdf"

# Macchia d'Isernia (IS) - "Halley" 80-column house style
python3 m1_macchia_giunta.py "$OUT/deliberazione-macchiadisernia-halley.pdf"
python3 m2_macchia_consiglio.py "$OUT/consiglio-macchiadisernia-halley.pdf"
python3 m3_macchia_decreto.py "$OUT/decreto-macchiadisernia-halley.pdf"
python3 m4_macchia_determinazione.py "$TMP/determinazione-macchiadisernia-halley.docx"

# Follo (SP) - "J-Iride" header-box house style
wkhtmltopdf -q --page-size A4 -T 16mm -B 16mm -L 18mm -R 18mm --encoding utf-8 \
  --title "Deliberazione del Consiglio Comunale n. 27 del 29/06/2028" \
  f1_follo_consiglio.html "$OUT/consiglio-follo-jiride.pdf" 2>/dev/null
TX=$(mktemp -d "$TMP/tex.XXXX")
cp f2_follo_giunta.tex "$TX/"
(cd "$TX" && pdflatex -interaction=nonstopmode f2_follo_giunta.tex >/dev/null \
          && pdflatex -interaction=nonstopmode f2_follo_giunta.tex >/dev/null)
cp "$TX/f2_follo_giunta.pdf" "$OUT/deliberazione-follo-jiride.pdf"
python3 f3_follo_determinazione.py "$TMP/determinazione-follo-jiride.docx"
python3 f4_follo_ordinanza.py "$OUT/ordinanza-follo-jiride.pdf"

# the two .docx through LibreOffice Writer
for d in determinazione-macchiadisernia-halley determinazione-follo-jiride; do
  soffice --headless -env:UserInstallation="file://$LO" --convert-to pdf --outdir "$TMP" "$TMP/$d.docx" >/dev/null 2>&1
  cp "$TMP/$d.pdf" "$OUT/$d.pdf"
done
rm -rf "$SRC/__pycache__"

if [ "$OUT" = "$(dirname "$SRC")" ]; then
  python3 keys_make.py
fi
