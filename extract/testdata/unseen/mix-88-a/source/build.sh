#!/bin/sh
# Rebuilds the 12 PDFs of set mix-88-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix88a-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-88a --headless"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_gimigliano.html" --outdir "$T" >/dev/null
mv "$T/d01_gimigliano.pdf" "$OUT/deliberazione-gimigliano-writer.pdf"
python3 "$SRC/d02_teana.py" "$OUT/deliberazione-teana-halley.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-88a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-caposele-chromium.pdf" "$SRC/d03_caposele.html" 2>/dev/null
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d04.ps" "$SRC/d04_orsomarso.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/determinazione-orsomarso-enscript.pdf"
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d05_cancellara.html" "$OUT/determinazione-cancellara-wkhtml.pdf"
cp "$SRC/d06_olivetocitra.tex" "$T/d06.tex"; (cd "$T" && pdflatex -interaction=nonstopmode d06.tex >/dev/null)
mv "$T/d06.pdf" "$OUT/determinazione-olivetocitra-latex.pdf"
python3 "$SRC/d07_filandari.py" "$OUT/determinazione-filandari-kibernetes.pdf"
groff -ms -k -Kutf8 -Tps "$SRC/d08_furore.ms" > "$T/d08.ps"; ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/ordinanza-furore-groff.pdf"
python3 "$SRC/d09_conflenti.py" "$T/attestazione-conflenti-word.docx"
$LO --convert-to pdf "$T/attestazione-conflenti-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d10_ricigliano.py" "$T/allegato-ricigliano-calc.xlsx"
$LO --convert-to pdf "$T/allegato-ricigliano-calc.xlsx" --outdir "$OUT" >/dev/null
python3 "$SRC/d11_noepoli.py" "$OUT/avviso-noepoli-reportlab.pdf"
python3 "$SRC/d12_calanna.py" "$OUT/decreto-calanna-fpdf.pdf"
rm -rf "$T"
