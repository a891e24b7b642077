#!/bin/sh
# Rebuilds the 12 PDFs of set mix-77-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (mathptmx, fancyhdr, multicol, enumitem), groff (gropdf), iconv.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix77b.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file:///tmp/lo-77b"
# 1 Montemaggiore Belsito: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_montemaggiore.html" --outdir "$T" >/dev/null
mv "$T/d01_montemaggiore.pdf" "$OUT/deliberazione-montemaggiorebelsito-writer.pdf"
# 2 Ali Terme: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-77b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-aliterme-chromium.pdf" "$SRC/d02_aliterme.html" 2>/dev/null
# 3 Tresnuraghes: fpdf2, header/footer on every page, CID TrueType font
python3 "$SRC/d03_tresnuraghes.py" "$OUT/deliberazione-tresnuraghes-fpdf.pdf"
# 4 Giuliana: pdfLaTeX, roll in two columns (multicol)
cp "$SRC/d04_giuliana.tex" "$T/deliberazione-giuliana-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-giuliana-latex.tex >/dev/null)
mv "$T/deliberazione-giuliana-latex.pdf" "$OUT/"
# 5 Buseto Palizzolo: reportlab, one glyph per text object, roll split over two pages
python3 "$SRC/d05_buseto.py" "$OUT/deliberazione-busetopalizzolo-glyphs.pdf"
# 6 Mazzarrone: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d06_mazzarrone.html" "$OUT/determinazione-mazzarrone-wkhtml.pdf"
# 7 Cesaro: 73-column text, enscript -> PostScript -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d07_cesaro.txt" > "$T/d07.txt"
enscript -B -f Courier10 -M A4 --margins=60:40:40:30 -X latin1 -o "$T/d07.ps" "$T/d07.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-cesaro-enscript.pdf"
# 8 Roccalumera: groff -ms -> gropdf
groff -Kutf8 -ms -Tpdf -P-pa4 "$SRC/d08_roccalumera.ms" > "$OUT/ordinanza-roccalumera-groff.pdf"
# 9 Seui: reportlab, Form XObjects, bottom-up drawing, rotated stamp
python3 "$SRC/d09_seui.py" "$OUT/certificato-seui-formxobj.pdf"
# 10 Bortigali: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_bortigali.py" "$T/allegato-bortigali-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-bortigali-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Villafrati: python-docx -> LibreOffice
python3 "$SRC/d11_villafrati.py" "$T/convocazione-villafrati-word.docx"
soffice $LO --headless --convert-to pdf "$T/convocazione-villafrati-word.docx" --outdir "$OUT" >/dev/null
# 12 Furnari: reportlab platypus, justified paragraphs (Tw)
python3 "$SRC/d12_furnari.py" "$OUT/avviso-furnari-tw.pdf"
rm -rf "$T"
