#!/bin/sh
# Rebuilds the 12 PDFs of set mix-92-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2 >= 2.7, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-92c --headless"
cp "$SRC/d01_pontida.html" "$T/avviso-pontida-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-pontida-writer.html" --outdir "$OUT"
python3 "$SRC/d02_concesio.py" "$T/bando-concesio-word.docx"
$LO --convert-to pdf "$T/bando-concesio-word.docx" --outdir "$OUT"
cp "$SRC/d03_goito.tex" "$T/avviso-goito-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-goito-latex.tex >/dev/null)
mv "$T/avviso-goito-latex.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d04_arcisate.html" "$OUT/esito-arcisate-wkhtml.pdf"
python3 "$SRC/d05_olgiate.py" "$T/graduatoria-olgiatecomasco-calc.xlsx"
$LO --convert-to pdf "$T/graduatoria-olgiatecomasco-calc.xlsx" --outdir "$OUT"
python3 "$SRC/d06_alzano.py" "$OUT/avviso-alzanolombardo-kibernetes.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-92c --no-pdf-header-footer --print-to-pdf="$OUT/avviso-cumiana-chromium.pdf" "$SRC/d07_cumiana.html" 2>/dev/null
groff -k -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/d08_noviligure.ms" > "$OUT/avviso-noviligure-groff.pdf"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d09.ps" "$SRC/d09_candelo.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/graduatoria-candelo-halley.pdf"
python3 "$SRC/d10_valperga.py" "$OUT/avviso-valperga-fpdf.pdf"
python3 "$SRC/d11_gozzano.py" "$OUT/esito-gozzano-apkappa.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-92c --no-pdf-header-footer --print-to-pdf="$OUT/bando-sandamianodasti-chromium.pdf" "$SRC/d12_sandamiano.html" 2>/dev/null
rm -rf "$T"
