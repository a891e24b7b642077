#!/bin/sh
# Rebuilds the 12 PDFs of set mix-79-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, fancyhdr), groff (gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-79b --headless"
# 1 Gambellara: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_gambellara.html" --outdir "$T" >/dev/null
mv "$T/d01_gambellara.pdf" "$OUT/deliberazione-gambellara-writer.pdf"
# 2 Fossalta di Portogruaro: reportlab, justified (Tw), number/date only in the running head
python3 "$SRC/d02_fossalta.py" "$OUT/deliberazione-fossaltadiportogruaro-civilia.pdf"
# 3 Forni Avoltri: fpdf2, kind printed vertically in a side band
python3 "$SRC/d03_forniavoltri.py" "$OUT/determinazione-forniavoltri-insiel.pdf"
# 4 Vajont: pdfLaTeX, letterhead in the footer
cp "$SRC/d04_vajont.tex" "$T/ordinanza-vajont-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-vajont-latex.tex >/dev/null)
mv "$T/ordinanza-vajont-latex.pdf" "$OUT/"
# 5 Bagno di Romagna: Chromium headless, subject before the heading
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-79b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-bagnodiromagna-chromium.pdf" "$SRC/d05_bagnodiromagna.html" 2>/dev/null
# 6 Castel del Rio: reportlab, one glyph per Tm/Tj, rotated copy stamp
python3 "$SRC/d06_casteldelrio.py" "$OUT/decreto-casteldelrio-kibernetes.pdf"
# 7 Fanano: wkhtmltopdf, two-column header table
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d07_fanano.html" "$OUT/avviso-fanano-wkhtml.pdf"
# 8 Montieri: 80-column report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_montieri.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/attestazione-montieri-halley.pdf"
# 9 Palaia: groff -ms -> gropdf
groff -k -ms -Tpdf "$SRC/d09_palaia.ms" > "$OUT/convocazione-palaia-groff.pdf"
# 10 Zovencedo: openpyxl (merged cells) -> LibreOffice Calc
python3 "$SRC/d10_zovencedo.py" "$T/allegato-zovencedo-calc.xlsx"
$LO --convert-to pdf "$T/allegato-zovencedo-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Cinto Euganeo: python-docx, letterhead in the footer -> LibreOffice
python3 "$SRC/d11_cintoeuganeo.py" "$T/bando-cintoeuganeo-word.docx"
$LO --convert-to pdf "$T/bando-cintoeuganeo-word.docx" --outdir "$OUT" >/dev/null
# 12 Borghi: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d12_borghi.py" "$OUT/deliberazione-borghi-apkappa.pdf"
rm -rf "$T"
