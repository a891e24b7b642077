#!/bin/sh
# Rebuilds the 12 PDFs of set mix-69-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, Chromium, wkhtmltopdf, pdfLaTeX
# (lmodern, fancyhdr, lastpage, enumitem), groff (gropdf, tbl), enscript + Ghostscript, Java 17 with
# OpenPDF 1.3.30 in ~/.m2 (or OPENPDF_JAR=/path/to/openpdf-1.3.30.jar).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix69a-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
export PYTHONPATH="$SRC" PYTHONDONTWRITEBYTECODE=1
# 1 Castelfranco di Sotto: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-castelfrancodisotto-chromium.pdf" "file://$SRC/d01_castelfrancodisotto.html" 2>/dev/null
# 2 Castel Goffredo: python-docx -> LibreOffice Writer
python3 "$SRC/d02_castelgoffredo.py" "$T/deliberazione-castelgoffredo-word.docx"
$LO --convert-to pdf "$T/deliberazione-castelgoffredo-word.docx" --outdir "$OUT" >/dev/null
# 3 Cordignano: ReportLab, Tw-justified lines, Tc-spaced headings
python3 "$SRC/d03_cordignano.py" "$OUT/deliberazione-cordignano-halley.pdf"
# 4 Comunità Montana del Piambello: fpdf2, DejaVu embedded
python3 "$SRC/d04_cmpiambello.py" "$OUT/deliberazione-cmpiambello-fpdf.pdf"
# 5 Novafeltria: pdfLaTeX, two roll tables side by side, fancyhdr running head
cp "$SRC/d05_novafeltria.tex" "$T/deliberazione-novafeltria-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-novafeltria-latex.tex >/dev/null; done)
mv "$T/deliberazione-novafeltria-latex.pdf" "$OUT/"
# 6 Agugliano: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d06_agugliano.html" "$OUT/deliberazione-agugliano-wkhtml.pdf" 2>/dev/null
# 7 Savignano sul Rubicone: ReportLab, one glyph per BT/Tm/Tj/ET
python3 "$SRC/d07_savignano.py" "$OUT/deliberazione-savignanosulrubicone-sicraweb.pdf"
# 8 Borgo Val di Taro: ReportLab, Form XObjects, drawing out of order, rotated stamp
python3 "$SRC/d08_borgovalditaro.py" "$OUT/deliberazione-borgovalditaro-xobject.pdf"
# 9 Colli al Metauro: groff -ms + tbl, gropdf
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d09_collialmetauro.ms" > "$OUT/determinazione-collialmetauro-groff.pdf"
# 10 Abbadia San Salvatore: 80-column text, enscript -> PostScript -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d10_abbadiasansalvatore.txt" > "$T/d10.txt"
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d10.ps" "$T/d10.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/attestazione-abbadiasansalvatore-enscript.pdf"
# 11 Ospitaletto: openpyxl .xlsx -> LibreOffice Calc (landscape, merged header cells)
python3 "$SRC/d11_ospitaletto.py" "$T/allegato-ospitaletto-calc.xlsx"
$LO --convert-to pdf "$T/allegato-ospitaletto-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Casale sul Sile: OpenPDF (Java), Identity-H CID fonts
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
mkdir -p "$T/cls"; javac -d "$T/cls" -cp "$J" "$SRC/D12Casalesulsile.java"
java -cp "$T/cls:$J" D12Casalesulsile "$OUT/convocazione-casalesulsile-openpdf.pdf"
ls "$OUT"/*.pdf | wc -l
