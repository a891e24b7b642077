#!/bin/sh
# Rebuilds the 12 PDFs of set mix-59-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium,
# wkhtmltopdf, enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T="$OUT/tmp"; mkdir -p "$T"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
# 1 Marlengo: HTML opened as a Writer document, exported by LibreOffice
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_marlengo.html" --outdir "$T"
mv "$T/d01_marlengo.pdf" "$OUT/deliberazione-marlengo-writer.pdf"
# 2 Montenars: fpdf2
python3 "$SRC/d02_montenars.py" "$OUT/deliberazione-montenars-insiel.pdf"
# 3 ASP Reggio Emilia: reportlab, Tw/Tc
python3 "$SRC/d03_aspre.py" "$OUT/deliberazione-aspreggioemilia-civilia.pdf"
# 4 Saracena: 80-column Courier report, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d04.ps" "$SRC/d04_saracena.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/determinazione-saracena-halley.pdf"
# 5 Mont-Cervin: Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-montcervin-chromium.pdf" "$SRC/d05_montcervin.html"
# 6 Provincia di Asti: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_provasti.html" "$OUT/determinazione-provasti-sicraweb.pdf"
# 7 Monte di Procida: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d07_montediprocida.py" "$OUT/ordinanza-montediprocida-kibernetes.pdf"
# 8 Marsico Nuovo: python-docx -> LibreOffice
python3 "$SRC/d08_marsiconuovo.py" "$T/bando-marsiconuovo-word.docx"
soffice --headless --convert-to pdf "$T/bando-marsiconuovo-word.docx" --outdir "$OUT"
# 9 Nulvi: reportlab Courier form
python3 "$SRC/d09_nulvi.py" "$OUT/attestazione-nulvi-siscom.pdf"
# 10 Monte Castello di Vibio: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_montecastello.py" "$T/allegato-montecastellodivibio-calc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-montecastellodivibio-calc.xlsx" --outdir "$OUT"
# 11 Unione Sarcidano: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d11_sarcidano.py" "$OUT/convocazione-sarcidano-apkappa.pdf"
# 12 Lisciano Niccone: pdfLaTeX
cp "$SRC/d12_liscianoniccone.tex" "$T/avviso-liscianoniccone-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-liscianoniccone-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-liscianoniccone-latex.tex >/dev/null)
mv "$T/avviso-liscianoniccone-latex.pdf" "$OUT/"
rm -rf "$T"
