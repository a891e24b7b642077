#!/bin/sh
# Rebuilds the 12 PDFs of set mix-64-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf, enscript + ghostscript (ps2pdf),
# groff (gropdf, tbl), pdflatex (mathptmx, fancyhdr), Java 17 with OpenPDF 1.3.30 in ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
# 1 Murazzano: HTML opened as a Writer document, exported by LibreOffice
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_murazzano.html" --outdir "$T" >/dev/null
mv "$T/d01_murazzano.pdf" "$OUT/deliberazione-murazzano-csipiemonte.pdf"
# 2 Premana: groff -ms + tbl (gropdf)
groff -Kutf8 -t -ms -Tpdf -P-pa4 "$SRC/d02_premana.ms" > "$OUT/deliberazione-premana-padigitale.pdf"
# 3 Calizzano: reportlab, Tw per justified line, Tc headings
python3 "$SRC/d03_calizzano.py" "$OUT/deliberazione-calizzano-ponente.pdf"
# 4 Fontanelice: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d04_fontanelice.html" "$OUT/deliberazione-fontanelice-plurima.pdf" 2>/dev/null
# 5 Cison di Valmarino: pdfLaTeX, two-block roll table
cp "$SRC/d05_cisonvalmarino.tex" "$T/deliberazione-cisonvalmarino-municipia.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-cisonvalmarino-municipia.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-cisonvalmarino-municipia.tex >/dev/null)
mv "$T/deliberazione-cisonvalmarino-municipia.pdf" "$OUT/"
# 6 Sutrio: OpenPDF (Java single-file source)
java -cp "$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar" "$SRC/D06Sutrio.java" "$OUT/deliberazione-sutrio-tecnodata.pdf"
# 7 Pisogne: Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-pisogne-netservice.pdf" "$SRC/d07_pisogne.html" 2>/dev/null
# 8 Roana: fpdf2, CID font, one glyph per BT/Tj
python3 "$SRC/d08_roana.py" "$OUT/determinazione-roana-sinergis.pdf"
# 9 Pennabilli: Courier text, enscript -> PostScript -> ps2pdf
iconv -f utf-8 -t latin1 "$SRC/d09_pennabilli.txt" > "$T/d09.txt"
enscript -q -B -f Courier11 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d09.ps" "$T/d09.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/ordinanza-pennabilli-iride.pdf"
# 10 Castagnole delle Lanze: python-docx -> LibreOffice
python3 "$SRC/d10_castagnolelanze.py" "$T/decreto-castagnolelanze-modellopa.docx"
soffice --headless --convert-to pdf "$T/decreto-castagnolelanze-modellopa.docx" --outdir "$OUT" >/dev/null
# 11 Borzonasca: reportlab, Form XObjects, out-of-order drawing, rotated stamp
python3 "$SRC/d11_borzonasca.py" "$OUT/attestazione-borzonasca-lignet.pdf"
# 12 Claut: PostScript program written by Python, distilled by Ghostscript
python3 "$SRC/d12_claut.py" "$T/d12.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d12.ps" "$OUT/avviso-claut-postscript.pdf"
