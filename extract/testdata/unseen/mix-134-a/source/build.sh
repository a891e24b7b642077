#!/bin/bash
# Rebuilds the 12 PDFs of mix-134-a from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, groff (groff-base), enscript, a2ps, ghostscript
# (ps2pdf), pdflatex (lmodern, microtype, fancyhdr, lastpage, enumitem).
# No test runs it.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# --- Comune di Lunamatrona (house style "Sipal")
python3 "$SRC/lunamatrona_delibera.py" "$OUT/deliberazione-lunamatrona-sipal.pdf"
cp "$SRC/lunamatrona_determinazione.tex" "$TMP/"
(cd "$TMP" && for i in 1 2; do pdflatex -interaction=nonstopmode lunamatrona_determinazione.tex >/dev/null; done)
cp "$TMP/lunamatrona_determinazione.pdf" "$OUT/determinazione-lunamatrona-sipal.pdf"
CHR="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR" --no-pdf-header-footer \
  --print-to-pdf="$OUT/ordinanza-lunamatrona-sipal.pdf" "file://$SRC/lunamatrona_ordinanza.html" 2>/dev/null
rm -rf "$CHR"
python3 "$SRC/lunamatrona_certificato.py" "$OUT/attestazione-lunamatrona-sipal.pdf"

# --- Comune di Galbiate (house style "ApKappa")
python3 "$SRC/galbiate_delibera_docx.py" "$TMP/deliberazione-galbiate-apkappa.docx"
soffice --headless -env:UserInstallation=file://$TMP/lo-profile --convert-to pdf --outdir "$TMP" \
  "$TMP/deliberazione-galbiate-apkappa.docx" >/dev/null 2>&1
cp "$TMP/deliberazione-galbiate-apkappa.pdf" "$OUT/"
python3 "$SRC/galbiate_determinazione_raw.py" "$OUT/determinazione-galbiate-apkappa.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 20mm -R 20mm \
  "$SRC/galbiate_decreto.html" "$OUT/decreto-galbiate-apkappa.pdf" 2>/dev/null
python3 "$SRC/galbiate_convocazione.py" "$OUT/convocazione-galbiate-apkappa.pdf"

# --- Comune di Dipignano (house style "Asmenet")
groff -k -Tps "$SRC/dipignano_delibera.tr" > "$TMP/delibera.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/delibera.ps" "$OUT/deliberazione-dipignano-asmenet.pdf"
iconv -f utf-8 -t latin1 "$SRC/dipignano_determinazione.txt" > "$TMP/det287.txt"
enscript -q -X latin1 -M A4 -f Courier10 --margins=62:40:40:40 \
  -b 'Det. n. 287/2028 Reg. Gen. - Comune di Dipignano||Pag. $% di $=' \
  -t "Determinazione n. 287 del 11/10/2028" -o "$TMP/det.ps" "$TMP/det287.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/det.ps" "$OUT/determinazione-dipignano-asmenet.pdf"
python3 "$SRC/dipignano_ordinanza.py" "$OUT/ordinanza-dipignano-asmenet.pdf"
iconv -f utf-8 -t latin1 "$SRC/dipignano_avviso.txt" > "$TMP/AVVISO_LIBRI_TESTO_2028.txt"
a2ps -q -1 -R --medium=A4 --encoding=latin1 --borders=no -l 80 --header= --center-title= \
  --left-title= --right-title= --left-footer='Asmenet Calabria - Albo on line' --footer= \
  --right-footer='Pag. %p./%p#' -o "$TMP/avviso.ps" "$TMP/AVVISO_LIBRI_TESTO_2028.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/avviso.ps" "$OUT/avviso-dipignano-asmenet.pdf"

ls -l "$OUT"/*.pdf
