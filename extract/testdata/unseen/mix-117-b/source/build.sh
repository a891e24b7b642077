#!/bin/sh
# Rebuilds the twelve PDFs of set mix-117-b from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, wkhtmltopdf,
# LibreOffice, pdflatex, groff, enscript, ghostscript (ps2pdf).
# Usage: sh source/build.sh   (from the set folder or anywhere)
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

chromium_pdf() { # html out
    prof=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --user-data-dir="$prof" \
        --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null
    rm -rf "$prof"
}

# --- Città Metropolitana di Cagliari (Cityware) ----------------------------
chromium_pdf "$SRC/a1_determinazione_cmcagliari.html" "$OUT/determinazione-cmcagliari-cityware.pdf"
# this wkhtmltopdf (unpatched Qt) ignores --zoom; the page sets html { zoom } itself
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 20mm -R 18mm --encoding utf-8 \
    --title "Determinazione R.G. 1207/2027" \
    "$SRC/a2_determinazione_cmcagliari_ambiente.html" "$OUT/determinazione-cmcagliari-cityware-ambiente.pdf" 2>/dev/null
python3 "$SRC/a3_ordinanza_cmcagliari.py" "$OUT/ordinanza-cmcagliari-cityware.pdf"
python3 "$SRC/a4_decreto_cmcagliari_docx.py" "$TMP/decreto-cmcagliari-cityware.docx"
LOPROF=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$LOPROF --convert-to pdf --outdir "$TMP" \
    "$TMP/decreto-cmcagliari-cityware.docx" >/dev/null 2>&1
rm -rf "$LOPROF"
cp "$TMP/decreto-cmcagliari-cityware.pdf" "$OUT/"

# --- Provincia di Padova (Sfera) -------------------------------------------
mkdir -p "$TMP/tex"
cp "$SRC/b1_decreto_provinciapadova.tex" "$TMP/tex/d.tex"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode d.tex >/dev/null && pdflatex -interaction=nonstopmode d.tex >/dev/null)
cp "$TMP/tex/d.pdf" "$OUT/decreto-provinciapadova-sfera.pdf"
groff -Kutf8 -Tps "$SRC/b2_determinazione_provinciapadova.tr" > "$TMP/b2.ps"
ps2pdf -sPAPERSIZE=a4 -dPDFSETTINGS=/prepress "$TMP/b2.ps" "$OUT/determinazione-provinciapadova-sfera.pdf"
python3 "$SRC/b3_ordinanza_provinciapadova.py" "$OUT/ordinanza-provinciapadova-sfera.pdf" >/dev/null
python3 "$SRC/b4_determinazione_provinciapadova_fpdf.py" "$OUT/determinazione-provinciapadova-sfera-scuole.pdf"

# --- ASL CN1 (AREAS) -------------------------------------------------------
python3 "$SRC/c1_deliberazione_aslcn1.py" "$OUT/deliberazione-aslcn1-areas.pdf"
python3 "$SRC/c2_determinazione_aslcn1_report.py" "$TMP/c2.txt"
enscript -q -B -X latin1 -f Courier@9.6/11.4 -M A4 --margins=56:40:40:36 \
    -t "DETERMINAZIONE 0788/2027" -o "$TMP/c2.ps" "$TMP/c2.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c2.ps" "$OUT/determinazione-aslcn1-areas.pdf"
python3 "$SRC/c3_decreto_aslcn1_modulo.py" "$OUT/decreto-aslcn1-areas.pdf"
chromium_pdf "$SRC/c4_determinazione_aslcn1_acquisti.html" "$OUT/determinazione-aslcn1-areas-acquisti.pdf"

# --- keys --------------------------------------------------------------------
python3 "$SRC/keys_make.py" "$OUT"
