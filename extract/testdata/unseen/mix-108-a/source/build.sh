#!/bin/sh
# Rebuilds the 12 PDFs of set mix-108-a into the folder above this one,
# then writes and checks keys.json. No test runs it.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, pdflatex (microtype, mathptmx, lastpage, enumitem),
# groff, enscript, a2ps, ghostscript (ps2pdf), poppler-utils (pdftotext).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Comune di Montecchio (TR): "Halley"
python3 "$SRC/montecchio_delibera.py" "$OUT/deliberazione-montecchio-halley.pdf"
mkdir "$TMP/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chrome" \
  --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-montecchio-halley.pdf" \
  "file://$SRC/determinazione-montecchio.html" 2>/dev/null
python3 "$SRC/montecchio_certificato.py" "$OUT/certificato-montecchio-halley.pdf"
python3 "$SRC/montecchio_ordinanza.py" "$TMP/ordinanza-montecchio-halley.docx"
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf \
  --outdir "$TMP" "$TMP/ordinanza-montecchio-halley.docx" >/dev/null 2>&1
cp "$TMP/ordinanza-montecchio-halley.pdf" "$OUT/"

# --- Comune di Noli (SV): "Civilia"
mkdir "$TMP/tex"
cp "$SRC/deliberazione-noli.tex" "$TMP/tex/"
( cd "$TMP/tex" && pdflatex -interaction=nonstopmode deliberazione-noli.tex >/dev/null \
  && pdflatex -interaction=nonstopmode deliberazione-noli.tex >/dev/null )
cp "$TMP/tex/deliberazione-noli.pdf" "$OUT/deliberazione-noli-civilia.pdf"
python3 "$SRC/noli_determinazione.py" "$OUT/determinazione-noli-civilia.pdf"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 18mm -B 18mm -L 20mm -R 20mm \
  --title "Avviso pubblico contributi manifestazioni 2026" \
  "$SRC/avviso-noli.html" "$OUT/avviso-noli-civilia.pdf"
python3 "$SRC/noli_decreto.py" "$OUT/decreto-noli-civilia.pdf"

# --- Comune di Filiano (PZ): "Siscom" (80-column legacy prints)
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold10 --margins=56:40:30:30 \
  -b 'COMUNE DI FILIANO - DELIBERA G.C. N. 71 DEL 21-07-2026||PAG. $% DI $=' \
  -t "DELIBERA G.C. N. 71/2026" -p "$TMP/delib.ps" "$SRC/deliberazione-filiano.txt"
ps2pdf "$TMP/delib.ps" "$OUT/deliberazione-filiano-siscom.pdf"
groff -Kutf8 -Tps "$SRC/determinazione-filiano.tr" > "$TMP/det.ps"
ps2pdf -dPDFSETTINGS=/default "$TMP/det.ps" "$OUT/determinazione-filiano-siscom.pdf"
a2ps -q -1 --portrait --medium=A4 --borders=no --chars-per-line=80 --encoding=latin1 \
  --header= --center-title= --left-title= --right-title= \
  --left-footer='SISCOM - MESSI NOTIFICATORI' --footer= --right-footer='PAG. %p.' \
  --title="AVVISO DI DEPOSITO 23-07-2026" -o "$TMP/dep.ps" "$SRC/deposito-filiano.txt"
ps2pdf "$TMP/dep.ps" "$OUT/deposito-filiano-siscom.pdf"
python3 "$SRC/filiano_ordinanza.py" "$OUT/ordinanza-filiano-siscom.pdf"

# --- keys
python3 "$SRC/keys_make.py"
