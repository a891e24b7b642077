#!/bin/sh
# Rebuilds the 12 PDFs of set mix-76-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (mathptmx, fancyhdr, enumitem), groff (gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix76b.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file:///tmp/lo-76b"
# 1 Castel di Iudica: reportlab platypus, justified lines (Tw)
python3 "$SRC/d01_casteldiiudica.py" "$OUT/determinazione-casteldiiudica-urbi.pdf"
# 2 Raccuja: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d02_raccuja.html" --outdir "$T" >/dev/null
mv "$T/d02_raccuja.pdf" "$OUT/deliberazione-raccuja-writer.pdf"
# 3 Unione dei Comuni Alta Marmilla: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d03_altamarmilla.html" "$OUT/determinazione-ucaltamarmilla-wkhtml.pdf"
# 4 Melicucco: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d04_melicucco.py" "$OUT/ordinanza-melicucco-glyphs.pdf"
# 5 Libero Consorzio Comunale di Siracusa: pdfLaTeX
cp "$SRC/d05_lcsiracusa.tex" "$T/decreto-lcsiracusa-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-lcsiracusa-latex.tex >/dev/null)
mv "$T/decreto-lcsiracusa-latex.pdf" "$OUT/"
# 6 Orotelli: headless Chromium, Italian/Sardinian letterhead side by side
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-76b --no-pdf-header-footer --print-to-pdf="$OUT/avviso-orotelli-chromium.pdf" "$SRC/d06_orotelli.html" 2>/dev/null
# 7 San Calogero: fpdf2, header and foot repeated on both pages
python3 "$SRC/d07_sancalogero.py" "$OUT/deliberazione-sancalogero-fpdf.pdf"
# 8 Siligo: 80-column text, enscript -> PostScript -> ps2pdf
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_siligo.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/deliberazione-siligo-enscript.pdf"
# 9 Villarosa: groff -ms -> gropdf
groff -Kutf8 -ms -Tpdf -P-pa4 "$SRC/d09_villarosa.ms" > "$OUT/certificato-villarosa-groff.pdf"
# 10 Nardodipace: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_nardodipace.py" "$T/allegato-nardodipace-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-nardodipace-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Gesturi: python-docx -> LibreOffice
python3 "$SRC/d11_gesturi.py" "$T/convocazione-gesturi-word.docx"
soffice $LO --headless --convert-to pdf "$T/convocazione-gesturi-word.docx" --outdir "$OUT" >/dev/null
# 12 Librizzi: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d12_librizzi.py" "$OUT/bando-librizzi-formxobj.pdf"
rm -rf "$T"
