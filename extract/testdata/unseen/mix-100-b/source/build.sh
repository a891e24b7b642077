#!/bin/sh
# Rebuilds the 12 PDFs of set mix-100-b into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix100b-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-100b --headless"
# 1 Monterosso Almo: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_monterossoalmo.html" --outdir "$T" >/dev/null
mv "$T/d01_monterossoalmo.pdf" "$OUT/deliberazione-monterossoalmo-writer.pdf"
# 2 Burgio: reportlab, one glyph per Tm/Tj, roll split over the page break
python3 "$SRC/d02_burgio.py" "$OUT/deliberazione-burgio-halley.pdf"
# 3 Olzai: fpdf2, label grid, roll with time of arrival
python3 "$SRC/d03_olzai.py" "$OUT/deliberazione-olzai-sibar.pdf"
# 4 Isnello: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-100b --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-isnello-chromium.pdf" "file://$SRC/d04_isnello.html" 2>/dev/null
# 5 Oniferi: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d05_oniferi.html" "$OUT/deliberazione-oniferi-wkhtml.pdf"
# 6 Minervino di Lecce: pdfLaTeX, two columns, letter-spaced headings
cp "$SRC/d06_minervinodilecce.tex" "$T/d06.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d06.tex >/dev/null && pdflatex -interaction=nonstopmode d06.tex >/dev/null)
mv "$T/d06.pdf" "$OUT/deliberazione-minervinodilecce-latex.pdf"
# 7 Giurdignano: 80-column text, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_giurdignano.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-giurdignano-enscript.pdf"
# 8 San Fratello: groff -ms -> gropdf
groff -ms -k -Tpdf -Wbreak "$SRC/d08_sanfratello.ms" > "$OUT/ordinanza-sanfratello-groff.pdf"
# 9 Uggiano la Chiesa: python-docx -> LibreOffice
python3 "$SRC/d09_uggianolachiesa.py" "$T/avviso-uggianolachiesa-word.docx"
$LO --convert-to pdf "$T/avviso-uggianolachiesa-word.docx" --outdir "$OUT" >/dev/null
# 10 Nureci: reportlab, Form XObjects, out-of-order drawing, rotated stamp
python3 "$SRC/d10_nureci.py" "$OUT/attestazione-nureci-datagraph.pdf"
# 11 Morgongiori: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_morgongiori.py" "$T/allegato-morgongiori-calc.xlsx"
$LO --convert-to pdf "$T/allegato-morgongiori-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Monteleone di Puglia: reportlab, Tw justification and Tc letter-spacing
python3 "$SRC/d12_monteleonedipuglia.py" "$OUT/decreto-monteleonedipuglia-gies.pdf"
