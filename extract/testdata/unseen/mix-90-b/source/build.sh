#!/bin/sh
# Rebuilds the 12 PDFs of set mix-90-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (-ms, tbl), pdflatex (mathptmx, microtype, multicol,
# fancyhdr, lastpage), Java 17 + OpenPDF 1.3.30 (from the local Maven repository).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix90b-build.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-90b"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
# 1 Perugia: reportlab, one Tm/Tj per glyph, rotated stamp
python3 "$SRC/d01_perugia.py" "$OUT/determinazione-perugia-jiride.pdf"
# 2 Larciano: python-docx -> LibreOffice Writer
python3 "$SRC/d02_larciano.py" "$T/determinazione-larciano-halley.docx"
soffice $LO --headless --convert-to pdf "$T/determinazione-larciano-halley.docx" --outdir "$OUT" >/dev/null
# 3 Pescaglia: 80-column Courier report, enscript + ghostscript
iconv -f utf-8 -t latin1 "$SRC/d03_pescaglia.txt" > "$T/d03.txt"
enscript -q -B -f Courier10 -M A4 --margins=60:40:30:30 -X latin1 -o "$T/d03.ps" "$T/d03.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/determinazione-pescaglia-sicraweb.pdf"
# 4 Unione Montana del Tronto e Valfluvione: Chromium headless, letter-spaced labels
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-90b --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-trontovalfluvione-suapweb.pdf" "$SRC/d04_trontovalfluvione.html" 2>/dev/null
# 5 Cantagallo: wkhtmltopdf (date only in the digital-signature line)
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 18mm "$SRC/d05_cantagallo.html" "$OUT/determinazione-cantagallo-wkhtml.pdf" 2>/dev/null
# 6 Radicofani: fpdf2, merged-cell header grid
python3 "$SRC/d06_radicofani.py" "$OUT/determinazione-radicofani-fpdf.pdf"
# 7 Cinigiano: pdfLaTeX, running heads, two-column premises
cp "$SRC/d07_cinigiano.tex" "$T/determinazione-cinigiano-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-cinigiano-latex.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-cinigiano-latex.tex >/dev/null)
mv "$T/determinazione-cinigiano-latex.pdf" "$OUT/"
# 8 Serrapetrona: groff -ms + tbl -> PostScript -> ghostscript
groff -k -t -ms -Tps -dpaper=a4 -P-pa4 "$SRC/d08_serrapetrona.ms" > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/determinazione-serrapetrona-groff.pdf"
# 9 Petriolo: reportlab, Form XObjects, out-of-order drawing, Tw justification
python3 "$SRC/d09_petriolo.py" "$OUT/determinazione-petriolo-reportlab.pdf"
# 10 Riparbella: Java + OpenPDF
J=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
javac -d "$T" -cp "$J" "$SRC/D10Riparbella.java"
java -cp "$T:$J" D10Riparbella "$OUT/determinazione-riparbella-openpdf.pdf"
# 11 Fratte Rosa: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d11_fratterosa.html" "$T/attestazione-fratterosa-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/attestazione-fratterosa-writer.html" --outdir "$OUT" >/dev/null
# 12 Ortezzano: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_ortezzano.py" "$T/allegato-ortezzano-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-ortezzano-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
