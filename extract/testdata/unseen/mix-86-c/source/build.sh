#!/bin/sh
# Rebuilds the 12 PDFs of set mix-86-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# groff (gropdf), enscript + ghostscript, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix86c-build.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-86c"
# 1 Zenson di Piave: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-86c --no-pdf-header-footer --print-to-pdf="$OUT/avviso-zensondipiave-chromium.pdf" "file://$SRC/d01_zenson.html" 2>/dev/null
# 2 Castiglione d'Orcia: HTML opened as a Writer document
cp "$SRC/d02_castiglione.html" "$T/avviso-castiglionedorcia-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-castiglionedorcia-writer.html" --outdir "$OUT" >/dev/null
# 3 Castelletto Stura: groff -ms -> gropdf
groff -ms -Tpdf -P-pa4 -k "$SRC/d03_castelletto.ms" > "$OUT/manifesto-castellettostura-groff.pdf"
# 4 Mallare: pdfLaTeX
cp "$SRC/d04_mallare.tex" "$T/manifesto-mallare-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode manifesto-mallare-latex.tex >/dev/null)
mv "$T/manifesto-mallare-latex.pdf" "$OUT/"
# 5 Castelnovo Bariano: enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -q -o "$T/d05.ps" "$SRC/d05_castelnovo.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/comunicato-castelnovobariano-enscript.pdf"
# 6 Montecatini Val di Cecina: wkhtmltopdf, two CSS columns
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_montecatini.html" "$OUT/comunicato-montecatinivaldicecina-wkhtml.pdf"
# 7 Cerrina Monferrato: python-docx -> LibreOffice
python3 "$SRC/d07_cerrina.py" "$T/avviso-cerrinamonferrato-word.docx"
soffice $LO --headless --convert-to pdf "$T/avviso-cerrinamonferrato-word.docx" --outdir "$OUT" >/dev/null
# 8 Tovo San Giacomo: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d08_tovo.py" "$OUT/avviso-tovosangiacomo-glyphs.pdf"
# 9 Vigo di Cadore: fpdf2, CID TrueType
python3 "$SRC/d09_vigo.py" "$OUT/attestazione-vigodicadore-fpdf.pdf"
# 10 Stazzema: reportlab Form XObjects, out of reading order
python3 "$SRC/d10_stazzema.py" "$OUT/attestazione-stazzema-xobject.pdf"
# 11 Ronco Biellese: reportlab Tw/Tc
python3 "$SRC/d11_ronco.py" "$OUT/avviso-roncobiellese-reportlab.pdf"
# 12 Borghetto di Vara: hand-written PostScript -> ghostscript
ps2pdf -sPAPERSIZE=a4 "$SRC/d12_borghetto.ps" "$OUT/avviso-borghettodivara-postscript.pdf"
rm -rf "$T"
