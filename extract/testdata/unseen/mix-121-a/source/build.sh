#!/bin/bash
# Rebuilds the 12 PDFs of set mix-121-a into the set folder (the parent of
# this source/ folder). No test runs it. Needs: python3 with reportlab,
# fpdf2, python-docx, pikepdf; chromium; LibreOffice (soffice); wkhtmltopdf;
# groff (groff-base) + ghostscript (ps2pdf); enscript; a2ps; pdflatex.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d)"
LOPROFILE="$(mktemp -d)"
CHROME="$(mktemp -d)"
trap 'rm -rf "$TMP" "$LOPROFILE" "$CHROME"' EXIT

# --- Comune di Terricciola (PI), house style "Anthea" ---
python3 "$SRC/t1_delibera_terricciola.py" "$OUT/deliberazione-terricciola-anthea.pdf"
python3 "$SRC/t2_determina_terricciola.py" "$TMP/determinazione-terricciola-anthea.docx"
soffice --headless -env:UserInstallation=file://$LOPROFILE --convert-to pdf --outdir "$TMP" \
    "$TMP/determinazione-terricciola-anthea.docx" >/dev/null 2>&1
cp "$TMP/determinazione-terricciola-anthea.pdf" "$OUT/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHROME" --no-pdf-header-footer \
    --print-to-pdf="$OUT/ordinanza-terricciola-anthea.pdf" "file://$SRC/t3_ordinanza_terricciola.html" 2>/dev/null
python3 "$SRC/t4_certificato_terricciola.py" "$OUT/certificato-terricciola-anthea.pdf"

# --- Comune di Sicignano degli Alburni (SA), house style "Asmenet" ---
preconv -e utf-8 "$SRC/s1_consiglio_sicignano.tr" | tbl | groff -Tps -dpaper=a4 -P-pa4 > "$TMP/s1.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/s1.ps" "$OUT/deliberazione-sicignanodeglialburni-asmenet.pdf"
enscript -q -X latin1 -f Courier10 -M A4 --margins=54:40:36:36 \
    --header='Determinazione R.G. n. 301 del 15-09-2027||Pag. $% di $=' --header-font=Courier8 \
    -p "$TMP/s2.ps" "$SRC/s2_determina_sicignano.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/s2.ps" "$OUT/determinazione-sicignanodeglialburni-asmenet.pdf"
cp "$SRC/s3_decreto_sicignano.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode s3_decreto_sicignano.tex >/dev/null \
           && pdflatex -interaction=nonstopmode s3_decreto_sicignano.tex >/dev/null)
cp "$TMP/s3_decreto_sicignano.pdf" "$OUT/decreto-sicignanodeglialburni-asmenet.pdf"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 15mm -B 15mm -L 15mm -R 15mm \
    "$SRC/s4_avviso_sicignano.html" "$OUT/avviso-sicignanodeglialburni-asmenet.pdf" 2>/dev/null

# --- Comune di Cividate al Piano (BG), house style "Sinergis" ---
python3 "$SRC/c1_giunta_cividate.py" "$OUT/deliberazione-cividatealpiano-sinergis.pdf"
python3 "$SRC/c2_determina_cividate.py" "$OUT/determinazione-cividatealpiano-sinergis.pdf"
a2ps -q -1 --portrait --medium=A4 --borders=no --chars-per-line=82 -X latin1 --header= \
    --left-title='Comune di Cividate al Piano' --center-title='Ordinanza n. 44 del 13/09/2027' \
    --right-title='Pag. $p./$p>' --left-footer='Sinergis - Polizia Locale' --footer='' --right-footer='' \
    -o "$TMP/c3.ps" "$SRC/c3_ordinanza_cividate.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/c3.ps" "$OUT/ordinanza-cividatealpiano-sinergis.pdf"
python3 "$SRC/c4_convocazione_cividate.py" "$TMP/convocazione-cividatealpiano-sinergis.fodt"
soffice --headless -env:UserInstallation=file://$LOPROFILE --convert-to pdf --outdir "$TMP" \
    "$TMP/convocazione-cividatealpiano-sinergis.fodt" >/dev/null 2>&1
cp "$TMP/convocazione-cividatealpiano-sinergis.pdf" "$OUT/"

ls -l "$OUT"/*.pdf
