#!/bin/sh
# Rebuilds the 12 PDFs of set mix-77-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, pdflatex (lmodern, microtype, fancyhdr), groff (gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-77c --headless"
CH="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=/tmp/chr-77c"
# 1 Arquà Petrarca: "Dettaglio atto" page printed by Chromium (site header)
$CH --print-to-pdf="$OUT/determinazione-arquapetrarca-chromium.pdf" "$SRC/d01_arquapetrarca.html"
# 2 Dozza: "Dettaglio atto" page by wkhtmltopdf, body name only in the site footer at the end of the page
wkhtmltopdf -q -s A4 -T 15mm -B 20mm -L 18mm -R 18mm --zoom 1.5 "$SRC/d02_dozza.html" "$OUT/ordinanza-dozza-wkhtmltopdf.pdf"
# 3 Orta San Giulio: Chromium, breadcrumb and side column (two columns)
$CH --print-to-pdf="$OUT/avviso-ortasangiulio-portale.pdf" "$SRC/d03_ortasangiulio.html"
# 4 Fontanigorda: HTML opened in Writer, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d04_fontanigorda.html" --outdir "$T" >/dev/null
mv "$T/d04_fontanigorda.pdf" "$OUT/deliberazione-fontanigorda-writer.pdf"
# 5 Pamparato: python-docx (Word) -> LibreOffice
python3 "$SRC/d05_pamparato.py" "$T/decreto-pamparato-word.docx"
$LO --convert-to pdf "$T/decreto-pamparato-word.docx" --outdir "$OUT" >/dev/null
# 6 Predore: openpyxl (Excel) -> LibreOffice Calc
python3 "$SRC/d06_predore.py" "$T/matrimonio-predore-excel.xlsx"
$LO --convert-to pdf "$T/matrimonio-predore-excel.xlsx" --outdir "$OUT" >/dev/null
# 7 Aieta: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d07_aieta.py" "$OUT/ordinanza-aieta-halley.pdf"
# 8 Montalbano Elicona: reportlab, Tw/Tc, letterhead Form XObject drawn last
python3 "$SRC/d08_montalbano.py" "$OUT/deliberazione-montalbanoelicona-civilia.pdf"
# 9 Santo Stefano di Sessanio: 80-column report, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d09.ps" "$SRC/d09_santostefano.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/determinazione-santostefanodisessanio-enscript.pdf"
# 10 Bagnoli del Trigno: fpdf2
python3 "$SRC/d10_bagnoli.py" "$OUT/attestazione-bagnolideltrigno-fpdf2.pdf"
# 11 Zungri: pdfLaTeX with letter-spacing
cp "$SRC/d11_zungri.tex" "$T/avviso-zungri-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-zungri-latex.tex >/dev/null)
mv "$T/avviso-zungri-latex.pdf" "$OUT/"
# 12 Sarule: groff -ms -> gropdf
groff -Kutf-8 -ms -Tpdf -P-pa4 "$SRC/d12_sarule.ms" > "$OUT/decreto-sarule-groff.pdf"
rm -rf "$T"
