#!/bin/sh
# Rebuilds the 12 PDFs of set mix-61-a into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: libreoffice, wkhtmltopdf, chromium, python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow),
# pdflatex (lmodern, microtype, fancyhdr, enumitem, xcolor), groff (gropdf, tbl), enscript + ghostscript,
# Java 17 + Maven (OpenPDF 1.3.30 from Maven Central).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
# 1 Racalmuto: HTML opened as a Writer document, exported by LibreOffice (roll table with P/A and totals)
cp "$SRC/d01_racalmuto.html" "$T/deliberazione-racalmuto-writer.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$T/deliberazione-racalmuto-writer.html" >/dev/null 2>&1
# 2 Altomonte: wkhtmltopdf (two-row label grid Reg. Gen. | Data | Reg. Sett.)
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 17mm -R 17mm "$SRC/d02_altomonte.html" "$OUT/determinazione-altomonte-wkhtml.pdf" 2>/dev/null
# 3 Galtelli: ReportLab, one glyph per text object, number only in the running head
python3 "$SRC/d03_galtelli.py" "$OUT/ordinanza-galtelli-glyphs.pdf"
# 4 Tusa: pdfLaTeX, letter-spaced AVVISO, two-line title ending with a dash
cp "$SRC/d04_tusa.tex" "$T/avviso-tusa-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-tusa-latex.tex >/dev/null 2>&1; pdflatex -interaction=nonstopmode avviso-tusa-latex.tex >/dev/null 2>&1)
mv "$T/avviso-tusa-latex.pdf" "$OUT/"
# 5 Santa Severina: python-docx (picture-only letterhead + header table) -> LibreOffice
python3 "$SRC/d05_santaseverina.py" "$T/determinazione-santaseverina-word.docx"
soffice --headless --convert-to pdf --outdir "$OUT" "$T/determinazione-santaseverina-word.docx" >/dev/null 2>&1
# 6 Caronia: groff -ms + tbl (gropdf), roll in two side-by-side blocks
groff -Kutf8 -t -ms -Tpdf -P-pa4 "$SRC/d06_caronia.ms" > "$OUT/deliberazione-caronia-groff.pdf" 2>/dev/null
# 7 ASL n. 7 del Sulcis: headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-aslsulcis-chromium.pdf" "$SRC/d07_aslsulcis.html" >/dev/null 2>&1
# 8 Unione Terre del Campidano: fpdf2, letterhead/foot repeated by header()/footer()
python3 "$SRC/d08_terredelcampidano.py" "$OUT/convocazione-terredelcampidano-fpdf.pdf"
# 9 CACIP: Java + OpenPDF
(cd "$T" && mvn -q dependency:copy -Dartifact=com.github.librepdf:openpdf:1.3.30 -DoutputDirectory="$T" >/dev/null)
javac -d "$T" -cp "$T/openpdf-1.3.30.jar" "$SRC/D09Cacip.java"
java -cp "$T:$T/openpdf-1.3.30.jar" D09Cacip "$OUT/deliberazione-cacip-openpdf.pdf"
# 10 Cattolica Eraclea: Courier text form, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier11 -M A4 --margins=60:40:50:40 -X latin1 -o "$T/d10.ps" "$SRC/d10_cattolicaeraclea.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/attestazione-cattolicaeraclea-enscript.pdf"
# 11 Lungro: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_lungro.py" "$T/allegato-lungro-calc.xlsx"
soffice --headless --convert-to pdf --outdir "$OUT" "$T/allegato-lungro-calc.xlsx" >/dev/null 2>&1
# 12 Seneghe: ReportLab, Tw/Tc, Form XObject letterhead, rotated stamp, out-of-order drawing
python3 "$SRC/d12_seneghe.py" "$OUT/decreto-seneghe-reportlab.pdf"
ls "$OUT"/*.pdf | wc -l
