#!/bin/sh
# Rebuilds the 12 PDFs of set mix-73-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-73a --headless"
# 1 Città metropolitana di Torino: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-73a --no-pdf-header-footer --print-to-pdf="$OUT/decreto-cmtorino-chromium.pdf" "$SRC/d01_cmtorino.html" 2>/dev/null
# 2 Settimo Torinese: reportlab, glyph by glyph
python3 "$SRC/d02_settimo.py" "$OUT/ordinanza-settimotorinese-kibernetes.pdf"
# 3 Collegno: HTML opened as Writer document -> LibreOffice
cp "$SRC/d03_collegno.html" "$T/determinazione-collegno-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-collegno-writer.html" --outdir "$OUT" >/dev/null
# 4 Somma Lombardo: fpdf2, number/date only in the top-right box
python3 "$SRC/d04_sommalombardo.py" "$OUT/ordinanza-sommalombardo-jiride.pdf"
# 5 Cassano Magnago: pdfLaTeX with letter-spacing
cp "$SRC/d05_cassanomagnago.tex" "$T/decreto-cassanomagnago-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-cassanomagnago-latex.tex >/dev/null && pdflatex -interaction=nonstopmode decreto-cassanomagnago-latex.tex >/dev/null)
mv "$T/decreto-cassanomagnago-latex.pdf" "$OUT/"
# 6 Arcore: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d06_arcore.html" "$OUT/ordinanza-arcore-wkhtml.pdf"
# 7 Valmadrera: 80-column Courier report, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_valmadrera.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-valmadrera-halley.pdf"
# 8 Scorzè: groff -ms, number and date only in the running foot
groff -k -ms -Tps "$SRC/d08_scorze.ms" > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/ordinanza-scorze-groff.pdf"
# 9 Cadoneghe: python-docx -> LibreOffice
python3 "$SRC/d09_cadoneghe.py" "$T/decreto-cadoneghe-word.docx"
$LO --convert-to pdf "$T/decreto-cadoneghe-word.docx" --outdir "$OUT" >/dev/null
# 10 Sedico: reportlab Form XObjects, out-of-order drawing, rotated stamp
python3 "$SRC/d10_sedico.py" "$OUT/attestazione-sedico-apkappa.pdf"
# 11 Savignone: reportlab Tw/Tc
python3 "$SRC/d11_savignone.py" "$OUT/ordinanza-savignone-civilia.pdf"
# 12 Pontedassio: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_pontedassio.py" "$T/allegato-pontedassio-calc.xlsx"
$LO --convert-to pdf "$T/allegato-pontedassio-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
