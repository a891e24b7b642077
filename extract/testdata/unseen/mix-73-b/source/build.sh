#!/bin/sh
# Rebuilds the 12 PDFs of set mix-73-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff, enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr, babel-italian).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-73b --headless"
# 1 Castel San Niccolò: HTML opened as a Writer document (roll table over the page break, header row repeated)
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_castelsanniccolo.html" --outdir "$T" >/dev/null
mv "$T/d01_castelsanniccolo.pdf" "$OUT/deliberazione-castelsanniccolo-writer.pdf"
# 2 Castel San Niccolò: certificate as detached last page, reportlab Form XObjects + rotated stamp
python3 "$SRC/d02_castelsanniccolo.py" "$OUT/certificato-castelsanniccolo-halley.pdf"
# 3 Castel San Niccolò: groff -ms with tbl
groff -ms -t -Tpdf -P-pa4 -K utf8 "$SRC/d03_castelsanniccolo.ms" > "$OUT/determinazione-castelsanniccolo-groff.pdf"
# 4 Unione Valmarecchia, Consiglio: Chromium, roll in two CSS columns
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-73b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-valmarecchia-chromium.pdf" "$SRC/d04_valmarecchia.html" 2>/dev/null
# 5 Unione Valmarecchia, Giunta: pdfLaTeX, letter-spaced headings, roll in prose
cp "$SRC/d05_valmarecchia.tex" "$T/deliberazione-valmarecchia-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-valmarecchia-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-valmarecchia-latex.tex >/dev/null)
mv "$T/deliberazione-valmarecchia-latex.pdf" "$OUT/"
# 6 Unione Valmarecchia: convocation, wkhtmltopdf
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 20mm "$SRC/d06_valmarecchia.html" "$OUT/convocazione-valmarecchia-wkhtml.pdf" 2>/dev/null
# 7 Sant'Egidio alla Vibrata: reportlab, one Tm/Tj per glyph, roll over the page break
python3 "$SRC/d07_santegidio.py" "$OUT/deliberazione-santegidio-sicraweb.pdf"
# 8 Sant'Egidio alla Vibrata: relata as detached last page, fpdf2
python3 "$SRC/d08_santegidio.py" "$OUT/relata-santegidio-fpdf.pdf"
# 9 Sant'Egidio alla Vibrata: 80-column ordinance, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d09.ps" "$SRC/d09_santegidio.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/ordinanza-santegidio-enscript.pdf"
# 10 Castel Madama: python-docx -> LibreOffice
python3 "$SRC/d10_castelmadama.py" "$T/deliberazione-castelmadama-word.docx"
$LO --convert-to pdf "$T/deliberazione-castelmadama-word.docx" --outdir "$OUT" >/dev/null
# 11 Castel Madama: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_castelmadama.py" "$T/allegato-castelmadama-calc.xlsx"
$LO --convert-to pdf "$T/allegato-castelmadama-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Monte Santa Maria Tiberina: reportlab platypus (Tw justification, Tc letterhead)
python3 "$SRC/d12_montesantamaria.py" "$OUT/deliberazione-montesantamaria-jiride.pdf"
rm -rf "$T"
