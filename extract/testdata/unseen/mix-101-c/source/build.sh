#!/bin/sh
# Rebuilds the 12 PDFs of set mix-101-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, pdflatex (lmodern, microtype, fancyhdr, enumitem), groff (gropdf), pdftotext.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix101c.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-101c --headless"
# 1 Cinto Caomaggiore: HTML opened as a Writer document (frontespizio + act), LibreOffice
cp "$SRC/d01_cinto.html" "$T/determinazione-cintocaomaggiore-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-cintocaomaggiore-writer.html" --outdir "$OUT" >/dev/null
# 2 Sospirolo: reportlab platypus, heading table beside crest, Tw/Tc
python3 "$SRC/d02_sospirolo.py" "$OUT/determinazione-sospirolo-reportlab.pdf"
# 3 Pianiga: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-101c --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-pianiga-chromium.pdf" "file://$SRC/d03_pianiga.html" 2>/dev/null
# 4 Cavaso del Tomba: pdfLaTeX
cp "$SRC/d04_cavaso.tex" "$T/determinazione-cavasodeltomba-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-cavasodeltomba-latex.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-cavasodeltomba-latex.tex >/dev/null)
mv "$T/determinazione-cavasodeltomba-latex.pdf" "$OUT/"
# 5 Pojana Maggiore: 80-column Courier report, enscript + ghostscript
enscript -B -f Courier9.5 -M A4 --margins=50:40:40:30 -X latin1 -o "$T/d05.ps" "$SRC/d05_pojana.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/determinazione-pojanamaggiore-halley.pdf"
# 6 Castelbaldo: openpyxl -> LibreOffice Calc
python3 "$SRC/d06_castelbaldo.py" "$T/allegato-castelbaldo-calc.xlsx"
$LO --convert-to pdf "$T/allegato-castelbaldo-calc.xlsx" --outdir "$OUT" >/dev/null
# 7 Gaiarine: fpdf2 certificate
python3 "$SRC/d07_gaiarine.py" "$OUT/attestazione-gaiarine-jiride.pdf"
# 8 Villar Perosa: reportlab glyph by glyph, rotated stamp
python3 "$SRC/d08_villarperosa.py" "$OUT/determinazione-villarperosa-kibernetes.pdf"
# 9 Sordevolo: wkhtmltopdf, two-column body
wkhtmltopdf -q --zoom 1.35 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d09_sordevolo.html" "$OUT/determinazione-sordevolo-wkhtml.pdf"
# 10 Cossano Belbo: groff -ms -> gropdf
preconv -e utf-8 "$SRC/d10_cossano.ms" | groff -ms -Tpdf -P-pa4 -dpaper=a4 > "$OUT/determinazione-cossanobelbo-groff.pdf"
# 11 Bosconero: python-docx -> LibreOffice
python3 "$SRC/d11_bosconero.py" "$T/avviso-bosconero-word.docx"
$LO --convert-to pdf "$T/avviso-bosconero-word.docx" --outdir "$OUT" >/dev/null
# 12 Carpignano Sesia: reportlab Form XObjects, out of reading order
python3 "$SRC/d12_carpignano.py" "$OUT/determinazione-carpignanosesia-reportlab.pdf"
rm -rf "$T"
python3 "$SRC/keys_make.py"
