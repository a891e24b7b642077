#!/bin/sh
# Rebuilds the 12 PDFs of set mix-128-c into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), pdflatex,
# enscript, a2ps, groff, ghostscript (ps2pdf), LibreOffice, chromium,
# wkhtmltopdf. No test runs it.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Comune di Verrua Savoia (house style "CSI Piemonte") ---------------
python3 "$SRC/v1_certpubbl_reportlab.py" "$OUT/certificato-pubblicazione-verruasavoia-csipiemonte.pdf"
cp "$SRC/v2_certesec.tex" "$T/"
( cd "$T" && pdflatex -interaction=nonstopmode v2_certesec.tex >/dev/null && pdflatex -interaction=nonstopmode v2_certesec.tex >/dev/null )
cp "$T/v2_certesec.pdf" "$OUT/certificato-esecutivita-verruasavoia-csipiemonte.pdf"
python3 "$SRC/v3_relata_pikepdf.py" "$OUT/relata-verruasavoia-csipiemonte.pdf"
python3 "$SRC/v4_attestazione_fpdf.py" "$OUT/attestazione-verruasavoia-csipiemonte.pdf"

# --- Comune di Vernole (house style "Cityware", 80-column Courier) ------
enscript -q -M A4 -f Courier10 --margins=56:40:30:40 \
  -b 'COMUNE DI VERNOLE|Reg. Albo n. 2028/000418|Pag. $% di $=' \
  -o "$T/p1.ps" "$SRC/p1_certpubbl_enscript.txt"
ps2pdf "$T/p1.ps" "$OUT/certificato-pubblicazione-vernole-cityware.pdf"
a2ps -q -1 -R --medium=A4 --chars-per-line=82 --borders=no \
  --title='Certificato di esecutivita - Reg. Albo 2028/000431' --header='' \
  --center-title='Reg. Albo n. 2028/000431' --left-title='10/04/2028' \
  --right-title='Pag. $p./$p>' --left-footer='' --footer='' --right-footer='' \
  -o "$T/p2.ps" "$SRC/p2_certesec_a2ps.txt"
ps2pdf "$T/p2.ps" "$OUT/certificato-esecutivita-vernole-cityware.pdf"
groff -Tps -P-pa4 "$SRC/p3_relata_groff.tr" > "$T/p3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/p3.ps" "$OUT/relata-vernole-cityware.pdf"
python3 "$SRC/p4_attestazione_fpdf.py" "$OUT/attestazione-vernole-cityware.pdf"

# --- Comune di Zugliano (house style "Pasubio") ---------------------------
python3 "$SRC/z1_certpubbl_docx.py" "$T/certificato-pubblicazione-zugliano-pasubio.docx" "$T/crest.png"
( cd "$T" && soffice --headless -env:UserInstallation=file://$T/lo \
    --convert-to pdf certificato-pubblicazione-zugliano-pasubio.docx >/dev/null 2>&1 )
cp "$T/certificato-pubblicazione-zugliano-pasubio.pdf" "$OUT/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" \
  --no-pdf-header-footer --print-to-pdf="$OUT/certificato-esecutivita-zugliano-pasubio.pdf" \
  "file://$SRC/z2_certesec.html" 2>/dev/null
wkhtmltopdf -q --page-size A4 -T 15mm -B 15mm -L 22mm -R 22mm \
  --title "Relata di pubblicazione - Reg. Albo n. 301/2028" \
  "$SRC/z3_relata.html" "$OUT/relata-zugliano-pasubio.pdf" 2>/dev/null
python3 "$SRC/z4_attestazione_reportlab.py" "$OUT/attestazione-zugliano-pasubio.pdf"

python3 "$SRC/keys_make.py"
