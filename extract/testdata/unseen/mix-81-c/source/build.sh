#!/bin/sh
# Rebuilds the 12 PDFs of set mix-81-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, pdflatex (lmodern, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-81c --headless"
# 1 Amaseno: HTML opened as a Writer document
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_amaseno.html" --outdir "$T" >/dev/null
mv "$T/d01_amaseno.pdf" "$OUT/determinazione-amaseno-writer.pdf"
# 2 Castro dei Volsci: reportlab, glyph by glyph
python3 "$SRC/d02_castrodeivolsci.py" "$OUT/determinazione-castrodeivolsci-halley.pdf"
# 3 Prossedi: Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-81c --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-prossedi-chromium.pdf" "$SRC/d03_prossedi.html" 2>/dev/null
# 4 Camerota: fpdf2
python3 "$SRC/d04_camerota.py" "$OUT/determinazione-camerota-sicraweb.pdf"
# 5 Torella dei Lombardi: enscript + ps2pdf
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -q -o "$T/d05.ps" "$SRC/d05_torella.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/determinazione-torelladeilombardi-enscript.pdf"
# 6 Unione Alto Cilento CUC: wkhtmltopdf (the CSS column rule is ignored by its old WebKit: single column)
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_altocilento.html" "$OUT/determinazione-altocilento-wkhtml.pdf"
# 7 Padria: pdfLaTeX
cp "$SRC/d07_padria.tex" "$T/d07.tex"; (cd "$T" && pdflatex -interaction=nonstopmode d07.tex >/dev/null)
mv "$T/d07.pdf" "$OUT/determinazione-padria-latex.pdf"
# 8 Genoni: reportlab, Tw/Tc
python3 "$SRC/d08_genoni.py" "$OUT/determinazione-genoni-reportlab.pdf"
# 9 Cianciana: groff -ms -> PostScript -> ps2pdf
groff -ms -Tps -Kutf8 "$SRC/d09_cianciana.ms" > "$T/d09.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/determinazione-cianciana-groff.pdf"
# 10 Blufi: python-docx -> LibreOffice
python3 "$SRC/d10_blufi.py" "$T/deliberazione-blufi-word.docx"
$LO --convert-to pdf "$T/deliberazione-blufi-word.docx" --outdir "$OUT" >/dev/null
# 11 Mugnano del Cardinale: reportlab, Form XObjects, out of order, rotated stamp
python3 "$SRC/d11_mugnano.py" "$OUT/attestazione-mugnanodelcardinale-maggioli.pdf"
# 12 San Giovanni Gemini: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_sangiovannigemini.py" "$T/allegato-sangiovannigemini-calc.xlsx"
$LO --convert-to pdf "$T/allegato-sangiovannigemini-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
