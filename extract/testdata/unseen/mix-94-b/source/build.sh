#!/bin/sh
# Rebuilds the 12 PDFs of set mix-94-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff + ghostscript (ps2pdf), enscript, pdflatex (lmodern, multicol, fancyhdr, microtype).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix94b-build.XXXXXX)
LO="soffice -env:UserInstallation=file:///tmp/lo-94b --headless"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
cd "$SRC"
# 1 Segrate: HTML written by Python, printed by headless Chromium
python3 d01_segrate.py "$T/d01.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-94b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-segrate-chromium.pdf" "$T/d01.html" 2>/dev/null
# 2 Corsico: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm d02_corsico.html "$OUT/deliberazione-corsico-wkhtmltopdf.pdf" 2>/dev/null
# 3 Lainate: python-docx -> LibreOffice Writer
python3 d03_lainate.py "$T/deliberazione-lainate-word.docx"
$LO --convert-to pdf "$T/deliberazione-lainate-word.docx" --outdir "$OUT" >/dev/null
# 4 Castellanza: reportlab, one Tm/Tj per glyph
python3 d04_castellanza.py "$OUT/deliberazione-castellanza-maggioli.pdf"
# 5 Gardone Val Trompia: pdfLaTeX, two columns
cp d05_gardone.tex "$T/deliberazione-gardonevaltrompia-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-gardonevaltrompia-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-gardonevaltrompia-latex.tex >/dev/null)
mv "$T/deliberazione-gardonevaltrompia-latex.pdf" "$OUT/"
# 6 Calolziocorte: fpdf2, header/footer on every page
python3 d06_calolziocorte.py "$OUT/deliberazione-calolziocorte-halley.pdf"
# 7 Cerano: groff -ms -> PostScript -> Ghostscript
groff -t -ms -Kutf8 -Tps d07_cerano.ms > "$T/d07.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/deliberazione-cerano-groff.pdf"
# 8 Quarona: reportlab, Tw-justified lines and Tc-spaced headings
python3 d08_quarona.py "$OUT/deliberazione-quarona-siscom.pdf"
# 9 Grignasco: 80-column text, enscript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d09.ps" d09_grignasco.txt
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/convocazione-grignasco-enscript.pdf"
# 10 Ghemme: reportlab, Form XObject letterhead, rotated stamp, values before labels
python3 d10_ghemme.py "$OUT/attestazione-ghemme-civilia.pdf"
# 11 Brandizzo: openpyxl -> LibreOffice Calc
python3 d11_brandizzo.py "$T/allegato-brandizzo-calc.xlsx"
$LO --convert-to pdf "$T/allegato-brandizzo-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Cassolnovo: HTML opened as a Writer document, exported by LibreOffice
cp d12_cassolnovo.html "$T/determinazione-cassolnovo-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-cassolnovo-writer.html" --outdir "$OUT" >/dev/null
rm -rf "$T"
rm -rf "$SRC/__pycache__"
