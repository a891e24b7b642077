#!/bin/sh
# Rebuilds the 12 PDFs of set mix-70-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), LibreOffice, Chromium, wkhtmltopdf, pdfLaTeX (lmodern,
# microtype, fancyhdr, lastpage, enumitem), groff (gropdf, tbl), enscript + Ghostscript (ps2pdf), iconv,
# Java 17 with OpenPDF 1.3.30 in ~/.m2 (or OPENPDF_JAR=/path/to/openpdf-1.3.30.jar).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix70a-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
export PYTHONPATH="$SRC" PYTHONDONTWRITEBYTECODE=1
# 1 Sant'Antimo: HTML printed by headless Chromium, roll in three side-by-side tables
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-santantimo-chromium.pdf" "file://$SRC/d01_santantimo.html" 2>/dev/null
# 2 Poggiomarino: python-docx -> LibreOffice Writer, three pages, roll on page 2
python3 "$SRC/d02_poggiomarino.py" "$T/deliberazione-poggiomarino-word.docx"
$LO --convert-to pdf "$T/deliberazione-poggiomarino-word.docx" --outdir "$OUT" >/dev/null
# 3 Surbo: pdfLaTeX, two roll tabulars side by side, letter-spaced headings
cp "$SRC/d03_surbo.tex" "$T/deliberazione-surbo-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-surbo-latex.tex >/dev/null; done)
mv "$T/deliberazione-surbo-latex.pdf" "$OUT/"
# 4 Veglie: wkhtmltopdf, roll table and a separate table of Assessori esterni
wkhtmltopdf -q --zoom 1.25 -s A4 -T 14mm -B 16mm -L 16mm -R 16mm --footer-center "Pag. [page] di [topage]" --footer-font-size 7 \
  "$SRC/d04_veglie.html" "$OUT/deliberazione-veglie-wkhtml.pdf" 2>/dev/null
# 5 Villabate: ReportLab, one glyph per BT/Td/Tj/ET, rotated Albo stamp, right roll column drawn first
python3 "$SRC/d05_villabate.py" "$OUT/deliberazione-villabate-kibernetes.pdf"
# 6 Pedara: 90-column Courier report, enscript -> PostScript -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d06_pedara.txt" > "$T/d06.txt"
enscript -q -B -f Courier9 -M A4 --margins=42:30:36:36 -X latin1 -o "$T/d06.ps" "$T/d06.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/deliberazione-pedara-enscript.pdf"
# 7 Cellino San Marco: groff -ms + tbl, gropdf
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d07_cellinosanmarco.ms" > "$OUT/deliberazione-cellinosanmarco-groff.pdf"
# 8 Melito di Porto Salvo: ReportLab, Form XObjects, blocks drawn in reverse order, Tw/Tc
python3 "$SRC/d08_melitodiportosalvo.py" "$OUT/deliberazione-melitodiportosalvo-halley.pdf"
# 9 San Gavino Monreale: fpdf2, DejaVu Sans Condensed as Identity-H CID fonts
python3 "$SRC/d09_sangavinomonreale.py" "$OUT/deliberazione-sangavinomonreale-datagraph.pdf"
# 10 Qualiano: flat ODF (two-column section) -> LibreOffice Writer
cp "$SRC/d10_qualiano.fodt" "$T/deliberazione-qualiano-fodt.fodt"
$LO --convert-to pdf "$T/deliberazione-qualiano-fodt.fodt" --outdir "$OUT" >/dev/null
# 11 Arbus: OpenPDF (Java), register grid with merged cells
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
mkdir -p "$T/cls"; javac -d "$T/cls" -cp "$J" "$SRC/D11Arbus.java"
java -cp "$T/cls:$J" D11Arbus "$OUT/determinazione-arbus-openpdf.pdf"
# 12 Borgia: HTML printed by headless Chromium, register box at the top right
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium2" --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-borgia-chromium.pdf" "file://$SRC/d12_borgia.html" 2>/dev/null
ls "$OUT"/*.pdf | wc -l
