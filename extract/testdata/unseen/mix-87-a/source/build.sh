#!/bin/sh
# Rebuilds the 12 PDFs of set mix-87-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); LO="-env:UserInstallation=file://${LO_PROFILE:-/tmp/lo-87a}"; CHR=${CHR_PROFILE:-/tmp/chr-87a}
# --- Comune di Villar Focchiardo (TO), house style "Halley" ---
python3 "$SRC/d01_villar.py" "$OUT/deliberazione-villarfocchiardo-halley.pdf"
enscript -B -f Courier9.5 -M A4 --margins=50:40:40:40 -X latin1 -o "$T/d02.ps" "$SRC/d02_villar.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d02.ps" "$OUT/determinazione-villarfocchiardo-halley.pdf"
python3 "$SRC/d03_villar.py" "$OUT/ordinanza-villarfocchiardo-halley.pdf"
groff -ms -Kutf8 -Tpdf -P-pa4 "$SRC/d04_villar.ms" > "$OUT/certificato-villarfocchiardo-halley.pdf"
# --- Comune di Pontboset (AO), bilingual house style ---
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$CHR" --print-to-pdf="$OUT/deliberazione-pontboset-insiel.pdf" "file://$SRC/d05_pontboset.html" 2>/dev/null
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d06_pontboset.html" "$OUT/determinazione-pontboset-insiel.pdf"
python3 "$SRC/d07_pontboset.py" "$OUT/decreto-pontboset-insiel.pdf"
cp "$SRC/d08_pontboset.tex" "$T/avviso-pontboset-insiel.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-pontboset-insiel.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-pontboset-insiel.tex >/dev/null)
mv "$T/avviso-pontboset-insiel.pdf" "$OUT/"
# --- Comune di Grosotto (SO), house style "Sicraweb" ---
cp "$SRC/d09_grosotto.html" "$T/deliberazione-grosotto-sicraweb.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-grosotto-sicraweb.html" --outdir "$OUT" >/dev/null
python3 "$SRC/d10_grosotto.py" "$OUT/determinazione-grosotto-sicraweb.pdf"
python3 "$SRC/d11_grosotto.py" "$T/ordinanza-grosotto-sicraweb.docx"
soffice $LO --headless --convert-to pdf "$T/ordinanza-grosotto-sicraweb.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d12_grosotto.py" "$OUT/convocazione-grosotto-sicraweb.pdf"
rm -rf "$T"
