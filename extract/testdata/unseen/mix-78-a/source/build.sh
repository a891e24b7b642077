#!/bin/sh
# Rebuilds the 12 PDFs of set mix-78-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-78a --headless"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-78a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-montecompatri-chromium.pdf" "$SRC/d01_montecompatri.html"
python3 "$SRC/d02_scontrone.py" "$OUT/deliberazione-scontrone-reportlab.pdf"
python3 "$SRC/d03_frontino.py" "$OUT/deliberazione-frontino-halley.pdf"
cp "$SRC/d04_fontecchio.tex" "$T/deliberazione-fontecchio-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-fontecchio-latex.tex >/dev/null)
mv "$T/deliberazione-fontecchio-latex.pdf" "$OUT/"
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d05_orvinio.html" "$OUT/determinazione-orvinio-wkhtml.pdf"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d06.ps" "$SRC/d06_pennadomo.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/determinazione-pennadomo-enscript.pdf"
python3 "$SRC/d07_montemonaco.py" "$OUT/ordinanza-montemonaco-kibernetes.pdf"
groff -k -ms -Tps "$SRC/d08_percile.ms" > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/decreto-percile-groff.pdf"
python3 "$SRC/d09_poggiodomo.py" "$T/attestazione-poggiodomo-word.docx"
$LO --convert-to pdf "$T/attestazione-poggiodomo-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d10_montecavallo.py" "$T/allegato-montecavallo-calc.xlsx"
$LO --convert-to pdf "$T/allegato-montecavallo-calc.xlsx" --outdir "$OUT" >/dev/null
cp "$SRC/d11_arsita.html" "$T/convocazione-arsita-writer.html"; cp "$SRC/d12_marcetelli.html" "$T/deliberazione-marcetelli-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/convocazione-arsita-writer.html" "$T/deliberazione-marcetelli-writer.html" --outdir "$OUT" >/dev/null
rm -rf "$T"
