#!/bin/sh
# Rebuilds the 12 PDFs of set mix-122-c from the sources in this folder, then the keys.
# Needs: chromium, pdflatex (lmodern, babel-italian, tikz, fancyhdr, lastpage, enumitem),
# python3 with reportlab, fpdf2, python-docx, Pillow, pikepdf; LibreOffice (soffice), wkhtmltopdf,
# enscript, groff (groff-base), ghostscript (ps2pdf), iconv, poppler-utils (pdftotext).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
LOPROFILE=$(mktemp -d)
trap 'rm -rf "$TMP" "$LOPROFILE"' EXIT INT TERM

chrome() { # html pdf
  prof=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$prof" --no-pdf-header-footer \
    --print-to-pdf="$2" "$1" 2>/dev/null
  rm -rf "$prof"
}
lo() { # file outdir
  soffice --headless -env:UserInstallation=file://"$LOPROFILE" --convert-to pdf --outdir "$2" "$1" >/dev/null 2>&1
}

# --- Comune di Toro (Molise), Studio K house style ---
chrome "$SRC/giunta-toro-94.html" "$OUT/giunta-toro-studiok-94.pdf"

cp "$SRC/giunta-toro-97.tex" "$TMP/"
( cd "$TMP" && pdflatex -interaction=nonstopmode giunta-toro-97.tex >/dev/null \
            && pdflatex -interaction=nonstopmode giunta-toro-97.tex >/dev/null )
cp "$TMP/giunta-toro-97.pdf" "$OUT/giunta-toro-studiok-97.pdf"

python3 "$SRC/consiglio_toro_31.py" "$TMP/consiglio-toro-31.docx"
lo "$TMP/consiglio-toro-31.docx" "$TMP"
cp "$TMP/consiglio-toro-31.pdf" "$OUT/consiglio-toro-studiok-31.pdf"

python3 "$SRC/consiglio_toro_32.py" "$OUT/consiglio-toro-studiok-32.pdf"

# --- Comune di Anzi (Basilicata), Halley house style ---
python3 "$SRC/giunta_anzi_112.py" "$OUT/giunta-anzi-halley-112.pdf"

iconv -f utf-8 -t latin1 "$SRC/giunta-anzi-115.txt" > "$TMP/a115.txt"
enscript -q -X latin1 -f Courier10 -F Courier-Bold9 --margins=54:40:28:28 \
  --header='COMUNE DI ANZI - DELIBERA G.C. N. 115 DEL 14/10/2027||Pag. $% di $=' \
  -t "Delibera GC 115/2027" -o "$TMP/a115.ps" "$TMP/a115.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/a115.ps" "$OUT/giunta-anzi-halley-115.pdf"

wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 18mm -L 20mm -R 18mm \
  --title "Delibera C.C. n. 24 del 21/10/2027" "$SRC/consiglio-anzi-24.html" "$OUT/consiglio-anzi-halley-24.pdf" 2>/dev/null

python3 "$SRC/consiglio_anzi_25.py" "$OUT/consiglio-anzi-halley-25.pdf"

# --- Comune di Issogne (Valle d'Aosta), IN.VA house style ---
groff -k -Tps -P-pa4 "$SRC/giunta-issogne-68.tr" > "$TMP/i68.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/i68.ps" "$OUT/giunta-issogne-inva-68.pdf"

python3 "$SRC/giunta_issogne_71.py" "$OUT/giunta-issogne-inva-71.pdf"

cp "$SRC/consiglio-issogne-29.fodt" "$TMP/"
lo "$TMP/consiglio-issogne-29.fodt" "$TMP"
cp "$TMP/consiglio-issogne-29.pdf" "$OUT/consiglio-issogne-inva-29.pdf"

chrome "$SRC/consiglio-issogne-30.html" "$OUT/consiglio-issogne-inva-30.pdf"

python3 "$SRC/keys_make.py"
