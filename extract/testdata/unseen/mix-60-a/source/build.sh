#!/bin/sh
# Rebuilds the 12 PDFs of set mix-60-a into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: chromium, libreoffice, enscript + ghostscript, python3 (reportlab, fpdf2, python-docx, openpyxl),
# Java 17 + Maven (OpenPDF 1.3.30 from Maven Central), pdflatex (no cm-super: EC fonts become Type 3
# bitmaps made by mktexpk), wkhtmltopdf, groff (gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
# 1 Ollolai: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-ollolai-chromium.pdf" "$SRC/d01_ollolai.html" 2>/dev/null
# 2 Ayas: flat ODF written by a script, exported by LibreOffice Writer
python3 "$SRC/d02_ayas.py" "$T/deliberazione-ayas-writer.fodt"
soffice --headless --convert-to pdf --outdir "$OUT" "$T/deliberazione-ayas-writer.fodt" >/dev/null
# 3 Millesimo: 132-column line-printer report, enscript (landscape) + ps2pdf
python3 "$SRC/d03_millesimo.py" "$T/d03.txt"
enscript -q -B -r -f Courier7.6 -M A4 --margins=36:36:28:28 -X latin1 -o "$T/d03.ps" "$T/d03.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/determinazione-millesimo-lineprinter.pdf"
# 4 Bagolino: typewriter-filled form, fpdf2, one glyph per text object
python3 "$SRC/d04_bagolino.py" "$OUT/attestazione-bagolino-typewriter.pdf"
# 5 Livigno: Java + OpenPDF, page events, signature block as last page
(cd "$T" && mvn -q dependency:copy -Dartifact=com.github.librepdf:openpdf:1.3.30 -DoutputDirectory="$T" >/dev/null)
javac -d "$T" -cp "$T/openpdf-1.3.30.jar" "$SRC/D05Livigno.java"
java -cp "$T:$T/openpdf-1.3.30.jar" D05Livigno "$OUT/ordinanza-livigno-openpdf.pdf"
# 6 Unione Montana Alta Langa: pdfLaTeX, Type 3 bitmap EC fonts, letter-spaced headings
cp "$SRC/d06_altalanga.tex" "$T/decreto-altalanga-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-altalanga-latex.tex >/dev/null 2>&1; pdflatex -interaction=nonstopmode decreto-altalanga-latex.tex >/dev/null 2>&1)
mv "$T/decreto-altalanga-latex.pdf" "$OUT/"
# 7 ASL Ogliastra: wkhtmltopdf, header table with merged cells
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d07_aslogliastra.html" "$OUT/determinazione-aslogliastra-wkhtml.pdf" 2>/dev/null
# 8 Comunità Montana Valchiavenna: ReportLab, Form XObjects, out-of-order drawing, rotated stamp
python3 "$SRC/d08_valchiavenna.py" "$OUT/convocazione-cmvalchiavenna-xobject.pdf"
# 9 Fenestrelle: ReportLab, Tw/Tc justification, roll in two side-by-side blocks
python3 "$SRC/d09_fenestrelle.py" "$OUT/deliberazione-fenestrelle-reportlab.pdf"
# 10 Brugnato: python-docx -> LibreOffice Writer
python3 "$SRC/d10_brugnato.py" "$T/bando-brugnato-word.docx"
soffice --headless --convert-to pdf --outdir "$OUT" "$T/bando-brugnato-word.docx" >/dev/null
# 11 Gonzaga: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_gonzaga.py" "$T/allegato-gonzaga-calc.xlsx"
soffice --headless --convert-to pdf --outdir "$OUT" "$T/allegato-gonzaga-calc.xlsx" >/dev/null
# 12 Vernante: groff -ms + tbl, gropdf
groff -Kutf8 -t -ms -Tpdf -P-pa4 "$SRC/d12_vernante.ms" > "$OUT/deliberazione-vernante-groff.pdf" 2>/dev/null
