#!/bin/sh
# Rebuilds the 12 PDFs of set mix-86-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff (gropdf, tbl, preconv), pdflatex (lmodern, microtype, multicol, fancyhdr, enumitem).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file://$T/lo --headless"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-riesi-halley.pdf" "$SRC/d01_riesi.html"
python3 "$SRC/d02_ramacca.py" "$OUT/deliberazione-ramacca-saga.pdf"
python3 "$SRC/d03_santagiusta.py" "$OUT/deliberazione-santagiusta-apkappa.pdf"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d04_villanovafranca.html" --outdir "$T"
mv "$T/d04_villanovafranca.pdf" "$OUT/deliberazione-villanovafranca-writer.pdf"
cp "$SRC/d05_melilli.tex" "$T/deliberazione-melilli-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-melilli-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-melilli-latex.tex >/dev/null)
mv "$T/deliberazione-melilli-latex.pdf" "$OUT/"
preconv -e utf-8 "$SRC/d06_mineo.ms" | groff -t -ms -Tpdf -P-pa4 > "$OUT/determinazione-mineo-groff.pdf"
python3 "$SRC/d07_marrubiu.py" "$T/determinazione-marrubiu-word.docx"
$LO --convert-to pdf "$T/determinazione-marrubiu-word.docx" --outdir "$OUT"
python3 "$SRC/d08_agira.py" "$OUT/ordinanza-agira-kibernetes.pdf"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d09.ps" "$SRC/d09_busachi.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/attestazione-busachi-siscom.pdf"
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 18mm -R 18mm --zoom 1.25 "$SRC/d10_serradifalco.html" "$OUT/convocazione-serradifalco-sicraweb.pdf"
python3 "$SRC/d11_lotzorai.py" "$T/allegato-lotzorai-calc.xlsx"
$LO --convert-to pdf "$T/allegato-lotzorai-calc.xlsx" --outdir "$OUT"
python3 "$SRC/d12_siamaggiore.py" "$OUT/avviso-siamaggiore-dedagroup.pdf"
rm -rf "$T"
python3 "$SRC/keys_make.py"
