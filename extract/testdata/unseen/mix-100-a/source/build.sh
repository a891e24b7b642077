#!/bin/sh
# Rebuilds the 12 PDFs of set mix-100-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf, groff, enscript + ghostscript,
# pdflatex (lmodern, microtype, fancyhdr), Java 17 with OpenPDF 1.3.30 in ~/.m2 (or OPENPDF_JAR).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix100a-build.XXXXXX)
LO="-env:UserInstallation=file://$T/lo"
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# --- Comune di Bicinicco (UD), "Insiel" house style
python3 "$SRC/d01_bicinicco_giunta.py" "$OUT/deliberazione-bicinicco-insiel.pdf"
python3 "$SRC/d02_bicinicco_det.py" "$OUT/determinazione-bicinicco-insiel.pdf"
groff -Kutf-8 -ms -Tps -dpaper=a4 -P-pa4 "$SRC/d03_bicinicco_ord.ms" > "$T/d03.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/ordinanza-bicinicco-insiel.pdf"
iconv -f utf-8 -t latin1 "$SRC/d04_bicinicco_att.txt" > "$T/d04.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d04.ps" "$T/d04.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/attestazione-bicinicco-insiel.pdf"
# --- Comune di Cavedago (TN), "Ascot" house style
python3 "$SRC/d05_cavedago_consiglio.py" "$T/deliberazione-cavedago-ascot.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-cavedago-ascot.docx" --outdir "$OUT" >/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cavedago-ascot.pdf" "$SRC/d06_cavedago_det.html" 2>/dev/null
cp "$SRC/d07_cavedago_decreto.tex" "$T/decreto-cavedago-ascot.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-cavedago-ascot.tex >/dev/null && pdflatex -interaction=nonstopmode decreto-cavedago-ascot.tex >/dev/null)
mv "$T/decreto-cavedago-ascot.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 20mm "$SRC/d08_cavedago_avviso.html" "$OUT/avviso-cavedago-ascot.pdf" 2>/dev/null
# --- Comune di Propata (GE), "J-Ente" house style
java -cp "$J" "$SRC/D09PropataGiunta.java" "$OUT/deliberazione-propata-jente.pdf"
python3 "$SRC/d10_propata_det.py" "$OUT/determinazione-propata-jente.pdf"
python3 "$SRC/d11_propata_ord.py" "$OUT/ordinanza-propata-jente.pdf"
cp "$SRC/d12_propata_avviso.html" "$T/avviso-propata-jente.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-propata-jente.html" --outdir "$OUT" >/dev/null
rm -rf "$T"
python3 "$SRC/keys_make.py"
