#!/bin/sh
# Rebuilds the 12 PDFs of set mix-98-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf, tbl), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-98c.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-98c"
# 1 Comunità di montagna Canal del Ferro e Val Canale: fpdf2, two-column recitals
python3 "$SRC/d01_canaldelferro.py" "$OUT/decreto-canaldelferro-insiel.pdf"
# 2 Lomazzo: pdfLaTeX with microtype letter-spacing
cp "$SRC/d02_lomazzo.tex" "$T/decreto-lomazzo-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-lomazzo-latex.tex >/dev/null && pdflatex -interaction=nonstopmode decreto-lomazzo-latex.tex >/dev/null)
mv "$T/decreto-lomazzo-latex.pdf" "$OUT/"
# 3 Caerano di San Marco: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d03_caerano.py" "$OUT/ordinanza-caeranodisanmarco-kibernetes.pdf"
# 4 Vimodrone: wkhtmltopdf, number/date in boxes
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d04_vimodrone.html" "$OUT/ordinanza-vimodrone-sicraweb.pdf"
# 5 Consorzio Dugali Naviglio Adda Serio: python-docx -> LibreOffice
python3 "$SRC/d05_dugali.py" "$T/bando-dugali-word.docx"
soffice $LO --headless --convert-to pdf "$T/bando-dugali-word.docx" --outdir "$OUT" >/dev/null
# 6 ASP Basso Lodigiano: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-98c --no-pdf-header-footer --print-to-pdf="$OUT/avviso-bassolodigiano-chromium.pdf" "$SRC/d06_bassolodigiano.html" 2>/dev/null
# 7 Pradamano: groff -ms + tbl -> gropdf
groff -t -ms -Tpdf -dpaper=a4 -P-pa4 -k "$SRC/d07_pradamano.ms" > "$OUT/matrimonio-pradamano-groff.pdf"
# 8 Unione Montana Valbrenta: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d08_valbrenta.py" "$OUT/convocazione-valbrenta-apkappa.pdf"
# 9 Villorba: openpyxl -> LibreOffice Calc, merged cells
python3 "$SRC/d09_villorba.py" "$T/allegato-villorba-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-villorba-calc.xlsx" --outdir "$OUT" >/dev/null
# 10 Carate Brianza: reportlab, Tw justification, Tc letter-spacing
python3 "$SRC/d10_caratebrianza.py" "$OUT/deliberazione-caratebrianza-civilia.pdf"
# 11 Bagnolo Mella: 80-column report, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d11.ps" "$SRC/d11_bagnolomella.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$OUT/determinazione-bagnolomella-halley.pdf"
# 12 Ponzano Veneto: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d12_ponzanoveneto.html" "$T/attestazione-ponzanoveneto-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/attestazione-ponzanoveneto-writer.html" --outdir "$OUT" >/dev/null
rm -rf "$T"
