#!/bin/sh
# Rebuilds the 12 PDFs of set mix-80-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-80a"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Roccalbegna: pdfLaTeX twocolumn
cp "$SRC/d01_roccalbegna.tex" "$T/d01.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d01.tex >/dev/null && pdflatex -interaction=nonstopmode d01.tex >/dev/null)
mv "$T/d01.pdf" "$OUT/deliberazione-roccalbegna-latex.pdf"
# 2 Trequanda: python-docx two-column section -> LibreOffice Writer
python3 "$SRC/d02_trequanda.py" "$T/deliberazione-trequanda-writer.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-trequanda-writer.docx" --outdir "$OUT" >/dev/null
# 3 Esanatoglia: CSS columns, headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-80a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-esanatoglia-chromium.pdf" "file://$SRC/d03_esanatoglia.html" 2>/dev/null
# 4 Cossignano: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm "$SRC/d04_cossignano.html" "$OUT/deliberazione-cossignano-wkhtml.pdf"
# 5 Vitorchiano: reportlab platypus (Tw justification, merged cells)
python3 "$SRC/d05_vitorchiano.py" "$OUT/deliberazione-vitorchiano-reportlab.pdf"
# 6 Sant'Anatolia di Narco: reportlab canvas, glyph by glyph, two narrow columns
python3 "$SRC/d06_santanatolia.py" "$OUT/deliberazione-santanatoliadinarco-jiride.pdf"
# 7 Montefelcino: fpdf2
python3 "$SRC/d07_montefelcino.py" "$OUT/determinazione-montefelcino-halley.pdf"
# 8 Vallerotonda: 80-column text, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_vallerotonda.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/ordinanza-vallerotonda-enscript.pdf"
# 9 Cetona: groff -ms -> PDF
groff -ms -Tpdf -P-pa4 -Kutf8 "$SRC/d09_cetona.ms" > "$OUT/attestazione-cetona-groff.pdf"
# 10 Seggiano: reportlab Form XObjects, out of reading order
python3 "$SRC/d10_seggiano.py" "$OUT/convocazione-seggiano-sicraweb.pdf"
# 11 Casperia: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_casperia.py" "$T/allegato-casperia-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-casperia-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Roccantica: fpdf2, rotated stamp
python3 "$SRC/d12_roccantica.py" "$OUT/decreto-roccantica-urbismart.pdf"
rm -rf "$T"
