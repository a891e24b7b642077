#!/bin/sh
# Rebuilds the 12 PDFs of set mix-62-c into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: pdflatex (mathptmx, helvet, fancyhdr, lastpage, tabularx), groff (gropdf, tbl), Java 17 + Maven
# (OpenPDF 1.3.30 from Maven Central), python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow), chromium,
# wkhtmltopdf, tesseract (+ tesseract-ocr-ita), enscript + ghostscript (ps2pdf), libreoffice (Writer, Calc).
# Ends by running keys_make.py.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 XDG_RUNTIME_DIR="$T"
LO="soffice -env:UserInstallation=file://$T/lo --headless"
# 1 Giarratana: pdfLaTeX, proposta di deliberazione (page 1) followed by the Giunta's minute (page 2)
cp "$SRC/d01_giarratana.tex" "$T/deliberazione-giarratana-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-giarratana-latex.tex >/dev/null 2>&1; pdflatex -interaction=nonstopmode deliberazione-giarratana-latex.tex >/dev/null 2>&1)
mv "$T/deliberazione-giarratana-latex.pdf" "$OUT/"
# 2 Ucria: determinazione sindacale, groff -ms + tbl (gropdf)
groff -Kutf8 -t -ms -Tpdf -P-pa4 "$SRC/d02_ucria.ms" > "$OUT/determinazione-ucria-groff.pdf" 2>/dev/null
# 3 Casabona: Commissione Straordinaria, Java + OpenPDF, DejaVu embedded as CID TrueType (Identity-H)
(cd "$T" && mvn -q dependency:copy -Dartifact=com.github.librepdf:openpdf:1.3.30 -DoutputDirectory="$T" >/dev/null)
javac -d "$T" -cp "$T/openpdf-1.3.30.jar" "$SRC/D03Casabona.java"
java -cp "$T:$T/openpdf-1.3.30.jar" D03Casabona "$OUT/deliberazione-casabona-openpdf.pdf"
# 4 Palagiano: ordinanza dirigenziale, ReportLab canvas, one text object per glyph, rotated stamp
python3 "$SRC/d04_palagiano.py" "$OUT/ordinanza-palagiano-glyphs.pdf"
# 5 Laurenzana: bando di concorso, python-docx .docx -> LibreOffice Writer
python3 "$SRC/d05_laurenzana.py" "$T/bando-laurenzana-word.docx"
$LO --convert-to pdf --outdir "$OUT" "$T/bando-laurenzana-word.docx" >/dev/null 2>&1
# 6 Villaurbana: avviso with a table (rowspan/colspan), HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/avviso-villaurbana-chromium.pdf" "$SRC/d06_villaurbana.html" 2>/dev/null
# 7 Frigento: relata di notifica, fpdf2 form with letter-spaced headings
python3 "$SRC/d07_frigento.py" "$OUT/attestazione-frigento-fpdf.pdf"
# 8 Orroli: decreto sindacale "scanned": PIL bitmap at 300 dpi -> tesseract (ita) PDF with invisible text layer
python3 "$SRC/d08_orroli.py" "$T/orroli.png"
tesseract "$T/orroli.png" "$T/decreto-orroli-tesseract" -l ita --dpi 300 pdf >/dev/null 2>&1
mv "$T/decreto-orroli-tesseract.pdf" "$OUT/"
# 9 San Marzano di San Giuseppe: Consiglio Comunale, HTML -> wkhtmltopdf, roll in two side-by-side tables
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 22mm -L 20mm -R 18mm --title "Deliberazione C.C. n. 23 del 19.06.2026" "$SRC/d09_sanmarzano.html" "$OUT/deliberazione-sanmarzano-wkhtml.pdf" 2>/dev/null
# 10 Capistrano: determinazione, 80-column report, enscript (running head on every page) + ps2pdf
iconv -f utf-8 -t latin1 "$SRC/d10_capistrano.txt" > "$T/d10.txt"
enscript -q -f Courier9.6 -s 3 -M A4 --margins=60:40:30:30 -X latin1 --header='Comune di Capistrano - Det. n. 312/2026 R.G.||Pag. $% di $=' --header-font=Courier-Bold9 -o "$T/d10.ps" "$T/d10.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/determinazione-capistrano-enscript.pdf"
# 11 Oliveto Lucano: convocazione, ReportLab canvas, letterhead and foot as Form XObjects, Tc title, Tw body
python3 "$SRC/d11_olivetolucano.py" "$OUT/convocazione-olivetolucano-xobject.pdf"
# 12 Campofranco: Allegato A, openpyxl .xlsx -> LibreOffice Calc
python3 "$SRC/d12_campofranco.py" "$T/allegato-campofranco-calc.xlsx"
$LO --convert-to pdf --outdir "$OUT" "$T/allegato-campofranco-calc.xlsx" >/dev/null 2>&1
python3 "$SRC/keys_make.py"
