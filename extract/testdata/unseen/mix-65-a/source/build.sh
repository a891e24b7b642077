#!/bin/sh
# Rebuilds the 12 PDFs of set mix-65-a into the parent directory (OUTDIR).
# Needs: groff (gropdf, tbl), python3 (reportlab, fpdf2, python-docx), libreoffice, chromium,
# wkhtmltopdf, enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr, babel-italian),
# Java 17 with OpenPDF 1.3.30 in ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8
# 1 Lozzo Atestino: groff -ms + tbl -> gropdf
preconv -e utf-8 "$SRC/g01_lozzoatestino.ms" | groff -t -ms -Tpdf -P-pa4 > "$OUT/certificato-lozzoatestino-groff.pdf"
# 2 Tavenna: reportlab, typed values over dotted blanks
python3 "$SRC/r02_tavenna.py" "$OUT/attestazione-tavenna-halley.pdf"
# 3 Galeata: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 18mm -B 15mm -L 20mm -R 20mm "$SRC/w03_galeata.html" "$OUT/certificato-galeata-wkhtml.pdf"
# 4 Smerillo: fpdf2, relata del messo
python3 "$SRC/f04_smerillo.py" "$OUT/relata-smerillo-fpdf.pdf"
# 5 Monte Santa Maria Tiberina: Java + OpenPDF
JAR=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
javac -encoding UTF-8 -cp "$JAR" -d "$T" "$SRC/J05_MonteSantaMaria.java"
java -cp "$JAR:$T" J05_MonteSantaMaria "$OUT/decreto-montesantamariatiberina-openpdf.pdf"
# 6 Sasso di Castalda: pdfLaTeX
cp "$SRC/t06_sassodicastalda.tex" "$T/avviso-sassodicastalda-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-sassodicastalda-latex.tex >/dev/null)
mv "$T/avviso-sassodicastalda-latex.pdf" "$OUT/"
# 7 Cinto Euganeo: python-docx -> LibreOffice
python3 "$SRC/d07_cintoeuganeo.py" "$T/avviso-cintoeuganeo-word.docx"
soffice -env:UserInstallation=file://$T/lo --headless --convert-to pdf "$T/avviso-cintoeuganeo-word.docx" --outdir "$OUT" >/dev/null
# 8 Vastogirardi: Chromium headless, two CSS columns
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$T/chr" --print-to-pdf="$OUT/avviso-vastogirardi-chromium.pdf" "file://$SRC/c08_vastogirardi.html" 2>/dev/null
# 9 Montecreto: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=50:40:40:30 -X latin1 -o "$T/e09.ps" "$SRC/e09_montecreto.txt"
ps2pdf -sPAPERSIZE=a4 "$T/e09.ps" "$OUT/convocazione-montecreto-enscript.pdf"
# 10 Trivigno: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/r10_trivigno.py" "$OUT/convocazione-trivigno-apkappa.pdf"
# 11 Fiastra: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/r11_fiastra.py" "$OUT/ordinanza-fiastra-kibernetes.pdf"
# 12 Poggiodomo: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/h12_poggiodomo.html" "$T/ordinanza-poggiodomo-writer.html"
soffice -env:UserInstallation=file://$T/lo --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/ordinanza-poggiodomo-writer.html" --outdir "$OUT" >/dev/null
