#!/bin/sh
# Rebuilds the 12 PDFs of set mix-120-a into the set folder (the parent of this one),
# then writes and checks keys.json. No test runs it.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, wkhtmltopdf,
# LibreOffice, pdflatex (helvet, fancyhdr, lastpage, enumitem), groff, enscript, ghostscript, poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Comune di Martano (Sicraweb house style)
python3 "$SRC/deliberazione_martano.py" "$OUT/deliberazione-martano-sicraweb.pdf"

CHR=$(mktemp -d)
chromium --headless --no-sandbox --user-data-dir="$CHR" --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-martano-sicraweb.pdf" "file://$SRC/determinazione-martano-sicraweb.html" 2>/dev/null
rm -rf "$CHR"

python3 "$SRC/ordinanza_martano_docx.py" "$TMP/ordinanza-martano-sicraweb.docx"
LOPROF=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$LOPROF --convert-to pdf --outdir "$TMP" \
  "$TMP/ordinanza-martano-sicraweb.docx" >/dev/null 2>&1
cp "$TMP/ordinanza-martano-sicraweb.pdf" "$OUT/"

python3 "$SRC/certificato_martano.py" "$OUT/certificato-martano-sicraweb.pdf"

# --- Comune di Civezzano (Civilia Next house style, Trentino model)
cp "$SRC/deliberazione-civezzano-civilianext.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode deliberazione-civezzano-civilianext.tex >/dev/null \
  && pdflatex -interaction=nonstopmode deliberazione-civezzano-civilianext.tex >/dev/null)
cp "$TMP/deliberazione-civezzano-civilianext.pdf" "$OUT/"

wkhtmltopdf -q --enable-local-file-access -s A4 -T 16mm -B 18mm -L 20mm -R 20mm \
  "$SRC/determinazione-civezzano-civilianext.html" "$OUT/determinazione-civezzano-civilianext.pdf" 2>/dev/null

python3 "$SRC/decreto_civezzano_raw.py" "$OUT/decreto-civezzano-civilianext.pdf"

CHR=$(mktemp -d)
chromium --headless --no-sandbox --user-data-dir="$CHR" --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-civezzano-civilianext.pdf" "file://$SRC/avviso-civezzano-civilianext.html" 2>/dev/null
rm -rf "$CHR"

# --- Comune di Serravalle di Chienti (Halley house style)
python3 "$SRC/deliberazione_serravalle_fodt.py" "$TMP/deliberazione-serravalledichienti-halley.fodt"
soffice --headless -env:UserInstallation=file://$LOPROF --convert-to pdf --outdir "$TMP" \
  "$TMP/deliberazione-serravalledichienti-halley.fodt" >/dev/null 2>&1
cp "$TMP/deliberazione-serravalledichienti-halley.pdf" "$OUT/"
rm -rf "$LOPROF"

python3 "$SRC/determinazione_serravalle_txt.py" "$TMP/det.txt"
enscript -q -B -X latin1 -f Courier10 --margins=56:40:30:30 -s 1.4 \
  -t "Determinazione Reg. Gen. 197/2027" -o "$TMP/det.ps" "$TMP/det.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/det.ps" "$OUT/determinazione-serravalledichienti-halley.pdf"

groff -k -Tps "$SRC/convocazione-serravalledichienti-halley.tr" > "$TMP/conv.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/conv.ps" "$OUT/convocazione-serravalledichienti-halley.pdf"

python3 "$SRC/ordinanza_serravalle.py" "$OUT/ordinanza-serravalledichienti-halley.pdf"

python3 "$SRC/keys_make.py"
