#!/bin/sh
# Rebuilds the twelve PDFs of set mix-131-c from the scripts in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium, wkhtmltopdf,
# LibreOffice, pdflatex (lmodern, fancyhdr, tikz, enumitem), groff-base, enscript, ghostscript.
# No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SRC"

chrome() {  # chrome IN.html OUT.pdf
    chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" \
        --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null
}
lo() {  # lo IN.docx OUT.pdf
    soffice --headless -env:UserInstallation=file://"$T/lo" --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
    cp "$T/$(basename "${1%.docx}").pdf" "$2"
}

# --- Comune di Piancastagnaio ("Civilia Next")
python3 html_p.py 84 "$T/p84.html"
chrome "$T/p84.html" "$OUT/deliberazione-piancastagnaio-civilianext-84.pdf"
python3 html_p.py 87 "$T/p87.html"
wkhtmltopdf -q -s A4 -T 20mm -B 20mm -L 20mm -R 18mm --encoding utf-8 \
    "$T/p87.html" "$OUT/deliberazione-piancastagnaio-civilianext-87.pdf" 2>/dev/null
python3 docx_p.py "$T/determinazione-piancastagnaio-civilianext-412.docx" "$T/crest.png"
lo "$T/determinazione-piancastagnaio-civilianext-412.docx" "$OUT/determinazione-piancastagnaio-civilianext-412.pdf"
python3 rl_p.py "$OUT/determinazione-piancastagnaio-civilianext-427.pdf"

# --- Comune di San Pancrazio Salentino ("Halley")
python3 rl_s_glyphs.py "$OUT/deliberazione-sanpancraziosalentino-halley-112.pdf"
python3 tex_s.py "$T/s118.tex"
(cd "$T" && pdflatex -interaction=nonstopmode s118.tex >/dev/null 2>&1 || true;
 pdflatex -interaction=nonstopmode s118.tex >/dev/null 2>&1 || true)
cp "$T/s118.pdf" "$OUT/deliberazione-sanpancraziosalentino-halley-118.pdf"
python3 fpdf_s.py "$OUT/determinazione-sanpancraziosalentino-halley-356.pdf"
python3 raw_s.py "$OUT/determinazione-sanpancraziosalentino-halley-371.pdf"

# --- Comune di Roncegno Terme ("Ascot Web")
python3 troff_r.py "$T/r92.tr"
groff -k -Tps -P-pa4 "$T/r92.tr" > "$T/r92.ps"
ps2pdf -sPAPERSIZE=a4 "$T/r92.ps" "$OUT/deliberazione-roncegnoterme-ascotweb-92.pdf"
python3 docx_r.py "$T/deliberazione-roncegnoterme-ascotweb-95.docx"
lo "$T/deliberazione-roncegnoterme-ascotweb-95.docx" "$OUT/deliberazione-roncegnoterme-ascotweb-95.pdf"
python3 text_r.py "$T/r143.txt"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold9 --margins=56:40:30:30 \
    -b 'Comune di Roncegno Terme - Determinazione n. 143 di data 11.07.2028||Pag. $% di $=' \
    -p "$T/r143.ps" "$T/r143.txt"
ps2pdf -sPAPERSIZE=a4 "$T/r143.ps" "$OUT/determinazione-roncegnoterme-ascotweb-143.pdf"
python3 html_r.py "$T/r151.html"
chrome "$T/r151.html" "$OUT/determinazione-roncegnoterme-ascotweb-151.pdf"

python3 keys_make.py
