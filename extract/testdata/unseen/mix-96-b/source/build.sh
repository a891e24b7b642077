#!/bin/sh
# Rebuilds the 12 PDFs of set mix-96-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-96b --headless"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_ceregnano.html" --outdir "$T" >/dev/null
mv "$T/d01_ceregnano.pdf" "$OUT/deliberazione-ceregnano-writer.pdf"
python3 "$SRC/d02_segusino.py" "$OUT/deliberazione-segusino-sicraweb.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-96b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-crespadoro-chromium.pdf" "$SRC/d03_crespadoro.html" 2>/dev/null
python3 "$SRC/d04_mossa.py" "$OUT/deliberazione-mossa-insiel.pdf"
cp "$SRC/d05_castelnovo.tex" "$T/c.tex"; (cd "$T" && pdflatex -interaction=nonstopmode c.tex >/dev/null && pdflatex -interaction=nonstopmode c.tex >/dev/null)
mv "$T/c.pdf" "$OUT/deliberazione-castelnovodelfriuli-latex.pdf"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -q -o "$T/d06.ps" "$SRC/d06_cimone.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/deliberazione-cimone-halley.pdf"
wkhtmltopdf -q --zoom 1.3 -s A4 "$SRC/d07_garniga.html" "$OUT/determinazione-garnigaterme-wkhtml.pdf"
python3 "$SRC/d08_nogaredo.py" "$OUT/attestazione-nogaredo-kibernetes.pdf"
groff -ms -Kutf8 -Tps "$SRC/d09_villabartolomea.ms" > "$T/d09.ps"; ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/ordinanza-villabartolomea-groff.pdf"
python3 "$SRC/d10_vescovana.py" "$T/avviso-vescovana-word.docx"; $LO --convert-to pdf "$T/avviso-vescovana-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d11_cavassonuovo.py" "$OUT/convocazione-cavassonuovo-apkappa.pdf"
python3 "$SRC/d12_lavarone.py" "$T/allegato-lavarone-calc.xlsx"; $LO --convert-to pdf "$T/allegato-lavarone-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
