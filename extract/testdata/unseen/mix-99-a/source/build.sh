#!/bin/sh
# Rebuilds the 12 PDFs of set mix-99-a into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx), LibreOffice, chromium, wkhtmltopdf, pdflatex (lmodern,
# microtype, fancyhdr), groff (gropdf), enscript + ghostscript, Java 17 + OpenPDF 1.3.30 in ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-99a"
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# --- Comune di Cortenova (LC), "Halley" house style
python3 "$SRC/d01_cortenova_giunta.py" "$OUT/deliberazione-cortenova-halley.pdf"
cp "$SRC/d02_cortenova_det.html" "$T/determinazione-cortenova-halley.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-cortenova-halley.html" --outdir "$OUT" >/dev/null
python3 "$SRC/d03_cortenova_ord.py" "$OUT/ordinanza-cortenova-halley.pdf"
groff -k -ms -Tpdf "$SRC/d04_cortenova_att.ms" > "$OUT/attestazione-cortenova-halley.pdf"
# --- Comune di Valgrana (CN), "CSI" house style
cp "$SRC/d05_valgrana_giunta.tex" "$T/deliberazione-valgrana-csi.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-valgrana-csi.tex >/dev/null)
mv "$T/deliberazione-valgrana-csi.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d06_valgrana_det.html" "$OUT/determinazione-valgrana-csi.pdf"
java -cp "$OPENPDF" "$SRC/D07ValgranaDecreto.java" "$OUT/decreto-valgrana-csi.pdf"
python3 "$SRC/d08_valgrana_avviso.py" "$OUT/avviso-valgrana-csi.pdf"
# --- Comune di Rivamonte Agordino (BL), "PasWeb" house style
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-99a --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-rivamonte-pasweb.pdf" "$SRC/d09_rivamonte_giunta.html" 2>/dev/null
python3 "$SRC/d10_rivamonte_det.py" "$T/determinazione-rivamonte-pasweb.docx"
soffice $LO --headless --convert-to pdf "$T/determinazione-rivamonte-pasweb.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d11_rivamonte_ord.py" "$OUT/ordinanza-rivamonte-pasweb.pdf"
enscript -q -B -f Courier11 -M A4 --margins=60:40:50:40 -X latin1 -o "$T/avviso.ps" "$SRC/d12_rivamonte_avviso.txt"
ps2pdf -sPAPERSIZE=a4 "$T/avviso.ps" "$OUT/avviso-rivamonte-pasweb.pdf"
rm -rf "$T"
