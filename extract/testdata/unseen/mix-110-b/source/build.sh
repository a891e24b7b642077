#!/bin/sh
# Rebuilds the 12 PDFs of set mix-110-b into the set folder (the parent of
# this script's folder). Temporary files go to a mktemp directory.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium,
# wkhtmltopdf, LibreOffice, groff + ghostscript, enscript, pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$OUT"

lo() {  # LibreOffice export with a private profile
  soffice --headless -env:UserInstallation=file://$TMP/lo-profile \
    --convert-to pdf --outdir "$TMP" "$1" >/dev/null 2>&1
}
chrome() {  # headless Chromium, private profile, no browser header/footer
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chrome" \
    --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null
}

# --- Comune di Foiano della Chiana (house style "ascotweb")
python3 "$SRC/f1_avviso_foiano.py" avviso-foianodellachiana-ascotweb.pdf
python3 "$SRC/f2_bando_foiano.py" "$TMP/bando-foianodellachiana-ascotweb.docx"
lo "$TMP/bando-foianodellachiana-ascotweb.docx"
cp "$TMP/bando-foianodellachiana-ascotweb.pdf" .
chrome "$SRC/f3_esito_foiano.html" "$OUT/esito-foianodellachiana-ascotweb.pdf"
cp "$SRC/f4_convocazione_foiano.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode f4_convocazione_foiano.tex >/dev/null &&
              pdflatex -interaction=nonstopmode f4_convocazione_foiano.tex >/dev/null)
cp "$TMP/f4_convocazione_foiano.pdf" convocazione-foianodellachiana-ascotweb.pdf

# --- Comune di Valderice (house style "datagraph")
groff -k -Tps -dpaper=a4 -P-pa4 "$SRC/v1_avviso_valderice.tr" > "$TMP/v1.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/v1.ps" avviso-valderice-datagraph.pdf
python3 "$SRC/v2_make_txt.py" "$TMP/v2.txt"
enscript -q -p "$TMP/v2.ps" -M A4 -f Courier10 --margins=60:40:30:40 \
  --header-font=Courier-Bold8 --header='COMUNE DI VALDERICE|Prot. n. 21877/2026|Pag. $% di $=' "$TMP/v2.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/v2.ps" graduatoria-valderice-datagraph.pdf
python3 "$SRC/v3_comunicazione_valderice.py" comunicazione-valderice-datagraph.pdf
python3 "$SRC/v4_deposito_valderice.py" deposito-valderice-datagraph.pdf

# --- Città di Legnano (house style "archiflow")
chrome "$SRC/l1_avviso_legnano.html" "$OUT/avviso-legnano-archiflow.pdf"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 20mm -B 20mm -L 20mm -R 20mm \
  --title "Bando pubblico n. 5/2026" "$SRC/l2_bando_legnano.html" bando-legnano-archiflow.pdf 2>/dev/null
python3 "$SRC/l3_avviso_legnano_fodt.py" "$TMP/avviso-anagrafe-legnano-archiflow.fodt"
lo "$TMP/avviso-anagrafe-legnano-archiflow.fodt"
cp "$TMP/avviso-anagrafe-legnano-archiflow.pdf" .
python3 "$SRC/l4_deposito_legnano.py" deposito-legnano-archiflow.pdf

python3 "$SRC/keys_make.py"
