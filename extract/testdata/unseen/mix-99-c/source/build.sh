#!/bin/sh
# Rebuilds the 12 PDFs of set mix-99-c into the parent directory (OUTDIR), then writes and checks keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, pdflatex (lmodern, microtype,
# fancyhdr), wkhtmltopdf, chromium, groff (-ms, tbl), enscript, ghostscript (ps2pdf), poppler-utils.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
LO="soffice -env:UserInstallation=file://$T/lo --headless"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Cefala Diana: reportlab, Tw-justified lines, register box beside the heading
python3 "$SRC/d01_cefaladiana.py" "$OUT/determina-cefaladiana-sicilweb.pdf"
# 2 Godrano: python-docx -> LibreOffice Writer
python3 "$SRC/d02_godrano.py" "$T/determina-godrano-word.docx"
$LO --convert-to pdf "$T/determina-godrano-word.docx" --outdir "$OUT" >/dev/null
# 3 Roccafiorita: reportlab, glyph by glyph, rotated Albo stamp
python3 "$SRC/d03_roccafiorita.py" "$OUT/ordinanza-roccafiorita-halley.pdf"
# 4 Bonnanaro: pdfLaTeX
cp "$SRC/d04_bonnanaro.tex" "$T/decreto-bonnanaro-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-bonnanaro-latex.tex >/dev/null && pdflatex -interaction=nonstopmode decreto-bonnanaro-latex.tex >/dev/null)
mv "$T/decreto-bonnanaro-latex.pdf" "$OUT/"
# 5 Gesico: wkhtmltopdf (register table with merged cells)
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d05_gesico.html" "$OUT/determina-gesico-wkhtml.pdf" 2>/dev/null
# 6 Ardauli: groff -ms + tbl (gropdf)
groff -ms -t -k -Tpdf -P-pa4 "$SRC/d06_ardauli.ms" > "$OUT/certificato-ardauli-groff.pdf"
# 7 Cardeto: 80-column Courier text, enscript + ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d07.ps" "$SRC/d07_cardeto.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determina-cardeto-enscript.pdf"
# 8 Scido: headless Chromium, running head and foot on every page
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/determina-scido-chromium.pdf" "$SRC/d08_scido.html" 2>/dev/null
# 9 Vallefiorita: fpdf2, CID TrueType fonts
python3 "$SRC/d09_vallefiorita.py" "$OUT/avviso-vallefiorita-fpdf.pdf"
# 10 Campomaggiore: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_campomaggiore.py" "$T/allegato-campomaggiore-calc.xlsx"
$LO --convert-to pdf "$T/allegato-campomaggiore-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 San Chirico Nuovo: hand-written PostScript, drawn out of reading order, ps2pdf
python3 "$SRC/d11_sanchiriconuovo.py" "$T/d11.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$OUT/decreto-sanchiriconuovo-ps.pdf"
# 12 Nemoli: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d12_nemoli.html" "$T/ordinanza-nemoli-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/ordinanza-nemoli-writer.html" --outdir "$OUT" >/dev/null
python3 "$SRC/keys_make.py"
