#!/bin/sh
# Rebuilds the 12 PDFs of set mix-103-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr, babel-italian).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="soffice -env:UserInstallation=file:///tmp/lo-103a --headless"
# --- Comune di Prizzi (PA), Sicilia: "Halley" house style
python3 "$SRC/d01_prizzi.py" "$OUT/deliberazione-prizzi-halley.pdf"                 # reportlab, Tw/Tc justification
iconv -f utf-8 -t latin1 "$SRC/d02_prizzi.txt" > "$T/d02.txt"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d02.ps" "$T/d02.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d02.ps" "$OUT/determinazione-prizzi-halley.pdf"            # enscript + ghostscript
python3 "$SRC/d03_prizzi.py" "$OUT/ordinanza-prizzi-halley.pdf"                     # reportlab, one Tm+Tj per glyph, rotated stamp
python3 "$SRC/d04_prizzi.py" "$OUT/certificato-prizzi-halley.pdf"                   # reportlab Courier form
# --- Comune di Bagnasco (CN), Piemonte: "Ancitel" house style
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d05_bagnasco.html" --outdir "$T" >/dev/null
mv "$T/d05_bagnasco.pdf" "$OUT/deliberazione-bagnasco-ancitel.pdf"                  # LibreOffice Writer
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_bagnasco.html" "$OUT/determinazione-bagnasco-ancitel.pdf"
cp "$SRC/d07_bagnasco.tex" "$T/d07.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d07.tex >/dev/null && pdflatex -interaction=nonstopmode d07.tex >/dev/null)
mv "$T/d07.pdf" "$OUT/decreto-bagnasco-ancitel.pdf"                                 # pdfLaTeX
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-103a --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-bagnasco-ancitel.pdf" "file://$SRC/d08_bagnasco.html" 2>/dev/null   # Chromium
# --- Comune di Vidor (TV), Veneto: "Sicraweb" house style
python3 "$SRC/d09_vidor.py" "$OUT/deliberazione-vidor-sicraweb.pdf"                 # fpdf2, running head/foot on each page
python3 "$SRC/d10_vidor.py" "$T/determinazione-vidor-sicraweb.docx"
$LO --convert-to pdf "$T/determinazione-vidor-sicraweb.docx" --outdir "$OUT" >/dev/null   # python-docx -> LibreOffice
python3 "$SRC/d11_vidor.py" "$OUT/ordinanza-vidor-sicraweb.pdf"                     # reportlab, Form XObjects out of order
preconv -e utf-8 "$SRC/d12_vidor.ms" | groff -ms -Tps -dpaper=a4 -P-pa4 > "$T/d12.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d12.ps" "$OUT/convocazione-vidor-sicraweb.pdf"             # groff -ms + ghostscript
rm -rf "$T"
