#!/bin/sh
# Rebuilds the 12 PDFs of set mix-88-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, pdflatex (lmodern, microtype, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/b88c.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-88c --headless"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_casteldelgiudice.html" --outdir "$T"
mv "$T/d01_casteldelgiudice.pdf" "$OUT/deliberazione-casteldelgiudice-writer.pdf"
python3 "$SRC/d02_belmonte.py" "$OUT/deliberazione-belmontedelsannio-reportlab.pdf"
python3 "$SRC/d03_torella.py" "$OUT/deliberazione-torelladelsannio-halley.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-88c --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-concacasale-chromium.pdf" "file://$SRC/d04_concacasale.html" 2>/dev/null
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d05_villettabarrea.html" "$OUT/deliberazione-villettabarrea-wkhtml.pdf"
cp "$SRC/d06_calascio.tex" "$T/d06.tex"; (cd "$T" && pdflatex -interaction=nonstopmode d06.tex >/dev/null && pdflatex -interaction=nonstopmode d06.tex >/dev/null)
mv "$T/d06.pdf" "$OUT/deliberazione-calascio-latex.pdf"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_roccacasale.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/deliberazione-roccacasale-enscript.pdf"
groff -ms -Kutf8 -Tps -P-pa4 "$SRC/d08_bugnara.ms" > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/attestazione-bugnara-groff.pdf"
python3 "$SRC/d09_pescorocchiano.py" "$OUT/convocazione-pescorocchiano-kibernetes.pdf"
python3 "$SRC/d10_castelditora.py" "$T/determinazione-castelditora-word.docx"
$LO --convert-to pdf "$T/determinazione-castelditora-word.docx" --outdir "$OUT"
python3 "$SRC/d11_ascrea.py" "$T/allegato-ascrea-calc.xlsx"
$LO --convert-to pdf "$T/allegato-ascrea-calc.xlsx" --outdir "$OUT"
python3 "$SRC/d12_varcosabino.py" "$OUT/ordinanza-varcosabino-sicraweb.pdf"
rm -rf "$T"
