#!/bin/sh
# Rebuilds the 12 PDFs of set mix-94-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff (ms, tbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="soffice -env:UserInstallation=file:///tmp/lo-94c --headless"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Provincia MS, decreto 12: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d01_decreto12.html" "$T/decreto-provmassacarrara-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/decreto-provmassacarrara-writer.html" --outdir "$OUT" >/dev/null
# 2 Provincia MS, decreto 13: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d02_decreto13.py" "$OUT/decreto-provmassacarrara-glyphs.pdf"
# 3 Provincia MS, determinazione R.G. 311: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d03_det311.html" "$OUT/determinazione-provmassacarrara-wkhtml.pdf"
# 4 Provincia MS, determinazione 318/2026 R.G.: enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d04.ps" "$SRC/d04_det318.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/determinazione-provmassacarrara-enscript.pdf"
# 5 Provincia MS, Consiglio provinciale 5/2026: fpdf2, two-group roll
python3 "$SRC/d05_consiglio.py" "$OUT/deliberazione-provmassacarrara-fpdf.pdf"
# 6 Provincia MS, certificate of publication: pdfLaTeX
cp "$SRC/d06_certificato.tex" "$T/certificato-provmassacarrara-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode certificato-provmassacarrara-latex.tex >/dev/null)
mv "$T/certificato-provmassacarrara-latex.pdf" "$OUT/"
# 7 Provincia MS, avviso: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-94c --no-pdf-header-footer --print-to-pdf="$OUT/avviso-provmassacarrara-chromium.pdf" "file://$SRC/d07_avviso.html" 2>/dev/null
# 8 Unione Media Valle del Liri, Giunta 6/2026: python-docx -> LibreOffice
python3 "$SRC/d08_giunta_liri.py" "$T/deliberazione-unionemedialiri-word.docx"
$LO --convert-to pdf "$T/deliberazione-unionemedialiri-word.docx" --outdir "$OUT" >/dev/null
# 9 Unione Media Valle del Liri, determinazione 47/2026 R.G.: reportlab Tw/Tc
python3 "$SRC/d09_det_liri.py" "$OUT/determinazione-unionemedialiri-reportlab.pdf"
# 10 Unione Media Valle del Liri, Allegato A: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_allegato_liri.py" "$T/allegato-unionemedialiri-calc.xlsx"
$LO --convert-to pdf "$T/allegato-unionemedialiri-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Unione Valle del Giovenco, Giunta 3/2026: groff -ms with tbl
groff -Kutf8 -t -ms -Tpdf -P-pa4 -dpaper=a4 "$SRC/d11_giunta_giovenco.ms" > "$OUT/deliberazione-unionegiovenco-groff.pdf"
# 12 Unione Valle del Giovenco, avviso: reportlab Form XObjects, out of reading order
python3 "$SRC/d12_avviso_giovenco.py" "$OUT/avviso-unionegiovenco-xobject.pdf"
rm -rf "$T"
