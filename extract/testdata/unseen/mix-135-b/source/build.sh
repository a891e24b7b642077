#!/bin/sh
# Rebuilds the twelve PDFs of set mix-135-b from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice,
# chromium, wkhtmltopdf, pdflatex, groff, enscript, a2ps, ghostscript (ps2pdf).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
LO=$(mktemp -d)
trap 'rm -rf "$T" "$LO"' EXIT
cd "$OUT"

# --- Monteforte Irpino (Halley) ---
python3 "$SRC/g142_monteforte_docx.py" "$T/giunta142-monteforteirpino-halley.docx"
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$OUT" \
    "$T/giunta142-monteforteirpino-halley.docx" >/dev/null
python3 "$SRC/g147_monteforte_reportlab.py" giunta147-monteforteirpino-halley.pdf
U=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
    --print-to-pdf="$OUT/consiglio41-monteforteirpino-halley.pdf" \
    "file://$SRC/consiglio41-monteforteirpino-halley.html" 2>/dev/null
rm -rf "$U"
cp "$SRC/consiglio42-monteforteirpino-halley.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode consiglio42-monteforteirpino-halley.tex >/dev/null \
         && pdflatex -interaction=nonstopmode consiglio42-monteforteirpino-halley.tex >/dev/null)
cp "$T/consiglio42-monteforteirpino-halley.pdf" "$OUT/"

# --- San Bartolomeo al Mare (Sicraweb) ---
wkhtmltopdf -q --page-size A4 -T 16mm -B 18mm -L 18mm -R 16mm --encoding utf-8 \
    "$SRC/giunta88-sanbartolomeoalmare-sicraweb.html" giunta88-sanbartolomeoalmare-sicraweb.pdf 2>/dev/null
python3 "$SRC/g91_sanbartolomeo_fpdf.py" giunta91-sanbartolomeoalmare-sicraweb.pdf
python3 "$SRC/c27_sanbartolomeo_pikepdf.py" consiglio27-sanbartolomeoalmare-sicraweb.pdf
python3 "$SRC/c28_sanbartolomeo_fodt.py" "$T/consiglio28-sanbartolomeoalmare-sicraweb.fodt"
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$OUT" \
    "$T/consiglio28-sanbartolomeoalmare-sicraweb.fodt" >/dev/null

# --- San Giorgio Ionico (J-Serfin, 80-column reports) ---
python3 "$SRC/g201_sangiorgio_text.py" "$T/g201.txt"
enscript -q -B -X latin1 -f Courier10 --margins=46:30:28:28 -M A4 -p "$T/g201.ps" "$T/g201.txt"
ps2pdf -sPAPERSIZE=a4 "$T/g201.ps" giunta201-sangiorgioionico-jserfin.pdf
python3 "$SRC/g204_sangiorgio_troff.py" "$T/g204.tr"
groff -Tps -P-pa4 "$T/g204.tr" > "$T/g204.ps"
ps2pdf -sPAPERSIZE=a4 "$T/g204.ps" giunta204-sangiorgioionico-jserfin.pdf
python3 "$SRC/c52_sangiorgio_reportlab.py" consiglio52-sangiorgioionico-jserfin.pdf
python3 "$SRC/c53_sangiorgio_text.py" "$T/c53.txt"
a2ps -q -1 -R -B --borders=no --chars-per-line=81 -M A4 -X latin1 -o "$T/c53.ps" "$T/c53.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c53.ps" consiglio53-sangiorgioionico-jserfin.pdf

python3 "$SRC/keys_make.py"
