#!/bin/sh
# Rebuilds the 12 PDFs of set mix-105-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-105b.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-105b"
# 1 Maniace: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_maniace.html" --outdir "$T" >/dev/null
mv "$T/d01_maniace.pdf" "$OUT/deliberazione-maniace-writer.pdf"
# 2 Maletto: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d02_maletto.py" "$OUT/deliberazione-maletto-kibernetes.pdf"
# 3 Longi: pdfLaTeX, letter-spacing, multicol roll and premises
cp "$SRC/d03_longi.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode d03_longi.tex >/dev/null)
mv "$T/d03_longi.pdf" "$OUT/deliberazione-longi-latex.pdf"
# 4 Tiana: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-105b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-tiana-chromium.pdf" "$SRC/d04_tiana.html" 2>/dev/null
# 5 Ortueri: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d05.ps" "$SRC/d05_ortueri.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/deliberazione-ortueri-halley.pdf"
# 6 Mirto: wkhtmltopdf
wkhtmltopdf -q -s A4 "$SRC/d06_mirto.html" "$OUT/determinazione-mirto-wkhtml.pdf"
# 7 Reitano: reportlab, Tw justification, Tc letter-spacing
python3 "$SRC/d07_reitano.py" "$OUT/ordinanza-reitano-halley.pdf"
# 8 Pettineo: groff -ms -> gropdf
groff -ms -k -Tpdf "$SRC/d08_pettineo.ms" > "$OUT/convocazione-pettineo-groff.pdf"
# 9 Teti: python-docx -> LibreOffice
python3 "$SRC/d09_teti.py" "$T/attestazione-teti-word.docx"
soffice $LO --headless --convert-to pdf "$T/attestazione-teti-word.docx" --outdir "$OUT" >/dev/null
# 10 Austis: fpdf2
python3 "$SRC/d10_austis.py" "$OUT/avviso-austis-jsibac.pdf"
# 11 Neoneli: reportlab Form XObjects, drawn out of reading order
python3 "$SRC/d11_neoneli.py" "$OUT/allegato-neoneli-apkappa.pdf"
# 12 Norbello: fpdf2, running head and foot on both pages
python3 "$SRC/d12_norbello.py" "$OUT/decreto-norbello-fpdf.pdf"
rm -rf "$T"
