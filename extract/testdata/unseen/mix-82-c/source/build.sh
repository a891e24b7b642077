#!/bin/sh
# Rebuilds the 12 PDFs of set mix-82-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-82c --headless"
# 1 Vobarno: python-docx -> LibreOffice Writer
python3 "$SRC/d01_vobarno.py" "$T/determinazione-vobarno-word.docx"
$LO --convert-to pdf "$T/determinazione-vobarno-word.docx" --outdir "$OUT" >/dev/null
# 2 Valdengo: reportlab Tw/Tc
python3 "$SRC/d02_valdengo.py" "$OUT/determinazione-valdengo-halley.pdf"
# 3 Tarsia: fpdf2, merged-cell register box
python3 "$SRC/d03_tarsia.py" "$OUT/determinazione-tarsia-kibernetes.pdf"
# 4 Cittareale: Chromium headless, two columns, certificate on page 2
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-82c --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cittareale-chromium.pdf" "$SRC/d04_cittareale.html" 2>/dev/null
# 5 Buonalbergo: enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d05.ps" "$SRC/d05_buonalbergo.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/determinazione-buonalbergo-enscript.pdf"
# 6 Montefalcone nel Sannio: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_montefalcone.html" "$OUT/determinazione-montefalconenelsannio-sicraweb.pdf"
# 7 Ovindoli: pdfLaTeX with letter-spacing
cp "$SRC/d07_ovindoli.tex" "$T/deliberazione-ovindoli-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-ovindoli-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-ovindoli-latex.tex >/dev/null)
mv "$T/deliberazione-ovindoli-latex.pdf" "$OUT/"
# 8 Roccella Valdemone: reportlab glyph-by-glyph, rotated stamp
python3 "$SRC/d08_roccella.py" "$OUT/determinazione-roccellavaldemone-glyph.pdf"
# 9 Fiumalbo: groff -ms -> PostScript -> ps2pdf
groff -ms -Tps -K utf8 "$SRC/d09_fiumalbo.ms" > "$T/d09.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/attestazione-fiumalbo-groff.pdf"
# 10 Ziano di Fiemme: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_ziano.py" "$T/allegato-zianodifiemme-calc.xlsx"
$LO --convert-to pdf "$T/allegato-zianodifiemme-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Pieve Torina: reportlab Form XObjects, out of reading order
python3 "$SRC/d11_pievetorina.py" "$OUT/determinazione-pievetorina-apkappa.pdf"
# 12 Ruvo del Monte: HTML opened as a Writer document
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d12_ruvodelmonte.html" --outdir "$T" >/dev/null
mv "$T/d12_ruvodelmonte.pdf" "$OUT/avviso-ruvodelmonte-writer.pdf"
rm -rf "$T"
python3 "$SRC/keys_make.py"
