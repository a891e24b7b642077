#!/bin/sh
# Rebuilds the 12 PDFs of set mix-87-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff (gropdf).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix87b.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-87b --headless"
# 1 Consorzio di Bonifica Alta Pianura Veneta: HTML opened as a Writer document
cp "$SRC/d01_altapianura.html" "$T/deliberazione-bonificaaltapianura-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-bonificaaltapianura-writer.html" --outdir "$OUT"
# 2 ASL Roma 4: reportlab, Tw/Tc
python3 "$SRC/d02_aslroma4.py" "$OUT/deliberazione-aslroma4-areas.pdf"
# 3 ASP Enna: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-87b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-aspenna-chromium.pdf" "$SRC/d03_aspenna.html" 2>/dev/null
# 4 Comunità Montana Alto Bradano: fpdf2, two-column roll
python3 "$SRC/d04_altobradano.py" "$OUT/deliberazione-altobradano-halley.pdf"
# 5 Provincia della Spezia: wkhtmltopdf
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d05_laspezia.html" "$OUT/decreto-provlaspezia-sicraweb.pdf"
# 6 Provincia di Savona: python-docx -> LibreOffice
python3 "$SRC/d06_provsavona.py" "$T/determinazione-provsavona-word.docx"
$LO --convert-to pdf "$T/determinazione-provsavona-word.docx" --outdir "$OUT"
# 7 ATER Umbria: reportlab, glyph by glyph, rotated stamp
python3 "$SRC/d07_aterumbria.py" "$OUT/decreto-aterumbria-datagraph.pdf"
# 8 Unione Alto Astigiano: reportlab Form XObjects, out-of-order drawing
python3 "$SRC/d08_altoastigiano.py" "$OUT/deliberazione-altoastigiano-apsystems.pdf"
# 9 BIM Tagliamento: 80-column Courier report, enscript + ghostscript
enscript -B -f Courier9.5 -M A4 --margins=50:40:40:40 -X latin1 -o "$T/d09.ps" "$SRC/d09_bimtagliamento.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/verbale-bimtagliamento-enscript.pdf"
# 10 ASL Roma 5: pdfLaTeX
cp "$SRC/d10_aslroma5.tex" "$T/avviso-aslroma5-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-aslroma5-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-aslroma5-latex.tex >/dev/null)
mv "$T/avviso-aslroma5-latex.pdf" "$OUT/"
# 11 Canale Emiliano Romagnolo: groff -ms -> gropdf
groff -ms -Kutf8 -Tpdf -P-pa4 -dpaper=a4 "$SRC/d11_canaleemiliano.ms" > "$OUT/attestazione-canaleemiliano-groff.pdf"
# 12 ACER Reggio Emilia: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_acerre.py" "$T/allegato-acerreggioemilia-calc.xlsx"
$LO --convert-to pdf "$T/allegato-acerreggioemilia-calc.xlsx" --outdir "$OUT"
rm -rf "$T"
