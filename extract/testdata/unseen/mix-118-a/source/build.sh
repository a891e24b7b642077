#!/bin/sh
# Rebuilds the twelve PDFs of mix-118-a from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# wkhtmltopdf, groff-base, enscript, a2ps, ghostscript (ps2pdf), pdflatex,
# LibreOffice. No test runs it.
set -e
export PYTHONDONTWRITEBYTECODE=1
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Comune di Gambolò (Lombardia), "ApKappa" house style ---
(cd "$SRC" && python3 deliberazione_gambolo.py "$OUT/deliberazione-gambolo-apkappa.pdf")
(cd "$SRC" && python3 determinazione_gambolo.py "$OUT/determinazione-gambolo-apkappa.pdf")
mkdir -p "$TMP/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chrome" \
  --no-pdf-header-footer --print-to-pdf="$OUT/ordinanza-gambolo-apkappa.pdf" \
  "file://$SRC/ordinanza-gambolo.html" 2>/dev/null
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 16mm -B 18mm -L 22mm -R 20mm \
  --title "Avviso contributi locazione 2027" \
  "$SRC/avviso-gambolo.html" "$OUT/avviso-gambolo-apkappa.pdf" 2>/dev/null || true

# --- Comune di Cerro al Volturno (Molise), "Cityware" house style ---
groff -Kutf8 -Tps "$SRC/deliberazione-cerroalvolturno.roff" > "$TMP/delc.ps"
ps2pdf "$TMP/delc.ps" "$OUT/deliberazione-cerroalvolturno-cityware.pdf"
enscript -q -f Courier10 -F Courier-Bold8 -M A4 --margins=56:40:30:40 \
  -b 'Comune di Cerro al Volturno - Determinazione R.G. n. 118 del 14/06/2027||Pag. $% di $=' \
  -p "$TMP/detc.ps" "$SRC/determinazione-cerroalvolturno.txt"
ps2pdf "$TMP/detc.ps" "$OUT/determinazione-cerroalvolturno-cityware.pdf"
a2ps -q -1 -R --medium=A4 -l 80 --borders=no --pretty-print=plain -X latin1 \
  --header='Comune di Cerro al Volturno - Segreteria' \
  --center-title='Convocazione del Consiglio Comunale - prot. n. 1987' \
  --left-title='' --right-title='' --left-footer='' --footer='Pagina $p./$p>' --right-footer='' \
  -o "$TMP/convc.ps" "$SRC/convocazione-cerroalvolturno.txt"
ps2pdf "$TMP/convc.ps" "$OUT/convocazione-cerroalvolturno-cityware.pdf"
python3 "$SRC/certificato_cerroalvolturno.py" "$OUT/certificato-cerroalvolturno-cityware.pdf"

# --- Comune di Pasiano di Pordenone (Friuli-Venezia Giulia), "Ascot" house style ---
python3 "$SRC/deliberazione_pasiano_docx.py" "$TMP/deliberazione-pasianodipordenone-ascot.docx" "$TMP/crest.png"
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir "$TMP" \
  "$TMP/deliberazione-pasianodipordenone-ascot.docx" >/dev/null 2>&1
cp "$TMP/deliberazione-pasianodipordenone-ascot.pdf" "$OUT/"
mkdir -p "$TMP/tex"
cp "$SRC/determinazione-pasianodipordenone.tex" "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=batchmode determinazione-pasianodipordenone.tex >/dev/null \
  && pdflatex -interaction=batchmode determinazione-pasianodipordenone.tex >/dev/null)
cp "$TMP/tex/determinazione-pasianodipordenone.pdf" "$OUT/determinazione-pasianodipordenone-ascot.pdf"
python3 "$SRC/decreto_pasiano.py" "$OUT/decreto-pasianodipordenone-ascot.pdf"
rm -rf "$TMP/chrome"; mkdir -p "$TMP/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chrome" \
  --no-pdf-header-footer --print-to-pdf="$OUT/certificato-pasianodipordenone-ascot.pdf" \
  "file://$SRC/certificato-pasianodipordenone.html" 2>/dev/null

ls -l "$OUT"/*.pdf
