#!/bin/sh
# Rebuilds the 12 PDFs of set mix-65-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, fancyhdr, babel-italian), groff (gropdf),
# Java 17 with OpenPDF 1.3.30 in ~/.m2 (compiled with plain javac).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
OPENPDF="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
# 1 Buonconvento: pdfLaTeX twocolumn
cp "$SRC/d01_buonconvento.tex" "$T/deliberazione-buonconvento-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-buonconvento-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-buonconvento-latex.tex >/dev/null)
mv "$T/deliberazione-buonconvento-latex.pdf" "$OUT/"
# 2 Palaia: python-docx with a two-column section -> LibreOffice
python3 "$SRC/d02_palaia.py" "$T/bando-palaia-word.docx"
soffice --headless --convert-to pdf "$T/bando-palaia-word.docx" --outdir "$OUT" >/dev/null
# 3 Castel Goffredo: reportlab platypus, roll table split over two pages
python3 "$SRC/d03_castelgoffredo.py" "$OUT/deliberazione-castelgoffredo-reportlab.pdf"
# 4 Albosaggia: wkhtmltopdf, grey register box floated right
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d04_albosaggia.html" "$OUT/determinazione-albosaggia-wkhtml.pdf" 2>/dev/null
# 5 Roccasecca: fpdf2, number only in the running foot
python3 "$SRC/d05_roccasecca.py" "$OUT/decreto-roccasecca-fpdf2.pdf"
# 6 Alife: headless Chromium, three-cell letterhead table
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/ordinanza-alife-chromium.pdf" "$SRC/d06_alife.html" 2>/dev/null
# 7 Capraia e Limite: groff -ms with footnotes (gropdf)
groff -k -ms -Tpdf -P-pa4 "$SRC/d07_capraiaelimite.ms" > "$OUT/avviso-capraiaelimite-groff.pdf"
# 8 Caltavuturo: OpenPDF, diagonal COPIA watermark under the text
javac -d "$T" -cp "$OPENPDF" "$SRC/D08Caltavuturo.java"
java -cp "$OPENPDF:$T" D08Caltavuturo "$OUT/deliberazione-caltavuturo-openpdf.pdf"
# 9 Bassiano: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d09_bassiano.html" "$T/determinazione-bassiano-writer.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-bassiano-writer.html" --outdir "$OUT" >/dev/null
# 10 Morolo: 72-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:30 -X latin1 -o "$T/d10.ps" "$SRC/d10_morolo.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/deliberazione-morolo-enscript.pdf"
# 11 Ascea: reportlab canvas, Tw-justified lines, Tc-spaced headings
python3 "$SRC/d11_ascea.py" "$OUT/determinazione-ascea-reportlab.pdf"
# 12 Monterosso Almo: python-docx -> LibreOffice
python3 "$SRC/d12_monterossoalmo.py" "$T/deliberazione-monterossoalmo-word.docx"
soffice --headless --convert-to pdf "$T/deliberazione-monterossoalmo-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
