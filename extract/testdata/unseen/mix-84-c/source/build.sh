#!/bin/sh
# Rebuilds the 12 PDFs of set mix-84-c into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 2>/dev/null || true
LO="soffice -env:UserInstallation=file:///tmp/lo-84c --headless"
# 1 Gagliato: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-84c --no-pdf-header-footer --print-to-pdf="$OUT/avviso-gagliato-chromium.pdf" "file://$SRC/d01_gagliato.html" 2>/dev/null
# 2 Bonnanaro: reportlab, glyph by glyph, rotated stamp
python3 "$SRC/d02_bonnanaro.py" "$OUT/avviso-bonnanaro-glyphs.pdf"
# 3 Soleminis: pdfLaTeX, letter-spacing
cp "$SRC/d03_soleminis.tex" "$T/avviso-soleminis-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-soleminis-latex.tex >/dev/null)
mv "$T/avviso-soleminis-latex.pdf" "$OUT/"
# 4 Mezzojuso: python-docx -> LibreOffice
python3 "$SRC/d04_mezzojuso.py" "$T/avviso-mezzojuso-word.docx"
$LO --convert-to pdf "$T/avviso-mezzojuso-word.docx" --outdir "$OUT" >/dev/null
# 5 Neoneli: fpdf2, two columns
python3 "$SRC/d05_neoneli.py" "$OUT/avviso-neoneli-fpdf.pdf"
# 6 Acquaro: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_acquaro.html" "$OUT/bando-acquaro-wkhtml.pdf"
# 7 Palazzo Adriano: openpyxl -> LibreOffice Calc
python3 "$SRC/d07_palazzoadriano.py" "$T/graduatoria-palazzoadriano-calc.xlsx"
$LO --convert-to pdf "$T/graduatoria-palazzoadriano-calc.xlsx" --outdir "$OUT" >/dev/null
# 8 Carlentini: groff -ms -> gropdf
groff -k -ms -Tpdf -P-pa4 "$SRC/d08_carlentini.ms" > "$OUT/manifesto-carlentini-groff.pdf"
# 9 Bova Marina: 80-column text, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d09.ps" "$SRC/d09_bovamarina.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/comunicato-bovamarina-enscript.pdf"
# 10 Ardauli: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d10_ardauli.py" "$OUT/convocazione-ardauli-xobject.pdf"
# 11 Uggiano la Chiesa: HTML opened as a Writer document, LibreOffice
cp "$SRC/d11_uggiano.html" "$T/avviso-uggianolachiesa-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-uggianolachiesa-writer.html" --outdir "$OUT" >/dev/null
# 12 Santo Stefano Quisquina: reportlab, Tw/Tc
python3 "$SRC/d12_ssquisquina.py" "$OUT/avviso-santostefanoquisquina-reportlab.pdf"
rm -rf "$T"
