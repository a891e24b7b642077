#!/bin/sh
# Rebuilds the 12 PDFs of set mix-102-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (-ms, tbl, gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix102c-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-102c --headless"
# 1 Arcugnano: fpdf2, DejaVu as CID TrueType, label grid, letter-spaced title
python3 "$SRC/d01_arcugnano.py" "$OUT/certificato-arcugnano-halley.pdf"
# 2 Felitto: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d02_felitto.py" "$OUT/relata-felitto-kibernetes.pdf"
# 3 Commessaggio: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d03_commessaggio.html" "$OUT/esecutivita-commessaggio-wkhtml.pdf"
# 4 Pratella: 80-column Courier, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d04.ps" "$SRC/d04_pratella.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/deposito-pratella-enscript.pdf"
# 5 Refrontolo: groff -ms + tbl -> gropdf
groff -ms -t -Tpdf -P-pa4 -Kutf8 "$SRC/d05_refrontolo.ms" > "$OUT/avviso-refrontolo-groff.pdf"
# 6 Zimella: python-docx -> LibreOffice
python3 "$SRC/d06_zimella.py" "$T/accertamento-zimella-word.docx"
$LO --convert-to pdf "$T/accertamento-zimella-word.docx" --outdir "$OUT" >/dev/null
# 7 Paspardo: pdfLaTeX
cp "$SRC/d07_paspardo.tex" "$T/convocazione-paspardo-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode convocazione-paspardo-latex.tex >/dev/null)
mv "$T/convocazione-paspardo-latex.pdf" "$OUT/"
# 8 Manocalzati: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-102c --no-pdf-header-footer --print-to-pdf="$OUT/esito-manocalzati-chromium.pdf" "file://$SRC/d08_manocalzati.html" 2>/dev/null
# 9 Rovolon: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d09_rovolon.html" "$T/deliberazione-rovolon-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-rovolon-writer.html" --outdir "$OUT" >/dev/null
# 10 Albosaggia: reportlab, Form XObjects drawn after the body, Tw justification
python3 "$SRC/d10_albosaggia.py" "$OUT/determinazione-albosaggia-sicraweb.pdf"
# 11 Foglianise: wkhtmltopdf, two-column premises
wkhtmltopdf -q --zoom 1.3 -s A4 -T 14mm -B 14mm -L 17mm -R 17mm "$SRC/d11_foglianise.html" "$OUT/ordinanza-foglianise-wkhtml.pdf"
# 12 Isola Dovarese: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_isoladovarese.py" "$T/allegato-isoladovarese-calc.xlsx"
$LO --convert-to pdf "$T/allegato-isoladovarese-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
