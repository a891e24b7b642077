#!/bin/sh
# Rebuilds the 12 PDFs and keys.json of set mix-52-a into the parent directory of this script.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow), LibreOffice, chromium, enscript, ghostscript, pdflatex (lmodern, enumitem, fancyhdr, lastpage).
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d "$O/tmp_build.XXXX")
cd "$O"
python3 "$S/d01_salorno.py" delibera-salorno-siag.pdf
python3 "$S/d02_sestocalende.py" "$T/sesto.txt"
enscript -q -B -r -M A4 -f Courier@8.3/10.6 -X latin1 -t "DELIBERA CC 14/2026" -p "$T/sesto.ps" "$T/sesto.txt"
ps2pdf -sPAPERSIZE=a4 "$T/sesto.ps" delibera-sestocalende-datagraph.pdf
python3 "$S/d03_parcoetna.py" "$T/work_etna.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/work_etna.docx" >/dev/null
mv "$T/work_etna.pdf" delibera-parcoetna-word.pdf
pdflatex -interaction=nonstopmode -output-directory="$T" "$S/d04_framura.tex" >/dev/null
pdflatex -interaction=nonstopmode -output-directory="$T" "$S/d04_framura.tex" >/dev/null
cp "$T/d04_framura.pdf" determina-framura-halley.pdf
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$O/determina-provinciaascolipiceno-sicraweb.pdf" "$S/d05_provinciaascolipiceno.html" 2>/dev/null
python3 "$S/d06_valenzano.py" "$T/work_valenzano.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/work_valenzano.docx" >/dev/null
mv "$T/work_valenzano.pdf" determina-valenzano-word.pdf
python3 "$S/d07_brissogne.py" ordinanza-brissogne-apkappa.pdf
cp "$S/d08_attimis.html" "$T/avviso.html"
soffice --headless --writer --convert-to pdf:writer_pdf_Export --outdir "$T" "$T/avviso.html" >/dev/null
mv "$T/avviso.pdf" avviso-attimis-insiel.pdf
python3 "$S/d09_moscianosantangelo.py" attestazione-moscianosantangelo-studiok.pdf
python3 "$S/d10_oratino.py" "$T/Allegato_A_tariffe_2026.xlsx"
soffice --headless --convert-to pdf --outdir "$T" "$T/Allegato_A_tariffe_2026.xlsx" >/dev/null
mv "$T/Allegato_A_tariffe_2026.pdf" allegato-oratino-calc.pdf
python3 "$S/d11_artena.py" convocazione-artena-hypersic.pdf
python3 "$S/d12_bonificamediovaldarno.py" avviso-bonificamediovaldarno-civilia.pdf
python3 "$S/keys.py" keys.json
python3 "$S/check_keys.py" "$O"
rm -rf "$T"
