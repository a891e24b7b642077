#!/bin/sh
# Rebuilds the 12 PDFs of set mix-115-a into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# wkhtmltopdf, LibreOffice, groff + ghostscript (ps2pdf), enscript, pdflatex.
# No test runs it.
set -eu
export PYTHONDONTWRITEBYTECODE=1
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SRC"

# --- Comune di Spresiano (house style "Kibernetes") ---
python3 spresiano_delib.py "$OUT/deliberazione-spresiano-kibernetes.pdf"          # ReportLab platypus
python3 spresiano_det.py "$OUT/determinazione-spresiano-kibernetes.pdf"           # hand-written streams + pikepdf
python3 spresiano_ord.py "$T/ordinanza-spresiano-kibernetes.docx" "$T/crest.png"  # python-docx ...
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf \
    --outdir "$T" "$T/ordinanza-spresiano-kibernetes.docx" >/dev/null 2>&1     # ... LibreOffice Writer 7.4
cp "$T/ordinanza-spresiano-kibernetes.pdf" "$OUT/"
U=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
    --print-to-pdf="$OUT/certificato-spresiano-kibernetes.pdf" \
    "file://$SRC/certificato-spresiano-kibernetes.html" 2>/dev/null

# --- Comune di Chiaravalle Centrale (house style "Asmenet") ---
python3 chiaravalle_delib.py "$T/delib.txt"                                       # 80-column text ...
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold9 --margins=56:40:30:36 \
    -b 'COMUNE DI CHIARAVALLE CENTRALE - DELIBERAZIONE C.C. N. 7 DEL 10/03/2027||Pag. $% di $=' \
    -t "Delibera CC 7/2027" -o "$T/delib.ps" "$T/delib.txt"                       # ... enscript
ps2pdf -sPAPERSIZE=a4 "$T/delib.ps" "$OUT/deliberazione-chiaravallecentrale-asmenet.pdf"
groff -Kutf8 -Tps -P-pa4 determinazione-chiaravallecentrale-asmenet.tr > "$T/det.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$OUT/determinazione-chiaravallecentrale-asmenet.pdf"
cp decreto-chiaravallecentrale-asmenet.tex "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-chiaravallecentrale-asmenet.tex >/dev/null)
cp "$T/decreto-chiaravallecentrale-asmenet.pdf" "$OUT/"
python3 chiaravalle_conv.py "$OUT/convocazione-chiaravallecentrale-asmenet.pdf"   # fpdf2 form

# --- Comune di Contigliano (house style "Sicraweb") ---
U=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
    --print-to-pdf="$OUT/deliberazione-contigliano-sicraweb.pdf" \
    "file://$SRC/deliberazione-contigliano-sicraweb.html" 2>/dev/null
wkhtmltopdf -q --enable-local-file-access --disable-smart-shrinking -s A4 -T 15mm -B 20mm -L 18mm -R 18mm \
    --title "Determinazione n. 96/2027" determinazione-contigliano-sicraweb.html \
    "$OUT/determinazione-contigliano-sicraweb.pdf" 2>/dev/null
python3 contigliano_avviso.py "$OUT/avviso-contigliano-sicraweb.pdf"              # ReportLab canvas, XObjects
python3 contigliano_ord.py "$OUT/ordinanza-contigliano-sicraweb.pdf"              # fpdf2, TTF

python3 keys_make.py
