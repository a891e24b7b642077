#!/bin/sh
# Rebuilds the 12 PDFs of set mix-92-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff (-ms, tbl, gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix92b.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-92b"
# 1 Tiggiano: reportlab, glyph by glyph, rotated stamp
python3 "$SRC/o01_tiggiano.py" "$OUT/ordinanza-tiggiano-kibernetes.pdf"
# 2 Corsano: python-docx -> LibreOffice
python3 "$SRC/o02_corsano.py" "$T/ordinanza-corsano-word.docx"
soffice $LO --headless --convert-to pdf "$T/ordinanza-corsano-word.docx" --outdir "$OUT" >/dev/null
# 3 Rignano Garganico: enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/o03.ps" "$SRC/o03_rignano.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/o03.ps" "$OUT/ordinanza-rignanogarganico-enscript.pdf"
# 4 Anzano di Puglia: pdfLaTeX
cp "$SRC/o04_anzano.tex" "$T/decreto-anzanodipuglia-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-anzanodipuglia-latex.tex >/dev/null)
mv "$T/decreto-anzanodipuglia-latex.pdf" "$OUT/"
# 5 Carbone: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-92b --no-pdf-header-footer --print-to-pdf="$OUT/ordinanza-carbone-chromium.pdf" "$SRC/o05_carbone.html" 2>/dev/null
# 6 Fardella: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/o06_fardella.html" "$OUT/ordinanza-fardella-wkhtml.pdf"
# 7 Gallicchio: groff -ms + tbl -> gropdf
groff -t -ms -Tpdf -P-pa4 -dpaper=a4 "$SRC/o07_gallicchio.ms" > "$OUT/decreto-gallicchio-groff.pdf"
# 8 Cersosimo: fpdf2, CID TrueType, header/footer on every page
python3 "$SRC/o08_cersosimo.py" "$OUT/ordinanza-cersosimo-halley.pdf"
# 9 Caloveto: reportlab Tw/Tc
python3 "$SRC/o09_caloveto.py" "$OUT/ordinanza-caloveto-civilia.pdf"
# 10 Pentone: reportlab Form XObjects, out of reading order
python3 "$SRC/o10_pentone.py" "$OUT/ordinanza-pentone-apkappa.pdf"
# 11 Olivadi: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/o11_olivadi.html" "$T/decreto-olivadi-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/decreto-olivadi-writer.html" --outdir "$OUT" >/dev/null
# 12 Careri: reportlab platypus
python3 "$SRC/o12_careri.py" "$OUT/certificato-careri-halley.pdf"
rm -rf "$T"
