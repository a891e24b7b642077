#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory.
# Needs: python3 (reportlab, python-docx, Pillow), LibreOffice (soffice),
# chromium, enscript + ghostscript (ps2pdf), pdflatex (texlive, lmodern, babel-italian).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
cd "$TMP"

# 1 Unione dei Comuni del Sarrabus: Word template -> LibreOffice
python3 "$SRC/d01_unionesarrabus.py" d01.docx
soffice --headless --convert-to pdf d01.docx >/dev/null
cp d01.pdf "$OUT/deliberazione-unionesarrabus-sicraweb.pdf"

# 2 ASP Circondario Imolese: HTML -> Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$TMP/d02.pdf" "file://$SRC/d02_aspimolese.html" 2>/dev/null
cp d02.pdf "$OUT/determina-aspimolese-jiride.pdf"

# 3 Provincia di Chieti: flat ODT -> LibreOffice Writer
python3 "$SRC/d03_provinciachieti.py" d03.fodt
soffice --headless --convert-to pdf d03.fodt >/dev/null
cp d03.pdf "$OUT/decreto-provinciachieti-civilia.pdf"

# 4 Consorzio di Bonifica Veronese: ReportLab platypus
python3 "$SRC/d04_bonificaveronese.py" "$OUT/convocazione-bonificaveronese-kibernetes.pdf"

# 5 Cicciano: 132-column text -> enscript (landscape Courier 8) -> ps2pdf
python3 "$SRC/d05_cicciano.py" d05.txt
enscript -q -B -r -f Courier8 --margins=40:40:28:28 -X latin1 -o d05.ps d05.txt
ps2pdf -sPAPERSIZE=a4 d05.ps d05.pdf
cp d05.pdf "$OUT/deliberazione-cicciano-saga.pdf"

# 6 Piossasco: 80-column report drawn line by line (ReportLab, DejaVu Sans Mono)
python3 "$SRC/d06_piossasco.py" "$OUT/determina-piossasco-datagraph.pdf"

# 7 Pianella: typewriter Word form -> LibreOffice
python3 "$SRC/d07_pianella.py" d07.docx
soffice --headless --convert-to pdf d07.docx >/dev/null
cp d07.pdf "$OUT/certificato-pianella-wordtemplate.pdf"

# 8 Conselve: flat ODS spreadsheet -> LibreOffice Calc
python3 "$SRC/d08_conselve.py" d08.fods
soffice --headless --convert-to pdf d08.fods >/dev/null
cp d08.pdf "$OUT/allegato-conselve-excel.pdf"

# 9 Valfabbrica: raw PDF, glyph-by-glyph (pdfraw.py)
python3 "$SRC/d09_valfabbrica.py" "$OUT/deliberazione-valfabbrica-halley.pdf"

# 10 Teano: pdfLaTeX (twice, for the page count)
cp "$SRC/d10_teano.tex" .
pdflatex -interaction=batchmode d10_teano.tex >/dev/null
pdflatex -interaction=batchmode d10_teano.tex >/dev/null
cp d10_teano.pdf "$OUT/determina-teano-studiok.pdf"

# 11 Scanzano Jonico: ReportLab canvas, picture letterhead, drawn out of order
python3 "$SRC/d11_scanzanojonico.py" d11.pdf
cp d11.pdf "$OUT/avviso-scanzanojonico-apkappa.pdf"

# 12 Senorbì: raw PDF with Form XObjects, Tw/Tc justification (pdfraw.py)
python3 "$SRC/d12_senorbi.py" "$OUT/avviso-senorbi-zuddas.pdf"

rm -rf "$TMP"
ls -l "$OUT"/*.pdf
