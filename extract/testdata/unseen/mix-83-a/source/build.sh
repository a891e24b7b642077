#!/bin/sh
# Rebuilds the 12 PDFs of set mix-83-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# groff (gropdf), enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), DejaVu fonts.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-83a"
# --- Comune di Sant'Arsenio (SA) - house style "halley"
python3 "$SRC/d01_santarsenio_giunta.py" "$OUT/deliberazione-santarsenio-halley.pdf"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d02_santarsenio_det.html" "$OUT/determinazione-santarsenio-halley.pdf"
python3 "$SRC/d03_santarsenio_ord.py" "$OUT/ordinanza-santarsenio-halley.pdf"
groff -ms -Tpdf -P-pa4 -dpaper=a4 -k "$SRC/d04_santarsenio_att.ms" > "$OUT/attestazione-santarsenio-halley.pdf"
# --- Comune di Erchie (BR) - house style "sicraweb"
python3 "$SRC/d05_erchie_consiglio.py" "$T/deliberazione-erchie-sicraweb.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-erchie-sicraweb.docx" --outdir "$OUT" >/dev/null
enscript -B -q -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d06.ps" "$SRC/d06_erchie_det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d06.ps" "$OUT/determinazione-erchie-sicraweb.pdf"
python3 "$SRC/d07_erchie_decreto.py" "$OUT/decreto-erchie-sicraweb.pdf"
cp "$SRC/d08_erchie_avviso.tex" "$T/avviso-erchie-sicraweb.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-erchie-sicraweb.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-erchie-sicraweb.tex >/dev/null)
mv "$T/avviso-erchie-sicraweb.pdf" "$OUT/"
# --- Comune di San Mauro Forte (MT) - house style "apkappa"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-83a --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-sanmauroforte-apkappa.pdf" "$SRC/d09_sanmauroforte_giunta.html" 2>/dev/null
cp "$SRC/d10_sanmauroforte_det.html" "$T/determinazione-sanmauroforte-apkappa.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-sanmauroforte-apkappa.html" --outdir "$OUT" >/dev/null
python3 "$SRC/d11_sanmauroforte_ord.py" "$OUT/ordinanza-sanmauroforte-apkappa.pdf"
python3 "$SRC/d12_sanmauroforte_conv.py" "$OUT/convocazione-sanmauroforte-apkappa.pdf"
rm -rf "$T"
