#!/bin/sh
# Rebuilds the twelve PDFs of set mix-126-c from the scripts in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, groff, enscript, a2ps, ghostscript (ps2pdf),
# pdflatex. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
GEN="$SRC/generated"
mkdir -p "$GEN"
cd "$SRC"

# --- Comune di Samarate (civilianext) --------------------------------------
python3 sam_reportlab.py "$OUT"                                   # n. 4  ReportLab platypus
python3 sam_html.py "$GEN/deliberazione-samarate-civilianext-5.html"   # n. 5  Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chromium" \
  --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-samarate-civilianext-5.pdf" \
  "file://$GEN/deliberazione-samarate-civilianext-5.html" 2>/dev/null
python3 sam_docx.py "$GEN/deliberazione-samarate-civilianext-8.docx" "$TMP"   # n. 8  Writer
( cd "$TMP" && soffice --headless -env:UserInstallation=file:///tmp/lo-mix-126-c \
    --convert-to pdf --outdir "$TMP" "$GEN/deliberazione-samarate-civilianext-8.docx" >/dev/null 2>&1 )
cp "$TMP/deliberazione-samarate-civilianext-8.pdf" "$OUT/"
python3 sam_raw.py "$OUT"                                         # n. 9  hand-written streams

# --- Comune di Spezzano della Sila (halley, 80 columns) --------------------
python3 spezzano.py "$OUT" "$TMP"                                 # n. 2 enscript, 3 groff, 6 a2ps, 7 fpdf2
cp "$TMP"/P2.txt "$GEN/deliberazione-spezzanodellasila-halley-2.txt"
cp "$TMP"/P3.tr "$GEN/deliberazione-spezzanodellasila-halley-3.tr"
cp "$TMP"/P6.txt "$GEN/deliberazione-spezzanodellasila-halley-6.txt"
cp "$TMP"/P7.txt "$GEN/deliberazione-spezzanodellasila-halley-7.txt"

# --- Comune di Borgio Verezzi (sicraweb) ------------------------------------
python3 bor_latex.py "$GEN/deliberazione-borgioverezzi-sicraweb-3.tex"   # n. 3 pdfLaTeX
cp "$GEN/deliberazione-borgioverezzi-sicraweb-3.tex" "$TMP/"
( cd "$TMP" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-borgioverezzi-sicraweb-3.tex >/dev/null; done )
cp "$TMP/deliberazione-borgioverezzi-sicraweb-3.pdf" "$OUT/"
python3 bor_html.py "$GEN/deliberazione-borgioverezzi-sicraweb-4.html"   # n. 4 wkhtmltopdf
wkhtmltopdf -q --page-size A4 -T 0 -B 0 -L 0 -R 0 --title "Delibera C.C. n. 4/2028" \
  "$GEN/deliberazione-borgioverezzi-sicraweb-4.html" "$OUT/deliberazione-borgioverezzi-sicraweb-4.pdf" 2>/dev/null
python3 bor_fpdf.py "$OUT"                                        # n. 6 fpdf2
python3 bor_canvas.py "$OUT"                                      # n. 7 ReportLab canvas + pikepdf stamp

python3 keys_make.py
